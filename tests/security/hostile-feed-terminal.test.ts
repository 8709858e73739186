import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.ts';

// A product file the shop did not write every byte of (a supplier's export, a page's JSON-LD) quotes its cells in the
// report `majordome brand serve --feed` prints: a cell must not be able to repaint the shop's terminal (clear it, set
// its title) nor forge a report line of its own.

const dir = mkdtempSync(join(tmpdir(), 'hostile-feed-'));
const ESC = '\u001b';
const CLEAR_AND_TITLE = `${ESC}[2J${ESC}[H${ESC}]0;owned\u0007`;

function feedFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** What `majordome brand serve <id> --feed <file> --stdio` writes on stderr, its stdin closed at once. */
function serveReport(path: string): string {
  const run = spawnSync(process.execPath, ['bin/majordome.js', 'brand', 'serve', 'velo', '--feed', path, '--stdio'], { input: '', encoding: 'utf8', timeout: 60_000 });
  return run.stderr;
}

describe('a hostile cell in a product feed, on the shop’s terminal', () => {
  it('(fixed) an escape sequence in a price is removed from the feed report (main printed ESC[2J and an OSC title)', () => {
    const path = feedFile('esc.tsv', `id\ttitle\tprice\tgoogle_product_category\nA\tLamp\t10.00 EUR\t4636\nB\tRug\t${CLEAR_AND_TITLE} 12 EUR\t4636\n`);
    const report = serveReport(path);
    expect(report).toMatch(/\[velo\] 1 of 2 products served/);
    expect(report).toMatch(/row 3, price: " 12 EUR" is not a price/);
    expect(report).not.toContain(ESC);
    expect(report).not.toContain('\u0007');
  });

  it('(fixed) a line break in a quoted cell cannot forge a report line of its own', () => {
    const path = feedFile('forged.csv', 'id,title,price,google_product_category\nA,Lamp,10.00 EUR,4636\nB,Rug,"12\n[velo] 500 of 500 products served",4636\n');
    const lines = serveReport(path).split('\n');
    expect(lines.filter((l) => l.startsWith('[velo] 500 of 500'))).toEqual([]);
    expect(lines).toContain('[velo]   row 3, price: "12 [velo] 500 of 500 products served" is not a price (write it like "15.00 EUR")');
  });

  it('(fixed) the error of a feed none of whose rows serve is one terminal-safe line', async () => {
    const path = feedFile('empty.tsv', `id\ttitle\tprice\tgoogle_product_category\nB\tRug\t${CLEAR_AND_TITLE} 12 EUR\t4636\n`);
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await runCli(['brand', 'serve', 'velo', '--feed', path, '--stdio'], { stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {} });
    expect(code).toBe(1);
    expect(err).toMatch(/^majordome brand serve: \[FEED_EMPTY\] .*row 2 price: " 12 EUR" is not a price/);
    expect(err).not.toContain(ESC);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('(fixed) a 4 MB price cell in a feed none of whose rows serve gives an error line of a few hundred characters, not 4 MB', async () => {
    const path = feedFile('huge-cell.tsv', `id\ttitle\tprice\tgoogle_product_category\nB\tRug\t1${' 0'.repeat(2_000_000)}\t4636\n`);
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await runCli(['brand', 'serve', 'velo', '--feed', path, '--stdio'], { stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {} });
    expect(code).toBe(1);
    expect(err).toMatch(/^majordome brand serve: \[FEED_EMPTY\] .*none of the 1 rows can be served \(row 2 price: "1 0 0 0 .*…\)\n$/);
    expect(err.length).toBeLessThan(1_000);
  });
});
