import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chatCommand } from '../../cli/commands/chat.ts';
import { runConversation } from './cli-io.ts';

// Issue 13 §4: `why n` in `majordome chat` gives a French request its evidence lines (fit, honesty, pressure) in French.

const dir = mkdtempSync(join(tmpdir(), 'majordome-chat-french-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

async function chat(lines: readonly string[]): Promise<string> {
  const { code, out } = await runConversation(chatCommand, ['--db', join(dir, `${lines.length}.db`)], { MAJORDOME_HOME: dir }, lines);
  expect(code).toBe(0);
  return plain(out);
}

describe('majordome chat: why n in French', () => {
  it('explains offer 1 with French evidence lines behind each score', async () => {
    const out = await chat(['un aspirateur sans fil silencieux à moins de 400 €', 'why 1', 'quit']);
    const why = out.slice(out.indexOf('you> ', out.indexOf('Tapez « why 1 »')));
    const evidence = why.split('\n').filter((l) => /^ {2}[·⚑] /.test(l));
    expect(evidence.length).toBeGreaterThan(2);
    expect(why).toMatch(/\n {2}· livraison en \d+ jours[^\n]*, retours sous \d+ jours, garantie \d+ mois\n/);
    expect(why).toMatch(/\n {2}· [^\n]+ sous le budget\n/);
    for (const line of evidence) expect(line.replace(/«[^»]*»|“[^”]*”/g, '«»')).not.toMatch(/\b(the|is|wanted|under the budget|delivery|returns|warranty|claimed|without evidence|says|sellers?|wording|asks for)\b/);
  }, 120_000);
});
