import {
  BEHAVIOUR_TACTICS,
  FIT_WEIGHTS,
  HONESTY_WEIGHTS,
  quoteText,
  textTacticWeight,
  type FitScore,
  type HonestyScore,
  type PressureScore,
} from '../scoring/index.ts';
import { describeFlags, type OfferFlag } from './describe-flags.ts';
import { formatMoney } from './format-money.ts';
import { VALUE_MODEL, type ValueBreakdown } from './offer-value.ts';
import { EXCLUSION_REASONS, type ExclusionReason, type Ranking, type RankedOffer, type ReportedDecline } from './rank-offers.ts';

/** Most flags named per offer in the one-sentence summary (the per-offer lines name them all). */
const SUMMARY_FLAGS = 3;

/** The plain-language explanation of one offer. */
export interface OfferExplanation {
  readonly offerId: string;
  readonly brandId: string;
  readonly brandName: string;
  readonly status: 'recommended' | 'ranked' | 'excluded';
  readonly rank?: number | undefined;
  /** One line, e.g. "Trailco: fits all 4 needs, 12 EUR cheaper than Pushy Sports". */
  readonly text: string;
  readonly flags: readonly OfferFlag[];
}

/** Every score, weight and evidence item behind one offer's place. */
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
}

function nameOf(brandId: string, names: ExplainOptions['brandNames']): string {
  const raw = names instanceof Map ? names.get(brandId) : (names as Readonly<Record<string, string>> | undefined)?.[brandId];
  const name = raw === undefined ? '' : quoteText('brand.name', raw, undefined, 40).text;
  return name === '' ? brandId : name;
}

function joinPhrases(all: readonly string[], max = Number.POSITIVE_INFINITY): string {
  const phrases = all.length > max ? [...all.slice(0, max), `${all.length - max} more`] : all;
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
}

function needsPhrase(fit: FitScore): string {
  if (fit.needsTotal === 0) return 'fits your request';
  if (fit.needsMet === fit.needsTotal) return fit.needsTotal === 1 ? 'fits your need' : `fits all ${fit.needsTotal} needs`;
  return `fits ${fit.needsMet} of ${fit.needsTotal} needs`;
}

/** What to compare an offer's price with: for the top, the best offer of another brand; for the rest, the top. */
function comparisonFor(ranked: readonly RankedOffer[], index: number, name: (brandId: string) => string): { other: RankedOffer; label: string } | undefined {
  const entry = ranked[index]!;
  if (index === 0) {
    const rival = ranked.find((r) => r.brandId !== entry.brandId);
    if (rival) return { other: rival, label: name(rival.brandId) };
    const sibling = ranked[1];
    return sibling ? { other: sibling, label: 'its next option' } : undefined;
  }
  const top = ranked[0]!;
  return { other: top, label: top.brandId === entry.brandId ? 'its top option' : name(top.brandId) };
}

function money(amountMinor: number, currency: string): string {
  return formatMoney({ amountMinor, currency });
}

/** The strongest reason, in the person's terms, why `other` is worth less than `offer` despite its price. */
function whyWorthLess(offer: RankedOffer, other: RankedOffer, otherName: string): string | undefined {
  const a = offer.breakdown;
  const b = other.breakdown;
  if (b.claimsHold < a.claimsHold - 0.05) {
    const against = other.scores.honesty.evidence.find((e) => e.effect === 'undermines' && e.impact < 0) ?? other.scores.honesty.evidence.find((e) => e.code === 'claim-contradicted-before');
    const record = other.trust && other.trust.claimsFailed > 0 ? `${otherName} failed ${Math.round(other.trust.claimsFailed)} past check${Math.round(other.trust.claimsFailed) === 1 ? '' : 's'}` : undefined;
    const why = against?.detail ?? record ?? `${otherName} has less of a track record`;
    return `${otherName}'s offer is ${Math.round(b.claimsHold * 100)} % likely as described vs ${Math.round(a.claimsHold * 100)} % (${why})`;
  }
  if (b.preferenceMatch < a.preferenceMatch - 0.05) return `it matches your preferences better (${Math.round(a.preferenceMatch * 100)} % vs ${Math.round(b.preferenceMatch * 100)} %)`;
  if (b.pressureCost > a.pressureCost) return `${otherName} pushed (counted as ${money(b.pressureCost, b.currency)} of hassle)`;
  return undefined;
}

