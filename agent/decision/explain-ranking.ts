import {
  BEHAVIOUR_TACTICS,
  FIT_WEIGHTS,
  HONESTY_WEIGHTS,
  applicableBudget,
  formatAttributeValue,
  quoteText,
  stretchApplies,
  textTacticWeight,
  type BudgetStretch,
  type Ceilings,
  type FitScore,
  type HonestyScore,
  type PressureScore,
} from '../scoring/index.ts';
import { offerMeasureOf, type Money } from '../../protocol/index.ts';
import { attributeLabelIn, formatMoneyIn, joinWords, knownAttributeLabelIn, quoteBrandWordIn, type Language } from '../language/index.ts';
import { describeEvidence, describeViolation, scoresIn } from './describe-evidence.ts';
import { describeFlags, policyPhrase, type OfferFlag } from './describe-flags.ts';
import { EXPLANATION_MESSAGES, type ExplanationMessages } from './explanation-messages.ts';
import { expectedWorth, VALUE_MODEL, type ValueBreakdown } from './offer-value.ts';
import { floorEstimateOf, type ExcludedOffer, type ExclusionReason, type Ranking, type RankedOffer, type ReportedDecline } from './rank-offers.ts';

/** Most flags named per offer in the one-sentence summary (the per-offer lines name them all). */
const SUMMARY_FLAGS = 3;

/** The plain-language explanation of one offer. */
export interface OfferExplanation {
  readonly offerId: string;
  readonly brandId: string;
  /** The display name, cleaned and unquoted (or the brand id): a surface showing it on its own quotes it itself. */
  readonly brandName: string;
  readonly status: 'recommended' | 'ranked' | 'excluded';
  readonly rank?: number | undefined;
  /** One line, e.g. "“Trailco”: fits all 4 needs, 12 EUR cheaper than “Pushy Sports”" (names quoted as the brands' words). */
  readonly text: string;
  readonly flags: readonly OfferFlag[];
  /** Why an excluded offer is excluded, in detail and in the explanation's language. */
  readonly details?: readonly string[] | undefined;
}

/** Every score, weight and evidence item behind one offer's place; every detail sentence in the explanation's language. */
export interface OfferBreakdown {
  readonly offerId: string;
  readonly brandId: string;
  readonly status: OfferExplanation['status'];
  readonly rank?: number | undefined;
  readonly value?: ValueBreakdown | undefined;
  readonly exclusions?: readonly ExclusionReason[] | undefined;
  readonly fit: FitScore;
  readonly honesty: HonestyScore;
  readonly pressure: PressureScore;
}

/** A ranking explained: one summary sentence, a line per offer, and the machine-readable breakdown. */
export interface RankingExplanation {
  readonly summary: string;
  readonly offers: readonly OfferExplanation[];
  readonly breakdown: {
    readonly honestyFloor: number;
    readonly weights: {
      readonly value: typeof VALUE_MODEL;
      readonly fit: typeof FIT_WEIGHTS;
      readonly honesty: typeof HONESTY_WEIGHTS;
      readonly behaviour: Readonly<Record<string, number>>;
      /** Weight of each text tactic label seen in this ranking. */
      readonly text: Readonly<Record<string, number>>;
    };
    readonly offers: readonly OfferBreakdown[];
    readonly declines: readonly ReportedDecline[];
  };
}

/** Options of the explanation. */
export interface ExplainOptions {
  /** Display names by brand id (brand-supplied, so shown sanitised and truncated); the id is used otherwise. */
  readonly brandNames?: Readonly<Record<string, string>> | ReadonlyMap<string, string> | undefined;
  /** How many top offers may count as recommendations, when nothing is flagged about them (default 3). */
  readonly recommend?: number | undefined;
  /** Most flagged offers named in the summary (default 3). */
  readonly summaryFlagged?: number | undefined;
  /** The language of the sentences (the need's; default English). */
  readonly language?: Language | undefined;
  /** The person's budget, so an offer over it can say by how much in any language. */
  readonly budget?: Money | undefined;
  /** A higher ceiling said on a condition ("150 if it's Sony"): the summary says which ceiling held for the chosen offer. */
  readonly budgetStretch?: BudgetStretch | undefined;
  /** How many items the person asked for (`itemsAsked`: the need's quantity times the pack count it states; default 1), so an offer carrying more says so. */
  readonly quantity?: number | undefined;
}

