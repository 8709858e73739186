import type { Money } from '../../protocol/index.ts';
import { formatMoneyIn, type Catalogue, type Language } from '../language/index.ts';
import { callErrorText } from './call-error-text.ts';
import type { BudgetAsSaidNotes } from './budget-as-said.ts';
import type { CurrencyAsSaidNote } from './currency-as-said.ts';
import type { DeadlineAsSaidNote } from './deadline-as-said.ts';
import type { RulesAsSaidNotes } from './rules-as-said.ts';
import type { QuantityAsSaidNote } from './quantity-as-said.ts';
import type { LlmCallError } from './chat-model.ts';

/** Why the LLM engine handed a request to the built-in engine. */
export type LlmFallbackNotice =
  | { readonly kind: 'invalid-output'; readonly problems: readonly string[]; readonly text: string }
  | { readonly kind: 'call-failed'; readonly error: LlmCallError; readonly text: string };

/** The fallback notes in the person's language (English keeps the call error's own message, with its detail). */
const NOTICE_MESSAGES: Catalogue<{
  readonly invalidOutput: string;
  readonly callFailed: (error: LlmCallError) => string;
  readonly budgetAsSaid: string;
  readonly budgetDropped: string;
  readonly budgetPerItem: (price: Money, items: number, total: Money) => string;
  readonly quantityAsSaid: (count: number, read: number) => string;
  readonly currencyAsSaid: (currency: string, read: string) => string;
  readonly ruleDemoted: (rule: string) => string;
  readonly ruleDropped: (rule: string) => string;
  readonly deadlineDropped: (read: string) => string;
}> = {
  en: {
    budgetAsSaid: 'budget: the one you wrote (the language model read a higher one, another currency or none)',
    budgetDropped: 'budget: none (the language model read one your words do not state)',
    budgetPerItem: (price, items, total) => `budget: ${formatMoneyIn(price, 'en')} each × ${items} = ${formatMoneyIn(total, 'en')} for the order`,
    quantityAsSaid: (count, read) => `quantity: ${count}, as your words say (the language model read ${read})`,
    currencyAsSaid: (currency, read) => `currency: ${currency} (the language model read ${read}, which your words do not name)`,
    ruleDemoted: (rule) => `${rule}: a preference, not a requirement (the language model read it; your words do not state it)`,
    ruleDropped: (rule) => `${rule}: left out (the language model read it; your words do not state it)`,
    deadlineDropped: (read) => `deadline: none (the language model read ${read}; your words state no date)`,
    invalidOutput: "the language model's answer was invalid (twice); I used the built-in engine instead",
    callFailed: (error) => `${callErrorText(error, 'en')}; I used the built-in engine instead`,
  },
  fr: {
    budgetAsSaid: 'budget : celui que vous avez écrit (le modèle de langue en lisait un plus élevé, dans une autre devise, ou aucun)',
    budgetDropped: 'budget : aucun (le modèle de langue en lisait un que vos mots ne donnent pas)',
    budgetPerItem: (price, items, total) => `budget : ${formatMoneyIn(price, 'fr')} l’unité × ${items} = ${formatMoneyIn(total, 'fr')} pour la commande`,
    quantityAsSaid: (count, read) => `quantité : ${count}, comme vos mots le disent (le modèle de langue lisait ${read})`,
    currencyAsSaid: (currency, read) => `devise : ${currency} (le modèle de langue lisait ${read}, que vos mots ne nomment pas)`,
    ruleDemoted: (rule) => `${rule} : une préférence, pas une exigence (le modèle de langue le lisait ; vos mots ne le disent pas)`,
    ruleDropped: (rule) => `${rule} : écarté (le modèle de langue le lisait ; vos mots ne le disent pas)`,
    deadlineDropped: (read) => `date limite : aucune (le modèle de langue lisait ${read} ; vos mots ne donnent pas de date)`,
    invalidOutput: 'la réponse du modèle de langue était invalide (deux fois) ; j’ai utilisé le moteur intégré à la place',
    callFailed: (error) => `${callErrorText(error, 'fr')} ; j’ai utilisé le moteur intégré à la place`,
  },
};

/** The note shown to the person when the model's answer was unusable twice (in their language; default English). */
export function invalidOutputNotice(problems: readonly string[], language: Language = 'en'): LlmFallbackNotice {
  return { kind: 'invalid-output', problems, text: NOTICE_MESSAGES[language].invalidOutput };
}

/** The note shown to the person when the model could not be called (in their language; default English). */
export function callFailedNotice(error: LlmCallError, language: Language = 'en'): LlmFallbackNotice {
  return { kind: 'call-failed', error, text: NOTICE_MESSAGES[language].callFailed(error) };
}

/** The notes shown to the person when the model's budget was held to one their words state, or dropped (in their language). */
export function budgetAsSaidNotes(language: Language = 'en'): BudgetAsSaidNotes {
  return { held: NOTICE_MESSAGES[language].budgetAsSaid, dropped: NOTICE_MESSAGES[language].budgetDropped, perItem: NOTICE_MESSAGES[language].budgetPerItem };
}

/** The note shown to the person when the model's quantity was held to the count their words state (in their language). */
export function quantityAsSaidNote(language: Language = 'en'): QuantityAsSaidNote {
  return NOTICE_MESSAGES[language].quantityAsSaid;
}

/** The note shown to the person when the model's currency was replaced by one their words allow (in their language). */
export function currencyAsSaidNote(language: Language = 'en'): CurrencyAsSaidNote {
  return NOTICE_MESSAGES[language].currencyAsSaid;
}

/** The notes shown to the person when a model's hard rule was not found in their words (in their language). */
export function rulesAsSaidNotes(language: Language = 'en'): RulesAsSaidNotes {
  return { demoted: NOTICE_MESSAGES[language].ruleDemoted, dropped: NOTICE_MESSAGES[language].ruleDropped };
}

/** The note shown to the person when the model's deadline was dropped because their words state no date (in their language). */
export function deadlineAsSaidNote(language: Language = 'en'): DeadlineAsSaidNote {
  return NOTICE_MESSAGES[language].deadlineDropped;
}
