import { spawn, spawnSync } from 'node:child_process';
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
    expect(err).toMatch(/^majordome brand serve: \[FEED_EMPTY\] .*row 2, price: " 12 EUR" is not a price/);
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
    expect(err).toMatch(/^majordome brand serve: \[FEED_EMPTY\] .*none of the 1 rows can be served \(row 2, price: "1 0 0 0 .*…\)\n$/);
    expect(err.length).toBeLessThan(1_000);
  });
});

/** What `majordome brand serve velo --feed <path> --stdio` writes on stderr while the file is rewritten once (stdin held open until `until` is seen). */
async function serveThroughRewrite(path: string, rewrite: string, until: RegExp): Promise<string> {
  const child = spawn(process.execPath, ['bin/majordome.js', 'brand', 'serve', 'velo', '--feed', path, '--stdio'], { stdio: ['pipe', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 40_000;
  while (!/serving over stdio/.test(err) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  // The watcher compares size and modification time: the rewrite is longer than the file it replaces.
  writeFileSync(path, rewrite);
  while (!until.test(err) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  child.stdin.end();
  await exited;
  return err;
}

describe('a hostile feed while the shop serves it', () => {
  it('(fixed) a reload that fails prints its error as one terminal-safe line (main printed the header cell’s raw escapes)', async () => {
    const path = feedFile('reload-esc.tsv', 'id\ttitle\tprice\tgoogle_product_category\nA\tLamp\t10.00 EUR\t4636\n');
    const err = await serveThroughRewrite(path, `id\ttitle\t${CLEAR_AND_TITLE}\tgoogle_product_category\nA\tLamp\t10.00 EUR\t4636\n`, /reload failed/);
    const failed = err.split('\n').filter((l) => l.includes('reload failed'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/reload failed, still serving the previous feed: \[FEED_MALFORMED\] .*the header lacks/);
    expect(err).not.toContain(ESC);
    expect(err).not.toContain('\u0007');
  }, 60_000);

  it('(fixed) one good row and a 4 MB price cell: each report line is cut, at load and at every reload (main printed the 4 MB cell)', async () => {
    const huge = `id\ttitle\tprice\tgoogle_product_category\nA\tLamp\t10.00 EUR\t4636\nB\tRug\t1${' 0'.repeat(2_000_000)}\t4636\n`;
    const path = feedFile('huge-cell-served.tsv', huge);
    const lines = serveReport(path).split('\n');
    expect(lines.some((l) => l.includes('1 of 2 products served'))).toBe(true);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(1_000);
    const err = await serveThroughRewrite(path, `${huge}C\tMat\t12.00 EUR\t4636\n`, /reloaded: .*row 3, price/);
    const reloaded = err.split('\n').filter((l) => l.includes('reloaded:'));
    expect(reloaded.some((l) => l.includes('2 of 3 products served'))).toBe(true);
    expect(reloaded.some((l) => /row 3, price: "1 0 0 0 .*…$/.test(l))).toBe(true);
    expect(Math.max(...err.split('\n').map((l) => l.length))).toBeLessThan(1_000);
  }, 90_000);
});
