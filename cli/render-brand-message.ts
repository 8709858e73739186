import type { Catalogue, Language } from '../agent/language/index.ts';
import { detectPressureTactics, type PressureDetector } from '../agent/pressure/index.ts';
import { quoteBrandText } from './quote-brand-text.ts';

/** What stands in for a brand message that carries instructions, in the person's language. */
const WITHHELD: Catalogue<string> = {
  en: '[message withheld: it carries instructions aimed at your butler or at you; do not call, pay or reply outside Majordome]',
  fr: '[message retenu : il contient des instructions adressées à votre majordome ou à vous ; n’appelez pas, ne payez pas et ne répondez pas en dehors de Majordome]',
};

/**
 * A brand's free-text message (an error, a decline) for one terminal line: quoted as the brand's words
 * (`quoteBrandText`: terminal-safe, one line, its own quotation marks unable to close the quote), and withheld when it
 * carries instructions aimed at the butler or the person (a fake "call this number" or "pay by IBAN"), so the attack
 * never reaches the screen as if it were advice. The ledger keeps the quote for `majordome ledger <brand>`.
 */
export function renderBrandMessage(text: string, options: { readonly maxLength?: number; readonly detect?: PressureDetector; readonly language?: Language } = {}): string {
  const detect = options.detect ?? detectPressureTactics;
  const language = options.language ?? 'en';
  const injected = detect(text).tactics.some((t) => t.label === 'injection' && t.confidence >= 0.5);
  if (injected) return WITHHELD[language];
  return quoteBrandText(text, options.maxLength ?? 160, language);
}
