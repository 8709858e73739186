import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { askCommand } from '../../cli/commands/ask.ts';
import { chatCommand } from '../../cli/commands/chat.ts';
import { runCommand, runConversation } from './cli-io.ts';

// One language per shopping turn: a French request gets the terminal's layout words in French too (what it understood,
// the progress lines, each offer's terms and scores, the exclusions, the declines, the hint), not only the sentences.

const dir = mkdtempSync(join(tmpdir(), 'majordome-french-chrome-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
/** Majordome's words only: the brand's words (quoted) and the brands' ids in the progress lines set aside. */
const majordomeWords = (text: string) => plain(text).replace(/«[^»\n]*»|“[^”\n]*”/g, '«»').replace(/^\[\d+\/\d+\] \S+/gm, '');
const ENGLISH_CHROME = /\b(delivery|returns|claims hold|no pressure|fit \d|not recommended|declined|understood|assumed|did not understand|quoted|asking|offers?\b|offer\(s\)|ranked|excluded \d|to buy)/i;

describe('majordome ask: one language per turn', () => {
  it('writes a French request’s whole output (stdout and stderr) in French', async () => {
    const { code, out, err } = await runCommand(askCommand, ['casque sans fil bleu xyzzy pour le sport moins de 80 €', '--db', join(dir, 'fr.db')], { MAJORDOME_HOME: dir });
    expect(code).toBe(0);
    const text = plain(`${err}\n${out}`);
    expect(text).toMatch(/^Compris : Casque audio/m);
    expect(text).toMatch(/^ {2}supposé : quantité : 1/m);
    expect(text).toMatch(/^ {2}pas compris : « xyzzy »/m);
    expect(text).toMatch(/^ 1\. « [^»]+ » — « [^»]+ » — \d+,\d\d € {2}\(livraison \d+ j, retours \d+ j\)$/m);
    expect(text).toMatch(/^ {4}adéquation \d+ % · promesses tenues \d+ % · sans pression \d+ %$/m);
    expect(text).toMatch(/^Non recommandées \(\d+\) :$/m);
    expect(text).toMatch(/^ {2}✗ « [^»]+ » : « [^»]+ » — /m);
    expect(text).toMatch(/^ {2}↩ \S+ a décliné[^:\n]* : /m);
    expect(text).toMatch(/^interrogation de \d+ marques…$/m);
    expect(text).toMatch(/^\d+ offre\(s\) classée\(s\), \d+ exclue\(s\)$/m);
    expect(text).toContain('Pour acheter, lancez `majordome chat`');
    for (const line of majordomeWords(text).split('\n')) expect(line).not.toMatch(ENGLISH_CHROME);
  }, 90_000);

  it('keeps an English request’s layout in English', async () => {
    const { code, out, err } = await runCommand(askCommand, ['wireless headphones for running under 80 euros', '--db', join(dir, 'en.db')], { MAJORDOME_HOME: dir });
    expect(code).toBe(0);
    expect(out).toMatch(/^Understood: /m);
    expect(out).toMatch(/^ 1\. “[^”]+” — “[^”]+” — \d+(\.\d\d)? EUR {2}\(delivery \d+ d, returns \d+ d\)$/m);
    expect(out).toMatch(/^ {4}fit \d+% · claims hold \d+% · no pressure \d+%$/m);
    expect(out).toMatch(/^Not recommended \(\d+\):$/m);
    expect(out).toMatch(/^ {2}↩ \S+ declined[^:\n]*: /m);
    expect(out).toContain('To buy, run `majordome chat` or repeat with --buy <rank> --yes.');
    expect(err).toMatch(/^asking \d+ brands…$/m);
    expect(err).toMatch(/^ranked \d+ offer\(s\), excluded \d+$/m);
  }, 90_000);
});

describe('majordome chat: one language per turn', () => {
  it('writes a French turn (progress, offers, hint) in French', async () => {
    const { code, out } = await runConversation(chatCommand, ['--db', join(dir, 'chat.db')], { MAJORDOME_HOME: dir }, ['je cherche un casque sans fil pour le sport, moins de 80 €', 'quit']);
    expect(code).toBe(0);
    // The turn: between the first prompt and the next (the greeting, help and goodbye are the chat's own, in English).
    const start = out.indexOf('you> ') + 'you> '.length;
    const turn = plain(out.slice(start, out.indexOf('you> ', start)));
    expect(turn).toMatch(/^Compris : /m);
    expect(turn).toMatch(/\(livraison \d+ j, retours \d+ j\)$/m);
    expect(turn).toContain('Tapez « why 1 » pour le détail ou « buy 1 » pour acheter.');
    for (const line of majordomeWords(turn).split('\n')) expect(line).not.toMatch(ENGLISH_CHROME);
  }, 90_000);
});

describe('majordome chat: the purchase question of a French turn', () => {
  it('asks "Acheter pour … ?" and buys nothing on no', async () => {
    const { code, out } = await runConversation(chatCommand, ['--db', join(dir, 'chat-buy.db')], { MAJORDOME_HOME: dir }, ['je cherche un casque sans fil pour le sport, moins de 80 €', 'buy 1', 'n', 'quit']);
    expect(code).toBe(0);
    expect(plain(out)).toMatch(/Acheter pour \d+,\d\d € chez .+ : 1 × « .+ », livraison en \d+ jours, retours sous \d+ jours, garantie \d+ mois \? \[y\/N\]/);
    expect(out).not.toContain('Buy for ');
  }, 90_000);
});
