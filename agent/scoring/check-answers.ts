import { RecentCache, type AttributeValue, type Offer } from '../../protocol/index.ts';
import type { EvidenceItem } from './evidence-item.ts';
import { HONESTY_WEIGHTS, cappedTotal } from './honesty-weights.ts';
import type { AnsweredQuestion, NegotiationTranscript } from './offer-evidence.ts';
import { formatAttributeValue, offerStatements, sameAttributeValue, sameProduct } from './offer-statements.ts';
import { quoteText } from './quote-text.ts';

// Brand texts, evasive answers and the answer checks all read an offer's answers from the same transcript.
const answersCache = new RecentCache<NegotiationTranscript, WeakMap<Offer, ReadonlyArray<{ index: number; entry: AnsweredQuestion }>>>(16);

/** The answers in a transcript that are about this offer's product (this offer or another revision of it). */
export function answersAbout(offer: Offer, transcript: NegotiationTranscript | undefined): ReadonlyArray<{ index: number; entry: AnsweredQuestion }> {
  if (transcript === undefined) return [];
  let byOffer = answersCache.get(transcript);
  if (byOffer === undefined) answersCache.set(transcript, (byOffer = new WeakMap()));
  let about = byOffer.get(offer);
  if (about === undefined) byOffer.set(offer, (about = findAnswersAbout(offer, transcript)));
  return about;
}

function findAnswersAbout(offer: Offer, transcript: NegotiationTranscript | undefined): Array<{ index: number; entry: AnsweredQuestion }> {
  const sameProductIds = new Set([offer.offerId]);
  for (const other of transcript?.offers ?? []) {
    if (other.brandId === offer.brandId && sameProduct(other.product, offer.product)) sameProductIds.add(other.offerId);
  }
  const about: Array<{ index: number; entry: AnsweredQuestion }> = [];
  const answers = transcript?.answers ?? [];
  for (let index = 0; index < answers.length; index++) {
    const entry = answers[index]!;
    if (sameProductIds.has(entry.answer.offerId)) about.push({ index, entry });
  }
  return about;
}

type Position = { readonly value: AttributeValue | 'denied' | 'confirmed'; readonly index: number };

function describePosition(p: Position): string {
  return p.value === 'denied' ? 'no' : p.value === 'confirmed' ? 'yes' : formatAttributeValue(p.value);
}

/** A position as data: a stance (`beforeStance: 'denied'`) or a stated value (`before: 41`). */
function positionData(key: 'before' | 'after', p: Position): Record<string, AttributeValue> {
  return p.value === 'denied' || p.value === 'confirmed' ? { [`${key}Stance`]: p.value } : { [key]: p.value };
}

function conflicts(a: Position, b: Position): boolean {
  if (a.value === 'denied' || a.value === 'confirmed' || b.value === 'denied' || b.value === 'confirmed') {
    return (a.value === 'denied' && b.value === 'confirmed') || (a.value === 'confirmed' && b.value === 'denied');
  }
  return !sameAttributeValue(a.value, b.value);
}

/**
 * Checks the brand's answers against the offer (a denial of what the offer states, or an answer claim that differs)
 * and against each other (saying one thing, then another), and checks revisions of the same product for changed
 * product facts. Questions are taken to ask the brand to confirm the offer's own statement, as the butler asks them.
 */
