import { SIM_CURRENCY } from '../market/build-market.ts';
import type { MeanInterval } from '../metrics/mean-interval.ts';
import type { Ratio } from '../metrics/metrics-types.ts';
import type { PairedDifference, PairedStatistics, PolicyRatios } from '../metrics/paired-statistics.ts';
import { POLICY_IDS, POLICY_KNOWLEDGE } from '../policies/policy-ids.ts';
import type { StudyResult, VariantResult } from '../run/run-study.ts';
import { dec, money, pct, type KeyTable } from './key-tables.ts';
import { intervalText, signed, verdictOf } from './verdict.ts';

const prefix = (study: StudyResult, v: VariantResult) => (study.variants.length > 1 ? [v.name] : []);
const head = (study: StudyResult, cols: string[]) => (study.variants.length > 1 ? ['variant', ...cols] : cols);

/** A mean and its interval in one cell ("0.812 [0.670, 0.955]"). */
export function meanWithInterval(m: MeanInterval): string | null {
  if (m.mean === null) return null;
  return m.low === null || m.high === null ? dec(m.mean) : `${dec(m.mean)} [${dec(m.low)}, ${dec(m.high)}]`;
}

function signedMoney(minor: number | null): string {
  if (minor === null) return '—';
  const text = money(Math.abs(minor));
  return minor > 0 ? `+${text}` : minor < 0 && Number(text) !== 0 ? `−${text}` : text;
}

/** A signed mean and its interval in one cell ("+12.40 [+3.10, +21.70]"), each figure written by `show`. */
function signedWithInterval(m: MeanInterval, show: (x: number | null) => string): string | null {
  if (m.mean === null) return null;
  return m.low === null || m.high === null ? show(m.mean) : `${show(m.mean)} [${show(m.low)}, ${show(m.high)}]`;
}

/** The columns of a paired comparison, in the order `pairedCells` fills them. */
export const PAIRED_HEADER = ['butler − …', 'difference ÷ mean oracle welfare', '95 % CI', `money per unit, ${SIM_CURRENCY} [95 % CI]`, 'per-consumer ratio difference [95 % CI]', 'units', 'verdict'];

/** One paired comparison as table cells; the verdict reads the money difference (÷ one constant). */
export function pairedCells(d: PairedDifference): Array<string | number | null> {
  return [d.versus, signed(d.difference.mean), intervalText(d.difference), signedWithInterval(d.money, signedMoney), signedWithInterval(d.perConsumerRatio, signed), d.money.n, verdictOf(d.difference)];
}

/** What a paired table's first columns mean, for its title. */
export function pairedTitle(s: PairedStatistics, unit: string): string {
  const scale = s.meanOracleWelfare === null ? 'no oracle' : `${money(s.meanOracleWelfare)} ${SIM_CURRENCY}`;
  return `butler − other, paired difference of welfare in money per ${unit}, ÷ the mean oracle welfare per ${unit} (${scale}; one constant, so the verdict is the money verdict), 95 % CI; beside it the per-consumer ratio difference (÷ each consumer's oracle welfare, unstable near 0)`;
}

/** The columns of a ratio table, in the order `ratioCells` fills them. */
export const RATIO_HEADER = ['÷ oracle per consumer', '÷ safe oracle per consumer', 'Σ ÷ Σ oracle', 'Σ ÷ Σ safe oracle'];

/** A policy's per-consumer ratios and ratios of totals as table cells. */
export function ratioCells(r: PolicyRatios): Array<string | null> {
  return [meanWithInterval(r.oracle), meanWithInterval(r.safeOracle), meanWithInterval(r.ofTotals.oracle), meanWithInterval(r.ofTotals.safeOracle)];
}

/** Which units the per-consumer ratios leave out, for a ratio table's title. */
export function ratioTitle(s: PairedStatistics, unit: string): string {
  const left = s.nonPositiveReference;
  return `welfare ÷ oracle and ÷ safe oracle: mean per ${unit} [95 % CI] over the units whose reference welfare is positive (${left.oracle} with oracle welfare ≤ 0 and ${left.safeOracle} with safe-oracle welfare ≤ 0 left out), and Σ policy ÷ Σ reference over every unit [95 % CI, delta method]`;
}

/** The butler against every other policy: paired differences in money ÷ the mean oracle welfare, with 95 % intervals. */
export function pairedTable(study: StudyResult): KeyTable {
  const first = study.variants[0]?.metrics.perConsumer;
  return {
    title: `The butler against every other way of shopping: ${first ? pairedTitle(first, 'consumer') : 'no paired comparison'}${study.variants.length > 1 ? ' (scale of the first variant)' : ''}`,
    header: head(study, PAIRED_HEADER),
    rows: study.variants.flatMap((v) => v.metrics.perConsumer.paired.map((d) => [...prefix(study, v), ...pairedCells(d)])),
  };
}

/** Every policy's welfare ÷ oracle and ÷ safe oracle (per consumer and of totals) with 95 % intervals, money to dishonest brands and budget violations. */
export function ratioTable(study: StudyResult): KeyTable {
  const first = study.variants[0]?.metrics.perConsumer;
  return {
    title: `Welfare ${first ? ratioTitle(first, 'consumer') : '÷ oracle and ÷ safe oracle'}; money to dishonest brands, budget violations`,
    header: head(study, ['policy', ...RATIO_HEADER, 'money to dishonest brands', 'budget violations']),
    rows: study.variants.flatMap((v) =>
      POLICY_IDS.flatMap((p) => {
        const s = v.metrics.policies[p];
        const r = v.metrics.perConsumer.ratios[p];
        return s && r ? [[...prefix(study, v), p, ...ratioCells(r), pct(s.dishonestSpendShare), s.budgetViolations]] : [];
      }),
    ),
  };
}

function share(count: number, of: number, r: Ratio): string | null {
  return r === null ? null : `${pct(r)} (${count} of ${of})`;
}

/** How the butlers' ledgers treat honest brands at the end of the run: wrongly below the honesty floor, wrongly flagged as pushy. */
export function honestBrandTable(study: StudyResult): KeyTable {
  return {
    title: 'Honest brands in the butlers’ ledgers at the end of the run (consumer × brand pairs the butler knows)',
    header: head(study, ['policy', 'honest brands below the honesty floor', 'honest non-pushy brands flagged as pushy']),
    rows: study.variants.flatMap((v) =>
      POLICY_IDS.flatMap((p) => {
        const h = v.metrics.honestBrands[p];
        return h ? [[...prefix(study, v), p, share(h.belowFloor, h.pairs, h.belowFloorShare), share(h.pressureFlagged, h.nonPushyPairs, h.pressureFlaggedShare)]] : [];
      }),
    ),
  };
}

/** What each policy of the study knows when it decides (the baselines are not equally informed). */
export function knowledgeTable(study: StudyResult): KeyTable {
  const policies = POLICY_IDS.filter((p) => study.variants[0]?.metrics.policies[p] !== undefined);
  return { title: 'What each policy knows', header: ['policy', 'knows and uses'], rows: policies.map((p) => [p, POLICY_KNOWLEDGE[p]]) };
}
