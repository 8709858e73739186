import type { Offer } from '../../protocol/index.ts';
import { ROUTINE_CUE_TACTICS } from '../pressure/index.ts';
import { answersAbout } from './check-answers.ts';
import type { NegotiationTranscript } from './offer-evidence.ts';
import { sameProduct } from './offer-statements.ts';

/** One piece of text a brand controls, and the field it came from. */
export interface BrandText {
  readonly field: string;
  readonly text: string;
}

/**
 * Whether a text finding may be recorded against the brand in its trust ledger. A finding of the statistical model
 * alone for a tactic whose cues are everyday shop words (urgency, scarcity, social proof, sneaking, authority) is the
 * model reading shop words, which the detector itself never lets confirm a cue: it prices the offer as pressure but is
 * not held against the brand in later requests. The model alone still counts for tactics whose wording is the
 * manipulation itself (instructions to the AI, shaming, obstruction, forced action).
 */
export function isHeldAgainstBrand(label: string, modelOnly: boolean): boolean {
  return !(modelOnly && (ROUTINE_CUE_TACTICS as ReadonlySet<string>).has(label));
}

const DECLINE_FIELD = /^(?:revisions\[[^\]]*\]\.)?declines?(?:\[\d+\])?\.(?:message|suggestion)$/;

/**
 * True when a tactic found in a field pushes no sale: stock wording in a decline ("sorry, only 250 g left") explains
 * why the brand cannot sell, so it is an honest statement of fact, not scarcity pressure.
 */
export function isInformationalInField(field: string, label: string): boolean {
  return label === 'scarcity' && DECLINE_FIELD.test(field);
}

/** Short attribute values ("trail", "black") cannot carry a tactic; longer ones are read like any brand text. */
const MIN_ATTRIBUTE_TEXT = 12;

/**
 * Every brand-controlled text around one offer: pitch, product title and maker, long attribute values, claim values
 * and evidence references and issuers, earlier revisions of the same product, answers about it, counter messages
 * and decline messages. Each distinct text appears once, under the first field it was seen in.
 */
export function brandTexts(offer: Offer, transcript: NegotiationTranscript | undefined): BrandText[] {
  const found: FoundTexts = { out: [], seen: new Set() };
  addOffer(found, '', offer);
  for (const other of transcript?.offers ?? []) {
    if (other.offerId !== offer.offerId && other.brandId === offer.brandId && sameProduct(other.product, offer.product)) {
      addOffer(found, `revisions[${other.offerId}].`, other);
    }
  }
  for (const { entry } of answersAbout(offer, transcript)) {
    const { answer } = entry;
    if (isNew(found, answer.text)) found.out.push({ field: `answers[${answer.questionId}].text`, text: answer.text });
    for (let i = 0; i < answer.claims.length; i++) {
      const reference = answer.claims[i]!.evidence?.reference;
      if (isNew(found, reference)) found.out.push({ field: `answers[${answer.questionId}].claims[${i}].evidence.reference`, text: reference });
    }
  }
  for (const result of transcript?.counters ?? []) {
    if ((result.offer === undefined || sameProduct(result.offer.product, offer.product)) && isNew(found, result.message)) {
      found.out.push({ field: `counters[${result.counterId}].message`, text: result.message });
    }
  }
  const declines = transcript?.declines ?? [];
  for (let i = 0; i < declines.length; i++) {
    const decline = declines[i]!;
    if (isNew(found, decline.message)) found.out.push({ field: `declines[${i}].message`, text: decline.message });
    if (isNew(found, decline.suggestion)) found.out.push({ field: `declines[${i}].suggestion`, text: decline.suggestion });
  }
  return found.out;
}

/** The texts found so far, and the distinct texts among them. */
interface FoundTexts {
  readonly out: BrandText[];
  readonly seen: Set<string>;
}

/**
 * Whether a text is one to read that was not found before (and marks it found): the caller writes its field name only
 * then, since most texts around an offer repeat (every revision restates the product; every offer of a brand hears
 * the same counters and declines).
 */
function isNew(found: FoundTexts, text: string | undefined): text is string {
  if (text === undefined || found.seen.has(text) || isBlank(text)) return false;
  found.seen.add(text);
  return true;
}

/** Whether a text is empty or only white space; a text starting with a visible ASCII character is not (most are). */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return text.trim() === '';
}

function addOffer(found: FoundTexts, prefix: string, o: Offer): void {
  if (isNew(found, o.pitch)) found.out.push({ field: `${prefix}pitch`, text: o.pitch });
  if (isNew(found, o.product.title)) found.out.push({ field: `${prefix}product.title`, text: o.product.title });
  if (isNew(found, o.product.maker)) found.out.push({ field: `${prefix}product.maker`, text: o.product.maker });
  const attributes = o.product.attributes;
  for (const name of Object.keys(attributes)) {
    const value = attributes[name];
    if (typeof value === 'string' && value.length >= MIN_ATTRIBUTE_TEXT && isNew(found, value)) found.out.push({ field: `${prefix}product.attributes.${name}`, text: value });
  }
  for (let i = 0; i < o.claims.length; i++) {
    const claim = o.claims[i]!;
    if (typeof claim.asserted === 'string' && claim.asserted.length >= MIN_ATTRIBUTE_TEXT && isNew(found, claim.asserted)) found.out.push({ field: `${prefix}claims[${i}].asserted`, text: claim.asserted });
    const reference = claim.evidence?.reference;
    if (isNew(found, reference)) found.out.push({ field: `${prefix}claims[${i}].evidence.reference`, text: reference });
    const issuer = claim.evidence?.issuer;
    if (isNew(found, issuer)) found.out.push({ field: `${prefix}claims[${i}].evidence.issuer`, text: issuer });
  }
}
