import type { Hono } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { z } from 'zod';
import { withoutHiddenCharacters } from '../../protocol/index.ts';
import type { ShoppingProgress, ShoppingResult } from '../../agent/butler/index.ts';
import { modelExplanation } from '../../app/index.ts';
import type { Language } from '../../agent/language/index.ts';
import { MAX_REQUEST_CHARS, UnderstandingSchema, describeNeed, languageOfUnderstanding, requestTooLongMessage, type Understanding } from '../../agent/need/index.ts';
import { CHAT_LABELS } from '../chat-labels.ts';
import { readJsonBody } from '../read-json-body.ts';
import { brandText, shoppingView } from '../shopping-view.ts';
import { brandNames, type WebContext } from '../web-context.ts';

/** A message to the butler: the person's words and, when answering a clarifying question, that question's state. */
export const ChatRequestSchema = z.object({
  text: z.string().trim().min(1).max(MAX_REQUEST_CHARS, { error: (issue) => requestTooLongMessage(typeof issue.input === 'string' ? issue.input.length : MAX_REQUEST_CHARS + 1) }),
  previous: UnderstandingSchema.optional(),
});

/**
 * A sentence of the understanding as the page shows it: a language model may have written it, from a request that may
 * quote brands' declared words, so it is shown as it reads — no bidi override, zero-width or control character left to
 * make it read differently from its bytes (the terminal cleans the same text in `renderUnderstanding`).
 */
const shown = (text: string) => withoutHiddenCharacters(text);

/**
 * What the chat shows of an understanding, with the words around it (`labels`) in the request's language; a clarifying
 * question carries its state (unchanged) for the next message.
 */
function understandingView(u: Understanding, language: Language) {
  const say = CHAT_LABELS[language];
  const labels = { understood: say.understood, assumed: say.assumed, notUnderstood: say.notUnderstood, separator: say.separator };
  const notUnderstood = u.notUnderstood.map(shown);
  if (u.kind === 'need') return { kind: u.kind, language, labels, description: shown(describeNeed(u.need)), assumptions: u.assumptions.map(shown), notUnderstood };
  if (u.kind === 'clarify') return { kind: u.kind, language, labels, question: shown(u.question), missing: u.missing, notUnderstood, pending: u };
  return { kind: u.kind, language, labels, message: shown(u.message), notUnderstood };
}

/** A progress event as the chat shows it: `text` is Majordome's line in the request's language (the need is known by then). */
function progressView(e: ShoppingProgress, nameOf: (id: string) => string, language: Language) {
  const say = CHAT_LABELS[language];
  switch (e.type) {
    case 'asked':
      return { type: e.type, brands: e.brandIds.map((id) => ({ brandId: id, brandName: nameOf(id) })), text: say.asking(e.brandIds.length), asking: say.askingBrand };
    case 'answered':
      return { type: e.type, brandId: e.brandId, brandName: nameOf(e.brandId), offers: e.offers, elapsedMs: e.elapsedMs, text: say.answered(e.offers, e.elapsedMs) };
    case 'declined':
      return { type: e.type, brandId: e.brandId, brandName: nameOf(e.brandId), elapsedMs: e.elapsedMs, text: say.declinedProgress(e.elapsedMs) };
    case 'failed':
      return { type: e.type, brandId: e.brandId, brandName: nameOf(e.brandId), code: e.error.code, message: brandText('error.message', e.error.message, 200), elapsedMs: e.elapsedMs, text: say.failed(e.error.code) };
    case 'negotiating':
      return { type: e.type, offers: e.offers, text: say.negotiating(e.offers) };
    case 'ranked':
      return { type: e.type, ranked: e.ranked, excluded: e.excluded, text: say.ranked(e.ranked, e.excluded) };
  }
}

/**
 * With a language model configured, its explanation of the ranking as `explanation` events after the result: `start`
 * (the heading that says the model wrote it) before the first sentence shown, `token`s (screened, and cleaned of hidden
 * characters by `modelExplanation`: the model read brand text), then `end` with one-line notes (a failure, withheld sentences). The model's
 * request ends when the page goes away. Nothing at all without a model.
 */
async function streamModelExplanation(session: WebContext['session'], result: ShoppingResult, send: (event: string, data: unknown) => Promise<void>, stream: SSEStreamingApi): Promise<void> {
  const stop = new AbortController();
  stream.onAbort(() => stop.abort());
  const explanation = modelExplanation(session, result, { signal: stop.signal });
  if (explanation === undefined) return;
  let started = false;
  for await (const event of explanation.events) {
    if (event.type === 'token') {
      if (!started) {
        if (event.text.trim() === '') continue;
        started = true;
        await send('explanation', { kind: 'start', heading: explanation.heading });
      }
      await send('explanation', { kind: 'token', text: event.text });
    } else if (event.type === 'done') {
      await send('explanation', { kind: 'end', source: event.source, notices: event.notices });
    }
  }
}

/**
 * POST /api/chat: understands the message, then (for a complete need) shops and streams Server-Sent Events:
 * `understanding`, `progress` while brands answer, `result` (the ranked offer cards), with a language model the
 * `explanation` events, then `done` — or `error`.
 */
export function registerChatRoutes(app: Hono, ctx: WebContext): void {
  app.post('/api/chat', async (c) => {
    const body = await readJsonBody(c, ChatRequestSchema);
    const { session } = ctx;
    return streamSSE(c, async (stream) => {
      const send = (event: string, data: unknown) => stream.writeSSE({ event, data: JSON.stringify(data) });
      try {
        const understanding = await session.needEngine.understand(body.text, body.previous?.kind === 'clarify' ? body.previous : undefined);
        // One language for the whole turn, the request's: the understanding, the progress lines and the result.
        const language = languageOfUnderstanding(understanding, body.text);
        await send('understanding', understandingView(understanding, language));
        if (understanding.kind === 'need') {
          const nameOf = brandNames(session);
          // Progress callbacks are synchronous; writes are chained so events keep their order.
          let writes = Promise.resolve();
          const result = await session.butler.shop(understanding.need, {
            onProgress: (event) => {
              writes = writes.then(() => send('progress', progressView(event, nameOf, language)));
            },
          });
          await writes;
          await send('result', shoppingView(result, session.butler.brands()));
          // The offers and their buy buttons are on the page already: the model's words follow, never in their way.
          await streamModelExplanation(session, result, send, stream);
        }
        await send('done', {});
      } catch (error) {
        ctx.log(`chat failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        await send('error', { code: 'INTERNAL', message: 'the butler failed while handling this request; the server log has the details' });
      }
    });
  });
}
