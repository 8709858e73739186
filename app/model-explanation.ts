import { withoutHiddenCharacters } from '../protocol/index.ts';
import type { ShoppingResult } from '../agent/butler/index.ts';
import { answerLanguage } from '../agent/language/index.ts';
import { EXPLAIN_NOTICES, explainRankingWithLlm, type ExplanationEvent } from '../agent/llm/index.ts';
import type { ButlerSession } from './open-butler.ts';

/** A language model's explanation of a ranking the person already has in Majordome's own words. */
export interface ModelExplanation {
  /** What heads the model's words, in the need's language: who wrote them (the model, by name), and that Majordome ranked. */
  readonly heading: string;
  /** The explainer's events: screened tokens, withheld sentences, then `done` with one-line notices. */
  readonly events: AsyncGenerator<ExplanationEvent>;
}

/**
 * The configured language model's explanation of a shopping result (`explainRankingWithLlm`), for a surface that has
 * already shown Majordome's own explanation: the model only phrases the ranking computed in code, every sentence is
 * screened before it is shown, and when it fails or writes nothing that passes, a one-line notice says Majordome's own
 * explanation stands (never a second copy of it). Undefined without a model, or with nothing to explain.
 */
export function modelExplanation(
  session: Pick<ButlerSession, 'chatModel' | 'butler'>,
  result: ShoppingResult,
  options: { readonly signal?: AbortSignal | undefined; readonly question?: string | undefined } = {},
): ModelExplanation | undefined {
  const model = session.chatModel;
  if (model === undefined || result.ranking.ranked.length + result.ranking.excluded.length === 0) return undefined;
  const brandNames = new Map(session.butler.brands().map((b) => [b.card.id, b.card.name]));
  const say = EXPLAIN_NOTICES[answerLanguage(result.need.language)];
  return {
    heading: withoutHiddenCharacters(say.heading(model.model)),
    events: visibleOnly(
      explainRankingWithLlm(
        { ranking: result.ranking, explanation: result.explanation, need: result.need, brandNames, question: options.question },
        { model, builtInShown: true, signal: options.signal },
      ),
      say.builtInStands(undefined),
    ),
  };
}

/**
 * The explainer's events as every surface shows them: the model read brand text, so its words lose any escape sequence
 * or invisible character; words that were only such characters count as nothing shown, and then the one-line note says
 * Majordome's own explanation stands.
 */
async function* visibleOnly(events: AsyncGenerator<ExplanationEvent>, nothingShown: string): AsyncGenerator<ExplanationEvent> {
  let visible = '';
  for await (const event of events) {
    if (event.type === 'token') {
      const text = withoutHiddenCharacters(event.text);
      visible += text;
      if (text !== '') yield { type: 'token', text };
    } else if (event.type === 'done') {
      const notices = event.notices.map(withoutHiddenCharacters);
      yield visible.trim() === '' && event.source === 'model'
        ? { type: 'done', source: 'built-in', text: '', notices: [...notices, nothingShown], ...(event.failure ? { failure: event.failure } : {}) }
        : { ...event, text: visible, notices };
    } else yield event;
  }
}
