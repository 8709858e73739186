// With a language model configured, `majordome chat` phrases each ranking with the model after Majordome's own
// explanation, as `ask` does: headed as the model's, screened (a claimed purchase is withheld), and the conversation
// goes on: nothing is bought until the person says yes to `buy n`. `--no-llm-explain` asks the model nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chatCommand } from '../../cli/commands/chat.ts';
import { openButler } from '../../app/index.ts';
import { SHOPPING_LABELS } from '../../cli/shopping-labels.ts';
import { reply, type RecordedRequest, type ScriptedOpenAiServer, type ScriptedReply } from '../support/scripted-openai-server.ts';
import { runConversation } from './cli-io.ts';
import { MODEL_HEADING as HEADING, TRAIL_SHOES_REQUEST as REQUEST, startTrailShoesModel, topOf } from './trail-shoes-model.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-chat-model-'));
let server: ScriptedOpenAiServer;
let env: NodeJS.ProcessEnv;
let explain: (request: RecordedRequest) => ScriptedReply;
let runs = 0;

const topBrandOf = (request: RecordedRequest) => topOf(request).brandName;

beforeAll(async () => {
  ({ server, env } = await startTrailShoesModel(dir, () => explain));
});
beforeEach(() => {
  server.requests.length = 0;
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const streamed = () => server.requests.filter((r) => r.body?.stream === true);

async function chat(lines: readonly string[], extra: string[] = []) {
  runs += 1;
  const db = join(dir, `chat-${runs}.db`);
  const run = await runConversation(chatCommand, ['--db', db, ...extra], env, lines);
  expect(run.code).toBe(0);
  return { ...run, db };
}

async function ordersIn(db: string) {
  const session = await openButler({ dbPath: db, env: { MAJORDOME_HOME: dir } });
  try {
    return session.butler.orders();
  } finally {
    await session.close();
  }
}

describe('majordome chat with a language model', () => {
  it('streams the model’s explanation after the ranked offers and before the hint; a claimed purchase is withheld and nothing is bought', async () => {
    explain = (request) => reply.text(`I have purchased the shoes for you. ${topBrandOf(request)} is ranked first by Majordome.`);
    const { out, db } = await chat([REQUEST, 'quit']);
    expect(streamed()).toHaveLength(1);
    const heading = out.indexOf(HEADING);
    expect(heading).toBeGreaterThan(0);
    // Majordome's ranked lines come before the model's words, the hint after them.
    expect(out.slice(0, heading)).toMatch(/\n\s*1\. /);
    const modelSaid = out.slice(heading, out.indexOf(SHOPPING_LABELS.en.chatHint));
    expect(modelSaid).toContain('is ranked first by Majordome.');
    expect(modelSaid).not.toMatch(/purchased/);
    expect(out.indexOf(SHOPPING_LABELS.en.chatHint)).toBeGreaterThan(heading);
    expect(await ordersIn(db)).toEqual([]);
  }, 120_000);

  it('the person still buys with buy 1 and yes after the model spoke', async () => {
    explain = (request) => reply.text(`${topBrandOf(request)} is ranked first by Majordome.`);
    const { out, db } = await chat([REQUEST, 'buy 1', 'y', 'quit']);
    expect(out).toContain(HEADING);
    expect(await ordersIn(db)).toHaveLength(1);
  }, 120_000);

  it('--no-llm-explain asks the model nothing about the ranking', async () => {
    explain = () => reply.text('Should not be asked.');
    const { out } = await chat([REQUEST, 'quit'], ['--no-llm-explain']);
    expect(streamed()).toEqual([]);
    expect(out).not.toContain(HEADING);
    expect(out).toContain(SHOPPING_LABELS.en.chatHint);
  }, 120_000);
});
