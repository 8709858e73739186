import { formatEstimate, formatMoney, type AttributeValue } from '../../protocol/index.ts';
import { attributeLabelIn, brandAttributeWordIn, formatEstimateIn, formatMoneyIn, knownAttributeLabelIn, type Catalogue } from '../language/index.ts';
import { brandFieldInEnglish, formatAttributeValue, quoteText, type BrandField } from '../scoring/index.ts';
import { EXPLANATION_MESSAGES } from './explanation-messages.ts';

/** A position one answer took: a plain yes or no, or a stated value (already written out). */
export type AnswerPosition = { readonly stance: 'denied' | 'confirmed' } | { readonly value: string };

/**
 * Every sentence behind a score — the evidence lines of the "Why?" (fit, honesty, pressure details) — in one language.
 * Values come in already written out (`value`, `money`, `attribute`); the English ones are the scorers' own words,
 * except that an attribute only a brand declared is named as the brand's word, quoted (`brandAttributeWordIn`).
 */
export interface EvidenceMessages {
  /** An attribute value: yes / oui, 42.5 / 42,5, brand text as a marked quote. */
  readonly value: (value: AttributeValue) => string;
  /** An amount as the scorer writes it (integer minor units). */
  readonly money: (amountMinor: number, currency: string) => string;
  /** An estimated amount (possibly fractional minor units, e.g. a per-unit price). */
  readonly estimate: (amountMinor: number, currency: string) => string;
  /** An attribute's name inside a sentence. */
  readonly attribute: (name: string) => string;
  /** A brand text field inside a sentence ("in {field}"). */
  readonly field: (field: BrandField) => string;
  /** A list ("a, b, c"). */
  readonly list: (items: readonly string[]) => string;

  readonly hardCategory: (offered: string, needed: string) => string;
  readonly constraint: (attribute: string, op: 'eq' | 'neq' | 'lte' | 'gte' | 'in' | 'not-in', values: readonly string[]) => string;
  readonly hardConstraint: (attribute: string, offered: string | undefined, needed: string) => string;
  readonly hardQuantity: (offered: number, needed: number) => string;
  readonly hardCurrency: (offered: string, needed: string) => string;
  readonly hardBudget: (price: string, over: string) => string;
  readonly hardDeadline: (days: number, deadline: string) => string;
  readonly hardExpired: (validUntil: string) => string;
  readonly preferenceUnknown: (attribute: string, direction: string) => string;
  readonly preference: (attribute: string, offered: string, direction: string, percent: number) => string;
  readonly underBudget: (headroom: string) => string;
  readonly terms: (deliveryDays: number, meetsDeadline: boolean, returnDays: number, warrantyMonths: number) => string;

  readonly claimHasEvidence: (attribute: string, claimed: string, evidenceKind: string, namedIssuer: boolean) => string;
  readonly claimEvidenceUncheckable: (attribute: string, claimed: string, evidenceKind: string, flaw: string) => string;
  readonly claimWithoutEvidence: (attribute: string, claimed: string) => string;
  readonly claimContradictsProduct: (attribute: string, claimed: string, stated: string) => string;
  readonly titleContradictsOffer: (attribute: string, titleSays: string, stated: string) => string;
  readonly claimDisputedByMarket: (attribute: string, claimed: string, sellers: number, theySay: string) => string;
  readonly claimDisputedWithoutWeight: (attribute: string, claimed: string, sellers: number, theySay: string) => string;
  readonly claimsCorroborated: (attributes: readonly string[]) => string;
  readonly referencePrice: (kind: string, price: string) => string;
  readonly referenceUnverifiable: (claimed: string) => string;
  readonly rrpUnverifiable: (claimed: string) => string;
  readonly referenceAboveHighest: (claimed: string, highest: string, pastPrices: number) => string;
  readonly referenceNeverCharged: (claimed: string, pastPrices: number) => string;
  readonly referenceConsistent: (claimed: string) => string;
  /** A reference asked only before the window (`days`), on `lastOn` when known, and `since` other prices asked in it. */
  readonly referenceStale: (claimed: string, days: number, lastOn: string | undefined, since: number) => string;
  readonly referenceStaleUnverifiable: (claimed: string, days: number, lastOn: string | undefined) => string;
  /** Added to a finding whose weight the person's deliveries moved (agent/scoring `applyLearnedWeights`). */
  readonly learnedFinding: (missedWith: number, missed: number, metWith: number, met: number, weight: number, prior: number) => string;
  readonly answerSelfContradictory: (attribute: string, stance: 'denied' | 'confirmed', answered: string) => string;
  readonly answerDenied: (attribute: string, stated: string) => string;
  readonly answerDiffers: (attribute: string, stated: string, answered: string) => string;
  readonly answersDisagree: (attribute: string, before: AnswerPosition, after: AnswerPosition) => string;
  readonly answersConfirm: (count: number) => string;
  readonly revisionChanged: (attribute: string, before: string, after: string) => string;
  readonly claimContradictedBefore: (claims: ReadonlyArray<{ attribute: string; claimed: string }>, times: number) => string;
  readonly brandContradictedBefore: (count: number) => string;
  readonly claimsVerifiedBefore: (count: number) => string;
  readonly evidenceBehindFalseClaim: (attribute: string) => string;

