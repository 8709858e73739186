import type { MeanInterval } from '../metrics/mean-interval.ts';
import type { Ratio } from '../metrics/metrics-types.ts';
import { POLICY_IDS, POLICY_KNOWLEDGE } from '../policies/policy-ids.ts';
import type { StudyResult, VariantResult } from '../run/run-study.ts';
import { dec, pct, type KeyTable } from './key-tables.ts';
import { intervalText, signed, verdictOf } from './verdict.ts';

const prefix = (study: StudyResult, v: VariantResult) => (study.variants.length > 1 ? [v.name] : []);
const head = (study: StudyResult, cols: string[]) => (study.variants.length > 1 ? ['variant', ...cols] : cols);

/** A mean and its interval in one cell ("0.812 [0.670, 0.955]"). */
export function meanWithInterval(m: MeanInterval): string | null {
  if (m.mean === null) return null;
  return m.low === null || m.high === null ? dec(m.mean) : `${dec(m.mean)} [${dec(m.low)}, ${dec(m.high)}]`;
}

/** The butler against every other policy: paired per-consumer differences of welfare ÷ oracle with 95 % intervals. */
export function pairedTable(study: StudyResult): KeyTable {
  return {
    title: 'The butler against every other way of shopping: per-consumer paired difference of welfare ÷ oracle (butler − other), 95 % CI',
    header: head(study, ['butler − …', 'mean difference', '95 % CI', 'consumers', 'verdict']),
    rows: study.variants.flatMap((v) =>
      v.metrics.perConsumer.paired.map((d) => [...prefix(study, v), d.versus, signed(d.difference.mean), intervalText(d.difference), d.difference.n, verdictOf(d.difference)]),
    ),
  };
}

/** Every policy's mean per-consumer welfare ÷ oracle and ÷ safe oracle with 95 % intervals, money to dishonest brands and budget violations. */
export function ratioTable(study: StudyResult): KeyTable {
  return {
    title: 'Welfare per consumer ÷ oracle and ÷ safe oracle (mean [95 % CI] over consumers), money to dishonest brands, budget violations',
    header: head(study, ['policy', '÷ oracle', '÷ safe oracle', 'money to dishonest brands', 'budget violations']),
    rows: study.variants.flatMap((v) =>
      POLICY_IDS.flatMap((p) => {
        const s = v.metrics.policies[p];
        const r = v.metrics.perConsumer.ratios[p];
        return s && r ? [[...prefix(study, v), p, meanWithInterval(r.oracle), meanWithInterval(r.safeOracle), pct(s.dishonestSpendShare), s.budgetViolations]] : [];
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
