import type { Catalogue } from '../language/index.ts';
import { EXCLUSION_REASONS, type ExclusionCode } from './rank-offers.ts';

/** Tactics with a phrase of their own (the others fall back to `otherTactic`). */
type TextTactic = 'urgency' | 'scarcity' | 'social-proof' | 'confirmshaming' | 'flattery' | 'fear' | 'authority' | 'injection' | 'misdirection' | 'sneaking';

/** Every phrase of a ranking's explanation — the "Why?" — in one language. */
export interface ExplanationMessages {
  /** Why an offer can never be recommended, by exclusion code (the summary's "why nothing fits"). */
  readonly exclusionReasons: Readonly<Record<ExclusionCode, string>>;
  /** "“Trailco”: fits all 4 needs, …" — a brand (its name already quoted as its word) and what is said about its offer. */
  readonly headline: (brand: string, text: string) => string;
  readonly fitsRequest: string;
  readonly fitsNeed: string;
  readonly fitsAll: (total: number) => string;
  readonly fitsSome: (met: number, total: number) => string;
  readonly itsNextOption: string;
  readonly itsTopOption: string;
  readonly lessLikelyAsDescribed: (other: string, otherPercent: number, percent: number, why: string) => string;
  readonly failedChecks: (other: string, count: number) => string;
  readonly lessTrackRecord: (other: string) => string;
  readonly matchesBetter: (percent: number, otherPercent: number) => string;
  readonly pushed: (other: string, hassle: string) => string;
  /** Another brand as the other side of a price comparison ("Pushy Sports" / "chez Pushy Sports"). */
  readonly atBrand: (brand: string) => string;
  readonly yes: string;
  readonly no: string;
  readonly samePrice: (other: string) => string;
  readonly cheaper: (difference: string, other: string) => string;
  /** An offer carrying more items than the person asked for: how many, for what total, and their own count. */
  readonly moreThanAsked: (items: number, total: string, asked: number) => string;
  readonly dearer: (difference: string, other: string, reason: string | undefined) => string;
  readonly expectedGain: (gain: string, worth: string, percent: number) => string;
  readonly crossChecked: string;
  readonly noPressure: string;
  readonly more: (count: number) => string;
  readonly excluded: (name: string, reasons: string) => string;
  readonly flagged: (name: string, flags: string) => string;
  readonly alsoFlagged: (flags: string) => string;
  readonly flaggedTail: (flags: string) => string;
  readonly thoughFlagged: (flags: string) => string;
  readonly quoted: (quotes: string) => string;
  /** Brand text quoted inside a sentence. */
  readonly quote: (text: string) => string;
  readonly nothingRecommendable: string;
  readonly nothingFits: (offers: number, reasons: string, budgetNote: string) => string;
  readonly cheapestOtherwise: (price: string, brand: string, detail: string) => string;
  readonly buyNothing: string;
  readonly textTactics: Readonly<Record<TextTactic, string>>;
  readonly fakeDeadline: (minutes: number) => string;
  readonly expiredOnArrival: string;
  readonly ignoresConstraints: string;
  readonly upsell: string;
  readonly repitch: string;
  readonly evasive: string;
  readonly budgetProbe: string;
  readonly identityProbe: string;
  readonly otherTactic: (label: string) => string;
  readonly about: (attribute: string) => string;
  /** What names an attribute only the brand declared where its words are withheld (the facts a model reads). */
  readonly declaredAttribute: string;
  readonly fakeReferencePrice: string;
  readonly disputedClaim: (about: string) => string;
  readonly untrueBefore: (about: string) => string;
  readonly contradictsProduct: (about: string) => string;
  readonly contradictsTitle: (about: string) => string;
  readonly answersContradictOffer: (about: string) => string;
  readonly contradictoryAnswers: (about: string) => string;
  readonly changedProduct: (about: string) => string;
  readonly overBudget: string;
  /** Which ceiling held for the chosen offer when a higher one was said on a condition ("150 if it's Sony"). */
  readonly stretchCeiling: (ceiling: string, condition: string) => string;
  readonly baseCeiling: (ceiling: string, condition: string) => string;
  readonly tooLate: string;
  readonly expired: string;
  readonly bannedBrand: string;
  readonly againstRules: string;
  readonly overOrderCap: string;
  readonly overMonthlyCap: string;
  readonly otherCurrency: string;
  readonly againstValue: (value: string) => string;
  readonly belowFloor: string;
  readonly caughtBefore: string;
  readonly notWorthIt: string;
  readonly givesOrders: string;
  readonly notTheAttribute: (attribute: string) => string;
  readonly notWhatAsked: string;
  /** Details of an exclusion in this language, when the scorer's own detail is English. */
  readonly details: {
    readonly costs: (price: string, over: string | undefined) => string;
    readonly deliversIn: (days: number) => string;
    readonly worthAbout: (worth: string, percent: number, price: string) => string;
    readonly honestyBelow: (honesty: string) => string;
    readonly injection: string;
    readonly mismatch: (attribute: string | undefined, offered: string | undefined) => string;
  };
  /** The value in plain words for the offer card: worth, price, and whether the person comes out ahead. */
  readonly plainValue: (worth: string, price: string, gain: string | undefined, risks: boolean) => string;
  /** The exploration slot's reason (`pickDivergent`). */
  readonly somethingDifferent: (reason: string) => string;
  readonly newBrand: string;
  readonly differentStyle: (attribute: string, value: string, usual: string) => string;
  /** Said when no offer is shown at all. */
  readonly noOfferForNeed: string;
  /** The value breakdown in one sentence (`describeValue`). */
  readonly value: (parts: { gain: string; percent: number; worth: string; match: number; anchor: 'budget' | 'market'; price: string; remedies: string; pressure: string; ifNeedMet?: { percent: number; worth: string } }) => string;
}

