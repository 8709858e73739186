import { describePurchaseResult, type PurchaseResult } from '../agent/butler/index.ts';
import { DEFAULT_LANGUAGE, type Language } from '../agent/language/index.ts';
import { quoteBrandText } from './quote-brand-text.ts';
import { renderBrandMessage } from './render-brand-message.ts';

/**
 * One plain sentence for a purchase's outcome (also a re-check's: `majordome report <id> --recheck`), in the turn's
 * language: a switched receipt's values quoted, a brand's error message quoted or withheld. The caller writes it as
 * one terminal-safe line.
 */
export function describePurchase(result: PurchaseResult, language: Language = DEFAULT_LANGUAGE): string {
  return describePurchaseResult(result, language, (text, what) =>
    what === 'receipt-value' ? quoteBrandText(text, 60, language) : what === 'error-message' ? renderBrandMessage(text, { language }) : text,
  );
}
