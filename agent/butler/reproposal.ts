import type { Offer } from '../../protocol/index.ts';
import type { ReceiptMismatch } from '../consent/index.ts';
import { formatMoney, type Ranking, type RankedOffer } from '../decision/index.ts';
import { DEFAULT_LANGUAGE, formatMoneyIn, type Language } from '../language/index.ts';
import { inSentence } from './quote-in-sentence.ts';
import { REPROPOSAL_MESSAGES } from './reproposal-messages.ts';

/**
 * A receipt that differed from the accepted offer, answered with a new proposal: the request's offers ranked again
 * without the brand that switched (none of its offers stays in this request, for every butler: it deceived on this
 * very deal), the new top pick, and the reason in words. Nothing is bought: the person's consent covers the offer
 * exactly as accepted, and is asked again for whichever offer they now choose.
 */
export interface Reproposal {
  readonly ranking: Ranking;
  /** The offer the butler now proposes; absent when none is worth buying. */
  readonly top?: RankedOffer | undefined;
  readonly reason: string;
}

/** The fields of a receipt a person reads a change in, in the order they are told. */
const TOLD: ReadonlyArray<ReceiptMismatch['field']> = ['price', 'currency', 'quantity', 'sku', 'deliveryDays', 'returnDays', 'warrantyMonths'];

/** Words the reproposal's reason is written with: the brands' names (untrusted text, set in the sentence), the language. */
export interface ReproposalWording {
  readonly brandName: (brandId: string) => string;
  readonly language?: Language | undefined;
}

/** The reason for a reproposal: what the brand changed at checkout, then what is now the best (or that nothing is). */
export function reproposalReason(accepted: Offer, mismatches: readonly ReceiptMismatch[], ranking: Ranking, wording: ReproposalWording): string {
  const language = wording.language ?? DEFAULT_LANGUAGE;
  const m = REPROPOSAL_MESSAGES[language];
  const money = (amountMinor: number, currency: string) => (language === 'en' ? formatMoney({ amountMinor, currency }) : formatMoneyIn({ amountMinor, currency }, language));
  const name = (brandId: string) => inSentence('card.name', wording.brandName(brandId), 80);
  const changes = TOLD.flatMap((field) => {
    const change = mismatches.find((x) => x.field === field);
    if (change === undefined) return [];
    if (field === 'price') return [m.price(money(Number(change.expected), accepted.price.currency), money(Number(change.actual), accepted.price.currency))];
    return [m.change(field, String(change.expected), String(change.actual))];
  });
  const top = ranking.ranked[0];
  const seller = name(accepted.brandId);
  const changed = m.changed(seller, changes.length > 0 ? changes : [m.terms]);
  if (top === undefined) return `${changed}; ${m.nothingLeft}`;
  return `${changed}; ${m.nowBest(name(top.brandId), money(top.offer.price.amountMinor, top.offer.price.currency))}`;
}
