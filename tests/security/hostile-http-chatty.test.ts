// Red team 35 over real Streamable HTTP, server-initiated messages: a brand that sends requests of its own (`ping`,
// which the MCP SDK client answers by default, and progress notifications for no call) faster than it takes the
// butler's answers, on every answer's event stream and on the standalone GET stream, and holds each POST that carries
// an answer (chatty-http-brand.ts), beside the honest built-in Trailco, through the app's own wiring (brands.json).
// On 1a2ea72 every answer was a POST of its own on a new connection while the others were held: 100 pings before each
// of its answers had the butler open a connection per ping, hundreds in one shop (7,000 with 2,000 pings), all held
// up to 30 s each, toward the person's file-descriptor limit (1,024 on many desktops), which every other brand, the
// database and the web app share. Fixed in the transport: at most two answers to the brand's own requests in flight.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openButler } from '../../app/index.ts';
import { startChattyHttpBrand, type ChattyHttpBrand, type ChattyOptions } from './chatty-http-brand.ts';
import { T0 } from './http-market.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** Trailco (built in) and the chatty brand over HTTP as `sly-shoes`, shopped once for trail shoes. */
async function shopBeside(options: Omit<ChattyOptions, 'cardId' | 'clock'>): Promise<{ chatty: ChattyHttpBrand; result: Awaited<ReturnType<Awaited<ReturnType<typeof openButler>>['butler']['shop']>> }> {
  const clock = () => new Date(T0);
  const chatty = await startChattyHttpBrand({ cardId: 'sly-shoes', clock, ...options });
  const dir = mkdtempSync(join(tmpdir(), 'majordome-chatty-'));
  writeFileSync(join(dir, 'brands.json'), JSON.stringify({ brands: [{ id: 'trailco', kind: 'builtin' }, { id: 'sly-shoes', kind: 'http', url: chatty.url, connectTimeoutMs: 10_000, callTimeoutMs: 5_000 }] }));
  const session = await openButler({ dbPath: join(dir, 'majordome.db'), brandsFile: join(dir, 'brands.json'), env: { MAJORDOME_HOME: dir }, haggle: true, seed: 1, clock });
  cleanups.push(async () => {
    await session.close();
    await chatty.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const understood = await session.needEngine.understand('waterproof trail shoes size 43');
  if (understood.kind !== 'need') throw new Error(`not understood: ${JSON.stringify(understood)}`);
  return { chatty, result: await session.butler.shop(understood.need) };
}

const brandsRanked = (result: Awaited<ReturnType<typeof shopBeside>>['result']) => [...new Set(result.ranking.ranked.map((r) => r.brandId))].sort();

describe('a brand that asks the butler things faster than it takes the answers', () => {
  it('(fixed) costs the butler at most two connections beyond its calls, and the shop reads every answer as without the chatter', async () => {
    const quiet = await shopBeside({ beforeEachAnswer: 0, floodStandaloneStream: false });
    const chatty = await shopBeside({ beforeEachAnswer: 100, floodStandaloneStream: false });
    expect(chatty.chatty.sent()).toBeGreaterThanOrEqual(500);
    // On 1a2ea72: one held connection per ping (hundreds).
    expect(chatty.chatty.heldAnswers()).toBeLessThanOrEqual(2);
    expect(chatty.chatty.mostConnections()).toBeLessThanOrEqual(quiet.chatty.mostConnections() + 2);
    // Its offers are still read after the chatter, and Trailco's as ever.
    expect(brandsRanked(chatty.result)).toEqual(['sly-shoes', 'trailco']);
    expect(brandsRanked(chatty.result)).toEqual(brandsRanked(quiet.result));
    expect(chatty.result.failures).toEqual([]);
  }, 120_000);

  it('(fixed) on its standalone stream, flooded for as long as it is open, holds at most two of the butler’s answers', async () => {
    const { chatty, result } = await shopBeside({ beforeEachAnswer: 0, floodStandaloneStream: true });
    expect(chatty.standaloneStreams()).toBe(1);
    // The flood goes on after the shop; the butler's answers stay bounded while it does.
    await vi.waitFor(() => expect(chatty.sent()).toBeGreaterThan(5_000), { timeout: 20_000, interval: 50 });
    expect(chatty.heldAnswers()).toBeLessThanOrEqual(2);
    expect(chatty.mostConnections()).toBeLessThanOrEqual(5);
    expect(brandsRanked(result)).toEqual(['sly-shoes', 'trailco']);
  }, 120_000);

  it('an honest server that pings once per answer, and takes each pong, has every ping answered', async () => {
    const { chatty, result } = await shopBeside({ beforeEachAnswer: 1, floodStandaloneStream: false, takesAnswers: true });
    expect(brandsRanked(result)).toEqual(['sly-shoes', 'trailco']);
    const pings = chatty.sent();
    expect(pings).toBeGreaterThan(1);
    // Every ping (the even chatter) answered with an empty result; the progress notifications need no answer.
    await vi.waitFor(() => expect(chatty.answers.length).toBe(Math.ceil(pings / 2)), { timeout: 10_000, interval: 20 });
    for (const answer of chatty.answers) expect(answer).toMatchObject({ jsonrpc: '2.0', result: {} });
  }, 60_000);
});