/** The language and phrases one explanation is written with. */
interface Voice {
  readonly language: Language;
  readonly m: ExplanationMessages;
}

/** Longest display name shown, in the breakdown and in sentences (the shortest any surface shows a brand's name). */
export const MAX_NAME_LENGTH = 40;

/** A brand's display name, cleaned and unquoted, and as it stands in Majordome's sentences: quoted as the brand's word. */
function nameOf(brandId: string, names: ExplainOptions['brandNames'], language: Language): { readonly shown: string; readonly said: string } {
  const raw = names instanceof Map ? names.get(brandId) : (names as Readonly<Record<string, string>> | undefined)?.[brandId];
  const shown = raw === undefined ? '' : quoteText('brand.name', raw, undefined, MAX_NAME_LENGTH).text;
  if (shown === '' || shown === brandId) return { shown: brandId, said: brandId };
  // A name is brand-chosen text ("Best price — recommended by Majordome"): inside our sentences it is always a quotation.
  const said = quoteBrandWordIn(raw!, language, MAX_NAME_LENGTH);
  return { shown, said: said === quoteBrandWordIn('', language) ? brandId : said };
}

function joinPhrases(v: Voice, all: readonly string[], max = Number.POSITIVE_INFINITY): string {
  const phrases = all.length > max ? [...all.slice(0, max), v.m.more(all.length - max)] : all;
  return joinWords(phrases, v.language, 'and');
}

function needsPhrase(v: Voice, fit: FitScore): string {
  if (fit.needsTotal === 0) return v.m.fitsRequest;
  if (fit.needsMet === fit.needsTotal) return fit.needsTotal === 1 ? v.m.fitsNeed : v.m.fitsAll(fit.needsTotal);
  return v.m.fitsSome(fit.needsMet, fit.needsTotal);
}

/** What to compare an offer's price with: for the top, the best offer of another brand; for the rest, the top. */
function comparisonFor(v: Voice, ranked: readonly RankedOffer[], index: number, name: (brandId: string) => string): { other: RankedOffer; label: string; own: boolean } | undefined {
  const entry = ranked[index]!;
  if (index === 0) {
    const rival = ranked.find((r) => r.brandId !== entry.brandId);
    if (rival) return { other: rival, label: name(rival.brandId), own: false };
    const sibling = ranked[1];
    return sibling ? { other: sibling, label: v.m.itsNextOption, own: true } : undefined;
  }
  const top = ranked[0]!;
  return top.brandId === entry.brandId ? { other: top, label: v.m.itsTopOption, own: true } : { other: top, label: name(top.brandId), own: false };
}

function money(v: Voice, amountMinor: number, currency: string): string {
  return formatMoneyIn({ amountMinor, currency }, v.language);
}

/** The strongest reason, in the person's terms, why `other` is worth less than `offer` despite its price. */
function whyWorthLess(v: Voice, offer: RankedOffer, other: RankedOffer, otherName: string): string | undefined {
  const a = offer.breakdown;
  const b = other.breakdown;
  if (b.claimsHold < a.claimsHold - 0.05) {
    const against = other.scores.honesty.evidence.find((e) => e.effect === 'undermines' && e.impact < 0) ?? other.scores.honesty.evidence.find((e) => e.code === 'claim-contradicted-before');
    // The record is a weight (failures fade with time and are forgiven by later clean checks): any failure still on it
    // is at least one failed check.
    const record = other.trust && other.trust.claimsFailed > 0 ? v.m.failedChecks(otherName, Math.max(1, Math.round(other.trust.claimsFailed))) : undefined;
    const why = (against ? describeEvidence(against, v.language) : undefined) ?? record ?? v.m.lessTrackRecord(otherName);
    return v.m.lessLikelyAsDescribed(otherName, Math.round(b.claimsHold * 100), Math.round(a.claimsHold * 100), why);
  }
  if (b.preferenceMatch < a.preferenceMatch - 0.05) return v.m.matchesBetter(Math.round(a.preferenceMatch * 100), Math.round(b.preferenceMatch * 100));
  if (b.pressureCost > a.pressureCost) return v.m.pushed(otherName, money(v, b.pressureCost, b.currency));
  return undefined;
}

