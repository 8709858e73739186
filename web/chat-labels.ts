import type { OfferExplanation } from '../agent/decision/index.ts';
import type { Catalogue } from '../agent/language/index.ts';

/** How a brand's decline was recorded: honest, flagged (pressure or instructions), or from a brand that also offered. */
export type DeclineKind = 'honest' | 'flagged' | 'plain';

/**
 * Every word the chat page writes around one shopping turn — the understanding's leads, the progress lines, the offer
 * cards' badges, terms, score names and "Why?" headings, the exclusions and declines — in one language, the request's.
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
  /** The confirmation dialog's headings: the brand, the product, the price and the terms being confirmed. */
  readonly confirm: { readonly brand: string; readonly product: string; readonly price: string; readonly terms: string };
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
    confirm: { brand: 'Brand', product: 'Product', price: 'Price', terms: 'Terms' },
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
    confirm: { brand: 'Marque', product: 'Produit', price: 'Prix', terms: 'Conditions' },
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
  },
};
