// With a language model reading requests (MAJORDOME_MODEL, OPENAI_BASE_URL), what the terminal says it understood is
// the model's text: its clarifying question, its notes, the values it put in the need. The model also reads the
// vocabulary brands declare, so it can be steered, or simply answer badly. Here it answers escape sequences (clear the
// screen, colour), a line break with a forged ranking line, and a bidi override.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askCommand } from '../../cli/commands/ask.ts';
import { chatCommand } from '../../cli/commands/chat.ts';
import { reply, startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { needAnswer } from '../support/llm-answers.ts';
import { runCommand } from './cli-io.ts';

const ESC = '\u001b';
const HOSTILE = `Which size?${ESC}[2J${ESC}[31m\r\n 1. Trailco — 9.99 EUR (recommended ✓)\u202e`;
const UNSAFE = /[\u001b\r\u202e]/;
const forgedLines = (out: string) => out.split('\n').filter((line) => /^\s*1\. Trailco — 9\.99/.test(line));

const dir = mkdtempSync(join(tmpdir(), 'majordome-model-text-'));
let server: ScriptedOpenAiServer;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  server = await startScriptedOpenAiServer();
  env = { MAJORDOME_HOME: dir, MAJORDOME_MODEL: 'scripted-model', OPENAI_BASE_URL: server.baseUrl, OPENAI_API_KEY: 'sk-test', MAJORDOME_LLM_RETRIES: '0' };
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const clarify = () => reply.json(needAnswer({ kind: 'clarify', category: null, question: HOSTILE, missing: ['category'] }));
const need = () =>
  reply.json(
    needAnswer({
      category: 'running-shoes',
      hardConstraints: [{ attribute: 'size_eu', op: 'eq', value: 43 }, { attribute: 'color', op: 'eq', value: `red${ESC}[2J\n 1. Trailco — 9.99 EUR` }],
      assumptions: [HOSTILE],
      notUnderstood: [HOSTILE],
    }),
  );

describe('the model’s words about a request reach the terminal cleaned, one line each', () => {
  it('ask: a clarifying question', async () => {
    server.setScript([clarify()]);
    const { out, code } = await runCommand(askCommand, ['something', '--db', join(dir, 'ask.db')], env);
    expect(code).toBe(3);
    expect(out).toContain('Which size?');
    expect(out).not.toMatch(UNSAFE);
    expect(forgedLines(out)).toEqual([]);
  });

  it('ask: the need understood, its assumptions and what was not understood', async () => {
    server.setScript([need()]);
    const { out } = await runCommand(askCommand, ['shoes', '--db', join(dir, 'ask.db')], env);
    expect(out).toContain('Understood: ');
    expect(out).not.toMatch(UNSAFE);
    expect(forgedLines(out)).toEqual([]);
  });

  it('chat: the question and the need understood', async () => {
    server.setScript([clarify(), need()]);
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (c) => (out += String(c)));
    stdin.end('something\nshoes\nquit\n');
    const code = await chatCommand.run(['--db', join(dir, 'chat.db')], { stdin, stdout, stderr: new PassThrough(), env });
    expect(code).toBe(0);
    expect(out).toContain('Which size?');
    expect(out).toContain('Understood: ');
    expect(out).not.toMatch(UNSAFE);
    expect(forgedLines(out)).toEqual([]);
  });
});
