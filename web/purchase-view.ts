import { describeCancellation, describePurchaseResult, describeUnconfirmedOrder, type PurchaseResult, type RankingExclusion } from '../agent/butler/index.ts';
import { EXCLUSION_REASONS } from '../agent/decision/index.ts';
import { formatMoneyIn, type Language } from '../agent/language/index.ts';
import { AFTER_PURCHASE_MESSAGES } from '../agent/butler/index.ts';
import { CHAT_LABELS } from './chat-labels.ts';
import { brandText } from './shopping-view.ts';
import { WebError } from './web-error.ts';

/** Why the butler will not buy an offer its ranking excluded: each reason's code, its meaning and its detail (which may quote the brand). */
export function exclusionView(reasons: RankingExclusion['reasons']) {
  return reasons.map((r) => ({ code: r.code, reason: EXCLUSION_REASONS[r.code], detail: brandText('exclusion.detail', r.detail, 300) }));
}

/**
 * What the page shows of a purchase's outcome (or a re-check's), in the person's language: `text`, the butler's one
 * sentence about it (the terminal's, with the brand's words cleaned as data), and for a bought order the report form's
 * words and the invitation to use it; for a switched receipt the new proposal's ranking, its brands named by
 * `brandName` (display names, cleaned as data). The structured fields stay for scripts.
 */
export function purchaseView(result: PurchaseResult, language: Language, brandName: (brandId: string) => string) {
  const text = describePurchaseResult(result, language, (words, what) => brandText(what === 'receipt-value' ? 'receipt' : what === 'error-message' ? 'error.message' : 'reason', words, 300));
  switch (result.kind) {
    case 'purchased':
      return {
        kind: result.kind,
        text,
        orderId: result.order.orderId,
        // The turn's money, as the sentence above writes it ("51.75 EUR", "51,75 €").
        chargedText: AFTER_PURCHASE_MESSAGES[language].money(result.receipt.charged),
        brandId: result.order.brandId,
        language,
        tellMe: AFTER_PURCHASE_MESSAGES[language].tellMeHowItWent,
        report: CHAT_LABELS[language].report,
      };
    case 'refused-bait-and-switch':
      return {
        kind: result.kind,
        text,
        orderId: result.order.orderId,
        brandId: result.order.brandId,
        mismatches: result.mismatches.map((m) => ({ field: m.field, expected: String(m.expected), actual: String(m.actual) })),
        cancellationText: result.order.cancellation && result.order.receipt ? describeCancellation(result.order.cancellation, result.order.receipt.charged, result.order.mandate.maxAmount, language) : undefined,
        // The new proposal after the switch: shown with its reason and its ranking (the brands' names, the turn's money);
        // buying from it takes the person's own confirmation again (a proposal fetched, a single-use confirmation).
        reproposal: result.reproposal
          ? {
              reason: result.reproposal.reason,
              topOfferId: result.reproposal.top?.offerId,
              heading: CHAT_LABELS[language].rankedOffers,
              buy: CHAT_LABELS[language].buy,
              ranked: result.reproposal.ranking.ranked.map((r) => ({
                rank: r.rank,
                offerId: r.offerId,
                brandId: r.brandId,
                brandName: brandName(r.brandId),
                title: brandText('product.title', r.offer.product.title, 300),
                priceText: formatMoneyIn(r.offer.price, language),
              })),
            }
          : undefined,
      };
    case 'blocked-by-policy':
      return { kind: result.kind, text, violations: result.violations.map((v) => ({ rule: v.rule, message: v.message })) };
    case 'already-ordered':
      // Ordering is one per offer (enforced by the database): a second "yes" never orders again.
      throw new WebError('ALREADY_ORDERED', 'this offer was already ordered; see your orders');
    case 'excluded-by-ranking':
      // Not an error of the request: the butler's answer to it, shown like a policy block.
      return { kind: result.kind, text, offerId: result.offerId, exclusions: exclusionView(result.reasons) };
    case 'not-available':
      return { kind: result.kind, text, reason: brandText('reason', result.reason, 300) };
    case 'unconfirmed':
      return { kind: result.kind, text, orderId: result.order.orderId, brandId: result.order.brandId, code: result.error.code, message: brandText('error.message', result.error.message, 300), unconfirmedText: describeUnconfirmedOrder(result.order, language) };
    case 'failed':
      return { kind: result.kind, text, code: result.error.code, message: brandText('error.message', result.error.message, 300) };
  }
}