/** "12 EUR cheaper than X", or "18 EUR more than X, but X's offer is 40 % likely as described (…)": the money reasoning. */
function pricePhrase(offer: RankedOffer, other: RankedOffer | undefined, otherName: string): string | undefined {
  if (!other || other.offer.price.currency !== offer.offer.price.currency) return undefined;
  const diff = other.offer.price.amountMinor - offer.offer.price.amountMinor;
  const currency = offer.offer.price.currency;
  if (diff === 0) return `same price as ${otherName}`;
  if (diff > 0) return `${money(diff, currency)} cheaper than ${otherName}`;
  const reason = offer.breakdown.surplus >= other.breakdown.surplus ? whyWorthLess(offer, other, otherName) : undefined;
  return `${money(-diff, currency)} more than ${otherName}${reason ? `, but ${reason}` : ''}`;
}

/** "expected gain 31 EUR": worth × chance it is as described − price − expected hassle. */
function surplusPhrase(b: ValueBreakdown): string {
  return `expected gain ${money(b.surplus, b.currency)} (worth ~${money(b.worth, b.currency)} to you, ${Math.round(b.claimsHold * 100)} % likely as described)`;
}

function positives(offer: RankedOffer): string[] {
  const out: string[] = [];
  const honesty = offer.scores.honesty;
  // Only other sellers can cross-check a claim: a brand confirming its own offer is not a check.
  if (honesty.contradictions === 0 && honesty.evidence.some((e) => e.code === 'claims-corroborated-by-market')) {
    out.push('claims cross-checked with other sellers');
  }
  if (offer.scores.pressure.tactics.length === 0) out.push('no pressure');
  return out;
}

function flaggedLine(name: string, flags: readonly OfferFlag[], excluded: boolean, max = Number.POSITIVE_INFINITY): string {
  const exclusions = flags.filter((f) => f.source === 'exclusion').map((f) => f.phrase);
  const others = flags.filter((f) => f.source !== 'exclusion').map((f) => f.phrase);
  const parts: string[] = [];
  if (excluded) parts.push(`${name} excluded: ${joinPhrases(exclusions)}`);
  if (others.length) parts.push(`${excluded ? 'also ' : `${name} `}flagged for ${joinPhrases(others, max)}`);
  return parts.join(', ');
}

function quoteSuffix(flags: readonly OfferFlag[]): string {
  const quoted = flags.filter((f) => f.quote && (f.source === 'pressure' || f.code === 'injection')).slice(0, 2);
  return quoted.length ? ` (quoted: ${quoted.map((f) => `“${f.quote!.text}”`).join(', ')})` : '';
}

/**
 * Why no offer is left, in the person's terms: the cheapest offer that failed only on the budget (and by how much),
 * and how many offers each of the person's rules or needs filtered out.
 */
function whyNothingFits(ranking: Ranking, name: (brandId: string) => string): string {
  if (ranking.excluded.length === 0) return 'No offer can be recommended';
  const onlyBudget = ranking.excluded
    .filter((e) => e.reasons.length > 0 && e.reasons.every((r) => r.code === 'over-budget'))
    .sort((a, b) => a.offer.price.amountMinor - b.offer.price.amountMinor || (a.offerId < b.offerId ? -1 : 1));
  const counts = new Map<string, number>();
  for (const e of ranking.excluded) for (const code of new Set(e.reasons.map((r) => r.code))) counts.set(code, (counts.get(code) ?? 0) + 1);
  const byReason = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, n]) => `${EXCLUSION_REASONS[code as keyof typeof EXCLUSION_REASONS] ?? code} (${n})`);
  const cheapest = onlyBudget[0];
  const budgetNote = cheapest ? `; the cheapest that fits everything else is ${formatMoney(cheapest.offer.price)} at ${name(cheapest.brandId)} (${cheapest.reasons[0]!.detail})` : '';
  return `No offer can be recommended (${ranking.excluded.length} offer${ranking.excluded.length === 1 ? '' : 's'}): ${joinPhrases(byReason)}${budgetNote}`;
}

