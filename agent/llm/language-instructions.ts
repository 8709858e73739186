import type { Catalogue, Language } from '../language/index.ts';

/** What the model is told about the person's language, for each of its two jobs. */
interface LanguageInstructions {
  /** Appended to the need reader's instructions. */
  readonly need: string;
  /** Appended to the explainer's instructions. */
  readonly explain: string;
}

/**
 * The sentence that makes the model answer in the person's language. The instructions are written in English, so an
 * English request adds nothing (the prompts stay as they are); the language is chosen by our detector, never taken
 * from the request or brand text.
 */
export const LANGUAGE_INSTRUCTIONS: Catalogue<LanguageInstructions> = {
  en: { need: '', explain: '' },
  fr: {
    need: '\n- The person writes in French: write "question", "message", "assumptions" and "notUnderstood" in natural, correct French (accents included). Attribute names, values and ids stay exactly as listed.',
    explain: '\n- The person writes in French: answer in natural, correct French (accents included), with amounts written the French way (18,50 €). Brand and product names stay as written.',
  },
};

/** The need reader's or the explainer's instructions for a person writing in `language`. */
export function withLanguage(instructions: string, job: keyof LanguageInstructions, language: Language): string {
  return `${instructions}${LANGUAGE_INSTRUCTIONS[language][job]}`;
}
