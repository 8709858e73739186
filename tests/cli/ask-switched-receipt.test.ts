import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderRecordSchema } from '../../agent/butler/index.ts';
import { serveBrandOverHttp, type HttpBrandServer } from '../../brand-agent/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { askCommand } from '../../cli/commands/ask.ts';
import { openDatabase } from '../../storage/index.ts';
import { catalogOf } from '../butler/harness.ts';
import { runCommand } from './cli-io.ts';

let dir: string;
const servers: HttpBrandServer[] = [];
let brandsFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'majordome-ask-switch-'));
  const switcher = createStrategyBrand({ id: 'switcheroo', name: 'Switcheroo', strategy: 'bait-and-switch', categories: ['headphones'], catalog: catalogOf('SWCH', [{ product: 'jbl-tune-770nc-black', price: 12_500, stock: 9 }]) });
  const honest = createStrategyBrand({ id: 'calm-audio', name: 'Calm Audio', strategy: 'honest', categories: ['headphones'], catalog: catalogOf('CALM', [{ product: 'jbl-tune-770nc-black', price: 13_500, stock: 9 }]) });
  servers.push(await serveBrandOverHttp(switcher), await serveBrandOverHttp(honest));
  brandsFile = join(dir, 'brands.json');
  writeFileSync(brandsFile, JSON.stringify({ brands: [{ id: 'switcheroo', kind: 'http', url: servers[0]!.url }, { id: 'calm-audio', kind: 'http', url: servers[1]!.url }] }));
});
afterAll(async () => {
  for (const s of servers) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('majordome ask --buy 1 --yes when the receipt is switched', () => {
  it('buys nothing more: prints the new ranking with its reason and asks for a new confirmation', async () => {
    const home = join(dir, 'home');
    const db = join(home, 'majordome.db');
    const r = await runCommand(askCommand, ['noise cancelling headphones under 200 euros', '--db', db, '--brands', brandsFile, '--buy', '1', '--yes'], { MAJORDOME_HOME: home });
    expect(r.code).toBe(5);
    expect(r.out).toMatch(/Switcheroo changed .* at checkout; Calm Audio at .* is now the best/);
    // The new ranking is written as the turn's: the brand's name, the title quoted, the price.
    expect(r.out).toMatch(/^ 1\. “Calm Audio” — “.+” — \d+(\.\d\d)? EUR /m);
    expect(r.out).toMatch(/Nothing was bought: your --yes covered the offer as you accepted it/);
    const store = openDatabase({ path: db, mustExist: true });
    try {
      const orders = (store.sqlite.prepare('SELECT record FROM orders').all() as Array<{ record: string }>).map((row) => OrderRecordSchema.parse(JSON.parse(row.record)));
      // The one order is the refused one: the --yes given did not extend to the changed offer nor to the new top pick.
      expect(orders.map((o) => o.status)).toEqual(['refused-bait-and-switch']);
    } finally {
      store.close();
    }
  }, 120_000);
});

// review (mend38): the re-proposal was listed by brand id and in English money style even in a French turn.
describe('a switched receipt in a French turn', () => {
  it('lists the new ranking with the brands’ names and the money in French, like the rest of the answer', async () => {
    const home = join(dir, 'home-fr');
    const r = await runCommand(askCommand, ['casque à réduction de bruit à moins de 200 euros', '--db', join(home, 'majordome.db'), '--brands', brandsFile, '--buy', '1', '--yes'], { MAJORDOME_HOME: home });
    expect(r.code).toBe(5);
    expect(r.out).toMatch(/Rien n’a été acheté/);
    const line = r.out.split('\n').find((l) => /^ 1\. /.test(l) && l.includes('Calm Audio'));
    expect(line?.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/^ 1\. « Calm Audio » — «.+» — \d+(,\d\d)? € /);
    expect(r.out).not.toMatch(/calm-audio:|\d EUR/);
  }, 120_000);
});

// mendleft39 (mend38 left): the hint said "repeat with --buy <rank> --yes" under the re-proposal, as if the rank shown
// could be bought; repeating runs a new search whose ranks may differ. The hint says so, in the turn's language.
describe('the hint under a re-proposal', () => {
  it.each([
    ['en', 'noise cancelling headphones under 200 euros', /running `majordome ask` again starts a new search, whose ranks may differ/],
    ['fr', 'casque à réduction de bruit à moins de 200 euros', /relancer `majordome ask` fait une nouvelle recherche, dont les rangs peuvent changer/],
  ])('(%s) says that buying by rank runs a new search, never that these ranks can be bought', async (lang, need, newSearch) => {
    const home = join(dir, `home-hint-${lang}`);
    const r = await runCommand(askCommand, [need, '--db', join(home, 'majordome.db'), '--brands', brandsFile, '--buy', '1', '--yes'], { MAJORDOME_HOME: home });
    expect(r.code).toBe(5);
    expect(r.out).toMatch(newSearch);
    expect(r.out).not.toMatch(/repeat with --buy|relancez avec --buy/);
  }, 120_000);
});
