import { AFTER_PURCHASE_MESSAGES, type SettleResult } from '../../agent/butler/index.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../agent/language/index.ts';
import { SHOPPING_LABELS } from '../shopping-labels.ts';

/** One plain sentence, in the person's language, for an outcome report (or settlement) that recorded nothing; undefined when it was recorded. */
export function reportResultText(result: SettleResult, orderId: string, language: Language = DEFAULT_LANGUAGE): string | undefined {
  switch (result.kind) {
    case 'recorded':
      return undefined;
    case 'unknown-order':
      return AFTER_PURCHASE_MESSAGES[language].unknownOrder;
    case 'invalid-report':
      return result.message;
    case 'already-reported':
      return AFTER_PURCHASE_MESSAGES[language].alreadyReported(orderId);
    case 'order-closed':
      return result.reason;
    case 'no-ground-truth':
      return SHOPPING_LABELS[language].noGroundTruth(result.reason, orderId);
  }
}
