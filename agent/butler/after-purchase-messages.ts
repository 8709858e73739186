import { formatMoneyIn, type Catalogue } from '../language/index.ts';
import { formatMoney, type Money } from '../../protocol/index.ts';

/** What became of a cancellation the butler asked for, as the sentence about it needs it. */
export type CancellationSentence =
  | { readonly kind: 'refunded-in-full'; readonly refund: string }
  | { readonly kind: 'refunded-less-than-authorised'; readonly refund: string; readonly authorised: string }
  | { readonly kind: 'refunded-in-part'; readonly refund: string; readonly charged: string }
  | { readonly kind: 'refused' | 'failed' | 'not-supported'; readonly charged: string };

/**
 * Everything the butler says after the person confirmed a purchase, in their language: what became of the order
 * (bought, refused for a switched receipt, blocked, unconfirmed, failed…), the cancellation of a refused order, the
 * notice of an unconfirmed one, the person's release of it, and the questions and answers of the outcome report. The
 * brand's words (error messages, reasons) arrive already made safe by the surface; each surface writes these sentences
 * as text. English keeps the butler's stable money style ("51.75 EUR"), French writes "51,75 €".
 */
export interface AfterPurchaseMessages {
  readonly money: (amount: Money) => string;
  /** Between the items of one list (mismatches, rules, reasons). */
  readonly separator: string;
  readonly bought: (orderId: string, charged: string) => string;
  /** One difference between the receipt and the accepted offer. */
  readonly mismatch: (field: string, expected: string, actual: string) => string;
  readonly refused: (mismatches: string) => string;
  readonly blocked: (violations: string) => string;
  readonly alreadyOrdered: (orderId: string | undefined, status: string) => string;
  /** A reason of the ranking's exclusion, and its detail. */
  readonly exclusion: (reason: string, detail: string) => string;
  readonly excluded: (reasons: string) => string;
  readonly notAvailable: (reason: string) => string;
  readonly unconfirmed: (orderId: string, code: string, message: string) => string;
  readonly failed: (code: string, message: string) => string;
  readonly cancellation: (c: CancellationSentence) => string;
  /** What an unconfirmed order means for the person: what the brand may take, until when, what the caps count, and the ways out. */
  readonly unconfirmedNotice: (most: string, expiresAt: string) => string;
  /** The person declared that nothing was charged for an unconfirmed order: what that frees, and what a later answer does. */
  readonly released: (orderId: string, amount: string) => string;
  /** After a purchase: how to tell the butler how it went. */
  readonly tellMeHowItWent: string;
  /** The report's question about the need (`needMet`): did what arrived do the job, whatever the description said? */
  readonly needMetQuestion: string;
  /** The answers to it, as a form offers them. */
  readonly needMetAnswers: { readonly yes: string; readonly no: string; readonly skip: string };
  readonly recorded: (observations: number, brand: string) => string;
  readonly alreadyReported: (orderId: string) => string;
  readonly unknownOrder: string;
}

/** `formatMoneyIn` for French, the butler's stable "51.75 EUR" for English (as the purchase question writes it). */
const moneyIn = (language: 'fr') => (amount: Money) => formatMoneyIn(amount, language);

