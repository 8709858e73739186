import { EXPLANATION_MESSAGES, describeFlags, type Ranking, type RankingExplanation } from '../decision/index.ts';
import { answerLanguage, formatMoneyIn, knownAttributeLabelIn } from '../language/index.ts';
import { describeNeed, type Need } from '../need/index.ts';

/** What Majordome computed about one offer, in its own words; brand text never appears here. */
export interface OfferFacts {
  /** Our label for the offer ("o1", "o2", …), the only way the facts refer to it. */
  readonly label: string;
  readonly status: 'recommended' | 'ranked' | 'excluded';
  readonly rank: number | null;
  readonly price: string;
  readonly fit: number;
  readonly claimsHold: number;
  readonly pressure: number;
  /** Plain-language flags in Majordome's words (e.g. "instructions aimed at your AI"). */
  readonly flags: readonly string[];
  readonly excludedBecause: readonly string[];
}

/** Brand-controlled text about one offer, passed to the model only as quoted, untrusted data. */
export interface OfferBrandContent {
  readonly brandId: string;
  readonly brandName: string;
  readonly productTitle: string;
  readonly pitch: string | null;
  readonly quotedByMajordome: ReadonlyArray<{ readonly field: string; readonly text: string }>;
  /** Wire names of the attributes its flags are about that only brands declared (the facts say "an attribute the brand declared"). */
  readonly declaredAttributes: readonly string[];
}

/** The two halves of what the explainer sees: our facts and the brands' words, kept apart. */
export interface ExplanationData {
  readonly facts: { readonly request: string; readonly honestyFloor: number; readonly offers: readonly OfferFacts[] };
  readonly brandContent: Readonly<Record<string, OfferBrandContent>>;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Splits a computed ranking into facts in Majordome's words, in the need's language (labels, statuses, prices, scores,
 * flag phrases, exclusion reasons) and brand-controlled content (names, titles, pitches, flagged quotes, the wire names
 * of attributes only brands declared) keyed by the same labels. The order and statuses come from the ranking as computed
 * in code. The facts name an attribute only with Majordome's vocabulary: a name only brands declared is a string the
 * brand chose (64 lowercase characters can spell an instruction), so the facts say "an attribute the brand declared"
 * and the name travels with the brand's content; a brand's declared label appears in neither half.
 */
export function explanationData(input: { readonly ranking: Ranking; readonly explanation: RankingExplanation; readonly need: Need }, brandNames: ReadonlyMap<string, string>): ExplanationData {
  const language = answerLanguage(input.need.language);
  const messages = EXPLANATION_MESSAGES[language];
  const reasonsIn = messages.exclusionReasons;
  const offers: OfferFacts[] = [];
  const brandContent: Record<string, OfferBrandContent> = {};
  const lines = new Map(input.explanation.offers.map((o) => [o.offerId, o]));
  const entries = [
    ...input.ranking.ranked.map((r) => ({ offer: r.offer, scores: r.scores, rank: r.rank as number | null, exclusions: [] as Ranking['excluded'][number]['reasons'] })),
    ...input.ranking.excluded.map((x) => ({ offer: x.offer, scores: x.scores, rank: null, exclusions: x.reasons })),
  ];
  for (const [i, entry] of entries.entries()) {
    const label = `o${i + 1}`;
    const line = lines.get(entry.offer.offerId);
    // The explanation's flags again, with attributes named in the facts' words (the same findings, in the same order).
    const declaredAttributes = new Set<string>();
    const flags = describeFlags(entry.scores, entry.exclusions, language, (attribute) => {
      const known = knownAttributeLabelIn(attribute, language);
      if (known !== undefined) return known;
      declaredAttributes.add(attribute);
      return messages.declaredAttribute;
    });
    offers.push({
      label,
      status: line?.status ?? (entry.rank === null ? 'excluded' : 'ranked'),
      rank: entry.rank,
      price: formatMoneyIn(entry.offer.price, language),
      fit: round2(entry.scores.fit.score),
      claimsHold: round2(entry.scores.honesty.probability),
      pressure: round2(entry.scores.pressure.score),
      flags: flags.map((f) => f.phrase),
      excludedBecause: [...new Set(entry.exclusions.map((r) => reasonsIn[r.code]))],
    });
    brandContent[label] = {
      brandId: entry.offer.brandId,
      brandName: brandNames.get(entry.offer.brandId) ?? entry.offer.brandId,
      productTitle: entry.offer.product.title,
      pitch: entry.offer.pitch ?? null,
      quotedByMajordome: flags.flatMap((f) => (f.quote ? [{ field: f.quote.field, text: f.quote.text }] : [])),
      declaredAttributes: [...declaredAttributes],
    };
  }
  return { facts: { request: describeNeed(input.need, { brandWords: 'withheld' }), honestyFloor: input.ranking.honestyFloor, offers }, brandContent };
}
