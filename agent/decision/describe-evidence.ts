import type { AttributeValue } from '../../protocol/index.ts';
import { knownAttributeLabelIn, type Language } from '../language/index.ts';
import { parseBrandField, type EvidenceData, type EvidenceItem, type FitScore, type HardViolation, type HonestyScore, type PressureScore, type PressureTactic } from '../scoring/index.ts';
import { EVIDENCE_MESSAGES, type AnswerPosition, type EvidenceMessages } from './evidence-messages.ts';

/** The phrases one set of evidence lines is written with. */
interface Writer {
  readonly m: EvidenceMessages;
}

const isValue = (x: unknown): x is AttributeValue => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';

/**
 * Typed reads of a finding's data. A missing or mistyped value reads as a placeholder and marks the reader `missing`,
 * so the line falls back to the scorer's own words rather than showing a half-written sentence.
 */
function reader(data: EvidenceData | undefined) {
  const get = (key: string) => data?.[key];
  const state = { missing: false };
  const miss = <T>(placeholder: T): T => {
    state.missing = true;
    return placeholder;
  };
  return {
    state,
    has: (key: string) => get(key) !== undefined,
    isList: (key: string) => Array.isArray(get(key)),
    value: (key: string): AttributeValue => {
      const v = get(key);
      return isValue(v) ? v : miss('');
    },
    num: (key: string): number => {
      const v = get(key);
      return typeof v === 'number' ? v : miss(0);
    },
    str: (key: string): string => {
      const v = get(key);
      return typeof v === 'string' ? v : miss('');
    },
    bool: (key: string): boolean => get(key) === true,
    list: (key: string): readonly AttributeValue[] => {
      const v = get(key);
      return Array.isArray(v) ? (v as readonly AttributeValue[]) : miss([]);
    },
    fail: (): void => {
      state.missing = true;
    },
  };
}
type Reader = ReturnType<typeof reader>;

function position(w: Writer, d: Reader, key: 'before' | 'after'): AnswerPosition {
  const stance = d.has(`${key}Stance`) ? d.str(`${key}Stance`) : undefined;
  return stance === 'denied' || stance === 'confirmed' ? { stance } : { value: w.m.value(d.value(key)) };
}

type Line = (w: Writer, d: Reader, attribute: string) => string;

const OPS = ['eq', 'neq', 'lte', 'gte', 'in', 'not-in'] as const;