/** "12 EUR cheaper than X", or "18 EUR more than X, but X's offer is 40 % likely as described (…)": the money reasoning. */
function pricePhrase(v: Voice, offer: RankedOffer, comparison: { other: RankedOffer; label: string; own: boolean } | undefined): string | undefined {
  const other = comparison?.other;
  const otherName = comparison?.label ?? '';
  // "than Pushy Sports" / "que chez Pushy Sports", but "than its top option" / "que sa meilleure offre".
  const against = comparison?.own ? otherName : v.m.atBrand(otherName);
  if (!other || other.offer.price.currency !== offer.offer.price.currency) return undefined;
  const diff = other.offer.price.amountMinor - offer.offer.price.amountMinor;
  const currency = offer.offer.price.currency;
  if (diff === 0) return v.m.samePrice(against);
  if (diff > 0) return v.m.cheaper(money(v, diff, currency), against);
  const reason = offer.breakdown.surplus >= other.breakdown.surplus ? whyWorthLess(v, offer, other, otherName) : undefined;
  return v.m.dearer(money(v, -diff, currency), against, reason);
}

/**
 * "1,000 items for 12 EUR in all (you asked for 1)": an offer carrying more items than asked (its quantity times the
 * pack's count when the catalogue states one) says so beside its price, whatever its price: the person reads what
 * they would buy before saying yes. Packs measured by weight or volume count their packs.
 */
function moreThanAskedPhrase(v: Voice, offer: RankedOffer['offer'], asked: number): string | undefined {
  const measure = offerMeasureOf(offer);
  const items = measure.dimension === 'count' ? measure.amount : offer.quantity;
  if (items <= asked) return undefined;
  return v.m.moreThanAsked(items, money(v, offer.price.amountMinor, offer.price.currency), asked);
}

/** "expected gain 31 EUR": worth × chance it is as described − price − expected hassle. */
function surplusPhrase(v: Voice, b: ValueBreakdown): string {
  return v.m.expectedGain(money(v, b.surplus, b.currency), money(v, b.worth, b.currency), Math.round(b.claimsHold * 100));
}

function positives(v: Voice, offer: RankedOffer): string[] {
  const out: string[] = [];
  const honesty = offer.scores.honesty;
  // Only other sellers can cross-check a claim: a brand confirming its own offer is not a check.
  if (honesty.contradictions === 0 && honesty.evidence.some((e) => e.code === 'claims-corroborated-by-market')) {
    out.push(v.m.crossChecked);
  }
  if (offer.scores.pressure.tactics.length === 0) out.push(v.m.noPressure);
  return out;
}

function flaggedLine(v: Voice, name: string, flags: readonly OfferFlag[], excluded: boolean, max = Number.POSITIVE_INFINITY): string {
  const exclusions = flags.filter((f) => f.source === 'exclusion').map((f) => f.phrase);
  const others = flags.filter((f) => f.source !== 'exclusion').map((f) => f.phrase);
  const parts: string[] = [];
  if (excluded) parts.push(v.m.excluded(name, joinPhrases(v, exclusions)));
  if (others.length) parts.push(excluded ? v.m.alsoFlagged(joinPhrases(v, others, max)) : v.m.flagged(name, joinPhrases(v, others, max)));
  return parts.join(', ');
}

function quoteSuffix(v: Voice, flags: readonly OfferFlag[]): string {
  const quoted = flags.filter((f) => f.quote && (f.source === 'pressure' || f.code === 'injection')).slice(0, 2);
  return quoted.length ? v.m.quoted(quoted.map((f) => v.m.quote(f.quote!.text)).join(', ')) : '';
}

