import { EXPLANATION_MESSAGES } from '../decision/index.ts';
import type { Language } from '../language/index.ts';
import { AFTER_PURCHASE_MESSAGES } from './after-purchase-messages.ts';
import { describeCancellation } from './cancel-refused-order.ts';
import { describeUnconfirmedOrder } from './describe-unconfirmed-order.ts';
import type { PurchaseResult } from './purchase.ts';

/**
 * How a surface sets the brand's words inside the butler's sentence: a switched receipt's value, a brand's error
 * message, a reason that may name the brand (each quoted, withheld or cleaned as that surface does).
 */
export type BrandWordsIn = (text: string, what: 'receipt-value' | 'error-message' | 'reason') => string;

/**
 * One plain sentence for a purchase's outcome (also a re-check's), in the person's language: what became of the order,
 * and for a refused or unconfirmed one what it means for their money. The terminal and the web chat say the same thing.
 */
export function describePurchaseResult(result: PurchaseResult, language: Language, brandWords: BrandWordsIn): string {
  const say = AFTER_PURCHASE_MESSAGES[language];
  switch (result.kind) {
    case 'purchased':
      return say.bought(result.order.orderId, say.money(result.receipt.charged));
    case 'refused-bait-and-switch': {
      const { cancellation, receipt, mandate } = result.order;
      const refused = say.refused(result.mismatches.map((m) => say.mismatch(m.field, String(m.expected), brandWords(String(m.actual), 'receipt-value'))).join(', '));
      const told = cancellation && receipt ? `${refused} ${describeCancellation(cancellation, receipt.charged, mandate.maxAmount, language)}` : refused;
      // The new proposal's reason (brand names already set in the sentence): nothing more is bought without a new "yes".
      return result.reproposal ? `${told} ${result.reproposal.reason}.` : told;
    }
    case 'blocked-by-policy':
      return say.blocked(result.violations.map((v) => v.message).join(say.separator));
    case 'already-ordered':
      return say.alreadyOrdered(result.orderId, result.status);
    case 'excluded-by-ranking':
      return say.excluded(result.reasons.map((r) => say.exclusion(EXPLANATION_MESSAGES[language].exclusionReasons[r.code], brandWords(r.detail, 'reason'))).join(say.separator));
    case 'not-available':
      return say.notAvailable(brandWords(result.reason, 'reason'));
    case 'unconfirmed':
      return `${say.unconfirmed(result.order.orderId, result.error.code, brandWords(result.error.message, 'error-message'))} ${describeUnconfirmedOrder(result.order, language)}`;
    case 'failed':
      return say.failed(result.error.code, brandWords(result.error.message, 'error-message'));
  }
}
