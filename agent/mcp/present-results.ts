import type { ShoppingResult } from '../butler/index.ts';
import { EXPLANATION_MESSAGES, type OfferExplanation } from '../decision/index.ts';
import { answerLanguage, formatMoneyIn } from '../language/index.ts';
import { brandText, type EvidenceItem, type Quote } from '../scoring/index.ts';
import type { OfferOut } from './butler-mcp-tools.ts';

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export { brandText };

function quoteOut(q: Quote): { field: string; brandText: string } {
  return { field: q.field, brandText: q.text };
}

/** Longest text shown from a ledger event's evidence (the ledger keeps excerpts of up to 2,000 characters). */
const MAX_EVIDENCE_TEXT = 400;

function evidenceValue(key: string, value: unknown, depth: number): unknown {
  if (typeof value === 'string') return brandText(key, value, MAX_EVIDENCE_TEXT);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= 4) return null;
  if (Array.isArray(value)) return value.slice(0, 32).map((v) => evidenceValue(key, v, depth + 1));
  return presentLedgerEvidenceAt(value as Record<string, unknown>, depth + 1);
}

function presentLedgerEvidenceAt(evidence: Record<string, unknown>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(evidence)) {
    const excerpt = key === 'excerpt' && typeof value === 'object' && value !== null ? (value as { text?: unknown; field?: unknown }) : undefined;
    out[key] =
      excerpt && typeof excerpt.text === 'string'
        ? { field: typeof excerpt.field === 'string' ? brandText('field', excerpt.field, 64) : '', brandText: brandText('excerpt', excerpt.text, MAX_EVIDENCE_TEXT) }
        : evidenceValue(key, value, depth);
  }
  return out;
}

/**
 * A ledger event's evidence as the tools show it: its texts may quote a brand (an excerpt, a decline, a claimed
 * value), so each is cleaned like brand text (no control, bidi or invisible characters, one line, bounded) and a quoted
 * excerpt is marked as `brandText`, never handed on as the ledger stored it.
 */
export function presentLedgerEvidence(evidence: Record<string, unknown>): Record<string, unknown> {
  return presentLedgerEvidenceAt(evidence, 0);
}

/** Every offer of a shopping result (ranked first, then excluded) as the tools show it. */
export function presentOffers(result: ShoppingResult, brandName: (brandId: string) => string): OfferOut[] {
  const lines = new Map<string, OfferExplanation>(result.explanation.offers.map((o) => [o.offerId, o]));
  // Majordome's words in the person's language (the request's), like the explanation itself.
  const language = answerLanguage(result.need.language);
  const reasonsIn = EXPLANATION_MESSAGES[language].exclusionReasons;
  const entries = [
    ...result.ranking.ranked.map((r) => ({ offer: r.offer, scores: r.scores, rank: r.rank as number | null, value: r.value as number | null, reasons: [] as string[] })),
    ...result.ranking.excluded.map((x) => ({ offer: x.offer, scores: x.scores, rank: null, value: null, reasons: [...new Set(x.reasons.map((r) => reasonsIn[r.code]))] })),
  ];
  return entries.map(({ offer, scores, rank, value, reasons }) => {
    const line = lines.get(offer.offerId);
    return {
      offerId: offer.offerId,
      brandId: offer.brandId,
      status: line?.status ?? (rank === null ? 'excluded' : 'ranked'),
      rank,
      price: { amountMinor: offer.price.amountMinor, currency: offer.price.currency },
      priceText: formatMoneyIn(offer.price, language),
      terms: { deliveryDays: offer.terms.deliveryDays, returnDays: offer.terms.returnDays, warrantyMonths: offer.terms.warrantyMonths },
      validUntil: offer.validUntil,
      fit: round3(scores.fit.score),
      claimsHold: round3(scores.honesty.probability),
      pressure: round3(scores.pressure.score),
      value: value === null ? null : round3(value),
      flags: (line?.flags ?? []).map((f) => f.phrase),
      excludedBecause: reasons,
      brandSupplied: {
        brandName: brandText('brand.name', brandName(offer.brandId), 60),
        productTitle: brandText('product.title', offer.product.title),
        flaggedQuotes: (line?.flags ?? []).flatMap((f) => (f.quote ? [quoteOut(f.quote)] : [])),
      },
    };
  });
}

/** Evidence items in the butler's words, with any brand text as a marked quote. */
export function presentEvidence(items: readonly EvidenceItem[]) {
  return items.map((e) => ({ code: e.code, effect: e.effect, detail: e.detail, ...(e.quote ? { quote: quoteOut(e.quote) } : {}) }));
}

/** The full breakdown of one offer of a result, or undefined when the result has no such offer. */
export function presentBreakdown(result: ShoppingResult, offerId: string) {
  const b = result.explanation.breakdown.offers.find((o) => o.offerId === offerId);
  if (!b) return undefined;
  return {
    offerId: b.offerId,
    status: b.status,
    rank: b.rank ?? null,
    value: b.value ? Object.fromEntries(Object.entries(b.value).filter((e): e is [string, number] => typeof e[1] === 'number').map(([k, v]) => [k, round3(v)])) : null,
    exclusions: (b.exclusions ?? []).map((r) => ({ code: r.code, detail: r.detail })),
    fit: { score: round3(b.fit.score), needsMet: b.fit.needsMet, needsTotal: b.fit.needsTotal, violations: b.fit.hardViolations.map((v) => v.detail), evidence: presentEvidence(b.fit.evidence) },
    honesty: { probability: round3(b.honesty.probability), contradictions: b.honesty.contradictions, evidence: presentEvidence(b.honesty.evidence) },
    pressure: {
      score: round3(b.pressure.score),
      tactics: b.pressure.tactics.map((t) => ({ label: t.label, source: t.source, detail: t.detail, ...(t.quote ? { quote: quoteOut(t.quote) } : {}) })),
    },
  };
}