function offeredValue(v: Voice, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const one = (x: unknown) => (typeof x === 'boolean' ? (x ? v.m.yes : v.m.no) : String(x));
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

/** Why an offer is excluded, in detail: the scorer's own words in English, ours in another language. */
function exclusionDetail(v: Voice, entry: ExcludedOffer, reason: ExclusionReason, budget: Money | undefined): string {
  if (v.language === 'en') {
    // A brand's attribute is named as its word, quoted, as in the evidence lines (not the scorer's wire name).
    const violation = reason.attribute !== undefined && knownAttributeLabelIn(reason.attribute, 'en') === undefined ? entry.scores.fit.hardViolations.find((x) => x.attribute === reason.attribute) : undefined;
    return violation ? describeViolation(violation, 'en') : reason.detail;
  }
  const d = v.m.details;
  const price = entry.offer.price;
  switch (reason.code) {
    case 'over-budget': {
      const over = budget && budget.currency === price.currency && price.amountMinor > budget.amountMinor ? money(v, price.amountMinor - budget.amountMinor, price.currency) : undefined;
      return d.costs(money(v, price.amountMinor, price.currency), over);
    }
    case 'missed-deadline':
      return d.deliversIn(entry.offer.terms.deliveryDays);
    case 'expired':
      return v.m.expired;
    case 'no-surplus': {
      const b = entry.value;
      return b ? d.worthAbout(money(v, expectedWorth(b), b.currency), Math.round(b.claimsHold * 100), money(v, b.price, b.currency)) : v.m.notWorthIt;
    }
    case 'policy':
      return policyPhrase(reason, v.m);
    case 'below-honesty-floor':
      return entry.trust ? d.honestyBelow(floorEstimateOf(entry).toFixed(2).replace('.', ',')) : v.m.belowFloor;
    case 'caught-before':
      return v.m.caughtBefore;
    case 'injection':
      return d.injection;
    default:
      if (reason.attribute === undefined) return d.mismatch(undefined, undefined);
      return d.mismatch(attributeLabelIn(reason.attribute, v.language), offeredValue(v, entry.offer.product.attributes[reason.attribute]));
  }
}

/**
 * Whether an offer shows its brand deceiving: excluded for its honesty record or for instructions aimed at the butler,
 * its own statements caught false, or any instructions aimed at the butler in its texts (even below the exclusion
 * threshold).
 */
function caughtDeceiving(entry: RankedOffer | ExcludedOffer): boolean {
  if ('reasons' in entry && entry.reasons.some((r) => r.code === 'below-honesty-floor' || r.code === 'caught-before' || r.code === 'injection')) return true;
  return entry.scores.honesty.contradictions > 0 || entry.scores.pressure.tactics.some((t) => t.label === 'injection');
}

/**
 * Why no offer is left, in the person's terms: the cheapest offer that failed only on the budget (and by how much) from
 * a brand not caught deceiving in this round, and how many offers each of the person's rules or needs filtered out.
 */
function whyNothingFits(v: Voice, ranking: Ranking, name: (brandId: string) => string, ceilings: Ceilings): string {
  if (ranking.excluded.length === 0) return v.m.nothingRecommendable;
  // Never point the person at a liar: a brand caught deceiving in this round is no "cheapest fitting offer".
  const deceivers = new Set([...ranking.ranked, ...ranking.excluded].filter(caughtDeceiving).map((e) => e.brandId));
  const onlyBudget = ranking.excluded
    .filter((e) => e.reasons.length > 0 && e.reasons.every((r) => r.code === 'over-budget') && !deceivers.has(e.brandId))
    .sort((a, b) => a.offer.price.amountMinor - b.offer.price.amountMinor || (a.offerId < b.offerId ? -1 : 1));
  const counts = new Map<string, number>();
  for (const e of ranking.excluded) for (const code of new Set(e.reasons.map((r) => r.code))) counts.set(code, (counts.get(code) ?? 0) + 1);
  const byReason = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, n]) => `${v.m.exclusionReasons[code as keyof ExplanationMessages['exclusionReasons']] ?? code} (${n})`);
  const cheapest = onlyBudget[0];
  const budgetNote = cheapest ? v.m.cheapestOtherwise(money(v, cheapest.offer.price.amountMinor, cheapest.offer.price.currency), name(cheapest.brandId), exclusionDetail(v, cheapest, cheapest.reasons[0]!, applicableBudget(ceilings, cheapest.offer))) : '';
  return v.m.nothingFits(ranking.excluded.length, joinPhrases(v, byReason), budgetNote);
}

