import type { RecordedTrustEvent } from '../../agent/trust/index.ts';
import { formatMoney } from '../../agent/decision/index.ts';
import { brandText } from '../shopping-view.ts';
import { html, type SafeHtml } from './safe-html.ts';

/** A plain-language line for each event kind. */
export const EVENT_KIND_LABELS: Readonly<Record<RecordedTrustEvent['kind'], string>> = {
  'claim-verified': 'claim verified',
  'claim-contradicted': 'claim contradicted',
  'pressure-tactic': 'pressure tactic',
  'clean-interaction': 'clean interaction',
  'offer-fit': 'offer fit',
  'honest-decline': 'honest decline',
  'bait-and-switch': 'bait-and-switch',
  'order-refused': 'order refused',
  'order-outcome': 'order outcome',
  'identity-link': 'identity linked',
  'protocol-violation': 'protocol violation',
};

function isMoney(value: unknown): value is { amountMinor: number; currency: string } {
  return typeof value === 'object' && value !== null && typeof (value as { amountMinor?: unknown }).amountMinor === 'number' && typeof (value as { currency?: unknown }).currency === 'string';
}

function valueOf(key: string, value: unknown, depth: number): SafeHtml | string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return brandText(key, value, 400);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isMoney(value)) return formatMoney(value);
  if (depth >= 3) return '…';
  if (Array.isArray(value)) return html`<ol>${value.slice(0, 32).map((v) => html`<li>${valueOf(key, v, depth + 1)}</li>`)}</ol>`;
  if (typeof value === 'object') return evidenceFields(value as Record<string, unknown>, depth + 1);
  return '';
}

function evidenceFields(evidence: Record<string, unknown>, depth: number): SafeHtml {
  const rows = Object.entries(evidence).map(([key, value]) =>
    key === 'excerpt' && typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string'
      ? html`<dt>quoted</dt><dd><q class="brand-quote">${brandText('excerpt', (value as { text: string }).text, 400)}</q>${typeof (value as { field?: unknown }).field === 'string' ? html` <span class="field">(${(value as { field: string }).field})</span>` : ''}</dd>`
      : html`<dt>${key}</dt><dd>${valueOf(key, value, depth)}</dd>`,
  );
  return html`<dl class="evidence">${rows}</dl>`;
}

/** An event's evidence as a definition list; every string is escaped (and quotes of brand text are marked as such). */
export function eventEvidence(event: RecordedTrustEvent): SafeHtml {
  return evidenceFields(event.evidence as Record<string, unknown>, 0);
}
