import type { ReceiptMismatch } from '../consent/index.ts';
import type { Catalogue } from '../language/index.ts';

/** The words of a reproposal's reason, in the person's language (values already formatted, brand words made safe). */
export interface ReproposalMessages {
  readonly changed: (seller: string, changes: readonly string[]) => string;
  readonly price: (agreed: string, charged: string) => string;
  readonly change: (field: ReceiptMismatch['field'], agreed: string, applied: string) => string;
  /** When no field a person reads changed (only the receipt's own hash). */
  readonly terms: string;
  readonly nowBest: (seller: string, price: string) => string;
  readonly nothingLeft: string;
}

const FIELDS_EN: Partial<Record<ReceiptMismatch['field'], string>> = {
  currency: 'the currency',
  quantity: 'the quantity',
  sku: 'the item',
  deliveryDays: 'the delivery days',
  returnDays: 'the return days',
  warrantyMonths: 'the warranty months',
};

const FIELDS_FR: Partial<Record<ReceiptMismatch['field'], string>> = {
  currency: 'la devise',
  quantity: 'la quantité',
  sku: 'l’article',
  deliveryDays: 'les jours de livraison',
  returnDays: 'les jours de retour',
  warrantyMonths: 'les mois de garantie',
};

export const REPROPOSAL_MESSAGES: Catalogue<ReproposalMessages> = {
  en: {
    changed: (seller, changes) => `${seller} changed ${changes.join(', ')} at checkout`,
    price: (agreed, charged) => `the price from ${agreed} to ${charged}`,
    change: (field, agreed, applied) => `${FIELDS_EN[field] ?? field} from ${agreed} to ${applied}`,
    terms: 'the terms',
    nowBest: (seller, price) => `${seller} at ${price} is now the best`,
    nothingLeft: 'nothing else left is worth buying',
  },
  fr: {
    changed: (seller, changes) => `${seller} a changé ${changes.join(', ')} au paiement`,
    price: (agreed, charged) => `le prix de ${agreed} à ${charged}`,
    change: (field, agreed, applied) => `${FIELDS_FR[field] ?? field} de ${agreed} à ${applied}`,
    terms: 'les conditions',
    nowBest: (seller, price) => `${seller} à ${price} est désormais le meilleur choix`,
    nothingLeft: 'plus rien d’autre ne vaut la peine d’être acheté',
  },
};