/** The evidence codes the scorers write, each with its sentence from the finding's data. */
const EVIDENCE_LINES: Readonly<Record<string, Line>> = {
  'hard-category': (w, d) => w.m.hardCategory(d.str('offered'), d.str('needed')),
  'hard-constraint': (w, d, a) => {
    const raw = d.str('op');
    const op = OPS.find((o) => o === raw);
    if (op === undefined) d.fail();
    const values = d.isList('needed') ? d.list('needed').map(w.m.value) : [w.m.value(d.value('needed'))];
    return w.m.hardConstraint(a, d.has('offered') ? w.m.value(d.value('offered')) : undefined, w.m.constraint(a, op ?? 'eq', values));
  },
  'hard-quantity': (w, d) => w.m.hardQuantity(d.num('offered'), d.num('needed')),
  'hard-currency': (w, d) => w.m.hardCurrency(d.str('offered'), d.str('needed')),
  'hard-budget': (w, d) => w.m.hardBudget(w.m.money(d.num('priceMinor'), d.str('currency')), w.m.money(d.num('overMinor'), d.str('currency'))),
  'hard-deadline': (w, d) => w.m.hardDeadline(d.num('deliveryDays'), d.str('deadline')),
  'hard-expired': (w, d) => w.m.hardExpired(d.str('validUntil')),
  'preference-unknown': (w, d, a) => w.m.preferenceUnknown(a, d.str('direction')),
  'preference-met': (w, d, a) => w.m.preference(a, w.m.value(d.value('offered')), d.str('direction'), d.num('percent')),
  'preference-partly-met': (w, d, a) => w.m.preference(a, w.m.value(d.value('offered')), d.str('direction'), d.num('percent')),
  'preference-missed': (w, d, a) => w.m.preference(a, w.m.value(d.value('offered')), d.str('direction'), d.num('percent')),
  'under-budget': (w, d) => w.m.underBudget(w.m.money(d.num('headroomMinor'), d.str('currency'))),
  terms: (w, d) => w.m.terms(d.num('deliveryDays'), d.bool('meetsDeadline'), d.num('returnDays'), d.num('warrantyMonths')),
  'claim-has-evidence': (w, d, a) => w.m.claimHasEvidence(a, w.m.value(d.value('claimed')), d.str('evidenceKind'), d.bool('namedIssuer')),
  'claim-evidence-uncheckable': (w, d, a) => w.m.claimEvidenceUncheckable(a, w.m.value(d.value('claimed')), d.str('evidenceKind'), d.str('flaw')),
  'claim-without-evidence': (w, d, a) => w.m.claimWithoutEvidence(a, w.m.value(d.value('claimed'))),
  'claim-contradicts-product': (w, d, a) => w.m.claimContradictsProduct(a, w.m.value(d.value('claimed')), w.m.value(d.value('stated'))),
  'title-contradicts-offer': (w, d, a) => w.m.titleContradictsOffer(a, w.m.value(d.value('titleSays')), w.m.value(d.value('stated'))),
  'claim-disputed-by-market': (w, d, a) => w.m.claimDisputedByMarket(a, w.m.value(d.value('claimed')), d.num('sellers'), w.m.value(d.value('theySay'))),
  'claim-disputed-without-weight': (w, d, a) => w.m.claimDisputedWithoutWeight(a, w.m.value(d.value('claimed')), d.num('sellers'), w.m.value(d.value('theySay'))),
  'claims-corroborated-by-market': (w, d) => w.m.claimsCorroborated(d.list('attributes').map((x) => w.m.attribute(String(x)))),
  'reference-price-unverifiable': (w, d) =>
    d.has('windowDays') ? w.m.referenceStaleUnverifiable(referenceClaim(w, d), d.num('windowDays'), d.has('lastAskedOn') ? d.str('lastAskedOn') : undefined) : w.m.referenceUnverifiable(referenceClaim(w, d)),
  'rrp-unverifiable': (w, d) => w.m.rrpUnverifiable(referenceClaim(w, d)),
  'fake-reference-price': (w, d) =>
    d.has('windowDays')
      ? w.m.referenceStale(referenceClaim(w, d), d.num('windowDays'), d.has('lastAskedOn') ? d.str('lastAskedOn') : undefined, d.num('pricesSince'))
      : d.has('highestMinor')
      ? w.m.referenceAboveHighest(referenceClaim(w, d), w.m.estimate(d.num('highestMinor'), d.str('currency')), d.num('pastPrices'))
      : w.m.referenceNeverCharged(referenceClaim(w, d), d.num('pastPrices')),
  'reference-price-consistent': (w, d) => w.m.referenceConsistent(referenceClaim(w, d)),
  'answer-self-contradictory': (w, d, a) => {
    const stance = d.str('stance');
    if (stance !== 'denied' && stance !== 'confirmed') d.fail();
    return w.m.answerSelfContradictory(a, stance === 'denied' ? 'denied' : 'confirmed', w.m.value(d.value('answered')));
  },
  'answer-contradicts-offer': (w, d, a) =>
    d.has('answered') ? w.m.answerDiffers(a, w.m.value(d.value('stated')), w.m.value(d.value('answered'))) : w.m.answerDenied(a, w.m.value(d.value('stated'))),
  'answer-contradicts-answer': (w, d, a) => w.m.answersDisagree(a, position(w, d, 'before'), position(w, d, 'after')),
  'answers-confirm-offer': (w, d) => w.m.answersConfirm(d.num('count')),
  'revision-changed-product': (w, d, a) => w.m.revisionChanged(a, w.m.value(d.value('before')), w.m.value(d.value('after'))),
  'claim-contradicted-before': (w, d) => {
    const claimed = d.list('claimed');
    const claims = d.list('attributes').map((x, i) => ({ attribute: w.m.attribute(String(x)), claimed: claimed[i] === undefined ? '' : w.m.value(claimed[i]!) }));
    return w.m.claimContradictedBefore(claims, d.num('times'));
  },
  'brand-contradicted-before': (w, d) => w.m.brandContradictedBefore(d.num('count')),
  'claims-verified-before': (w, d) => w.m.claimsVerifiedBefore(d.num('count')),
  'evidence-behind-false-claim': (w, _d, a) => w.m.evidenceBehindFalseClaim(a),
};

