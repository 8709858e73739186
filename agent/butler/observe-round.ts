import type { Decline, Offer } from '../../protocol/index.ts';
import type { OfferScores } from '../scoring/index.ts';
import { isHeldAgainstBrand, SERIOUS_HONESTY_FINDINGS, statementsChecked } from '../scoring/index.ts';
import type { TrustObservation } from './butler-trust.ts';

/** Minimum confidence for a tactic to be written into the ledger (weaker hints stay in the explanation only). */
export const LEDGER_TACTIC_MIN_CONFIDENCE = 0.5;

/**
 * Turns one request's scores and declines into ledger observations: each pressure tactic a pattern or rule names
 * (once per brand and label, the most confident, with its quote and confidence), each serious honesty finding, the fit of the brand's best offer answering the person's brief, honest declines, and a clean interaction for
 * brands whose checks caught nothing false (and checked something they said) or that used no tactic (saying which
 * when not both; `settleCleanInteractions` then weighs it against the rest of the request). Pure and
 * order-independent (offers are processed sorted by id).
 */
export function observeRound(input: {
  readonly requestId: string;
  readonly scores: readonly OfferScores[];
  readonly declines: readonly Decline[];
  /** Brands that made offers in this request (a decline from one of them is not an honest "no fit"). */
  readonly offeringBrands: ReadonlySet<string>;
  readonly offerOf: (offerId: string) => Offer;
  /**
   * Whether an offer answers the butler's own follow-up ("anything cheaper?", lowest price its only wish) rather than the
   * person's brief: its honesty and pressure are observed like any offer's, its fit is not. Judged on the person's
   * wishes, an answer to the question the brand was asked lowered the record of the brand that answered it (a cheaper
   * product fits them less), and copies of its best fit under new SKUs, never ranked while the first round had
   * something within the budget, raised it for free. None: every offer answers the person's brief.
   */
  readonly followUp?: ((offer: Offer) => boolean) | undefined;
}): TrustObservation[] {
  const out: TrustObservation[] = [];
  const byBrand = new Map<string, OfferScores[]>();
  for (const s of [...input.scores].sort((a, b) => (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0))) {
    byBrand.set(s.brandId, [...(byBrand.get(s.brandId) ?? []), s]);
  }
  for (const brandId of [...byBrand.keys()].sort()) {
    const scores = byBrand.get(brandId) ?? [];
    // Where each label's observation sits in `out`: one per label, the most confident finding (the ledger weighs by it).
    const tacticAt = new Map<string, number>();
    const seenFindings = new Set<string>();
    let calm = true;
    let truthful = true;
    // A request checked the brand's honesty only if something it said went through a check that could catch it false.
    let checked = false;
    // Its best fit answering the person's brief: the request's one fit observation of the brand (see below).
    let best: OfferScores | undefined;
    for (const s of scores) {
      if (!checked && statementsChecked(input.offerOf(s.offerId), s.honesty.evidence)) checked = true;
      if (input.followUp?.(input.offerOf(s.offerId)) !== true && (best === undefined || s.fit.score > best.fit.score)) best = s;
      for (const t of s.pressure.tactics) {
        if (t.confidence < LEDGER_TACTIC_MIN_CONFIDENCE) continue;
        calm = false;
        // The model alone reading everyday shop words prices this offer as pressure and withholds the clean credit,
        // but is no finding to hold against the brand in every later request (isHeldAgainstBrand).
        if (t.source === 'text' && !isHeldAgainstBrand(t.label, t.modelOnly === true)) continue;
        const at = tacticAt.get(t.label);
        const held = at === undefined ? undefined : out[at];
        if (held?.kind === 'pressure-tactic' && held.confidence >= t.confidence) continue;
        if (at === undefined) tacticAt.set(t.label, out.length);
        const observation: TrustObservation = {
          kind: 'pressure-tactic',
          brandId,
          tactic: t.label,
          quote: t.quote ? t.quote.text : t.detail,
          offerId: s.offerId,
          field: t.quote?.field ?? t.source,
          confidence: t.confidence,
        };
        if (at === undefined) out.push(observation);
        else out[at] = observation;
      }
      for (const item of s.honesty.evidence) {
        if (!SERIOUS_HONESTY_FINDINGS.has(item.code)) continue;
        truthful = false;
        const key = `${item.code}:${item.attribute ?? ''}`;
        if (seenFindings.has(key)) continue;
        seenFindings.add(key);
        out.push({
          kind: 'claim-contradicted',
          brandId,
          attribute: item.attribute ?? 'price',
          asserted: item.quote?.text ?? '(see offer)',
          observed: item.detail,
          offerId: s.offerId,
          sku: input.offerOf(s.offerId).product.sku,
          gtin: input.offerOf(s.offerId).product.gtin,
          stake: input.offerOf(s.offerId).price,
          source: item.code,
        });
      }
    }
    // One fit observation per brand and request, its best offer's: the person buys one offer, and copies of a brand's
    // best fit under other SKUs multiplied its fit evidence while alternatives it offered beside it (a cheaper model,
    // another colour) lowered its record for offering a choice.
    if (best !== undefined) out.push({ kind: 'offer-fit', brandId, offerId: best.offerId, fit: Math.round(best.fit.score * 1000) / 1000 });
    // Clean on both counts, or on one (said so): a request whose checks caught nothing false is what forgives an earlier
    // false statement (agent/trust/fold-trust-event.ts); a calm one is pressure evidence. A request in which nothing the
    // brand said could be checked is no clean check of its honesty: bare offers must not wash a record.
    if (!checked) truthful = false;
    if (calm || truthful) {
      out.push({ kind: 'clean-interaction', brandId, offerId: scores[0]?.offerId, requestId: input.requestId, ...(calm && truthful ? {} : { clean: [calm ? 'pressure' : 'honesty'] as const }) });
    }
  }
  for (const d of [...input.declines].sort((a, b) => (a.brandId < b.brandId ? -1 : 1))) {
    if (input.offeringBrands.has(d.brandId)) continue;
    out.push({ kind: 'honest-decline', brandId: d.brandId, requestId: input.requestId, reason: d.reason, excerpt: d.message.slice(0, 200) });
  }
  return out;
}
