import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProgress, keyTable, renderReport, roundsCsv, runStudy, writeStudy, type StudyResult } from '../../sim/index.ts';
import { tinyScenario } from './sim-fixtures.ts';

describe('outputs', () => {
  let study: StudyResult;

  it('writes metrics.json, rounds.csv, events.csv and a self-contained report with charts', async () => {
    const raw = tinyScenario({
      name: 'Tiny <script>alert(1)</script>',
      consumers: { count: 2 },
      rounds: 2,
      policies: ['butler', 'naive', 'oracle'],
      brands: { count: 3, honestMix: { honest: 1 }, categoriesPerBrand: 3, extra: [{ strategy: 'prompt-injector', params: { placements: ['pitch'] } }] },
      variants: [
        { name: 'control', set: { 'brands.extra.0.strategy': 'honest', 'brands.extra.0.params': {} } },
        { name: 'injection', set: {} },
      ],
      report: { focus: 'manipulation' },
    });
    study = await runStudy({ raw, source: 'tiny', overrides: [] }, { mode: 'fast', workers: 1, events: true });
    const dir = mkdtempSync(join(tmpdir(), 'sim-report-'));
    const files = await writeStudy(study, dir, { command: 'majordome simulate tiny', elapsed: '1s' });
    expect(files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['events.csv', 'metrics.json', 'report.html', 'rounds.csv']);

    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('Tiny &lt;script&gt;');
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    expect(html).not.toMatch(/<script/i);
    expect((html.match(/<svg viewBox/g) ?? []).length).toBeGreaterThanOrEqual(6);
    expect(html).toContain('Welfare ÷ oracle, cumulative over rounds');
    expect(html).toContain('Market share by brand strategy');
    expect(html).toContain('Trust trajectories');

    const metrics: unknown = JSON.parse(readFileSync(join(dir, 'metrics.json'), 'utf8'));
    expect(metrics).toMatchObject({ format: 'majordome-sim-metrics/1', variants: [{ name: 'control' }, { name: 'injection' }] });
    expect((metrics as { comparisons: unknown[] }).comparisons.length).toBe(3);

    const events = readFileSync(join(dir, 'events.csv'), 'utf8').trim().split('\n');
    expect(events[0]).toBe('variant,round,consumer,policy,category,status,brand,strategy,product,price,charged,welfare,oracleWelfare,budgetViolation,divergent,offers,acceptable');
    expect(events.length).toBe(1 + 2 * 2 * 2 * 3);
    const rounds = roundsCsv(study).trim().split('\n');
    expect(rounds.length).toBe(1 + 2 * 2 * 3);
    expect(existsSync(join(dir, 'rounds.csv'))).toBe(true);
  }, 60_000);

  it('leads with the experiment table: arms against the control arm, per policy', () => {
    const table = keyTable(study);
    expect(table.header.slice(0, 4)).toEqual(['variant', 'policy', 'share of money', 'Δ vs control']);
    expect(table.rows.map((r) => `${r[0]}/${r[1]}`)).toEqual(['injection/butler', 'injection/naive', 'injection/oracle']);
    expect(renderReport(study)).toContain('Manipulation battery');
  });

  it('puts the welfare definition and the butler against every baseline at the top, each section once', async () => {
    const raw = tinyScenario({ consumers: { count: 3 }, rounds: 2, policies: ['butler', 'butler-no-ledger', 'naive', 'oracle', 'safe-oracle'] });
    const single = await runStudy({ raw, source: 'tiny', overrides: [] }, { mode: 'fast', workers: 1, events: false });
    const html = renderReport(single);
    const count = (text: string) => html.split(text).length - 1;
    expect(count('<h2>Charts</h2>')).toBe(1);
    expect(count('<summary>')).toBe(0);
    expect(count('<h2>How welfare is measured</h2>')).toBe(1);
    expect(count('<h2>Headline: the butler against every other way of shopping</h2>')).toBe(1);
    expect(count('Every policy on the same needs')).toBe(1);
    // The welfare focus's key table is the overview's subset: not shown a second time.
    expect(count('Welfare ÷ oracle and the share of money paid to dishonest brands')).toBe(0);
    const order = ['How welfare is measured', 'Headline', 'Policies and what they know', 'Experiment results', '<h2>Charts</h2>'].map((t) => html.indexOf(t));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(html).toMatch(/(The butler (left its people (better|WORSE) off than|could not be told apart from)|Too few consumers to compare the butler with) naive shopping: [+−]?\d\.\d{3} of the mean oracle welfare per consumer, in money \(95 % CI /);
    expect(html).toContain('its own no-ledger ablation');
    expect(html).toContain('÷ safe oracle');
    expect(html).toContain('consumers.remedyCost');
    expect(html).toContain("The consumer&#39;s TRUE money value".replace('&#39;', "'"));
    // Precision never stands without what it rests on.
    expect(html).toMatch(/\((\d+ of \d+ flags right; \d+ false positives?|nothing flagged)\)/);
    // The butler's line is drawn last and thicker, so its ablations never hide it.
    const chart = html.slice(html.indexOf('Welfare ÷ oracle, cumulative over rounds'));
    const lines = [...chart.slice(0, chart.indexOf('</svg>')).matchAll(/stroke-width="([\d.]+)"[^>]*><title>([^<]+)<\/title>/g)].map((m) => [m[2], m[1]]);
    expect(lines.at(-1)).toEqual(['butler', '3.5']);
  }, 60_000);

  it('formats progress with a bar, rate and ETA on a terminal, and without the bar otherwise', () => {
    const tty = formatProgress({ done: 250, total: 1000, elapsedMs: 5_000 }, { bar: true, width: 10 });
    expect(tty).toBe('[###.......]  25.0%  250/1000 consumer-rounds  50.0/s  elapsed 5s  ETA 15s');
    const plain = formatProgress({ done: 1000, total: 1000, elapsedMs: 125_000 }, { bar: false });
    expect(plain).toBe('100.0%  1000/1000 consumer-rounds  8.0/s  elapsed 2m05s  ETA 0s');
  });
});
