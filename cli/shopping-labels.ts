import type { Catalogue } from '../agent/language/index.ts';

/**
 * Every word of the terminal's layout around a shopping turn — what it understood, each offer's terms and scores, the
 * exclusions, the declines and the hint that follows — and around the chat and its purchases (greeting, help, the
 * report's prompts and answers) in one language, the request's (the terminal's before any request). The sentences inside (summary,
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
  /**
   * After a switched receipt: nothing was bought (--yes covered the offer as accepted), and the new ranking cannot be
   * bought by its ranks from this command: running it again is a new search, whose ranks may differ.
   */
  readonly reproposalHint: string;
  /** A one-line note on the language model's explanation (it failed, sentences were withheld). */
  readonly modelNote: (note: string) => string;
  /** After the offers of `majordome chat`, the commands that follow (their words stay the commands'). */
  readonly chatHint: string;
  /** The chat's greeting: how many brands it reaches, and where their list comes from. */
  readonly chatGreeting: (brands: number, source: string) => string;
  /** A brand the chat cannot reach (its id and error follow, already made safe). */
  readonly unreachable: (brand: string, code: string, message: string) => string;
  /** The chat's commands, each explained (their words stay the commands'). */
  readonly chatHelp: string;
  readonly goodbye: string;
  /** The person did not say yes to the purchase question. */
  readonly notBought: string;
  readonly askFirst: string;
  readonly noSuchOffer: (rank: string) => string;
  readonly offerGone: string;
  readonly noOrderYet: string;
  /** After a purchase in the chat: the commands that report how it went. */
  readonly reportHint: string;
  /** After a question answered yes, no or skip (the report's question about the need). */
  readonly yesNoSkip: string;
  /** Before the list of what a report recorded, one line each. */
  readonly recordedHeading: (observations: number) => string;
  readonly settledFromGroundTruth: (events: number) => string;
  /** Settling found no ground truth (`reason`, the butler's): how to report instead. */
  readonly noGroundTruth: (reason: string, orderId: string) => string;
  readonly nothingToRecheck: (orderId: string, status: string) => string;
  /** `report <id> --nothing-charged` of an order that is not unconfirmed, or already released. */
  readonly nothingToRelease: (orderId: string, status: string) => string;
  readonly alreadyReleased: (orderId: string) => string;
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
    reproposalHint:
      'Nothing was bought: your --yes covered the offer as you accepted it, not the brand’s change of it. The ranks above cannot be bought from here: running `majordome ask` again starts a new search, whose ranks may differ. Run it without --buy to see them, then buy with --buy <rank> --yes (or shop in `majordome chat`).',
    modelNote: (note) => `note: ${note}`,
    chatHint: 'Say "why 1" for details or "buy 1" to buy.',
    chatGreeting: (brands, source) => `Majordome — your butler. ${brands} brands reachable (${source}).`,
    unreachable: (brand, code, message) => `  ! ${brand} unreachable: [${code}] ${message}`,
    chatHelp: `Type what you need, e.g. "waterproof trail shoes size 43 under 150 euros". Then:
  why <n>          why offer n is ranked where it is (every score and its evidence)
  buy <n>          buy offer n (you will be asked to confirm)
  report <text>    tell me what happened with your last order, e.g. "arrived late, not waterproof"
  settle           let the demo market's ground truth say what really arrived for your last order
  trust            how much I trust each brand
  help, quit`,
    goodbye: 'Goodbye.',
    notBought: 'Not bought.',
    askFirst: 'Ask me for something first.',
    noSuchOffer: (rank) => `There is no offer ${rank}.`,
    offerGone: 'That offer is no longer known; ask again.',
    noOrderYet: 'You have no order in this conversation yet.',
    reportHint: 'Tell me how it went with "report …" or "settle".',
    yesNoSkip: '[y/n/skip]',
    recordedHeading: (observations) => `Thanks. I recorded ${observations} observation(s) in the ledger:`,
    settledFromGroundTruth: (events) => `Outcome recorded from the demo market's ground truth: ${events} ledger event(s).`,
    noGroundTruth: (reason, orderId) => `settle: ${reason}; report the outcome yourself with: majordome report ${orderId} "<what happened>"`,
    nothingToRecheck: (orderId, status) => `Order ${orderId} is ${status}: there is nothing to re-check.`,
    nothingToRelease: (orderId, status) => `Order ${orderId} is ${status}: only an order the brand never confirmed (unconfirmed) can be released.`,
    alreadyReleased: (orderId) => `You already said nothing was charged for order ${orderId}; nothing was recorded twice.`,
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
    reproposalHint:
      'Rien n’a été acheté : votre --yes valait pour l’offre telle que vous l’aviez acceptée, pas pour sa modification par la marque. Les rangs ci-dessus ne s’achètent pas d’ici : relancer `majordome ask` fait une nouvelle recherche, dont les rangs peuvent changer. Relancez-la sans --buy pour les voir, puis achetez avec --buy <rang> --yes (ou faites vos achats dans `majordome chat`).',
    modelNote: (note) => `remarque : ${note}`,
    chatHint: 'Tapez « why 1 » pour le détail ou « buy 1 » pour acheter.',
    chatGreeting: (brands, source) => `Majordome — votre majordome. ${brands} marques joignables (${source}).`,
    unreachable: (brand, code, message) => `  ! ${brand} injoignable : [${code}] ${message}`,
    chatHelp: `Dites ce qu’il vous faut, par ex. « chaussures de trail imperméables pointure 43 à moins de 150 euros ». Ensuite :
  why <n>          pourquoi l’offre n est classée là (chaque note et ses preuves)
  buy <n>          acheter l’offre n (je vous demanderai de confirmer)
  report <texte>   dites-moi ce qui s’est passé avec votre dernière commande, par ex. « arrivé en retard, pas imperméable »
  settle           laisser la vérité terrain du marché de démonstration dire ce qui est vraiment arrivé pour votre dernière commande
  trust            la confiance que j’accorde à chaque marque
  help, quit`,
    goodbye: 'Au revoir.',
    notBought: 'Pas acheté.',
    askFirst: 'Demandez-moi d’abord quelque chose.',
    noSuchOffer: (rank) => `Il n’y a pas d’offre ${rank}.`,
    offerGone: 'Cette offre n’est plus connue ; redemandez.',
    noOrderYet: 'Vous n’avez encore passé aucune commande dans cette conversation.',
    reportHint: 'Dites-moi comment ça s’est passé avec « report … » ou « settle ».',
    yesNoSkip: '[o/n/passer]',
    recordedHeading: (observations) => `Merci. J’ai enregistré ${observations} observation(s) dans le registre :`,
    settledFromGroundTruth: (events) => `Résultat enregistré d’après la vérité terrain du marché de démonstration : ${events} événement(s) dans le registre.`,
    noGroundTruth: (reason, orderId) => `settle : ${reason} ; signalez vous-même le résultat avec : majordome report ${orderId} "<ce qui s’est passé>"`,
    nothingToRecheck: (orderId, status) => `La commande ${orderId} est ${status} : il n’y a rien à revérifier.`,
    nothingToRelease: (orderId, status) => `La commande ${orderId} est ${status} : seule une commande que la marque n’a jamais confirmée (unconfirmed) peut être libérée.`,
    alreadyReleased: (orderId) => `Vous avez déjà dit que rien n’a été débité pour la commande ${orderId} ; rien n’a été enregistré deux fois.`,
  },
};
