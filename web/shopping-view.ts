import { BRAND_NOTICE_MESSAGES, brandNoticesOf, describeBrandNotice, type BrandConnection, type BrandNotice, type ShoppingResult } from '../agent/butler/index.ts';
import { EXPLANATION_MESSAGES, describeValue, expectedWorth, formatMoney, type OfferBreakdown, type OfferExplanation, type ValueBreakdown } from '../agent/decision/index.ts';
import { answerLanguage, attributeLabelIn, formatEstimateIn, formatMoneyIn, type Language } from '../agent/language/index.ts';
import { describeNeed } from '../agent/need/index.ts';
import { brandText, formatAttributeValue, type EvidenceItem, type PressureTactic, type Quote } from '../agent/scoring/index.ts';
import { type Money, type Offer } from '../protocol/index.ts';
import { CHAT_LABELS, type ChatLabels, type DeclineKind } from './chat-labels.ts';
import { plainDetail, plainField } from './plain-field.ts';

// Brand text is shown as data (agent/scoring's brandText); the browser writes it with textContent.
export { brandText };

/** A quoted span of brand text. */
export interface QuoteView {
  readonly field: string;
  /** Where the quote comes from, in words ("its pitch", "a negotiation message"). */
  readonly where: string;
  /** What the page writes before the quote, in the request's language (" — in its pitch: "). */
  readonly lead: string;
  readonly text: string;
}

/** One reason behind a score. */
export interface EvidenceView {
  readonly code: string;
  readonly effect: EvidenceItem['effect'];
  readonly detail: string;
  readonly quote?: QuoteView | undefined;
}

/** One pressure tactic, with the quoted text it rests on. */
export interface TacticView {
  readonly label: string;
  readonly source: PressureTactic['source'];
  readonly strength: number;
  readonly detail: string;
  readonly quote?: QuoteView | undefined;
}

/** One offer as a card: what it is, its three scores, its flags and the "why?" evidence. */
export interface OfferCardView {
  readonly offerId: string;
  readonly brandId: string;
  readonly brandName: string;
  readonly status: OfferExplanation['status'];
  /** The card's badge in the request's language: its status, or the exploration pick's label. */
  readonly badge: string;
  readonly rank?: number | undefined;
  readonly title: string;
  readonly maker?: string | undefined;
  readonly price: Money;
  readonly priceText: string;
  readonly referencePriceText?: string | undefined;
  /** After the price: the reference price the brand claims and the quantity, in the request's language ("" for none). */
  readonly priceNote: string;
  readonly quantity: number;
  readonly terms: Offer['terms'];
  readonly validUntil: string;
  /** The terms in one line, in the request's language ("delivery 3 d · returns 14 d · …", "livraison 3 j · …"). */
  readonly termsText: string;
  readonly explanation: string;
  readonly pitch?: string | undefined;
  /** The brand's claims; `label` names the attribute in the request's language. */
  readonly claims: ReadonlyArray<{ readonly attribute: string; readonly label: string; readonly asserted: string; readonly evidence?: string | undefined }>;
  readonly scores: { readonly fit: number; readonly claimsHold: number; readonly pressure: number; readonly value?: number | undefined };
  /** The three bars' figures as written in the request's language ("68%", "68 %"), each higher-is-better. */
  readonly scoreTexts: { readonly fit: string; readonly claimsHold: string; readonly noPressure: string };
  readonly flags: ReadonlyArray<{ readonly source: string; readonly code: string; readonly phrase: string; readonly quote?: QuoteView | undefined }>;
  readonly why: {
    readonly fit: { readonly needsMet: number; readonly needsTotal: number; readonly violations: readonly string[]; readonly evidence: readonly EvidenceView[] };
    readonly honesty: { readonly prior: number; readonly priorSource: string; readonly evidence: readonly EvidenceView[] };
    readonly pressure: { readonly score: number; readonly tactics: readonly TacticView[] };
    /** The money reasoning, amounts in minor units of `currency`, and one sentence that states it. */
    readonly value?: { readonly worth: number; readonly claimsHold: number; readonly price: number; readonly remedyCost: number; readonly pressureCost: number; readonly surplus: number; readonly currency: string; readonly text: string; readonly plain: string } | undefined;
    readonly exclusions: ReadonlyArray<{ readonly code: string; readonly detail: string }>;
    /** The panel's headings and what it says where a list is empty, in the request's language. */
    readonly headings: { readonly fit: string; readonly honesty: string; readonly pressure: string };
    readonly empty: { readonly fit: string; readonly honesty: string; readonly pressure: string };
    /** The figures behind the plain sentences ("details"), one line each. */
    readonly figures: readonly string[];
  };
}