/** The explanation's phrases in English and French. */
export const EXPLANATION_MESSAGES: Catalogue<ExplanationMessages> = {
  en: {
    exclusionReasons: EXCLUSION_REASONS,
    headline: (brand, text) => `${brand}: ${text}`,
    fitsRequest: 'fits your request',
    fitsNeed: 'fits your need',
    fitsAll: (total) => (total === 2 ? 'fits both needs' : `fits all ${total} needs`),
    fitsSome: (met, total) => `fits ${met} of ${total} needs`,
    itsNextOption: 'its next option',
    itsTopOption: 'its top option',
    lessLikelyAsDescribed: (other, otherPercent, percent, why) => `${other}'s offer is ${otherPercent} % likely as described vs ${percent} % (${why})`,
    failedChecks: (other, count) => `${other} failed ${count} past check${count === 1 ? '' : 's'}`,
    lessTrackRecord: (other) => `${other} has less of a track record`,
    matchesBetter: (percent, otherPercent) => `it matches your preferences better (${percent} % vs ${otherPercent} %)`,
    pushed: (other, hassle) => `${other} pushed (counted as ${hassle} of hassle)`,
    atBrand: (brand) => brand,
    yes: 'yes',
    no: 'no',
    samePrice: (other) => `same price as ${other}`,
    cheaper: (difference, other) => `${difference} cheaper than ${other}`,
    moreThanAsked: (items, total, asked) => `${items.toLocaleString('en-US')} items for ${total} in all (you asked for ${asked})`,
    dearer: (difference, other, reason) => `${difference} more than ${other}${reason ? `, but ${reason}` : ''}`,
    expectedGain: (gain, worth, percent) => `expected gain ${gain} (worth ~${worth} to you, ${percent} % likely as described)`,
    crossChecked: 'claims cross-checked with other sellers',
    noPressure: 'no pressure',
    more: (count) => `${count} more`,
    excluded: (name, reasons) => `${name} excluded: ${reasons}`,
    flagged: (name, flags) => `${name} flagged for ${flags}`,
    alsoFlagged: (flags) => `also flagged for ${flags}`,
    flaggedTail: (flags) => `; flagged for ${flags}`,
    thoughFlagged: (flags) => `, though flagged for ${flags}`,
    quoted: (quotes) => ` (quoted: ${quotes})`,
    quote: (text) => `“${text}”`,
    nothingRecommendable: 'No offer can be recommended',
    nothingFits: (offers, reasons, budgetNote) => `No offer can be recommended (${offers} offer${offers === 1 ? '' : 's'}): ${reasons}${budgetNote}`,
    cheapestOtherwise: (price, brand, detail) => `; the cheapest that fits everything else is ${price} at ${brand} (${detail})`,
    buyNothing: 'Buy nothing for now: no offer is expected to be worth its price to you',
    textTactics: {
      urgency: 'urgency pressure',
      scarcity: 'scarcity claims',
      'social-proof': 'unverifiable popularity claims',
      confirmshaming: 'guilt-tripping',
      flattery: 'flattery',
      fear: 'fear tactics',
      authority: 'unverifiable authority claims',
      injection: 'instructions aimed at your AI',
      misdirection: 'misleading wording',
      sneaking: 'sneaked-in costs',
    },
    fakeDeadline: (minutes) => `a fake ${minutes}-minute deadline`,
    expiredOnArrival: 'an offer already expired on arrival',
    ignoresConstraints: 'ignoring your stated requirements',
    upsell: 'an upsell',
    repitch: 'pitching again after a no',
    evasive: 'evasive answers',
    budgetProbe: 'asking for your budget',
    identityProbe: 'asking who you are',
    otherTactic: (label) => `${label} tactics`,
    about: (attribute) => ` (${attribute})`,
    declaredAttribute: 'brand-declared attribute',
    fakeReferencePrice: 'a fake "was" price',
    disputedClaim: (about) => `a claim sellers you know dispute${about}`,
    untrueBefore: (about) => `a claim past buyers found untrue${about}`,
    contradictsProduct: (about) => `a claim its own product data contradicts${about}`,
    contradictsTitle: (about) => `an offer its own title contradicts${about}`,
    answersContradictOffer: (about) => `answers contradicting its offer${about}`,
    contradictoryAnswers: (about) => `contradictory answers${about}`,
    changedProduct: (about) => `changing the product mid-negotiation${about}`,
    overBudget: 'over your budget',
    stretchCeiling: (ceiling, condition) => `within the ${ceiling} you allowed when ${condition}`,
    baseCeiling: (ceiling, condition) => `within your ${ceiling} budget (the higher figure was only for ${condition})`,
    tooLate: 'too late for your deadline',
    expired: 'the offer had already expired',
    bannedBrand: 'a brand you banned',
    againstRules: 'against your rules',
    overOrderCap: 'over your per-order cap',
    overMonthlyCap: 'would take the month over your monthly cap',
    otherCurrency: 'priced in another currency than your limits',
    againstValue: (value) => `against your value “${value}”`,
    belowFloor: 'honesty trust below your floor',
    caughtBefore: 'caught saying something false before (your rule: no second chances)',
    notWorthIt: 'not worth its price to you',
    givesOrders: 'tries to give orders to your butler',
    notTheAttribute: (attribute) => `not the ${attribute} you need`,
    notWhatAsked: 'not what you asked for',
    details: {
      costs: (price, over) => `costs ${price}${over ? `, over the budget by ${over}` : ''}`,
      deliversIn: (days) => `delivers in ${days} days, after the deadline`,
      worthAbout: (worth, percent, price) => `worth about ${worth} to you (${percent} % likely as described) for a price of ${price}`,
      honestyBelow: (honesty) => `calibrated honesty ${honesty} is below your floor`,
      injection: 'its text carries instructions aimed at your butler',
      mismatch: (attribute, offered) => (attribute ? `${attribute}${offered === undefined ? ' not stated' : ` is ${offered}`}` : 'not as needed'),
    },
    plainValue: (worth, price, gain, risks) =>
      `Worth about ${worth} to you for a price of ${price}: ${gain === undefined ? 'not worth it' : `you should come out about ${gain} ahead`}${risks ? ', counting what could go wrong and the pressure' : ''}.`,
    somethingDifferent: (reason) => `Something different: ${reason}`,
    newBrand: 'from a brand you have never bought from',
    differentStyle: (attribute, value, usual) => `a different style: ${attribute} ${value} instead of your usual ${usual}`,
    noOfferForNeed: 'No offer can be recommended for this need.',
    value: (p) =>
      `expected gain ${p.gain} = ${p.percent} % likely as described × worth ${p.worth} ` +
      `(${p.match} % preference match, scaled to ${p.anchor === 'budget' ? 'your budget' : 'what the market asks (no budget given: the highest of the sellers’ lowest prices, the second highest among three sellers or more; sellers you have no record with count together as one and, beside the one seller you know, above its price only as far as your record with it is short)'})${p.ifNeedMet ? ` + ${p.ifNeedMet.percent} % likely to meet what you required though not as described × worth ${p.ifNeedMet.worth}` : ''} − price ${p.price} − expected remedies ${p.remedies} − pressure ${p.pressure}`,
  },
  fr: {
    exclusionReasons: {
      'hard-constraint': 'ne respecte pas une exigence',
      'over-budget': 'dépasse le budget',
      'missed-deadline': 'ne peut pas arriver à temps',
      expired: 'l’offre avait expiré avant de pouvoir être commandée',
      policy: 'enfreint une de vos règles',
      'below-honesty-floor': 'la confiance en l’honnêteté de la marque est sous votre seuil',
      'caught-before': 'la marque a déjà été prise à dire quelque chose de faux, et votre règle ne donne pas de seconde chance',
      'no-surplus': 'coûterait plus qu’il ne vaut pour vous',
      injection: 'contient des instructions adressées à l’IA de l’acheteur (une marque qui tente de piloter votre majordome est hostile)',
      'switched-in-request': 'la marque a modifié les conditions d’une commande au paiement dans cette demande',
    },
    headline: (brand, text) => `${brand} : ${text}`,
    fitsRequest: 'correspond à votre demande',
    fitsNeed: 'correspond à votre besoin',
    fitsAll: (total) => (total === 2 ? 'respecte vos deux critères' : `respecte vos ${total} critères`),
    fitsSome: (met, total) => `respecte ${met} de vos ${total} critères`,
    itsNextOption: 'son offre suivante',
    itsTopOption: 'sa meilleure offre',
    lessLikelyAsDescribed: (other, otherPercent, percent, why) => `l’offre de ${other} a ${otherPercent} % de chances d’être conforme à sa description, contre ${percent} % (${why})`,
    failedChecks: (other, count) => `${other} a échoué à ${count} vérification${count === 1 ? '' : 's'} passée${count === 1 ? '' : 's'}`,
    lessTrackRecord: (other) => `${other} a moins d’historique`,
    matchesBetter: (percent, otherPercent) => `elle correspond mieux à vos préférences (${percent} % contre ${otherPercent} %)`,
    pushed: (other, hassle) => `${other} a fait pression (compté comme ${hassle} de désagrément)`,
    atBrand: (brand) => `chez ${brand}`,
    yes: 'oui',
    no: 'non',
    samePrice: (other) => `même prix que ${other}`,
    cheaper: (difference, other) => `${difference} de moins que ${other}`,
    moreThanAsked: (items, total, asked) => `${items.toLocaleString('fr-FR')} articles pour ${total} au total (vous en avez demandé ${asked})`,
    dearer: (difference, other, reason) => `${difference} de plus que ${other}${reason ? `, mais ${reason}` : ''}`,
    expectedGain: (gain, worth, percent) => `gain attendu ${gain} (vaut environ ${worth} pour vous, ${percent} % de chances d’être conforme)`,
    crossChecked: 'affirmations recoupées auprès d’autres vendeurs',
    noPressure: 'aucune pression',
    more: (count) => `${count} autre${count === 1 ? '' : 's'}`,
    excluded: (name, reasons) => `${name} exclu : ${reasons}`,
    flagged: (name, flags) => `${name} signalé pour ${flags}`,
    alsoFlagged: (flags) => `également signalé pour ${flags}`,
    flaggedTail: (flags) => ` ; signalé pour ${flags}`,
    thoughFlagged: (flags) => `, mais signalé pour ${flags}`,
    quoted: (quotes) => ` (cité : ${quotes})`,
    quote: (text) => `« ${text} »`,
    nothingRecommendable: 'Aucune offre ne peut être recommandée',
    nothingFits: (offers, reasons, budgetNote) => `Aucune offre ne peut être recommandée (${offers} offre${offers === 1 ? '' : 's'}) : ${reasons}${budgetNote}`,
    cheapestOtherwise: (price, brand, detail) => ` ; la moins chère qui convient pour tout le reste coûte ${price} chez ${brand} (${detail})`,
    buyNothing: 'N’achetez rien pour l’instant : aucune offre ne devrait valoir son prix pour vous',
    textTactics: {
      urgency: 'pression par l’urgence',
      scarcity: 'rareté annoncée',
      'social-proof': 'popularité invérifiable',
      confirmshaming: 'culpabilisation',
      flattery: 'flatterie',
      fear: 'jeu sur la peur',
      authority: 'autorité invérifiable',
      injection: 'des instructions adressées à votre IA',
      misdirection: 'formulation trompeuse',
      sneaking: 'frais glissés en douce',
    },
    fakeDeadline: (minutes) => `un faux délai de ${minutes} minutes`,
    expiredOnArrival: 'une offre déjà expirée à son arrivée',
    ignoresConstraints: 'le non-respect de vos exigences',
    upsell: 'une vente forcée',
    repitch: 'une relance après un refus',
    evasive: 'des réponses évasives',
    budgetProbe: 'des questions sur votre budget',
    identityProbe: 'des questions sur votre identité',
    otherTactic: (label) => `la tactique « ${label} »`,
    about: (attribute) => ` (${attribute})`,
    declaredAttribute: 'un attribut déclaré par la marque',
    fakeReferencePrice: 'un faux prix barré',
    disputedClaim: (about) => `une affirmation contestée par des vendeurs que vous connaissez${about}`,
    untrueBefore: (about) => `une affirmation jugée fausse par des acheteurs précédents${about}`,
    contradictsProduct: (about) => `une affirmation contredite par ses propres données produit${about}`,
    contradictsTitle: (about) => `une offre contredite par son propre titre${about}`,
    answersContradictOffer: (about) => `des réponses qui contredisent son offre${about}`,
    contradictoryAnswers: (about) => `des réponses contradictoires${about}`,
    changedProduct: (about) => `un changement de produit en pleine négociation${about}`,
    overBudget: 'au-dessus de votre budget',
    stretchCeiling: (ceiling, condition) => `dans les ${ceiling} que vous acceptiez si ${condition}`,
    baseCeiling: (ceiling, condition) => `dans votre budget de ${ceiling} (le montant plus haut était seulement si ${condition})`,
    tooLate: 'trop tard pour votre échéance',
    expired: 'l’offre avait déjà expiré',
    bannedBrand: 'une marque que vous avez bannie',
    againstRules: 'contraire à vos règles',
    overOrderCap: 'au-dessus de votre plafond par commande',
    overMonthlyCap: 'dépasserait votre plafond mensuel',
    otherCurrency: 'dans une autre devise que vos limites',
    againstValue: (value) => `contraire à votre valeur « ${value} »`,
    belowFloor: 'confiance en son honnêteté sous votre seuil',
    caughtBefore: 'déjà prise à dire quelque chose de faux (votre règle : pas de seconde chance)',
    notWorthIt: 'ne vaut pas son prix pour vous',
    givesOrders: 'tente de donner des ordres à votre majordome',
    notTheAttribute: (attribute) => `${attribute} ne correspond pas à votre demande`,
    notWhatAsked: 'ne correspond pas à votre demande',
    details: {
      costs: (price, over) => `coûte ${price}${over ? `, soit ${over} au-dessus du budget` : ''}`,
      deliversIn: (days) => `livré en ${days} jours, après l’échéance`,
      worthAbout: (worth, percent, price) => `vaut environ ${worth} pour vous (${percent} % de chances d’être conforme) pour un prix de ${price}`,
      honestyBelow: (honesty) => `honnêteté calibrée de ${honesty}, sous votre seuil`,
      injection: 'son texte contient des instructions adressées à votre majordome',
      mismatch: (attribute, offered) => (attribute ? `${attribute} de l’offre : ${offered ?? 'non précisé'}` : 'ne correspond pas à la demande'),
    },
    plainValue: (worth, price, gain, risks) =>
      `Vaut environ ${worth} pour vous pour un prix de ${price} : ${gain === undefined ? 'ça n’en vaut pas la peine' : `vous devriez y gagner environ ${gain}`}${risks ? ', en comptant ce qui pourrait mal tourner et la pression' : ''}.`,
    somethingDifferent: (reason) => `Autre chose : ${reason}`,
    newBrand: 'd’une marque chez qui vous n’avez jamais acheté',
    differentStyle: (attribute, value, usual) => `un autre style : ${attribute} ${value} au lieu de ${usual} habituellement`,
    noOfferForNeed: 'Aucune offre ne peut être recommandée pour ce besoin.',
    value: (p) =>
      `gain attendu ${p.gain} = ${p.percent} % de chances d’être conforme × valeur ${p.worth} ` +
      `(${p.match} % de correspondance à vos préférences, rapportée ${p.anchor === 'budget' ? 'à votre budget' : 'à ce que demande le marché (aucun budget donné : le plus élevé des prix les plus bas de chaque vendeur, le deuxième plus élevé à partir de trois vendeurs ; les vendeurs sans historique avec vous comptent ensemble pour un et, face au seul vendeur que vous connaissez, ne pèsent au-dessus de son prix qu’autant que votre historique avec lui est court)'})${p.ifNeedMet ? ` + ${p.ifNeedMet.percent} % de chances de répondre à vos exigences sans être conforme × valeur ${p.ifNeedMet.worth}` : ''} − prix ${p.price} − recours attendus ${p.remedies} − pression ${p.pressure}`,
  },
};
