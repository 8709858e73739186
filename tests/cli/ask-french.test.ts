import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { askCommand } from '../../cli/commands/ask.ts';
import { runCommand } from './cli-io.ts';

// Issue 13 §4: `majordome ask` in French answers in French (the terminal's layout too: tests/cli/french-chrome.test.ts).

const dir = mkdtempSync(join(tmpdir(), 'majordome-ask-french-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('majordome ask in French', () => {
  it('says what it understood, why it ranks and what it excluded in French', async () => {
    const { code, out } = await runCommand(askCommand, ['un aspirateur sans fil silencieux à moins de 400 €', '--db', join(dir, 'a.db')], { MAJORDOME_HOME: dir });
    const text = plain(out);
    expect(code).toBe(0);
    expect(text).toContain('Compris : Aspirateurs, sans fil, moins de 400 €, idéalement niveau sonore plus faible');
    expect(text).toMatch(/\n {4}[^\n]+ : respecte vos (?:\d|deux) critères, [^\n]*gain attendu \d+,\d\d € \(vaut environ/);
    expect(text).toMatch(/ 1\. [^\n]+ — \d+,\d\d €/);
    expect(text).toMatch(/✗ [^\n]+ — (sans fil de l’offre : non|coûte \d+,\d\d €)/);
    expect(text).not.toMatch(/\b(fits all|fits your|cheaper than|expected gain|over the budget by)\b/);
  }, 90_000);

  it('asks its clarifying question in French (exit 3)', async () => {
    const { code, out } = await runCommand(askCommand, ['des chaussures de running', '--db', join(dir, 'b.db')], { MAJORDOME_HOME: dir });
    expect(code).toBe(3);
    expect(out).toContain('Quelle pointure vous faut-il (pointure européenne, par exemple 42 ou 42,5) ?');
  }, 90_000);
});
