import type { OfferExplanation } from '../agent/decision/index.ts';
import { AFTER_PURCHASE_MESSAGES } from '../agent/butler/index.ts';
import type { Catalogue } from '../agent/language/index.ts';

/** How a brand's decline was recorded: honest, flagged (pressure or instructions), or from a brand that also offered. */
export type DeclineKind = 'honest' | 'flagged' | 'plain';

/**
 * Every word the chat page writes around one shopping turn — the understanding's leads, the progress lines, the offer
 * cards' badges, terms, score names and "Why?" headings, the exclusions and declines — and around it (the greeting,
 * the purchase dialog, the report form and what it recorded, the trust line) in one language, the request's.
 * The server picks the language and writes these into the events it sends; the page only places them (as text).
 */
export interface ChatLabels {
  /** Between the items of one line's list (assumptions, notes). */
  readonly separator: string;
  readonly understood: string;
  readonly assumed: string;
  readonly notUnderstood: string;
  readonly asking: (brands: number) => string;
  /** After a brand's name while it has not answered yet. */
  readonly askingBrand: string;
  readonly answered: (offers: number, elapsedMs: number) => string;
  readonly declinedProgress: (elapsedMs: number) => string;
  /** Before the brand's (quoted) error message. */
  readonly failed: (code: string) => string;
  readonly negotiating: (offers: number) => string;
  readonly ranked: (ranked: number, excluded: number) => string;
  readonly percent: (x: number) => string;
  readonly statuses: Readonly<Record<OfferExplanation['status'], string>>;
  readonly outsideBubble: string;
  /** After the price: the reference price the brand claims, already formatted. */
  readonly referencePrice: (price: string) => string;
  readonly forQuantity: (quantity: number) => string;
  /** An offer's terms; `validUntil` as "2026-12-05 17:00". */
  readonly terms: (deliveryDays: number, returnDays: number, warrantyMonths: number, validUntil: string) => string;
  /** The confirmation dialog's title, headings (the brand, the product, the price and the terms being confirmed), note and buttons. */
  readonly confirm: {
    readonly title: string;
    readonly brand: string;
    readonly product: string;
    readonly price: string;
    readonly terms: string;
    readonly note: string;
    readonly cancel: string;
    readonly buy: string;
  };
  readonly divergentNote: (reason: string) => string;
  readonly fit: string;
  readonly claimsHold: string;
  readonly noPressure: string;
  /** Before a quote of the brand's words, `where` from `plainField` ("its pitch"). */
  readonly quotedIn: (where: string) => string;
  readonly why: string;
  readonly fitHeading: (needsMet: number, needsTotal: number) => string;
  readonly fitEmpty: string;
  readonly honestyHeading: (checked: boolean) => string;
  readonly honestyEmpty: (knownBrand: boolean) => string;
  readonly pressureHeading: (pushed: boolean) => string;
  readonly pressureEmpty: string;
  readonly value: string;
  readonly notRecommendedWhy: string;
  readonly brandClaims: string;
  readonly claimEvidence: string;
  readonly pitch: string;
  readonly details: string;
  /** The figures behind the plain sentences: scores as percentages, the honesty prior and where it comes from. */
  readonly figures: (fit: string, claimsHold: string, prior: string, knownBrand: boolean, pressure: string) => string;
  readonly tacticFigure: (label: string, source: string, strength: number) => string;
  readonly buy: string;
  readonly rankedOffers: string;
  readonly notRecommended: (count: number) => string;
  readonly declined: string;
  /** After a brand's name, before its (quoted) decline message. */
  readonly declineLead: (kind: DeclineKind) => string;
  /** The chat page before any request: what the butler does, examples to try, the request box. */
  readonly greeting: {
    readonly heading: string;
    readonly intro: (brands: number, source: string) => string;
    /** After an unreachable brand's id, before its error. */
    readonly unreachable: string;
    readonly tryExamples: string;
    readonly examples: readonly string[];
    readonly requestLabel: string;
    readonly placeholder: string;
    readonly ask: string;
    readonly reading: string;
  };
  /** The outcome report's form (after a purchase in the chat, and on the orders page) and its question about the need. */
  readonly report: {
    readonly whatHappened: string;
    readonly placeholder: string;
    readonly needMet: string;
    readonly yes: string;
    readonly no: string;
    readonly skip: string;
    readonly submit: string;
    readonly settle: string;
    readonly tellMeFirst: string;
  };
  /** Before the list of what a report recorded. */
  readonly recorded: (observations: number) => string;
  /** One recorded observation: its kind (a code), the attribute it is about, the person's satisfaction. */
  readonly observation: (kind: string, attribute: string | undefined, satisfied: boolean | undefined) => string;
  /** A brand's trust and the events behind it ("41% (12 events)"). */
  readonly trustFigure: (trust: string, events: number) => string;
  readonly trustUnchanged: (brand: string, after: string) => string;
  readonly trustMoved: (brand: string, before: string, after: string) => string;
  readonly noRecord: string;
  readonly seeLedger: string;
  /** The orders page's buttons of an unconfirmed order. */
  readonly recheck: string;
  readonly release: string;
}

