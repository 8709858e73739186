import type { Offer } from '../../protocol/index.ts';
import type { ReceiptMismatch } from '../consent/index.ts';
import { formatMoney, type Ranking, type RankedOffer } from '../decision/index.ts';
import { DEFAULT_LANGUAGE, formatMoneyIn, type Language } from '../language/index.ts';
import type { RankingExclusion } from './butler-memory.ts';
import { inSentence } from './quote-in-sentence.ts';
import { REPROPOSAL_MESSAGES } from './reproposal-messages.ts';

/**
 * An offer the butler made of a brand's switched receipt (`switchedOffer`) and may order once the person accepts it:
 * the order names the brand's own offer (`ordersAs`, the one its mandate's terms hash binds), authorises at most the
 * charged price, and its receipt is checked against the offer as charged. Kept by the butler that saw the switch.
 */
export interface OfferRevision {
  readonly offer: Offer;
  /** The brand's own offer the order names. */
  readonly ordersAs: Offer;
  /** Why the ranking again excluded it, when it did for a reason that forbids buying it. */
  readonly exclusion?: RankingExclusion | undefined;
}

/**
 * A receipt that differed from the accepted offer, put back to the person as a new offer: the request's offers ranked
 * again with the brand's terms as charged in place of the ones it offered (its record now holding the switch), the new
 * top pick, and the reason in words. Nothing is bought: the person's consent covers the offer exactly as accepted, and
 * is asked again for whichever offer they now choose.
 */
export interface Reproposal {
  /** The brand's offer as its receipt applied it; absent when the receipt shipped another item (it cannot be valued). */
  readonly switched?: Offer | undefined;
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
  if (top.brandId === accepted.brandId && top.offer.product.sku === accepted.product.sku) return `${changed}; ${m.stillBest(seller, money(top.offer.price.amountMinor, top.offer.price.currency))}`;
  return `${changed}; ${m.nowBest(name(top.brandId), money(top.offer.price.amountMinor, top.offer.price.currency))}`;
}
