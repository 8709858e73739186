import type { Catalogue } from '../language/index.ts';

/** The facts of one confirmation question, each already formatted for the sentence (brand words already made safe). */
export interface ConfirmationFacts {
  readonly price: string;
  /** The seller's name, set in the sentence so it can open or close no quotation. */
  readonly seller: string;
  readonly quantity: number;
  /** The product's title, set in the sentence so it can open or close no quotation (the catalogue quotes it). */
  readonly title: string;
  readonly deliveryDays: number;
  readonly returnDays: number;
  readonly warrantyMonths: number;
}

/** The question the person answers yes or no to, in their language: the butler's facts (price, seller) first. */
export interface PurchaseMessages {
  readonly confirm: (facts: ConfirmationFacts) => string;
}

export const PURCHASE_MESSAGES: Catalogue<PurchaseMessages> = {
  en: {
    confirm: (f) =>
      `Buy for ${f.price} from ${f.seller}: ${f.quantity} × "${f.title}", delivery in ${f.deliveryDays} days, ${f.returnDays}-day returns, ${f.warrantyMonths}-month warranty?`,
  },
  fr: {
    confirm: (f) =>
      `Acheter pour ${f.price} chez ${f.seller} : ${f.quantity} × « ${f.title} », livraison en ${f.deliveryDays} jours, retours sous ${f.returnDays} jours, garantie ${f.warrantyMonths} mois ?`,
  },
};