/** The after-purchase sentences in English and French. */
export const AFTER_PURCHASE_MESSAGES: Catalogue<AfterPurchaseMessages> = {
  en: {
    money: (amount) => formatMoney(amount),
    separator: '; ',
    bought: (orderId, charged) => `Bought: order ${orderId}, charged ${charged}.`,
    mismatch: (field, expected, actual) => `${field} ${expected} → ${actual}`,
    refused: (mismatches) => `Refused: the receipt differs from the accepted offer (${mismatches}). Recorded as bait-and-switch.`,
    blocked: (violations) => `Blocked by your rules: ${violations}`,
    alreadyOrdered: (orderId, status) => `Not bought again: this offer was already ordered${orderId ? ` (order ${orderId}, ${status})` : ` (${status})`}.`,
    exclusion: (reason, detail) => `${reason} (${detail})`,
    excluded: (reasons) => `Not bought: the butler excluded this offer when ranking it — ${reasons}.`,
    notAvailable: (reason) => `Not bought: ${reason}`,
    unconfirmed: (orderId, code, message) => `No answer to the order (order ${orderId}, [${code}] ${message}).`,
    failed: (code, message) => `The order failed: [${code}] ${message}`,
    cancellation: (c) => {
      switch (c.kind) {
        case 'refunded-less-than-authorised':
          return `The order was cancelled at the brand and ${c.refund} refunded, but your authorisation let it take up to ${c.authorised}: check your account and claim anything more it took with your bank.`;
        case 'refunded-in-full':
          return `The order was cancelled at the brand and ${c.refund} refunded in full.`;
        case 'refunded-in-part':
          return `The order was cancelled at the brand but only ${c.refund} of ${c.charged} was refunded: claim the rest with your bank.`;
        case 'refused':
          return `The brand refused to cancel the order: dispute the ${c.charged} charge with your bank.`;
        case 'failed':
          return `Asking the brand to cancel the order failed: dispute the ${c.charged} charge with your bank.`;
        case 'not-supported':
          return `This brand offers no way to cancel through the protocol: contact it, or dispute the ${c.charged} charge with your bank.`;
      }
    },
    unconfirmedNotice: (most, expiresAt) =>
      `The brand did not confirm the order: it may have been placed. Your authorisation let it take the order for up to ${most} (until ${expiresAt}); an order taken in time may still be charged later, so that amount counts against your monthly cap until the brand answers (the order stays in your orders). Re-check it (majordome report <order-id> --recheck, or the Orders page), or confirm the same offer again, to ask the brand where the order stands: it is never ordered twice. If you are sure nothing was charged, say so (majordome report <order-id> --nothing-charged, or the Orders page): the amount no longer counts.`,
    released: (orderId, amount) =>
      `Noted, on your word: nothing was charged for order ${orderId}. The ${amount} it held no longer counts against your monthly cap; the order stays in your orders, and if the brand confirms it later it counts again.`,
    tellMeHowItWent: 'Tell me how it went once it arrives.',
    needMetQuestion: 'Did it do the job you bought it for, even if something was not as described?',
    needMetAnswers: { yes: 'yes', no: 'no', skip: 'I cannot say' },
    recorded: (observations, brand) => `Recorded ${observations} observation(s) about ${brand} in the ledger.`,
    alreadyReported: (orderId) => `The outcome of order ${orderId} was already reported; nothing was recorded twice.`,
    unknownOrder: 'I cannot find that order.',
  },
  fr: {
    money: moneyIn('fr'),
    separator: ' ; ',
    bought: (orderId, charged) => `Acheté : commande ${orderId}, ${charged} débités.`,
    mismatch: (field, expected, actual) => `${field} ${expected} → ${actual}`,
    refused: (mismatches) => `Refusée : le reçu diffère de l’offre acceptée (${mismatches}). Enregistré comme une substitution (bait-and-switch).`,
    blocked: (violations) => `Bloqué par vos règles : ${violations}`,
    alreadyOrdered: (orderId, status) => `Pas acheté une seconde fois : cette offre a déjà été commandée${orderId ? ` (commande ${orderId}, ${status})` : ` (${status})`}.`,
    exclusion: (reason, detail) => `${reason} (${detail})`,
    excluded: (reasons) => `Pas acheté : votre majordome a exclu cette offre en la classant — ${reasons}.`,
    notAvailable: (reason) => `Pas acheté : ${reason}`,
    unconfirmed: (orderId, code, message) => `Pas de réponse à la commande (commande ${orderId}, [${code}] ${message}).`,
    failed: (code, message) => `La commande a échoué : [${code}] ${message}`,
    cancellation: (c) => {
      switch (c.kind) {
        case 'refunded-less-than-authorised':
          return `La commande a été annulée chez la marque et ${c.refund} remboursés, mais votre autorisation lui permettait de prélever jusqu’à ${c.authorised} : vérifiez votre compte et réclamez à votre banque tout montant prélevé en plus.`;
        case 'refunded-in-full':
          return `La commande a été annulée chez la marque et ${c.refund} intégralement remboursés.`;
        case 'refunded-in-part':
          return `La commande a été annulée chez la marque, mais seuls ${c.refund} sur ${c.charged} ont été remboursés : réclamez le reste à votre banque.`;
        case 'refused':
          return `La marque a refusé d’annuler la commande : contestez le prélèvement de ${c.charged} auprès de votre banque.`;
        case 'failed':
          return `La demande d’annulation à la marque a échoué : contestez le prélèvement de ${c.charged} auprès de votre banque.`;
        case 'not-supported':
          return `Cette marque ne permet pas d’annuler par le protocole : contactez-la, ou contestez le prélèvement de ${c.charged} auprès de votre banque.`;
      }
    },
    unconfirmedNotice: (most, expiresAt) =>
      `La marque n’a pas confirmé la commande : elle a peut-être été passée. Votre autorisation lui permettait de prendre la commande pour ${most} au plus (jusqu’au ${expiresAt}) ; une commande prise à temps peut encore être débitée plus tard, donc ce montant compte dans votre plafond mensuel jusqu’à ce que la marque réponde (la commande reste dans vos commandes). Revérifiez-la (majordome report <order-id> --recheck, ou la page Commandes), ou confirmez de nouveau la même offre, pour demander à la marque où en est la commande : elle n’est jamais commandée deux fois. Si vous êtes sûr que rien n’a été débité, dites-le (majordome report <order-id> --nothing-charged, ou la page Commandes) : le montant ne compte plus.`,
    released: (orderId, amount) =>
      `C’est noté, sur votre parole : rien n’a été débité pour la commande ${orderId}. Les ${amount} qu’elle retenait ne comptent plus dans votre plafond mensuel ; la commande reste dans vos commandes, et si la marque la confirme plus tard, elle compte de nouveau.`,
    tellMeHowItWent: 'Dites-moi comment ça s’est passé une fois reçu.',
    needMetQuestion: 'A-t-il fait l’affaire pour ce que vous vouliez, même si quelque chose n’était pas comme annoncé ?',
    needMetAnswers: { yes: 'oui', no: 'non', skip: 'je ne sais pas' },
    recorded: (observations, brand) => `${observations} observation(s) sur ${brand} enregistrée(s) dans le registre.`,
    alreadyReported: (orderId) => `Le résultat de la commande ${orderId} a déjà été signalé ; rien n’a été enregistré deux fois.`,
    unknownOrder: 'Je ne trouve pas cette commande.',
  },
};
