// mendleft40: the LLM quote path (quoteAsData) kept its own, narrower set of hidden characters (format characters and
// line separators) while protocol's INVISIBLE_CHARACTERS is the one definition the other surfaces use. A brand text's
// Braille blank or C1 control reached the model raw. Every path now reads the same definition: the model sees each
// hidden character as a visible escape, the person's surfaces drop it, the terminal's JSON escapes it.
import { beforeAll, describe, expect, it } from 'vitest';
import { createOpenAiChatModel, explainRankingWithLlm, quoteAsData } from '../../agent/llm/index.ts';
import type { ShoppingResult } from '../../agent/butler/index.ts';
import { brandText } from '../../agent/scoring/index.ts';
import { INVISIBLE_CHARACTERS, withoutHiddenCharacters } from '../../protocol/index.ts';
import { terminalSafeJson } from '../../cli/terminal-safe-json.ts';
import { messagesOf, reply, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import type { SmallMarket } from '../support/small-market.ts';
import { closeAndResetEachTest, openShoppedExplanationMarket } from './market-fixture.ts';

/** Braille blank, zero-width space, word joiner, byte-order mark, right-to-left override, tag letter A, a C1 control. */
const HIDDEN = ['\u2800', '\u200b', '\u2060', '\ufeff', '\u202e', '\u{e0041}', '\u0085'];
const escapeOf = (ch: string) => [...Array(ch.length).keys()].map((i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
const TITLE = ` Ex${HIDDEN.join('tr')}a`;

let server: ScriptedOpenAiServer;
let market: SmallMarket;
let result: ShoppingResult;
beforeAll(async () => {
  ({ server, market, result } = await openShoppedExplanationMarket('waterproof trail shoes size 43 under 150 euros', TITLE));
});
closeAndResetEachTest(() => ({ server, market }));

describe('a brand text with hidden characters', () => {
  it('reaches the model with each one written as a visible escape, on the explanation path', async () => {
    server.enqueue(reply.text('Fine.'));
    const input = { ranking: result.ranking, explanation: result.explanation, need: result.need, brandNames: new Map(market.brands().map((b) => [b.card.id, b.card.name])) };
    for await (const _ of explainRankingWithLlm(input, { model: createOpenAiChatModel({ baseUrl: server.baseUrl, apiKey: 'k', model: 'scripted-model', timeoutMs: 2_000, transportRetries: 0, outputMode: 'json-schema' }) })) void _;
    const brand = messagesOf(server.requests[0]!)[2]!.text;
    expect(brand).toContain('Sly Peak trail shoe Ex');
    for (const ch of HIDDEN) {
      expect(brand, escapeOf(ch)).not.toContain(ch);
      expect(brand, escapeOf(ch)).toContain(escapeOf(ch));
    }
  });

  it('is neutralised alike on every path: escaped for the model and the terminal’s JSON, dropped where shown', () => {
    const block = quoteAsData('brand-content', { title: TITLE }, 'untrusted-brand-content');
    const json = block.slice(block.indexOf('\n') + 1, block.lastIndexOf('\n'));
    // The data block stays valid JSON and gives back the brand's very text.
    expect(JSON.parse(json)).toEqual({ title: TITLE });
    for (const ch of HIDDEN) {
      expect(ch.match(INVISIBLE_CHARACTERS), escapeOf(ch)).not.toBeNull();
      expect(block, escapeOf(ch)).not.toContain(ch);
      expect(terminalSafeJson({ title: TITLE }), escapeOf(ch)).not.toContain(ch);
      expect(withoutHiddenCharacters(TITLE), escapeOf(ch)).not.toContain(ch);
      expect(brandText('product.title', TITLE), escapeOf(ch)).not.toContain(ch);
    }
    expect(withoutHiddenCharacters(TITLE)).toBe(' Extrtrtrtrtrtra');
  });
});
