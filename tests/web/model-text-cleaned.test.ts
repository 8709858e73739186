import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeedEngine, Understanding } from '../../agent/need/index.ts';
import { openButler, type ButlerSession } from '../../app/index.ts';
import { createWebApp } from '../../web/index.ts';
import { FIXED_NOW, SEED, jsonRequest, readSse } from './web-fixtures.ts';

// A language model reading the request writes the question, notes and messages the chat shows; it may echo brands'
// declared words. The page shows them as they read: no bidi override or invisible character (the terminal cleans the
// same text), while the clarifying question's state goes back to the server unchanged.

const RLO = '\u202e';
const PDF = '\u202c';
const scripted: Understanding[] = [
  {
    kind: 'clarify',
    question: `Which size? ${RLO}01 EUR 9.99${PDF}`,
    missing: ['size_eu'],
    partial: { category: 'running-shoes', hardConstraints: [], softPreferences: [], text: 'trail shoes' },
    notUnderstood: [`gore\u200b-tex${RLO}x${PDF}`],
  },
  { kind: 'unsupported', message: `We cannot buy that${RLO} here${PDF}\u0007.`, notUnderstood: [] },
];

let session: ButlerSession;
let app: ReturnType<typeof createWebApp>;
const token = 'web-token-for-model-text-tests-0123456789';

beforeAll(async () => {
  let i = 0;
  const engine: NeedEngine = { name: 'scripted', understand: async () => scripted[i++ % scripted.length]! };
  session = await openButler({ dbPath: ':memory:', env: {}, clock: () => new Date(FIXED_NOW), seed: SEED, needEngine: engine });
  app = createWebApp({ session, token, reportsDir: join(tmpdir(), 'majordome-no-reports'), now: () => Date.parse(FIXED_NOW), log: () => {} });
});
afterAll(async () => {
  await session.close();
});

const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

describe('the web chat shows the model’s words as they read', () => {
  it('cleans a clarifying question and its notes, and hands the question’s state back unchanged', async () => {
    const res = await jsonRequest(app, 'POST', '/api/chat', { text: 'trail shoes' }, { token });
    expect(res.status).toBe(200);
    const shown = (await readSse(res)).find((e) => e.event === 'understanding')!.data as { question: string; notUnderstood: string[]; pending: { question: string } };
    expect(shown.question).toBe('Which size? 01 EUR 9.99');
    expect(shown.notUnderstood).toEqual(['gore-texx']);
    expect(shown.pending.question).toBe(scripted[0]!.kind === 'clarify' ? scripted[0]!.question : '');
  });

  it('cleans an unsupported request’s message', async () => {
    const res = await jsonRequest(app, 'POST', '/api/chat', { text: 'a car' }, { token });
    const shown = (await readSse(res)).find((e) => e.event === 'understanding')!.data as { message: string };
    expect(shown.message).not.toMatch(HIDDEN);
    expect(shown.message).toBe('We cannot buy that here.');
  });
});