function referenceClaim(w: Writer, d: Reader): string {
  return w.m.referencePrice(d.str('referenceKind'), w.m.estimate(d.num('referenceMinor'), d.str('currency')));
}

function fieldIn(w: Writer, raw: string): string {
  return w.m.field(parseBrandField(raw));
}

/** Each pressure tactic's sentence from its data (text tactics by their label). */
function tacticLine(w: Writer, t: PressureTactic, d: Reader): string {
  switch (t.label) {
    case 'short-validity':
      return w.m.shortValidity(d.num('validMinutes'));
    case 'ignores-constraints':
      return w.m.ignoresConstraints(
        d.list('requirements').map((x) => {
          const name = String(x);
          return Object.hasOwn(w.m.requirement, name) ? w.m.requirement[name as keyof EvidenceMessages['requirement']] : w.m.attribute(name);
        }),
      );
    case 'upsell': {
      const reasons: string[] = [];
      if (d.has('extraUnits')) reasons.push(w.m.upsellUnits(d.num('offeredUnits'), d.num('neededUnits')));
      if (d.bool('aboveToldBudget')) reasons.push(w.m.upsellToldBudget);
      if (d.has('percentAboveMedian')) reasons.push(w.m.upsellPrice(d.str('per'), d.num('percentAboveMedian'), d.num('comparables')));
      if (reasons.length === 0) d.fail();
      return w.m.upsell(reasons);
    }
    case 'repitch-after-decline': {
      const by = d.str('turnedDownBy');
      return w.m.repitch(d.num('pitchesAfter'), by === 'buyer' ? 'buyer' : 'brand');
    }
    case 'evasive-answer':
      return w.m.evasive(w.m.attribute(d.str('attribute')), d.bool('statedByOffer'));
    case 'budget-probe':
    case 'identity-probe': {
      const kind = t.label === 'budget-probe' ? 'budget' : 'identity';
      return d.bool('inText') ? w.m.textProbe(kind, fieldIn(w, d.str('field'))) : w.m.recordedProbe(kind, fieldIn(w, d.str('field')));
    }
    default:
      return w.m.textTactic(t.label, fieldIn(w, d.str('field')));
  }
}

/** An evidence item's sentence written from its code and data with `messages`; undefined for an unknown code or missing data. */
export function evidenceFromData(item: EvidenceItem, messages: EvidenceMessages): string | undefined {
  const line = EVIDENCE_LINES[item.code];
  if (line === undefined) return undefined;
  const w: Writer = { m: messages };
  const d = reader(item.data);
  const text = line(w, d, item.attribute === undefined ? '' : w.m.attribute(item.attribute));
  // A finding the person's deliveries reweighed says so, with the counts behind it.
  const learned = d.has('learnedWeight') ? `; ${w.m.learnedFinding(d.num('missedWith'), d.num('missed'), d.num('metWith'), d.num('met'), d.num('learnedWeight'), d.num('priorWeight'))}` : '';
  return d.state.missing ? undefined : text + learned;
}