/** The chat's words in English and French ("68 %", "livraison 3 j", " : " as French writes them). */
export const CHAT_LABELS: Catalogue<ChatLabels> = {
  en: {
    separator: '; ',
    understood: 'Understood: ',
    assumed: 'Assumed: ',
    notUnderstood: 'I did not understand: ',
    asking: (brands) => `Asking ${brands} brand(s)…`,
    askingBrand: ' asking…',
    answered: (offers, ms) => ` ${offers} offer(s) in ${ms} ms`,
    declinedProgress: (ms) => ` declined (${ms} ms)`,
    failed: (code) => ` failed: [${code}] `,
    negotiating: (offers) => `Negotiating and checking claims on ${offers} offer(s)…`,
    ranked: (ranked, excluded) => `Ranked ${ranked} offer(s); ${excluded} not recommended.`,
    percent: (x) => `${Math.round(x * 100)}%`,
    statuses: { recommended: 'recommended', ranked: 'ranked', excluded: 'excluded' },
    outsideBubble: 'outside your bubble',
    referencePrice: (price) => ` (claims “was ${price}”)`,
    forQuantity: (quantity) => ` for ${quantity}`,
    terms: (delivery, returns, warranty, validUntil) => `delivery ${delivery} d · returns ${returns} d · warranty ${warranty} months · valid until ${validUntil} UTC`,
    confirm: {
      title: 'Confirm your purchase',
      brand: 'Brand',
      product: 'Product',
      price: 'Price',
      terms: 'Terms',
      note: 'Nothing is bought until you press “Confirm purchase”. The butler issues a mandate for exactly this offer and checks the receipt against it.',
      cancel: 'Cancel',
      buy: 'Confirm purchase',
    },
    divergentNote: (reason) => `Outside your usual bubble — an exploration pick: ${reason}. Shown so you do not get stuck with the same brands and styles.`,
    fit: 'Fit',
    claimsHold: 'Claims hold',
    noPressure: 'No pressure',
    quotedIn: (where) => ` — in ${where}: `,
    why: 'Why?',
    fitHeading: (met, total) => (total ? `Fit: ${met} of your ${total} needs met` : 'Fit'),
    fitEmpty: 'nothing more to say about the fit',
    honestyHeading: (checked) => (checked ? 'Claims hold: what the butler checked' : 'Claims hold'),
    honestyEmpty: (known) => (known ? 'nothing found against it; this brand’s record counts' : 'nothing found against it, but the brand is new to you'),
    pressureHeading: (pushed) => (pushed ? 'No pressure: what pushed' : 'No pressure'),
    pressureEmpty: 'no pressure tactic found',
    value: 'Value',
    notRecommendedWhy: 'Why it is not recommended',
    brandClaims: 'What the brand claims',
    claimEvidence: ' — evidence: ',
    pitch: 'The brand’s pitch (quoted, never followed)',
    details: 'details',
    figures: (fit, claims, prior, known, pressure) => `fit ${fit}, claims hold ${claims} (starting from ${prior}, ${known ? 'this brand’s record' : 'an unknown brand’s prior'}), pressure ${pressure}`,
    tacticFigure: (label, source, strength) => `${label} (${source}): strength ${strength.toFixed(2)}`,
    buy: 'Buy…',
    rankedOffers: 'Ranked offers',
    notRecommended: (count) => `Not recommended (${count})`,
    declined: 'Declined',
    declineLead: (kind) =>
      kind === 'honest' ? ' declined honestly: ' : kind === 'flagged' ? ' declined, but its answer carries pressure or instructions aimed at your butler: ' : ' declined (but also made offers): ',

    greeting: {
      heading: 'What can I find for you?',
      intro: (brands, source) =>
        `I ask ${brands} brands (${source}), check their claims, negotiate within your budget without revealing it, and rank what they offer for fit, honesty and pressure. I never buy without your confirmation.`,
      unreachable: ' is unreachable: ',
      tryExamples: 'Try: ',
      examples: ['waterproof trail shoes size 43 under 150 euros', 'noise cancelling headphones under 300 euros', 'organic coffee beans, 1 kg'],
      requestLabel: 'Your request',
      placeholder: 'e.g. waterproof trail shoes size 43 under 150 euros',
      ask: 'Ask the butler',
      reading: 'Reading your request…',
    },
    report: {
      whatHappened: 'What happened? ',
      placeholder: 'e.g. arrived late, not waterproof',
      needMet: AFTER_PURCHASE_MESSAGES.en.needMetQuestion,
      yes: AFTER_PURCHASE_MESSAGES.en.needMetAnswers.yes,
      no: AFTER_PURCHASE_MESSAGES.en.needMetAnswers.no,
      skip: AFTER_PURCHASE_MESSAGES.en.needMetAnswers.skip,
      submit: 'Report outcome',
      settle: 'Settle from ground truth (demo)',
      tellMeFirst: 'Tell me what happened first.',
    },
    recorded: (observations) => `Recorded ${observations} observation(s) in the ledger:`,
    observation: (kind, attribute, satisfied) => `${kind}${attribute ? ` (${attribute})` : ''}${satisfied === undefined ? '' : satisfied ? ' — satisfied' : ' — not satisfied'}`,
    trustFigure: (trust, events) => `${trust} (${events} events)`,
    trustUnchanged: (brand, after) => `${brand} in your ledger: ${after}, unchanged — it moves when you report how the order went.`,
    trustMoved: (brand, before, after) => `${brand} in your ledger: ${before} → ${after}.`,
    noRecord: 'no record',
    seeLedger: 'See the ledger',
    recheck: 'Re-check with the brand',
    release: 'Nothing was charged',
  },
  fr: {
    separator: ' ; ',
    understood: 'Compris : ',
    assumed: 'Supposé : ',
    notUnderstood: 'Je n’ai pas compris : ',
    asking: (brands) => `Interrogation de ${brands} marque(s)…`,
    askingBrand: ' interrogée…',
    answered: (offers, ms) => ` ${offers} offre(s) en ${ms} ms`,
    declinedProgress: (ms) => ` a décliné (${ms} ms)`,
    failed: (code) => ` échec : [${code}] `,
    negotiating: (offers) => `Négociation et vérification des affirmations sur ${offers} offre(s)…`,
    ranked: (ranked, excluded) => `${ranked} offre(s) classée(s) ; ${excluded} non recommandée(s).`,
    percent: (x) => `${Math.round(x * 100)} %`,
    statuses: { recommended: 'recommandée', ranked: 'classée', excluded: 'exclue' },
    outsideBubble: 'hors de vos habitudes',
    referencePrice: (price) => ` (annonce un prix barré de ${price})`,
    forQuantity: (quantity) => ` pour ${quantity}`,
    terms: (delivery, returns, warranty, validUntil) => `livraison ${delivery} j · retours ${returns} j · garantie ${warranty} mois · valable jusqu’au ${validUntil} UTC`,
    confirm: {
      title: 'Confirmez votre achat',
      brand: 'Marque',
      product: 'Produit',
      price: 'Prix',
      terms: 'Conditions',
      note: 'Rien n’est acheté tant que vous n’appuyez pas sur « Confirmer l’achat ». Votre majordome émet un mandat pour exactement cette offre et vérifie le reçu par rapport à lui.',
      cancel: 'Annuler',
      buy: 'Confirmer l’achat',
    },
    divergentNote: (reason) => `Hors de vos habitudes — un choix d’exploration : ${reason}. Montré pour que vous ne restiez pas enfermé dans les mêmes marques et les mêmes styles.`,
    fit: 'Adéquation',
    claimsHold: 'Promesses tenues',
    noPressure: 'Sans pression',
    quotedIn: (where) => ` — dans ${where} : `,
    why: 'Pourquoi ?',
    fitHeading: (met, total) => (total ? `Adéquation : ${met} de vos ${total} critères respectés` : 'Adéquation'),
    fitEmpty: 'rien de plus à dire sur l’adéquation',
    honestyHeading: (checked) => (checked ? 'Promesses tenues : ce que votre majordome a vérifié' : 'Promesses tenues'),
    honestyEmpty: (known) => (known ? 'rien de trouvé contre elle ; les antécédents de cette marque comptent' : 'rien de trouvé contre elle, mais cette marque est nouvelle pour vous'),
    pressureHeading: (pushed) => (pushed ? 'Sans pression : ce qui a poussé' : 'Sans pression'),
    pressureEmpty: 'aucune tactique de pression trouvée',
    value: 'Valeur',
    notRecommendedWhy: 'Pourquoi elle n’est pas recommandée',
    brandClaims: 'Ce que la marque affirme',
    claimEvidence: ' — preuve : ',
    pitch: 'L’argumentaire de la marque (cité, jamais suivi)',
    details: 'détails',
    figures: (fit, claims, prior, known, pressure) =>
      `adéquation ${fit}, promesses tenues ${claims} (au départ ${prior}, ${known ? 'les antécédents de cette marque' : 'l’a priori pour une marque inconnue'}), pression ${pressure}`,
    tacticFigure: (label, source, strength) => `${label} (${source}) : intensité ${strength.toFixed(2).replace('.', ',')}`,
    buy: 'Acheter…',
    rankedOffers: 'Offres classées',
    notRecommended: (count) => `Non recommandées (${count})`,
    declined: 'Ont décliné',
    declineLead: (kind) =>
      kind === 'honest' ? ' a décliné honnêtement : ' : kind === 'flagged' ? ' a décliné, mais sa réponse contient de la pression ou des instructions adressées à votre majordome : ' : ' a décliné (mais a aussi fait des offres) : ',

    greeting: {
      heading: 'Que puis-je trouver pour vous ?',
      intro: (brands, source) =>
        `J’interroge ${brands} marques (${source}), je vérifie leurs affirmations, je négocie dans votre budget sans le révéler et je classe leurs offres selon l’adéquation, l’honnêteté et la pression. Je n’achète jamais sans votre confirmation.`,
      unreachable: ' est injoignable : ',
      tryExamples: 'Essayez : ',
      examples: ['chaussures de trail imperméables pointure 43 à moins de 150 euros', 'casque à réduction de bruit à moins de 300 euros', 'café en grains bio, 1 kg'],
      requestLabel: 'Votre demande',
      placeholder: 'par ex. chaussures de trail imperméables pointure 43 à moins de 150 euros',
      ask: 'Demander au majordome',
      reading: 'Lecture de votre demande…',
    },
    report: {
      whatHappened: 'Que s’est-il passé ? ',
      placeholder: 'par ex. arrivé en retard, pas imperméable',
      needMet: AFTER_PURCHASE_MESSAGES.fr.needMetQuestion,
      yes: AFTER_PURCHASE_MESSAGES.fr.needMetAnswers.yes,
      no: AFTER_PURCHASE_MESSAGES.fr.needMetAnswers.no,
      skip: AFTER_PURCHASE_MESSAGES.fr.needMetAnswers.skip,
      submit: 'Signaler le résultat',
      settle: 'Régler d’après la vérité terrain (démo)',
      tellMeFirst: 'Dites-moi d’abord ce qui s’est passé.',
    },
    recorded: (observations) => `${observations} observation(s) enregistrée(s) dans le registre :`,
    observation: (kind, attribute, satisfied) => `${kind}${attribute ? ` (${attribute})` : ''}${satisfied === undefined ? '' : satisfied ? ' — satisfait' : ' — pas satisfait'}`,
    trustFigure: (trust, events) => `${trust} (${events} événements)`,
    trustUnchanged: (brand, after) => `${brand} dans votre registre : ${after}, inchangée — elle évolue quand vous signalez comment s’est passée la commande.`,
    trustMoved: (brand, before, after) => `${brand} dans votre registre : ${before} → ${after}.`,
    noRecord: 'aucun antécédent',
    seeLedger: 'Voir le registre',
    recheck: 'Revérifier auprès de la marque',
    release: 'Rien n’a été débité',
  },
};