  readonly shortValidity: (minutes: number) => string;
  /** Names of pseudo-requirements an offer can ignore besides attributes. */
  readonly requirement: { readonly category: string; readonly quantity: string; readonly 'delivery deadline': string };
  readonly ignoresConstraints: (requirements: readonly string[]) => string;
  readonly upsellUnits: (offered: number, needed: number) => string;
  readonly upsellToldBudget: string;
  readonly upsellPrice: (per: string, percent: number, comparables: number) => string;
  readonly upsell: (reasons: readonly string[]) => string;
  readonly repitch: (count: number, turnedDownBy: 'buyer' | 'brand') => string;
  readonly evasive: (attribute: string, statedByOffer: boolean) => string;
  readonly recordedProbe: (kind: 'budget' | 'identity', field: string) => string;
  readonly textProbe: (kind: 'budget' | 'identity', field: string) => string;
  readonly textTactic: (label: string, field: string) => string;
}

const s = (count: number) => (count === 1 ? '' : 's');

const OPS_EN = { eq: '=', neq: '≠', lte: '≤', gte: '≥', in: 'one of', 'not-in': 'none of' } as const;
const OPS_FR = { eq: '=', neq: '≠', lte: '≤', gte: '≥', in: 'parmi', 'not-in': 'hors de' } as const;

const FR_EVIDENCE_KINDS: Readonly<Record<string, string>> = {
  certification: 'une certification',
  'spec-sheet': 'une fiche technique',
  'third-party-review': 'un avis indépendant',
  'test-report': 'un rapport de test',
};

const FR_REFERENCE_KINDS: Readonly<Record<string, string>> = {
  'was-price': 'un prix barré',
  'recommended-retail-price': 'un prix de vente conseillé',
  'member-price': 'un prix membre',
};

const FR_DIRECTIONS: Readonly<Record<string, string>> = { equals: 'souhaité : une correspondance', higher: 'souhaité : plus élevé', lower: 'souhaité : plus faible' };

function frenchField(field: BrandField): string {
  switch (field.kind) {
    case 'earlier':
      return `${frenchField(field.field)} (version précédente)`;
    case 'attribute':
      return `l’attribut « ${field.attribute} » du produit`;
    case 'pitch':
      return 'son argumentaire';
    case 'title':
      return 'le nom du produit';
    case 'maker':
      return 'le nom du fabricant';
    case 'claim':
      return 'une affirmation';
    case 'claim-issuer':
      return 'le certificateur d’une affirmation';
    case 'claim-evidence':
      return 'la preuve d’une affirmation';
    case 'answer':
      return 'une réponse à votre majordome';
    case 'answer-evidence':
      return 'la preuve d’une réponse';
    case 'counter':
      return 'un message de négociation';
    case 'decline':
      return 'son refus';
    case 'brand-name':
      return 'son nom';
    case 'brand-description':
      return 'sa présentation';
    case 'error':
      return 'un message d’erreur';
    default:
      return 'son texte';
  }
}

const frPosition = (p: AnswerPosition) => ('stance' in p ? (p.stance === 'denied' ? 'non' : 'oui') : p.value);
const enPosition = (p: AnswerPosition) => ('stance' in p ? (p.stance === 'denied' ? 'no' : 'yes') : p.value);

