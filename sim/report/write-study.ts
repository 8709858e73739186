import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { STRATEGY_IDS, type StrategyId } from '../../brand-agent/reference/index.ts';
import { csvLine, toCsv } from '../../protocol/index.ts';
import { strategiesOfPopulation } from '../market/allocate-strategies.ts';
import { POLICY_IDS } from '../policies/policy-ids.ts';
import { EVENT_COLUMNS } from '../run/event-row.ts';
import type { StudyResult } from '../run/run-study.ts';
import { renderReport } from './render-report.ts';
import { stableJson } from './stable-json.ts';
import { compareWithControl } from './study-comparisons.ts';

/** The version of the metrics.json layout. */
export const METRICS_FORMAT = 'majordome-sim-metrics/1';

/** The content of metrics.json: every variant's metrics and the comparisons with the control arm (no timings). */
export function studyMetrics(study: StudyResult): unknown {
  return {
    format: METRICS_FORMAT,
    study: study.name,
    description: study.description,
    focus: study.focus,
    axes: study.axes,
    variants: study.variants.map((v) => ({ name: v.name, description: v.description, set: v.set, metrics: v.metrics })),
    comparisons: compareWithControl(study),
  };
}

/** The strategies rounds.csv had a column for when its format was fixed: each always has one. */
const FIRST_CSV_STRATEGIES: ReadonlySet<StrategyId> = new Set(STRATEGY_IDS.slice(0, STRATEGY_IDS.indexOf('whitewasher') + 1));

/**
 * The strategy columns of a study's rounds.csv: the first eight always, a strategy added since (long-con) when some
 * arm's market has a brand of it, so the files of studies without it keep their columns and bytes. The columns follow
 * the scenario, never what was paid, so the files of one study at different seeds merge.
 */
function csvStrategies(study: StudyResult): StrategyId[] {
  const inMarket = new Set(study.variants.flatMap((v) => [...strategiesOfPopulation(v.scenario.brands)]));
  return STRATEGY_IDS.filter((s) => FIRST_CSV_STRATEGIES.has(s) || inMarket.has(s));
}

/** rounds.csv: one row per variant, round and policy, with the strategies' shares of money as columns. */
export function roundsCsv(study: StudyResult): string {
  const strategies = csvStrategies(study);
  const header = ['variant', 'round', 'policy', 'decisions', 'purchases', 'welfare', 'welfareRatio', 'spend', 'dishonestSpendShare', 'budgetViolations', 'focalSpend', ...strategies.map((s) => `share:${s}`)];
  const rows = study.variants.flatMap((v) =>
    v.metrics.rounds.flatMap((r) =>
      POLICY_IDS.flatMap((p) => {
        const s = r.policies[p];
        if (!s) return [];
        return [[v.name, r.round, p, s.decisions, s.purchases, s.welfare, s.welfareRatio, s.spend, s.dishonestSpendShare, s.budgetViolations, s.focalSpend, ...strategies.map((k) => s.spendShareByStrategy[k] ?? 0)]];
      }),
    ),
  );
  return toCsv(header, rows);
}

/** Writes metrics.json, rounds.csv, events.csv (when events were kept) and report.html into `dir`; returns the paths. */
export async function writeStudy(study: StudyResult, dir: string, notes: { command?: string; elapsed?: string } = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const put = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    written.push(join(dir, name));
  };
  put('metrics.json', stableJson(studyMetrics(study)));
  put('rounds.csv', roundsCsv(study));
  if (study.variants.some((v) => v.events.length > 0)) {
    const path = join(dir, 'events.csv');
    const out = createWriteStream(path);
    const write = (line: string) => (out.write(line) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve())));
    await write(`${csvLine(['variant', ...EVENT_COLUMNS])}\n`);
    for (const v of study.variants) {
      for (const e of v.events) await write(`${csvLine([v.name, ...EVENT_COLUMNS.map((c) => e[c])])}\n`);
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    written.push(path);
  }
  put('report.html', renderReport(study, notes));
  return written;
}
