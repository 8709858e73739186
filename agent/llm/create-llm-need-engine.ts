import { answerLanguage } from '../language/index.ts';
import { withBudgetAsSaid } from './budget-as-said.ts';
import { createDeterministicNeedEngine, detectReadLanguage, statedMoney, understandNeedText, type NeedContext, type NeedEngine, type Understanding } from '../need/index.ts';
import type { ChatMessage, ChatModel, ChatReply } from './chat-model.ts';
import { llmNeedOutputJsonSchema, toUnderstanding } from './llm-need-output.ts';
import { needMessages } from './need-instructions.ts';
import { budgetAsSaidNotes, callFailedNotice, currencyAsSaidNote, deadlineAsSaidNote, invalidOutputNotice, quantityAsSaidNote, rulesAsSaidNotes, type LlmFallbackNotice } from './need-notice.ts';
import { withCurrencyAsSaid } from './currency-as-said.ts';
import { withQuantityAsSaid } from './quantity-as-said.ts';
import { withDeadlineAsSaid } from './deadline-as-said.ts';
import { withRulesAsSaid } from './rules-as-said.ts';

/** The function the model may call in tool mode: it records a reading and does nothing else. */
export const RECORD_UNDERSTANDING_TOOL = 'record_understanding';

/** Options of the LLM need engine. */
export interface LlmNeedEngineOptions {
  readonly model: ChatModel;
  /** Used when the model fails or answers invalidly twice (default: the built-in deterministic engine). */
  readonly fallback?: NeedEngine;
  /** Told every time the built-in engine had to step in (the understanding also carries the note). */
  readonly onFallback?: (notice: LlmFallbackNotice) => void;
}

const FENCE = '```';

/**
 * The answer without the markdown fence some local servers wrap JSON in even in JSON mode (```json … ```), also when
 * the closing fence is missing (an answer cut at the token limit). Plain string operations, linear in the answer's
 * length: the model's text must never be able to make the butler's event loop backtrack.
 */
function withoutMarkdownFence(raw: string): string {
  let text = raw.trim();
  if (!text.startsWith(FENCE)) return text;
  text = text.slice(FENCE.length);
  if (text.startsWith('json')) text = text.slice('json'.length);
  if (text.endsWith(FENCE)) text = text.slice(0, -FENCE.length);
  return text.trim();
}

/** What one model answer contained: the structured value (from the content or the recording call), or why not. */
function structuredValueOf(reply: Extract<ChatReply, { ok: true }>, mode: ChatModel['outputMode']): { ok: true; value: unknown; raw: string } | { ok: false; problem: string; raw: string } {
  const call = reply.toolCalls.find((c) => c.name === RECORD_UNDERSTANDING_TOOL);
  const raw = mode === 'tool' && call ? call.arguments : (reply.content ?? call?.arguments ?? '');
  if (raw.trim() === '') return { ok: false, problem: 'the answer was empty', raw };
  const unfenced = withoutMarkdownFence(raw);
  try {
    return { ok: true, value: JSON.parse(unfenced) as unknown, raw };
  } catch {
    return { ok: false, problem: 'the answer is not valid JSON', raw };
  }
}

function withNotice(understanding: Understanding, notice: LlmFallbackNotice): Understanding {
  if (understanding.kind === 'need') return { ...understanding, assumptions: [notice.text, ...understanding.assumptions].slice(0, 64) };
  return { ...understanding, notUnderstood: [notice.text, ...understanding.notUnderstood].slice(0, 64) };
}

/**
 * A need engine backed by any OpenAI-compatible model: the request goes out as quoted data, the answer must be
 * strict structured output (JSON schema or one recording function call) that passes zod and the taxonomy checks.
 * An invalid answer is sent back once with the problems listed; a second invalid answer, a timeout or an HTTP
 * error hands the request to the built-in engine, and the understanding says so in its notes.
 * @example
 * const engine = createLlmNeedEngine({ model: createOpenAiChatModel(config) });
 * const result = await engine.understand('trail shoes size 43 under 150 euros', { now: new Date(), defaultCurrency: 'EUR' });
 */
export function createLlmNeedEngine(options: LlmNeedEngineOptions): NeedEngine {
  const { model } = options;
  const fallback = options.fallback ?? createDeterministicNeedEngine();
  const output =
    model.outputMode === 'tool'
      ? { kind: 'tool' as const, name: RECORD_UNDERSTANDING_TOOL, description: 'Record how you read the shopping request. Records only; it does nothing else.', schema: llmNeedOutputJsonSchema() }
      : { kind: 'json-schema' as const, name: 'need_understanding', schema: llmNeedOutputJsonSchema() };

  async function fallBack(text: string, context: NeedContext, notice: LlmFallbackNotice): Promise<Understanding> {
    options.onFallback?.(notice);
    return withNotice(await fallback.understand(text, context), notice);
  }

  return {
    name: `llm:${model.model}`,
    async understand(text, context) {
      const messages: ChatMessage[] = needMessages(text, context);
      // The notes of a fallback are for the person: in the request's language.
      const language = answerLanguage(detectReadLanguage(text, context.previous?.language));
      let problems: readonly string[] = [];
      for (let attempt = 1; attempt <= 2; attempt++) {
        const reply = await model.complete({ messages, output, temperature: 0 });
        if (!reply.ok) return fallBack(text, context, callFailedNotice(reply.error, language));
        const value = structuredValueOf(reply, model.outputMode);
        const mapped = value.ok ? toUnderstanding(value.value, text, context) : { ok: false as const, problems: [value.problem] };
        // The money, currency and count the person's words state, read by the built-in reader whatever the product:
        // the model's budget and quantity may not exceed them, its currency must be one they allow.
        if (mapped.ok) {
          // Every hard rule and the deadline must be found in the same words, or be read there by the built-in reader.
          const builtIn = understandNeedText(text, context);
          const ruled = withRulesAsSaid(mapped.understanding, builtIn, text, context, rulesAsSaidNotes(language));
          const stated = statedMoney(text, context, modelCurrencyOf(mapped.understanding));
          const dated = withDeadlineAsSaid(ruled, builtIn, text, context, deadlineAsSaidNote(language), stated.deadline);
          const budgeted = withBudgetAsSaid(dated, stated, budgetAsSaidNotes(language));
          const priced = withCurrencyAsSaid(budgeted, stated.currencies, stated.namedCurrency, currencyAsSaidNote(language));
          return withQuantityAsSaid(priced, stated.count, quantityAsSaidNote(language));
        }
        problems = mapped.problems;
        messages.push(
          { role: 'assistant', content: value.raw.slice(0, 8_000) || '(empty)' },
          { role: 'user', content: `That answer is invalid:\n- ${problems.join('\n- ')}\nAnswer again with one JSON object that matches the schema exactly.` },
        );
      }
      return fallBack(text, context, invalidOutputNotice(problems, language));
    },
  };
}

/** The currency the model read (its budget's, else its need's): the one a crown or an unknown sign the words name leaves it. */
function modelCurrencyOf(understanding: Understanding): string | undefined {
  if (understanding.kind === 'need') return understanding.need.budget?.currency ?? understanding.need.currency;
  return understanding.kind === 'clarify' ? (understanding.partial.budget?.currency ?? understanding.partial.currency) : undefined;
}
