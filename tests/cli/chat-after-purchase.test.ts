// What the chat says after a purchase follows the conversation's language like the turn before it, and its report asks
// whether what arrived did the job (`needMet`) before recording: the answer reaches the ledger.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TrustLedger } from '../../agent/trust/index.ts';
import { askCommand } from '../../cli/commands/ask.ts';
import { chatCommand } from '../../cli/commands/chat.ts';
import { openDatabase } from '../../storage/index.ts';
import { runCommand, runConversation } from './cli-io.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-chat-after-purchase-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
// One honest demo brand, so the first offer is bought (not refused for a switched receipt).
mkdirSync(join(dir, 'market'));
const brands = join(dir, 'market', 'brands.json');
writeFileSync(brands, JSON.stringify({ brands: [{ id: 'trailco', kind: 'builtin' }] }));

/** The `needMet` of every order outcome in the ledger. */
function needMetInLedger(db: string): Array<boolean | undefined> {
  const database = openDatabase({ path: db, mustExist: true });
  try {
    const ledger = new TrustLedger(database);
    return ledger.brands().flatMap((b) => ledger.eventsFor(b.brandId)).filter((e) => e.kind === 'order-outcome').map((e) => (e.evidence as { needMet?: boolean }).needMet);
  } finally {
    database.close();
  }
}

describe('majordome chat after a purchase', () => {
  it('asks whether it did the job before recording a report, and records the answer', async () => {
    const db = join(dir, 'en.db');
    const { code, out } = await runConversation(chatCommand, ['--db', db, '--brands', brands], { MAJORDOME_HOME: dir }, ['waterproof trail shoes size 43 under 150 euros', 'buy 1', 'y', 'report arrived but not waterproof', 'y', 'quit']);
    expect(code).toBe(0);
    expect(out).toMatch(/Bought: order \S+, charged [\d.]+ EUR\. Tell me how it went with "report …" or "settle"\./);
    expect(out).toContain('Did it do the job you bought it for, even if something was not as described? [y/n/skip]');
    expect(out).toMatch(/Thanks\. I recorded \d+ observation\(s\) in the ledger:/);
    expect(needMetInLedger(db)).toEqual([true]);
  }, 120_000);

  it('speaks French through a French conversation: greeting, purchase, report, help and goodbye', async () => {
    const db = join(dir, 'fr.db');
    const { code, out } = await runConversation(chatCommand, ['--db', db, '--brands', brands], { MAJORDOME_HOME: dir, LANG: 'fr_FR.UTF-8' }, [
      'help',
      'chaussures de trail imperméables pointure 43 à moins de 150 euros',
      'buy 1',
      'o',
      'report arrivé en retard',
      'non',
      'help',
      'quit',
    ]);
    expect(code).toBe(0);
    const text = plain(out);
    expect(text).toMatch(/^Majordome — votre majordome\. \d+ marques joignables/);
    expect(text).toContain('Dites ce qu’il vous faut');
    expect(text).toMatch(/Acheté : commande \S+, \d+(,\d\d)? € débités\. Dites-moi comment ça s’est passé avec « report … » ou « settle »\./);
    expect(text).toContain('A-t-il fait l’affaire pour ce que vous vouliez, même si quelque chose n’était pas comme annoncé ? [o/n/passer]');
    expect(text).toMatch(/Merci\. J’ai enregistré \d+ observation\(s\) dans le registre :/);
    expect(text).toMatch(/Au revoir\.\n$/);
    // Majordome's own words after the turn (the observation kinds and the commands' names set aside): none of the English ones.
    const afterTurn = text.slice(text.indexOf('Acheté : '));
    expect(afterTurn).not.toMatch(/\b(Bought|charged|Tell me|Did it do|Thanks|recorded|Type what you need|Goodbye)\b/);
    expect(needMetInLedger(db)).toEqual([false]);
  }, 120_000);

  it('follows the latest request’s language even when the terminal’s is English', async () => {
    const { out } = await runConversation(chatCommand, ['--db', join(dir, 'switch.db')], { MAJORDOME_HOME: dir }, ['un casque sans fil pour le sport, moins de 80 €', 'help', 'quit']);
    const text = plain(out);
    expect(text).toMatch(/^Majordome — your butler\./);
    expect(text.slice(text.indexOf('Compris'))).toContain('Dites ce qu’il vous faut');
    expect(text).toMatch(/Au revoir\.\n$/);
  }, 120_000);
});

describe('majordome ask --buy after a French request', () => {
  it('says what became of the purchase and of its settlement in French', async () => {
    const { code, out } = await runCommand(askCommand, ['chaussures de trail imperméables pointure 43 à moins de 150 euros', '--buy', '1', '--yes', '--settle', '--db', join(dir, 'ask-fr.db'), '--brands', brands], { MAJORDOME_HOME: dir });
    expect(code).toBe(0);
    const text = plain(out);
    expect(text).toMatch(/^Acheté : commande \S+, \d+(,\d\d)? € débités\.$/m);
    // A demo brand: the market's ground truth settles it.
    expect(text).toMatch(/^Résultat enregistré d’après la vérité terrain du marché de démonstration : \d+ événement\(s\) dans le registre\.$/m);
    expect(text).not.toMatch(/^(Bought|Outcome recorded|settle:)/m);
  }, 120_000);
});