/** The person's condition as rules ("maker = Sony and noise_cancelling = true"), in the explanation's language. */
function conditionText(v: Voice, stretch: BudgetStretch): string {
  const op = { eq: '=', neq: '≠', lte: '≤', gte: '≥', in: '∈', 'not-in': '∉' } as const;
  const rule = (c: BudgetStretch['condition'][number]) => `${attributeLabelIn(c.attribute, v.language)} ${op[c.op]} ${Array.isArray(c.value) ? c.value.map(formatAttributeValue).join(', ') : formatAttributeValue(c.value)}`;
  return joinWords(stretch.condition.map(rule), v.language);
}

/** With a higher ceiling said on a condition: which ceiling held for this offer (the stretch only when it meets it). */
function ceilingPhrase(v: Voice, entry: RankedOffer, options: ExplainOptions): string | undefined {
  const stretch = options.budgetStretch;
  const ceiling = applicableBudget(options, entry.offer);
  if (stretch === undefined || ceiling === undefined) return undefined;
  const said = formatMoneyIn(ceiling, v.language);
  return stretchApplies(options, entry.offer) ? v.m.stretchCeiling(said, conditionText(v, stretch)) : v.m.baseCeiling(said, conditionText(v, stretch));
}

/**
 * Explains a ranking in plain language — "“Trailco”: fits all 4 needs, 12 EUR cheaper than “Pushy Sports”; “Pushy
 * Sports” flagged for a fake 10-minute deadline and an upsell" — with a machine-readable breakdown of every score, weight
 * and evidence item. Brand text, names included, appears only as marked, truncated quotes, never as instructions.
 */
