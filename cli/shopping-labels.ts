import type { Catalogue } from '../agent/language/index.ts';

/**
 * Every word of the terminal's layout around a shopping turn — what it understood, each offer's terms and scores, the
 * exclusions, the declines and the hint that follows — in one language, the request's. The sentences inside (summary,
 * explanations, notices) come from the agent's own catalogues; the brand's words arrive already quoted.
 */
export interface ShoppingLabels {
  /** A score (0–1) as a percentage. */
  readonly percent: (x: number) => string;
  /** Between the items of one line's list (exclusion details, assumptions). */
  readonly separator: string;
  readonly understood: (description: string) => string;
  readonly assumed: (assumptions: string) => string;
  readonly notUnderstood: (notes: string) => string;
  /** An offer's delivery and return times, after its price. */
  readonly terms: (deliveryDays: number, returnDays: number) => string;
  /** The three scores, each read the same way (higher is better for the person). */
  readonly scores: (fit: string, claimsHold: string, noPressure: string) => string;
  /** Between a flag's phrase and the brand's words it rests on (already quoted). */
  readonly quoted: (quote: string) => string;
  /** The exploration pick: its title and brand (already quoted), its price and why it is shown. */
  readonly divergent: (title: string, brand: string, price: string, reason: string) => string;
  readonly notRecommended: (count: number) => string;
  /** An excluded offer: its brand and title (already quoted), then why. */
  readonly excluded: (brand: string, title: string, why: string) => string;
  /** A brand's decline: how the butler recorded it, then its message (already quoted). */
  readonly declined: (how: 'honest' | 'flagged' | 'plain', message: string) => string;
  /** After the offers of `majordome ask`, how to buy one. */
  readonly askBuyHint: string;
  /** After the offers of `majordome chat`, the commands that follow (their words stay the commands'). */
  readonly chatHint: string;
}

/** The terminal's shopping layout in English and French ("68 %", "livraison 3 j", " : " and " ; " as French writes them). */
export const SHOPPING_LABELS: Catalogue<ShoppingLabels> = {
  en: {
    percent: (x) => `${Math.round(x * 100)}%`,
    separator: '; ',
    understood: (description) => `Understood: ${description}`,
    assumed: (assumptions) => `  assumed: ${assumptions}`,
    notUnderstood: (notes) => `  did not understand: ${notes}`,
    terms: (delivery, returns) => `(delivery ${delivery} d, returns ${returns} d)`,
    scores: (fit, claimsHold, noPressure) => `fit ${fit} · claims hold ${claimsHold} · no pressure ${noPressure}`,
    quoted: (quote) => ` — quoted: ${quote}`,
    divergent: (title, brand, price, reason) => `Outside your usual bubble (exploration): ${title} from ${brand} — ${price}; ${reason}`,
    notRecommended: (count) => `Not recommended (${count}):`,
    excluded: (brand, title, why) => `${brand}: ${title} — ${why}`,
    declined: (how, message) =>
      `${how === 'honest' ? 'declined honestly' : how === 'flagged' ? 'declined (flagged: its decline carries pressure or instructions)' : 'declined'}: ${message}`,
    askBuyHint: 'To buy, run `majordome chat` or repeat with --buy <rank> --yes.',
    chatHint: 'Say "why 1" for details or "buy 1" to buy.',
  },
  fr: {
    percent: (x) => `${Math.round(x * 100)} %`,
    separator: ' ; ',
    understood: (description) => `Compris : ${description}`,
    assumed: (assumptions) => `  supposé : ${assumptions}`,
    notUnderstood: (notes) => `  pas compris : ${notes}`,
    terms: (delivery, returns) => `(livraison ${delivery} j, retours ${returns} j)`,
    scores: (fit, claimsHold, noPressure) => `adéquation ${fit} · promesses tenues ${claimsHold} · sans pression ${noPressure}`,
    quoted: (quote) => ` — cité : ${quote}`,
    divergent: (title, brand, price, reason) => `Hors de vos habitudes (exploration) : ${title} de ${brand} — ${price} ; ${reason}`,
    notRecommended: (count) => `Non recommandées (${count}) :`,
    excluded: (brand, title, why) => `${brand} : ${title} — ${why}`,
    declined: (how, message) =>
      `${how === 'honest' ? 'a décliné honnêtement' : how === 'flagged' ? 'a décliné (signalé : son refus contient de la pression ou des instructions)' : 'a décliné'} : ${message}`,
    askBuyHint: 'Pour acheter, lancez `majordome chat` ou relancez la demande avec --buy <rang> --yes.',
    chatHint: 'Tapez « why 1 » pour le détail ou « buy 1 » pour acheter.',
  },
};