/** The chat labels' fixed words a shopping run's view carries, copied as they are from `CHAT_LABELS`. */
const FIXED_VIEW_LABELS = ['fit', 'claimsHold', 'noPressure', 'why', 'value', 'notRecommendedWhy', 'brandClaims', 'claimEvidence', 'pitch', 'details', 'buy', 'rankedOffers', 'declined'] as const;

/**
 * The chat's fixed words for one shopping run, in the request's language: those of `ChatLabels` as they are, and
 * "Not recommended (n)" with the run's count filled in.
 */
export interface ShoppingViewLabels extends Pick<ChatLabels, (typeof FIXED_VIEW_LABELS)[number]> {
  readonly notRecommended: string;
}

/** The fixed words of `FIXED_VIEW_LABELS` out of one language's chat labels. */
function pickLabels(say: ChatLabels): Omit<ShoppingViewLabels, 'notRecommended'> {
  return Object.fromEntries(FIXED_VIEW_LABELS.map((key) => [key, say[key]])) as Omit<ShoppingViewLabels, 'notRecommended'>;
}

/** Everything the chat shows for one shopping run, every word of Majordome's in the request's language. */
export interface ShoppingView {
  readonly requestId: string;
  /** The request's language: the page's `lang` for this turn. */
  readonly language: Language;
  readonly labels: ShoppingViewLabels;
  readonly need: string;
  readonly summary: string;
  readonly asked: ReadonlyArray<{ readonly brandId: string; readonly brandName: string }>;
  readonly offers: readonly OfferCardView[];
  readonly excluded: readonly OfferCardView[];
  /** The exploration pick, `note` saying what it is. */
  readonly divergent: { readonly kind: 'picked'; readonly offer: OfferCardView; readonly reason: string; readonly novelty: string; readonly note: string } | { readonly kind: 'none'; readonly reason: string };
  /** Each decline, `lead` the words between the brand's name and its quoted message. */
  readonly declines: ReadonlyArray<{ readonly brandId: string; readonly brandName: string; readonly reason: string; readonly message: string; readonly honest: boolean; readonly flagged: boolean; readonly lead: string }>;
  readonly failures: ReadonlyArray<{ readonly brandId: string; readonly brandName: string; readonly code: string; readonly message: string }>;
  /**
   * What the person should know of a brand beyond its offers (it did not answer in time, its checks were cut short):
   * the page writes the brand's name, then `text`, Majordome's words in the request's language; a failure's brand
   * message is the matching entry of `failures`.
   */
  readonly notices: { readonly heading: string; readonly items: ReadonlyArray<{ readonly kind: BrandNotice['kind']; readonly brandId: string; readonly brandName: string; readonly text: string; readonly code?: string | undefined; readonly offers?: number | undefined }> };
  readonly negotiated: number;
  /** The butler's sentence when no offer is shown, in the request's language. */
  readonly noOffer: string;
}

function quoteView(q: Quote | undefined, language: Language): QuoteView | undefined {
  if (!q) return undefined;
  const where = plainField(q.field, language);
  return { field: q.field, where, lead: CHAT_LABELS[language].quotedIn(where), text: q.text };
}