export function explainRanking(ranking: Ranking, options: ExplainOptions = {}): RankingExplanation {
  const recommend = options.recommend ?? 3;
  const language = options.language ?? 'en';
  const v: Voice = { language, m: EXPLANATION_MESSAGES[language] };
  const asked = options.quantity ?? 1;
  // A brand's display name is cleaned and quoted once per explanation, however many lines name it.
  const names = new Map<string, ReturnType<typeof nameOf>>();
  const named = (brandId: string) => {
    let found = names.get(brandId);
    if (found === undefined) names.set(brandId, (found = nameOf(brandId, options.brandNames, language)));
    return found;
  };
  // `name` is the brand as our sentences say it (quoted); `shownName` is the bare name for the breakdown's brandName.
  const name = (brandId: string) => named(brandId).said;
  const shownName = (brandId: string) => named(brandId).shown;
  const offers: OfferExplanation[] = [];
  const breakdowns: OfferBreakdown[] = [];
  for (const [i, entry] of ranking.ranked.entries()) {
    const flags = describeFlags(entry.scores, [], language);
    // A flagged offer stays in the list with its flags, but is not called a recommendation.
    const status = i < recommend && flags.length === 0 ? 'recommended' : 'ranked';
    const comparison = comparisonFor(v, ranking.ranked, i, name);
    const notes = [moreThanAskedPhrase(v, entry.offer, asked), needsPhrase(v, entry.scores.fit), pricePhrase(v, entry, comparison), surplusPhrase(v, entry.breakdown), ...(flags.length ? [] : positives(v, entry))].filter(
      (p): p is string => p !== undefined,
    );
    const flagText = flags.length ? `${v.m.flaggedTail(joinPhrases(v, flags.map((f) => f.phrase)))}${quoteSuffix(v, flags)}` : '';
    offers.push({ offerId: entry.offerId, brandId: entry.brandId, brandName: shownName(entry.brandId), status, rank: entry.rank, text: v.m.headline(name(entry.brandId), `${notes.join(', ')}${flagText}`), flags });
    breakdowns.push({ offerId: entry.offerId, brandId: entry.brandId, status, rank: entry.rank, value: entry.breakdown, ...scoresIn(entry.scores, language) });
  }
  for (const entry of ranking.excluded) {
    const flags = describeFlags(entry.scores, entry.reasons, language);
    // Over which ceiling: the stretch for an offer meeting its condition, the budget for any other.
    const reasons = entry.reasons.map((r) => exclusionDetail(v, entry, r, applicableBudget(options, entry.offer)));
    offers.push({
      offerId: entry.offerId,
      brandId: entry.brandId,
      brandName: shownName(entry.brandId),
      status: 'excluded',
      text: `${flaggedLine(v, name(entry.brandId), flags, true)} (${reasons.slice(0, 3).join(language === 'fr' ? ' ; ' : '; ')})${quoteSuffix(v, flags)}`,
      flags,
      details: reasons,
    });
    breakdowns.push({ offerId: entry.offerId, brandId: entry.brandId, status: 'excluded', value: entry.value, exclusions: entry.reasons, ...scoresIn(entry.scores, language) });
  }

  const top = ranking.ranked.length > 0 ? offers[0] : undefined;
  const summaryParts: string[] = [];
  if (top) {
    const entry = ranking.ranked[0]!;
    const comparison = comparisonFor(v, ranking.ranked, 0, name);
    const cheaper = pricePhrase(v, entry, comparison);
    summaryParts.push(
      v.m.headline(name(top.brandId), `${[moreThanAskedPhrase(v, entry.offer, asked), needsPhrase(v, entry.scores.fit), cheaper, ceilingPhrase(v, entry, options)].filter(Boolean).join(', ')}${top.flags.length ? v.m.thoughFlagged(joinPhrases(v, top.flags.map((f) => f.phrase), SUMMARY_FLAGS)) : ''}`),
    );
  } else if (ranking.excluded.some((e) => e.reasons.every((r) => r.code === 'no-surplus'))) {
    summaryParts.push(v.m.buyNothing);
  } else {
    summaryParts.push(whyNothingFits(v, ranking, name, options));
  }
  // The summary speaks of brands. A brand with an offer in the list is not "excluded": one of its offers is, for what
  // that offer is (its price, a size), which the offer list says; the summary keeps only what the brand did.
  const listedBrands = new Set(ranking.ranked.map((e) => e.brandId));
  const flagged = offers
    .filter((o) => o !== top)
    .map((o) => ({ o, excluded: o.status === 'excluded' && !listedBrands.has(o.brandId), flags: o.status === 'excluded' && listedBrands.has(o.brandId) ? o.flags.filter((f) => f.source !== 'exclusion') : o.flags }))
    .filter((x) => x.flags.length > 0)
    .slice(0, options.summaryFlagged ?? 3);
  const seenBrands = new Set<string>();
  for (const { o, excluded, flags } of flagged) {
    if (seenBrands.has(o.brandId)) continue;
    seenBrands.add(o.brandId);
    summaryParts.push(flaggedLine(v, name(o.brandId), flags, excluded, SUMMARY_FLAGS));
  }
  return {
    summary: summaryParts.join(language === 'fr' ? ' ; ' : '; '),
    offers,
    breakdown: {
      honestyFloor: ranking.honestyFloor,
      weights: {
        value: VALUE_MODEL,
        fit: FIT_WEIGHTS,
        honesty: HONESTY_WEIGHTS,
        behaviour: Object.fromEntries(Object.entries(BEHAVIOUR_TACTICS).map(([label, t]) => [label, t.weight])),
        text: Object.fromEntries(
          [...new Set(breakdowns.flatMap((b) => b.pressure.tactics.filter((t) => t.source === 'text').map((t) => t.label)))].sort().map((label) => [label, textTacticWeight(label)]),
        ),
      },
      offers: breakdowns,
      declines: ranking.declines,
    },
  };
}
