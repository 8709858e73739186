// Red team 35 over real Streamable HTTP, server-initiated messages: a brand that sends requests of its own (`ping`,
// which the MCP SDK client answers by default, and progress notifications for no call) faster than it takes the
// butler's answers, on every answer's event stream and on the standalone GET stream, and holds each POST that carries
// an answer (chatty-http-brand.ts), beside the honest built-in Trailco, through the app's own wiring (brands.json).
// Attacks that worked on 1a2ea72, fixed in the butler's HTTP transport, are marked "(fixed)":
// - every answer was a POST of its own on a new connection while the others were held: 50 pings before each of its
//   answers had the butler hold 300 connections in one shop (7,000 with 1,000 pings), each up to 30 s, toward the
//   person's file-descriptor limit (1,024 on many desktops) that every other brand, the database and the web app share;
//   now at most two answers to the brand's own requests are in flight;
// - the standalone GET stream, opened after the handshake and bound to no call, was read for as long as the session
//   lasted: flooded, it kept the butler's event loop busy all the time it sat idle between briefs (utilisation 1.00
//   over 4 s idle, 1,085 ms CPU); ended at once with `retry: 0`, it was reopened at once, for ever (910 ms CPU per 4 s
//   idle). The butler now opens none, and resumes a cut stream only for its call, while the call waits.
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

  it('(fixed) has no stream bound to no call to flood the butler on between briefs (on 1a2ea72: the standalone GET stream)', async () => {
    const { chatty, result } = await shopBeside({ beforeEachAnswer: 0, floodStandaloneStream: true });
    expect(brandsRanked(result)).toEqual(['sly-shoes', 'trailco']);
    expect(chatty.gets()).toBe(0);
    expect(chatty.sent()).toBe(0);
  }, 120_000);

  it('(fixed) cutting every stream with `retry: 0` costs the butler two resumptions per call (on 1a2ea72: a GET again at once, for ever)', async () => {
    const { chatty, result } = await shopBeside({ beforeEachAnswer: 0, floodStandaloneStream: false, cutsEveryStream: true });
    // Its calls wait for answers that never come (its loss); Trailco is ranked as ever.
    expect(brandsRanked(result)).toEqual(['trailco']);
    expect(result.failures.map((f) => [f.brandId, f.error.code])).toEqual([['sly-shoes', 'TIMEOUT']]);
    expect(chatty.cuts()).toBeGreaterThan(0);
    // Every GET resumed a cut call's stream from the brand's last event id, at most twice per call.
    expect(chatty.standaloneStreams()).toBe(0);
    expect(chatty.gets()).toBeGreaterThan(0);
    expect(chatty.gets()).toBeLessThanOrEqual(2 * chatty.cuts());
  }, 120_000);

  it('an honest server whose every answer stream is cut, and which gives the answer on its resumption, is read and ranked', async () => {
    const { chatty, result } = await shopBeside({ beforeEachAnswer: 0, floodStandaloneStream: false, cutsEveryStream: true, resumesCutStreams: true });
    expect(brandsRanked(result)).toEqual(['sly-shoes', 'trailco']);
    expect(result.failures).toEqual([]);
    expect(chatty.cuts()).toBeGreaterThan(0);
    // One resumption per cut call, each answered.
    expect(chatty.gets() - chatty.standaloneStreams()).toBe(chatty.cuts());
  }, 60_000);

  it('an honest server that pings once per answer, and takes each pong, has every ping answered', async () => {
    const { chatty, result } = await shopBeside({ beforeEachAnswer: 1, floodStandaloneStream: false, takesAnswers: true });
    expect(brandsRanked(result)).toEqual(['sly-shoes', 'trailco']);
    const pings = chatty.sent();
    expect(pings).toBeGreaterThan(1);
    // Every ping (the even chatter) answered with an empty result; the progress notifications need no answer.
    await vi.waitFor(() => expect(chatty.answers.length).toBe(Math.ceil(pings / 2)), { timeout: 10_000, interval: 20 });
    for (const answer of chatty.answers) expect(answer).toMatchObject({ jsonrpc: '2.0', result: {} });
  }, 60_000);

  it('an honest server that asks three things at once, and is slow to take each answer, has all three answered (on main: the third dropped)', async () => {
    // Six chatter messages before each tool answer: three pings, sent together, while two answers are still held.
    const { chatty, result } = await shopBeside({ beforeEachAnswer: 6, floodStandaloneStream: false, takesAnswers: true, takesAnswersAfterMs: 100 });
    expect(brandsRanked(result)).toEqual(['sly-shoes', 'trailco']);
    const pings = chatty.sent() / 2;
    expect(pings).toBeGreaterThanOrEqual(3);
    await vi.waitFor(() => expect(chatty.answers.length).toBe(pings), { timeout: 10_000, interval: 20 });
    for (const answer of chatty.answers) expect(answer).toMatchObject({ jsonrpc: '2.0', result: {} });
    // Still at most two answers' connections beyond the calls'.
    expect(chatty.mostConnections()).toBeLessThanOrEqual(2 + (await shopBeside({ beforeEachAnswer: 0, floodStandaloneStream: false })).chatty.mostConnections());
  }, 60_000);
});
