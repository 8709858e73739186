import { LanguageSchema, type Catalogue, type ReadLanguage } from '../language/index.ts';
import { glossLexiconOf } from '../need/index.ts';

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

/**
 * What the model is told of a language the butler reads but does not speak (its own messages are in English): to
 * write to the person in it if it can.
 */
function readLanguageInstructions(name: string): LanguageInstructions {
  return {
    need: `\n- The person writes in ${name}: write "question", "message", "assumptions" and "notUnderstood" in natural, correct ${name} if you can, else in English. Attribute names, values and ids stay exactly as listed.`,
    explain: `\n- The person writes in ${name}: answer in natural, correct ${name} if you can, else in English. Brand and product names stay as written.`,
  };
}

/** The need reader's or the explainer's instructions for a person writing in `language`. */
export function withLanguage(instructions: string, job: keyof LanguageInstructions, language: ReadLanguage): string {
  const spoken = LanguageSchema.safeParse(language);
  if (spoken.success) return `${instructions}${LANGUAGE_INSTRUCTIONS[spoken.data][job]}`;
  const name = glossLexiconOf(language)?.name;
  return name === undefined ? instructions : `${instructions}${readLanguageInstructions(name)[job]}`;
}