/**
 * Explains a ranking in plain language — "Trailco: fits all 4 needs, 12 EUR cheaper than Pushy Sports; Pushy Sports
 * flagged for a fake 10-minute deadline and an upsell" — with a machine-readable breakdown of every score, weight
 * and evidence item. Brand text appears only as marked, truncated quotes, never as instructions.
 */
export function explainRanking(ranking: Ranking, options: ExplainOptions = {}): RankingExplanation {
  const recommend = options.recommend ?? 3;
  const name = (brandId: string) => nameOf(brandId, options.brandNames);
  const offers: OfferExplanation[] = [];
  const breakdowns: OfferBreakdown[] = [];
  for (const [i, entry] of ranking.ranked.entries()) {
    const flags = describeFlags(entry.scores);
    // A flagged offer stays in the list with its flags, but is not called a recommendation.
    const status = i < recommend && flags.length === 0 ? 'recommended' : 'ranked';
    const comparison = comparisonFor(ranking.ranked, i, name);
    const notes = [needsPhrase(entry.scores.fit), pricePhrase(entry, comparison?.other, comparison?.label ?? ''), surplusPhrase(entry.breakdown), ...(flags.length ? [] : positives(entry))].filter(
      (p): p is string => p !== undefined,
    );
    const flagText = flags.length ? `; flagged for ${joinPhrases(flags.map((f) => f.phrase))}${quoteSuffix(flags)}` : '';
    offers.push({ offerId: entry.offerId, brandId: entry.brandId, brandName: name(entry.brandId), status, rank: entry.rank, text: `${name(entry.brandId)}: ${notes.join(', ')}${flagText}`, flags });
    breakdowns.push({ offerId: entry.offerId, brandId: entry.brandId, status, rank: entry.rank, value: entry.breakdown, fit: entry.scores.fit, honesty: entry.scores.honesty, pressure: entry.scores.pressure });
  }
  for (const entry of ranking.excluded) {
    const flags = describeFlags(entry.scores, entry.reasons);
    const reasons = entry.reasons.map((r) => r.detail);
    offers.push({
      offerId: entry.offerId,
      brandId: entry.brandId,
      brandName: name(entry.brandId),
      status: 'excluded',
      text: `${flaggedLine(name(entry.brandId), flags, true)} (${reasons.slice(0, 3).join('; ')})${quoteSuffix(flags)}`,
      flags,
    });
    breakdowns.push({ offerId: entry.offerId, brandId: entry.brandId, status: 'excluded', value: entry.value, exclusions: entry.reasons, fit: entry.scores.fit, honesty: entry.scores.honesty, pressure: entry.scores.pressure });
  }

  const top = ranking.ranked.length > 0 ? offers[0] : undefined;
  const summaryParts: string[] = [];
  if (top) {
    const entry = ranking.ranked[0]!;
    const comparison = comparisonFor(ranking.ranked, 0, name);
    const cheaper = pricePhrase(entry, comparison?.other, comparison?.label ?? '');
    summaryParts.push(
      `${top.brandName}: ${[needsPhrase(entry.scores.fit), cheaper].filter(Boolean).join(', ')}${top.flags.length ? `, though flagged for ${joinPhrases(top.flags.map((f) => f.phrase), SUMMARY_FLAGS)}` : ''}`,
    );
  } else if (ranking.excluded.some((e) => e.reasons.every((r) => r.code === 'no-surplus'))) {
    summaryParts.push('Buy nothing for now: no offer is expected to be worth its price to you');
  } else {
    summaryParts.push(whyNothingFits(ranking, name));
  }
  const flagged = offers.filter((o) => o !== top && o.flags.length > 0).slice(0, options.summaryFlagged ?? 3);
  const seenBrands = new Set<string>();
  for (const o of flagged) {
    if (seenBrands.has(o.brandId)) continue;
    seenBrands.add(o.brandId);
    summaryParts.push(flaggedLine(o.brandName, o.flags, o.status === 'excluded', SUMMARY_FLAGS));
  }
  return {
    summary: summaryParts.join('; '),
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