/** Each finding once: the same sentence on the same quote is one line, however many times the scorers saw it. */
function evidenceView(items: readonly EvidenceItem[], language: Language): EvidenceView[] {
  const seen = new Set<string>();
  const out: EvidenceView[] = [];
  for (const e of items) {
    const detail = plainDetail(e.detail, e.quote?.field, language);
    const key = `${detail}\u0000${e.quote?.text ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code: e.code, effect: e.effect, detail, quote: quoteView(e.quote, language) });
  }
  return out;
}

/** The money reasoning in words a person reads; the formula stays in the numbers behind "details". */
function plainValue(v: ValueBreakdown, language: Language): string {
  const m = (minor: number) => formatEstimateIn(minor, v.currency, language);
  return EXPLANATION_MESSAGES[language].plainValue(m(expectedWorth(v)), m(v.price), v.surplus > 0 ? m(v.surplus) : undefined, v.remedyCost + v.pressureCost > 0);
}

function cardOf(offer: Offer, explanation: OfferExplanation | undefined, breakdown: OfferBreakdown, brandName: string, language: Language, divergent: boolean): OfferCardView {
  const value = breakdown.value;
  const say = CHAT_LABELS[language];
  // English keeps the butler's stable money style ("18.50 EUR"); French writes "18,50 €".
  const money = (amount: Money) => (language === 'en' ? formatMoney(amount) : formatMoneyIn(amount, language));
  const knownBrand = breakdown.honesty.priorSource === 'trust';
  const tactics = breakdown.pressure.tactics
    .map((t) => ({ label: t.label, source: t.source, strength: t.strength, detail: plainDetail(t.detail, t.quote?.field, language), quote: quoteView(t.quote, language) }))
    .filter((t, i, all) => all.findIndex((o) => o.detail === t.detail && o.quote?.text === t.quote?.text) === i);
  const honestyEvidence = evidenceView(breakdown.honesty.evidence, language);
  return {
    offerId: offer.offerId,
    brandId: offer.brandId,
    brandName,
    status: breakdown.status,
    badge: divergent ? say.outsideBubble : say.statuses[breakdown.status],
    rank: breakdown.rank,
    title: brandText('product.title', offer.product.title, 300),
    maker: offer.product.maker === undefined ? undefined : brandText('product.maker', offer.product.maker, 120),
    price: offer.price,
    priceText: money(offer.price),
    referencePriceText: offer.discount ? money(offer.discount.referencePrice) : undefined,
    priceNote: `${offer.discount ? say.referencePrice(money(offer.discount.referencePrice)) : ''}${offer.quantity > 1 ? say.forQuantity(offer.quantity) : ''}`,
    quantity: offer.quantity,
    terms: offer.terms,
    validUntil: offer.validUntil,
    termsText: say.terms(offer.terms.deliveryDays, offer.terms.returnDays, offer.terms.warrantyMonths, offer.validUntil.replace('T', ' ').slice(0, 16)),
    explanation: explanation?.text ?? '',
    pitch: offer.pitch ? brandText('pitch', offer.pitch, 600) : undefined,
    claims: offer.claims.map((c) => ({
      attribute: c.attribute,
      // English keeps the wire name as it always showed it; French names it as the need's summary does.
      label: language === 'en' ? c.attribute : attributeLabelIn(c.attribute, language),
      asserted: brandText('claim', formatAttributeValue(c.asserted), 200),
      evidence: c.evidence ? brandText('claim.evidence', `${c.evidence.kind}: ${c.evidence.reference}${c.evidence.issuer ? ` (${c.evidence.issuer})` : ''}`, 300) : undefined,
    })),
    scores: {
      fit: breakdown.fit.score,
      claimsHold: breakdown.honesty.probability,
      pressure: breakdown.pressure.score,
      value: value?.surplus,
    },
    scoreTexts: { fit: say.percent(breakdown.fit.score), claimsHold: say.percent(breakdown.honesty.probability), noPressure: say.percent(1 - breakdown.pressure.score) },
    flags: (explanation?.flags ?? []).map((f) => ({ source: f.source, code: f.code, phrase: f.phrase, quote: quoteView(f.quote, language) })),
    why: {
      fit: { needsMet: breakdown.fit.needsMet, needsTotal: breakdown.fit.needsTotal, violations: breakdown.fit.hardViolations.map((v) => v.detail), evidence: evidenceView(breakdown.fit.evidence, language) },
      honesty: { prior: breakdown.honesty.prior, priorSource: breakdown.honesty.priorSource, evidence: honestyEvidence },
      pressure: { score: breakdown.pressure.score, tactics },
      value: value
        ? {
            worth: value.worth,
            claimsHold: value.claimsHold,
            price: value.price,
            remedyCost: value.remedyCost,
            pressureCost: value.pressureCost,
            surplus: value.surplus,
            currency: value.currency,
            text: describeValue(value, language),
            plain: plainValue(value, language),
          }
        : undefined,
      exclusions: (breakdown.exclusions ?? []).map((x, i) => ({ code: x.code, detail: explanation?.details?.[i] ?? x.detail })),
      headings: { fit: say.fitHeading(breakdown.fit.needsMet, breakdown.fit.needsTotal), honesty: say.honestyHeading(honestyEvidence.length > 0), pressure: say.pressureHeading(tactics.length > 0) },
      empty: { fit: say.fitEmpty, honesty: say.honestyEmpty(knownBrand), pressure: say.pressureEmpty },
      figures: [
        say.figures(say.percent(breakdown.fit.score), say.percent(breakdown.honesty.probability), say.percent(breakdown.honesty.prior), knownBrand, say.percent(breakdown.pressure.score)),
        ...tactics.map((t) => say.tacticFigure(t.label, t.source, t.strength)),
      ],
    },
  };
}

/** The chat's view of a shopping result: every brand-supplied string sanitised and bounded, scores and evidence kept. */
export function shoppingView(result: ShoppingResult, brands: readonly BrandConnection[]): ShoppingView {
  const cardNames = new Map(brands.map((b) => [b.card.id, brandText('brand.name', b.card.name, 60)]));
  const nameOf = (brandId: string) => cardNames.get(brandId) || brandId;
  const language = answerLanguage(result.need.language);
  const explanations = new Map(result.explanation.offers.map((o) => [o.offerId, o]));
  const breakdowns = new Map(result.explanation.breakdown.offers.map((b) => [b.offerId, b]));
  const say = CHAT_LABELS[language];
  const card = (offer: Offer, divergent = false) => {
    const explanation = explanations.get(offer.offerId);
    return cardOf(offer, explanation, breakdowns.get(offer.offerId)!, explanation?.brandName ?? nameOf(offer.brandId), language, divergent);
  };
  const divergentId = result.divergent.kind === 'picked' ? result.divergent.offer.offerId : undefined;
  // "Honestly" only when the butler recorded the decline as honest: not from a brand that also offered, and not one
  // whose decline carries pressure or instructions aimed at the butler (those are flagged, and earn nothing).
  const honest = new Set(result.observations.flatMap((o) => (o.kind === 'honest-decline' ? [o.brandId] : [])));
  const flagged = new Set(result.observations.flatMap((o) => (o.kind === 'pressure-tactic' && o.field.startsWith('decline') ? [o.brandId] : [])));
  const declineKind = (brandId: string): DeclineKind => (honest.has(brandId) ? 'honest' : flagged.has(brandId) ? 'flagged' : 'plain');
  return {
    requestId: result.requestId,
    language,
    labels: { ...pickLabels(say), notRecommended: say.notRecommended(result.ranking.excluded.length) },
    need: describeNeed(result.need),
    summary: result.explanation.summary,
    asked: result.asked.map((brandId) => ({ brandId, brandName: nameOf(brandId) })),
    offers: result.ranking.ranked.filter((r) => r.offerId !== divergentId).map((r) => card(r.offer)),
    excluded: result.ranking.excluded.map((x) => card(x.offer)),
    divergent:
      result.divergent.kind === 'picked'
        ? { kind: 'picked', offer: card(result.divergent.offer.offer, true), reason: result.divergent.reason, novelty: result.divergent.novelty, note: say.divergentNote(result.divergent.reason) }
        : { kind: 'none', reason: result.divergent.reason },
    declines: result.declines.map((d) => ({
      brandId: d.brandId,
      brandName: nameOf(d.brandId),
      reason: d.reason,
      message: brandText('decline.message', d.message, 300),
      honest: honest.has(d.brandId),
      flagged: flagged.has(d.brandId),
      lead: say.declineLead(declineKind(d.brandId)),
    })),
    failures: result.failures.map((f) => ({ brandId: f.brandId, brandName: nameOf(f.brandId), code: f.error.code, message: brandText('error.message', f.error.message, 300) })),
    notices: {
      heading: BRAND_NOTICE_MESSAGES[language].heading,
      items: brandNoticesOf(result).map((n) => ({
        kind: n.kind,
        brandId: n.brandId,
        brandName: nameOf(n.brandId),
        text: describeBrandNotice(n, language),
        ...(n.kind === 'out-of-time' ? { offers: n.offers } : { code: n.code }),
      })),
    },
    negotiated: result.negotiations.length,
    noOffer: EXPLANATION_MESSAGES[language].noOfferForNeed,
  };
}
