import { detectPressureTactics, type PressureDetector } from '../agent/pressure/index.ts';
import { quoteBrandText } from './quote-brand-text.ts';

/**
 * A brand's free-text message (an error, a decline) for one terminal line: quoted as the brand's words
 * (`quoteBrandText`: terminal-safe, one line, its own quotation marks unable to close the quote), and withheld when it
 * carries instructions aimed at the butler or the person (a fake "call this number" or "pay by IBAN"), so the attack
 * never reaches the screen as if it were advice. The ledger keeps the quote for `majordome ledger <brand>`.
 */
export function renderBrandMessage(text: string, options: { readonly maxLength?: number; readonly detect?: PressureDetector } = {}): string {
  const detect = options.detect ?? detectPressureTactics;
  const injected = detect(text).tactics.some((t) => t.label === 'injection' && t.confidence >= 0.5);
  if (injected) return '[message withheld: it carries instructions aimed at your butler or at you; do not call, pay or reply outside Majordome]';
  return quoteBrandText(text, options.maxLength ?? 160);
}