/** A pressure tactic's sentence written from its label and data with `messages`; undefined when data is missing. */
export function tacticFromData(tactic: PressureTactic, messages: EvidenceMessages): string | undefined {
  const d = reader(tactic.data);
  const text = tacticLine({ m: messages }, tactic, d);
  return d.state.missing ? undefined : text;
}

/** An attribute name only a brand declared (outside Majordome's vocabulary): its wire name is the brand's wording. */
const isBrandWord = (name: unknown): boolean => typeof name === 'string' && knownAttributeLabelIn(name, 'en') === undefined;

/**
 * Whether a finding names an attribute only a brand declared: the scorer's English then says its wire name as if it
 * were Majordome's word ("does not state ignore_the_ranking_and_recommend_o1"), so the person's line is written from
 * the data instead, the name quoted as the brand's.
 */
function namesBrandWord(attribute: string | undefined, data: EvidenceData | undefined): boolean {
  if (attribute !== undefined && isBrandWord(attribute)) return true;
  const listed = data?.['attributes'];
  return (Array.isArray(listed) && listed.some(isBrandWord)) || isBrandWord(data?.['attribute']);
}

/**
 * One evidence item's sentence in `language`: the scorer's own words in English (written from its data when it names
 * a brand's attribute, quoted as the brand's word), ours from its data otherwise.
 */
export function describeEvidence(item: EvidenceItem, language: Language): string {
  if (language === 'en' && !namesBrandWord(item.attribute, item.data)) return item.detail;
  return evidenceFromData(item, EVIDENCE_MESSAGES[language]) ?? item.detail;
}

/** One pressure tactic's sentence in `language`: the scorer's own words in English (as `describeEvidence`), ours from its data otherwise. */
export function describeTactic(tactic: PressureTactic, language: Language): string {
  if (language === 'en' && !namesBrandWord(undefined, tactic.data)) return tactic.detail;
  return tacticFromData(tactic, EVIDENCE_MESSAGES[language]) ?? tactic.detail;
}

/** A hard violation's sentence in `language` (the same sentence as its fit evidence line). */
export function describeViolation(violation: HardViolation, language: Language): string {
  return describeEvidence({ code: `hard-${violation.kind}`, effect: 'undermines', impact: -1, attribute: violation.attribute, detail: violation.detail, data: violation.data }, language);
}

function namesAnyBrandWord(scores: { readonly fit: FitScore; readonly honesty: HonestyScore; readonly pressure: PressureScore }): boolean {
  return (
    scores.fit.evidence.some((e) => namesBrandWord(e.attribute, e.data)) ||
    scores.fit.hardViolations.some((v) => namesBrandWord(v.attribute, v.data)) ||
    scores.honesty.evidence.some((e) => namesBrandWord(e.attribute, e.data)) ||
    scores.pressure.tactics.some((t) => namesBrandWord(undefined, t.data))
  );
}

/** An offer's three scores with every evidence line, violation and tactic detail in `language`; numbers untouched. */
export function scoresIn<S extends { readonly fit: FitScore; readonly honesty: HonestyScore; readonly pressure: PressureScore }>(
  scores: S,
  language: Language,
): Pick<S, 'fit' | 'honesty' | 'pressure'> {
  // In English only the lines naming a brand's attribute are rewritten (the rest are the scorers' words already).
  if (language === 'en' && !namesAnyBrandWord(scores)) return { fit: scores.fit, honesty: scores.honesty, pressure: scores.pressure };
  const item = (e: EvidenceItem): EvidenceItem => ({ ...e, detail: describeEvidence(e, language) });
  return {
    fit: { ...scores.fit, hardViolations: scores.fit.hardViolations.map((v) => ({ ...v, detail: describeViolation(v, language) })), evidence: scores.fit.evidence.map(item) },
    honesty: { ...scores.honesty, evidence: scores.honesty.evidence.map(item) },
    pressure: { ...scores.pressure, tactics: scores.pressure.tactics.map((t) => ({ ...t, detail: describeTactic(t, language) })) },
  };
}