/** The evidence lines in English (the scorers' own sentences, from the same values; a brand's attribute quoted) and French. */
export const EVIDENCE_MESSAGES: Catalogue<EvidenceMessages> = {
  en: {
    value: formatAttributeValue,
    money: (amountMinor, currency) => formatMoney({ amountMinor, currency }),
    estimate: formatEstimate,
    attribute: (name) => (knownAttributeLabelIn(name, 'en') === undefined ? brandAttributeWordIn(name, 'en') : name),
    field: (field) => brandFieldInEnglish(field),
    list: (items) => items.join(', '),
    hardCategory: (offered, needed) => `is a ${offered} product, not ${needed}`,
    constraint: (attribute, op, values) => `${attribute} ${OPS_EN[op]} ${values.join(', ')}`,
    hardConstraint: (attribute, offered, needed) => (offered === undefined ? `does not state ${attribute} (needed: ${needed})` : `${attribute} is ${offered}, needed ${needed}`),
    hardQuantity: (offered, needed) => `offers ${offered} of the ${needed} needed`,
    hardCurrency: (offered, needed) => `priced in ${offered}, not ${needed}`,
    hardBudget: (price, over) => `costs ${price}, over the budget by ${over}`,
    hardDeadline: (days, deadline) => `delivers in ${days} days, after the ${deadline} deadline`,
    hardExpired: (validUntil) => `expired at ${validUntil}, before it could be ordered`,
    preferenceUnknown: (attribute, direction) => `${attribute}: not stated or not comparable (${direction === 'equals' ? 'wanted a match' : `wanted ${direction}`})`,
    preference: (attribute, offered, direction, percent) => `${attribute} ${offered} (${direction === 'equals' ? 'wanted a match' : `wanted ${direction}`}): ${percent}%`,
    underBudget: (headroom) => `${headroom} under the budget`,
    terms: (delivery, meets, returns, warranty) => `delivery ${delivery} days${meets ? ' (meets the deadline)' : ''}, returns ${returns} days, warranty ${warranty} months`,
    claimHasEvidence: (attribute, claimed, kind, named) => `${attribute} = ${claimed} comes with a checkable ${kind}${named ? ' from a named issuer' : ''}`,
    claimEvidenceUncheckable: (attribute, claimed, kind, flaw) => `${attribute} = ${claimed} cites a ${kind} nobody could check (${flaw === 'reference' ? 'its reference is no id, number or address' : 'no issuer is named'})`,
    claimWithoutEvidence: (attribute, claimed) => `${attribute} = ${claimed} is claimed without evidence`,
    claimContradictsProduct: (attribute, claimed, stated) => `claims ${attribute} = ${claimed} but its own product data says ${stated}`,
    titleContradictsOffer: (attribute, titleSays, stated) => `its own title says ${titleSays} but the offer states ${attribute} = ${stated}`,
    claimDisputedByMarket: (attribute, claimed, n, theySay) => `says ${attribute} = ${claimed}; ${n} established seller${s(n)} of the same GTIN say${n === 1 ? 's' : ''} ${theySay}`,
    claimDisputedWithoutWeight: (attribute, claimed, n, theySay) => `says ${attribute} = ${claimed}; ${n} seller${s(n)} without a track record say${n === 1 ? 's' : ''} ${theySay} (not counted)`,
    claimsCorroborated: (attributes) => `established sellers of the same GTIN agree on every claim that matters (${attributes.join(', ')})`,
    referencePrice: (kind, price) => `claims a ${kind} of ${price} per unit`,
    referenceUnverifiable: (claimed) => `${claimed}; there is no price history to check it against`,
    rrpUnverifiable: (claimed) => `${claimed}; the maker's price cannot be checked here`,
    referenceAboveHighest: (claimed, highest, n) => `${claimed}, above the highest price it ever asked (${highest} over ${n} past prices)`,
    referenceNeverCharged: (claimed, n) => `${claimed}, a price it never asked in ${n} past prices`,
    referenceConsistent: (claimed) => `${claimed}, a price it asked before (quoted to you; whether anyone bought at it is unknown)`,
    referenceStale: (claimed, days, lastOn, since) =>
      `${claimed}, a price it has not asked in the last ${days} days${lastOn ? ` (last on ${lastOn})` : ''}, while it asked ${since} other price${since === 1 ? '' : 's'} in them`,
    referenceStaleUnverifiable: (claimed, days, lastOn) => `${claimed}, a price it asked only more than ${days} days ago${lastOn ? ` (last on ${lastOn})` : ''}, and nothing in the last ${days} days to check it against`,
    learnedFinding: (missedWith, missed, metWith, met, weight, prior) =>
      `this finding came with ${missedWith} of your ${missed} deliveries that missed your need and ${metWith} of your ${met} that met it: weighed ${weight.toFixed(2)} log-odds instead of ${prior.toFixed(2)}`,
    answerSelfContradictory: (attribute, stance, answered) => `about ${attribute}, the answer says "${stance === 'denied' ? 'no' : 'yes'}" but states ${answered} (evasive; judged by the value)`,
    answerDenied: (attribute, stated) => `asked to confirm ${attribute} = ${stated}, the brand denied it`,
    answerDiffers: (attribute, stated, answered) => `the offer states ${attribute} = ${stated}, an answer says ${answered}`,
    answersDisagree: (attribute, before, after) => `about ${attribute}, one answer said ${enPosition(before)}, a later one ${enPosition(after)}`,
    answersConfirm: (n) => `${n} answer${s(n)} confirmed what the offer states`,
    revisionChanged: (attribute, before, after) => `${attribute} changed during the negotiation from ${before} to ${after} for the same product`,
    claimContradictedBefore: (claims, n) => `past buyers of this product found ${claims.map((c) => `${c.attribute} (claimed ${c.claimed})`).join(', ')} untrue (${n} time${s(n)})`,
    brandContradictedBefore: (n) => `${n} other claim${s(n)} by this brand turned out untrue`,
    claimsVerifiedBefore: (n) => `${n} claim${s(n)} about this product held up after past purchases`,
    evidenceBehindFalseClaim: (attribute) => `the evidence cited for ${attribute} backs a claim that was caught false`,
    shortValidity: (minutes) => (minutes <= 0 ? 'the offer had already expired when it arrived' : `the offer is valid for only ${minutes} minute${s(minutes)}`),
    requirement: { category: 'category', quantity: 'quantity', 'delivery deadline': 'delivery deadline' },
    ignoresConstraints: (requirements) => `offered despite the stated ${requirements.join(', ')} requirement${s(requirements.length)}`,
    upsellUnits: (offered, needed) => `offers ${offered} units for a need of ${needed}`,
    upsellToldBudget: 'priced above the budget it was told',
    upsellPrice: (per, percent, n) => `${per === 'unit' ? 'unit price' : `price per ${per}`} ${percent}% above the median of ${n} comparable offers`,
    upsell: (reasons) => reasons.join('; '),
    repitch: (n, by) => `pitched ${n} more time${s(n)} after ${by === 'buyer' ? 'being turned down' : 'declining itself'}`,
    evasive: (attribute, stated) => `answered "unknown" about ${attribute}, ${stated ? 'which its own offer states' : 'a stated requirement'}`,
    recordedProbe: (kind, field) => `asked for the buyer's ${kind} (${field})`,
    textProbe: (kind, field) => `asks for the buyer's ${kind} in ${field}`,
    textTactic: (label, field) => (label === 'injection' ? `instructions aimed at the buyer's AI in ${field}` : `${label} wording in ${field}`),
  },
  fr: {
    value: (value) => (value === true ? 'oui' : value === false ? 'non' : typeof value === 'number' ? String(value).replace('.', ',') : `« ${quoteText('value', value, undefined, 40).text} »`),
    money: (amountMinor, currency) => formatMoneyIn({ amountMinor, currency }, 'fr'),
    estimate: (amountMinor, currency) => formatEstimateIn(amountMinor, currency, 'fr'),
    attribute: (name) => attributeLabelIn(name, 'fr'),
    field: (field) => frenchField(field),
    list: (items) => items.join(', '),
    hardCategory: (offered, needed) => `produit de la catégorie ${offered}, pas ${needed}`,
    constraint: (attribute, op, values) => `${attribute} ${OPS_FR[op]} ${values.join(', ')}`,
    hardConstraint: (attribute, offered, needed) => (offered === undefined ? `${attribute} non précisé (demandé : ${needed})` : `${attribute} : ${offered}, demandé ${needed}`),
    hardQuantity: (offered, needed) => `propose ${offered} sur les ${needed} demandés`,
    hardCurrency: (offered, needed) => `prix en ${offered}, pas en ${needed}`,
    hardBudget: (price, over) => `coûte ${price}, soit ${over} au-dessus du budget`,
    hardDeadline: (days, deadline) => `livré en ${days} jours, après l’échéance du ${deadline}`,
    hardExpired: (validUntil) => `expirée le ${validUntil}, avant de pouvoir être commandée`,
    preferenceUnknown: (attribute, direction) => `${attribute} : non précisé ou pas comparable (${FR_DIRECTIONS[direction] ?? direction})`,
    preference: (attribute, offered, direction, percent) => `${attribute} ${offered} (${FR_DIRECTIONS[direction] ?? direction}) : ${percent} %`,
    underBudget: (headroom) => `${headroom} sous le budget`,
    terms: (delivery, meets, returns, warranty) => `livraison en ${delivery} jours${meets ? ' (dans les temps)' : ''}, retours sous ${returns} jours, garantie ${warranty} mois`,
    claimHasEvidence: (attribute, claimed, kind, named) => `${attribute} = ${claimed}, appuyé par ${FR_EVIDENCE_KINDS[kind] ?? kind} vérifiable${named ? ' d’un émetteur nommé' : ''}`,
    claimEvidenceUncheckable: (attribute, claimed, kind, flaw) => `${attribute} = ${claimed} invoque ${FR_EVIDENCE_KINDS[kind] ?? kind} que personne ne peut vérifier (${flaw === 'reference' ? 'sa référence n’est ni un identifiant, ni un numéro, ni une adresse' : 'aucun émetteur n’est nommé'})`,
    claimWithoutEvidence: (attribute, claimed) => `${attribute} = ${claimed}, affirmé sans preuve`,
    claimContradictsProduct: (attribute, claimed, stated) => `affirme ${attribute} = ${claimed} alors que ses propres données produit disent ${stated}`,
    titleContradictsOffer: (attribute, titleSays, stated) => `son propre titre dit ${titleSays} mais l’offre indique ${attribute} = ${stated}`,
    claimDisputedByMarket: (attribute, claimed, n, theySay) => `affirme ${attribute} = ${claimed} ; ${n} vendeur${s(n)} établi${s(n)} du même GTIN ${n === 1 ? 'dit' : 'disent'} ${theySay}`,
    claimDisputedWithoutWeight: (attribute, claimed, n, theySay) => `affirme ${attribute} = ${claimed} ; ${n} vendeur${s(n)} sans historique ${n === 1 ? 'dit' : 'disent'} ${theySay} (non pris en compte)`,
    claimsCorroborated: (attributes) => `les vendeurs établis du même GTIN confirment chaque affirmation qui compte (${attributes.join(', ')})`,
    referencePrice: (kind, price) => `annonce ${FR_REFERENCE_KINDS[kind] ?? kind} de ${price} l’unité`,
    referenceUnverifiable: (claimed) => `${claimed} ; aucun historique de prix pour le vérifier`,
    rrpUnverifiable: (claimed) => `${claimed} ; le prix du fabricant ne peut pas être vérifié ici`,
    referenceAboveHighest: (claimed, highest, n) => `${claimed}, au-dessus du prix le plus haut qu’elle ait jamais demandé (${highest} sur ${n} prix passés)`,
    referenceNeverCharged: (claimed, n) => `${claimed}, un prix qu’elle n’a jamais demandé sur ${n} prix passés`,
    referenceConsistent: (claimed) => `${claimed}, un prix qu’elle a déjà demandé (cité à vous ; on ne sait pas si quelqu’un l’a payé)`,
    referenceStale: (claimed, days, lastOn, since) =>
      `${claimed}, un prix qu’elle n’a pas demandé ces ${days} derniers jours${lastOn ? ` (dernière fois le ${lastOn})` : ''}, alors qu’elle y a demandé ${since} autre${since === 1 ? '' : 's'} prix`,
    referenceStaleUnverifiable: (claimed, days, lastOn) => `${claimed}, un prix qu’elle n’a demandé qu’il y a plus de ${days} jours${lastOn ? ` (dernière fois le ${lastOn})` : ''}, et rien ces ${days} derniers jours pour le vérifier`,
    learnedFinding: (missedWith, missed, metWith, met, weight, prior) =>
      `ce constat accompagnait ${missedWith} de vos ${missed} livraisons qui ne répondaient pas à votre besoin et ${metWith} des ${met} qui y répondaient : pesé ${weight.toFixed(2).replace('.', ',')} en log-cote au lieu de ${prior.toFixed(2).replace('.', ',')}`,
    answerSelfContradictory: (attribute, stance, answered) => `sur ${attribute}, la réponse dit « ${stance === 'denied' ? 'non' : 'oui'} » mais indique ${answered} (évasif ; jugé sur la valeur)`,
    answerDenied: (attribute, stated) => `invitée à confirmer ${attribute} = ${stated}, la marque l’a démenti`,
    answerDiffers: (attribute, stated, answered) => `l’offre indique ${attribute} = ${stated}, une réponse dit ${answered}`,
    answersDisagree: (attribute, before, after) => `sur ${attribute}, une réponse a dit ${frPosition(before)}, une suivante ${frPosition(after)}`,
    answersConfirm: (n) => `${n} réponse${s(n)} ${n === 1 ? 'a confirmé' : 'ont confirmé'} ce qu’indique l’offre`,
    revisionChanged: (attribute, before, after) => `${attribute} est passé de ${before} à ${after} pendant la négociation, pour le même produit`,
    claimContradictedBefore: (claims, n) =>
      `des acheteurs précédents de ce produit ont trouvé fausse${claims.length === 1 ? '' : 's'} ${claims.map((c) => `${c.attribute} (affirmé : ${c.claimed})`).join(', ')} (${n} fois)`,
    brandContradictedBefore: (n) => `${n} autre${s(n)} affirmation${s(n)} de cette marque ${n === 1 ? 's’est révélée fausse' : 'se sont révélées fausses'}`,
    claimsVerifiedBefore: (n) => `${n} affirmation${s(n)} sur ce produit ${n === 1 ? 's’est vérifiée' : 'se sont vérifiées'} après des achats passés`,
    evidenceBehindFalseClaim: (attribute) => `la preuve citée pour ${attribute} appuie une affirmation prise en défaut`,
    shortValidity: (minutes) => (minutes <= 0 ? 'l’offre avait déjà expiré à son arrivée' : `l’offre n’est valable que ${minutes} minute${s(minutes)}`),
    requirement: { category: 'catégorie', quantity: 'quantité', 'delivery deadline': 'délai de livraison' },
    ignoresConstraints: (requirements) => `proposée malgré ${requirements.length === 1 ? 'l’exigence' : 'les exigences'} indiquée${s(requirements.length)} : ${requirements.join(', ')}`,
    upsellUnits: (offered, needed) => `propose ${offered} unités pour un besoin de ${needed}`,
    upsellToldBudget: 'prix au-dessus du budget qui lui a été indiqué',
    upsellPrice: (per, percent, n) => `${per === 'unit' ? 'prix unitaire' : `prix par ${per}`} ${percent} % au-dessus de la médiane de ${n} offres comparables`,
    upsell: (reasons) => reasons.join(' ; '),
    repitch: (n, by) => `a relancé ${n} fois après ${by === 'buyer' ? 'un refus de votre part' : 'avoir elle-même décliné'}`,
    evasive: (attribute, stated) => `a répondu « inconnu » sur ${attribute}, ${stated ? 'que sa propre offre indique' : 'une exigence indiquée'}`,
    recordedProbe: (kind, field) => `a demandé ${kind === 'budget' ? 'le budget' : 'l’identité'} de l’acheteur (${field})`,
    textProbe: (kind, field) => `demande ${kind === 'budget' ? 'le budget' : 'l’identité'} de l’acheteur dans ${field}`,
    textTactic: (label, field) => {
      const m = EXPLANATION_MESSAGES.fr;
      const name = Object.hasOwn(m.textTactics, label) ? m.textTactics[label as keyof typeof m.textTactics] : m.otherTactic(label);
      return `${name} dans ${field}`;
    },
  },
};