export function checkAnswers(offer: Offer, transcript: NegotiationTranscript | undefined): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  const statements = offerStatements(offer);
  const positions = new Map<string, Position[]>();
  let confirmations = 0;
  for (const { index, entry } of answersAbout(offer, transcript)) {
    const { answer } = entry;
    const field = `answers[${answer.questionId}].text`;
    const here: Array<{ attribute: string; position: Position }> = [];
    const attribute = entry.attribute;
    // An answer is judged by the value it states; its stance is only read when it states none. A stance that
    // contradicts the answer's own value ("No: origin is Ethiopia" to "is the origin Ethiopia?") is evasive, not a lie.
    const statedInAnswer = attribute === undefined ? undefined : answer.claims.find((c) => c.attribute === attribute);
    if (attribute !== undefined && statedInAnswer !== undefined && answer.stance !== 'unknown') {
      const stated = statements.get(attribute);
      const agrees = stated !== undefined && sameAttributeValue(stated, statedInAnswer.asserted);
      if (stated !== undefined && agrees !== (answer.stance === 'confirmed')) {
        items.push({
          code: 'answer-self-contradictory',
          effect: 'neutral',
          impact: 0,
          attribute,
          detail: `about ${attribute}, the answer says "${answer.stance === 'denied' ? 'no' : 'yes'}" but states ${formatAttributeValue(statedInAnswer.asserted)} (evasive; judged by the value)`,
          quote: quoteText(field, answer.text),
          data: { stance: answer.stance, answered: statedInAnswer.asserted },
        });
      }
    } else if (attribute !== undefined && answer.stance !== 'unknown') {
      here.push({ attribute, position: { value: answer.stance, index } });
      const stated = statements.get(attribute);
      if (answer.stance === 'denied' && stated !== undefined) {
        items.push({
          code: 'answer-contradicts-offer',
          effect: 'undermines',
          impact: HONESTY_WEIGHTS.answerContradictsOffer,
          attribute,
          detail: `asked to confirm ${attribute} = ${formatAttributeValue(stated)}, the brand denied it`,
          quote: quoteText(field, answer.text),
          data: { stated },
        });
      } else if (answer.stance === 'confirmed' && stated !== undefined) {
        confirmations++;
      }
    }
    for (const claim of answer.claims) {
      here.push({ attribute: claim.attribute, position: { value: claim.asserted, index } });
      const stated = statements.get(claim.attribute);
      if (stated === undefined) continue;
      if (sameAttributeValue(stated, claim.asserted)) confirmations++;
      else {
        items.push({
          code: 'answer-contradicts-offer',
          effect: 'undermines',
          impact: HONESTY_WEIGHTS.answerContradictsOffer,
          attribute: claim.attribute,
          detail: `the offer states ${claim.attribute} = ${formatAttributeValue(stated)}, an answer says ${formatAttributeValue(claim.asserted)}`,
          quote: quoteText(field, answer.text),
          data: { stated, answered: claim.asserted },
        });
      }
    }
    for (const { attribute: name, position } of here) {
      const earlier = positions.get(name) ?? [];
      const clash = earlier.find((p) => p.index !== index && conflicts(p, position));
      if (clash) {
        items.push({
          code: 'answer-contradicts-answer',
          effect: 'undermines',
          impact: HONESTY_WEIGHTS.answerContradictsAnswer,
          attribute: name,
          detail: `about ${name}, one answer said ${describePosition(clash)}, a later one ${describePosition(position)}`,
          quote: quoteText(field, answer.text),
          data: { ...positionData('before', clash), ...positionData('after', position) },
        });
      }
      positions.set(name, [...earlier, position]);
    }
  }
  if (confirmations > 0) {
    items.push({
      code: 'answers-confirm-offer',
      effect: 'supports',
      impact: cappedTotal(confirmations, HONESTY_WEIGHTS.answerConfirms, HONESTY_WEIGHTS.answerConfirmsCap),
      detail: `${confirmations} answer${confirmations === 1 ? '' : 's'} confirmed what the offer states`,
      data: { count: confirmations },
    });
  }
  items.push(...checkRevisions(offer, transcript));
  return items;
}

/** Product facts that changed between revisions of the same product in one negotiation. */
function checkRevisions(offer: Offer, transcript: NegotiationTranscript | undefined): EvidenceItem[] {
  const statements = offerStatements(offer);
  const changed = new Map<string, AttributeValue>();
  for (const other of transcript?.offers ?? []) {
    if (other.offerId === offer.offerId || other.brandId !== offer.brandId || other.product.sku !== offer.product.sku) continue;
    for (const [attribute, value] of offerStatements(other)) {
      const now = statements.get(attribute);
      if (now !== undefined && !sameAttributeValue(now, value) && !changed.has(attribute)) changed.set(attribute, value);
    }
  }
  return [...changed].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([attribute, before]) => ({
    code: 'revision-changed-product',
    effect: 'undermines' as const,
    impact: HONESTY_WEIGHTS.revisionChangedProduct,
    attribute,
    detail: `${attribute} changed during the negotiation from ${formatAttributeValue(before)} to ${formatAttributeValue(statements.get(attribute) as AttributeValue)} for the same product`,
    data: { before, after: statements.get(attribute) as AttributeValue },
  }));
}
