import type { RecordedTrustEvent } from '../../agent/trust/index.ts';
import { formatMoneyIn, type Language } from '../../agent/language/index.ts';
import { brandText } from '../shopping-view.ts';
import { html, type SafeHtml } from './safe-html.ts';

function isMoney(value: unknown): value is { amountMinor: number; currency: string } {
  return typeof value === 'object' && value !== null && typeof (value as { amountMinor?: unknown }).amountMinor === 'number' && typeof (value as { currency?: unknown }).currency === 'string';
}

function valueOf(key: string, value: unknown, depth: number, words: EvidenceWords): SafeHtml | string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return brandText(key, value, 400);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isMoney(value)) return formatMoneyIn(value, words.language);
  if (depth >= 3) return '…';
  if (Array.isArray(value)) return html`<ol>${value.slice(0, 32).map((v) => html`<li>${valueOf(key, v, depth + 1, words)}</li>`)}</ol>`;
  if (typeof value === 'object') return evidenceFields(value as Record<string, unknown>, depth + 1, words);
  return '';
}

function evidenceFields(evidence: Record<string, unknown>, depth: number, words: EvidenceWords): SafeHtml {
  const rows = Object.entries(evidence).map(([key, value]) =>
    key === 'excerpt' && typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string'
      ? html`<dt>${words.quoted}</dt><dd><q class="brand-quote">${brandText('excerpt', (value as { text: string }).text, 400)}</q>${typeof (value as { field?: unknown }).field === 'string' ? html` <span class="field">(${(value as { field: string }).field})</span>` : ''}</dd>`
      : html`<dt>${key}</dt><dd>${valueOf(key, value, depth, words)}</dd>`,
  );
  return html`<dl class="evidence">${rows}</dl>`;
}

/** The page's word for a quote of the brand, and the language its amounts are written in. */
export interface EvidenceWords {
  readonly quoted: string;
  readonly language: Language;
}

/**
 * An event's evidence as a definition list; every string is escaped, and a quote of brand text is marked as such
 * (`words.quoted`). Field names stay the ledger's own: they are data, as stored and hashed.
 */
export function eventEvidence(event: RecordedTrustEvent, words: EvidenceWords): SafeHtml {
  return evidenceFields(event.evidence as Record<string, unknown>, 0, words);
}
