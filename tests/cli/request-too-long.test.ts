import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_REQUEST_CHARS, NEED_ERROR_CODES, requestLengthError } from '../../agent/need/index.ts';
import { chatCommand } from '../../cli/commands/chat.ts';
import { runConversation, runMajordome } from './cli-io.ts';
import { jsonRequest, openTestApp } from '../web/web-fixtures.ts';

// A request longer than requests are read (a pasted file). On main (589e8b8) `majordome ask` and `chat` read its first
// 4,000 characters as a request (and asked brands about it), and the web chat answered "Too big: expected string to
// have <=4000 characters". Each entry point now says, in plain words and before any reading, that it is too long.

const dir = mkdtempSync(join(tmpdir(), 'majordome-too-long-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pasted = `trail running shoes size 43 ${'lorem ipsum dolor sit amet '.repeat(200)}`;

describe('a request longer than requests are read', () => {
  it('is a typed error with a clear message', () => {
    expect(pasted.length).toBeGreaterThan(MAX_REQUEST_CHARS);
    expect(requestLengthError(pasted)?.code).toBe(NEED_ERROR_CODES.REQUEST_TOO_LONG);
    expect(requestLengthError(pasted)?.message).toContain(`up to ${MAX_REQUEST_CHARS.toLocaleString('en')} characters`);
    expect(requestLengthError('trail running shoes size 43')).toBeUndefined();
  });

  it('is refused by `majordome ask` as a usage error (exit 2), nothing shopped', async () => {
    const r = await runMajordome(['ask', pasted, '--db', join(dir, 'ask.db')], { MAJORDOME_HOME: dir });
    expect(r.code).toBe(2);
    expect(r.err).toContain('characters long; requests are read up to');
    expect(r.out).toBe('');
  });

  it('is said in `majordome chat`, and the conversation goes on', async () => {
    const r = await runConversation(chatCommand, ['--db', join(dir, 'chat.db')], { MAJORDOME_HOME: dir }, [pasted, 'quit']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('characters long; requests are read up to');
  }, 60_000);

  it('is answered by the web chat with 400 and the same plain message', async () => {
    const t = await openTestApp();
    try {
      const res = await jsonRequest(t.app, 'POST', '/api/chat', { text: pasted }, { token: t.token });
      expect(res.status).toBe(400);
      const error = ((await res.json()) as { error: { message: string } }).error;
      expect(error.message).toContain('characters long; requests are read up to');
    } finally {
      await t.close();
    }
  }, 60_000);
});
