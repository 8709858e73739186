import type { SeedsResult } from '../run/run-seeds.ts';
import { POLICY_IDS } from '../policies/policy-ids.ts';
import { meanWithInterval } from './headline-tables.ts';
import { caughtShareText, pct, type KeyTable } from './key-tables.ts';
import { intervalText, signed, verdictOf } from './verdict.ts';

/**
 * Every policy over the pooled seeds: welfare ÷ oracle and ÷ safe oracle per consumer with CIs, money to dishonest
 * brands (by strategy, whatever they did at the time) and to brands while they deceive (deceptive, bait-and-switch and whitewasher brands always, on-off brands in
 * a cheating window; an on-off brand's honest-window sales are honest trade), to brands the butler had already caught
 * when it bought (what its ledger failed to keep from known offenders), budget violations.
 */
export function seedRatioTable(r: SeedsResult): KeyTable {
  return {
    title: `${r.name}: welfare per consumer ÷ oracle and ÷ safe oracle, mean [95 % CI] over ${r.statistics.units} seed × consumer units (seeds ${r.seeds.join(', ')})`,
    header: ['policy', '÷ oracle', '÷ safe oracle', 'money to dishonest brands', 'while they deceive', 'to brands it had caught', 'budget violations'],
    rows: POLICY_IDS.flatMap((p) => {
      const ratios = r.statistics.ratios[p];
      const money = r.money[p];
      return ratios && money ? [[p, meanWithInterval(ratios.oracle), meanWithInterval(ratios.safeOracle), pct(money.dishonestSpendShare), pct(money.deceivingSpendShare), caughtShareText(p, money.caughtSpendShare), money.budgetViolations]] : [];
    }),
  };
}

/** The butler against every other policy over the pooled seeds: paired per-consumer differences of welfare ÷ oracle. */
export function seedPairedTable(r: SeedsResult): KeyTable {
  return {
    title: `${r.name}: butler − other, per-consumer paired difference of welfare ÷ oracle, 95 % CI`,
    header: ['butler − …', 'mean difference', '95 % CI', 'units', 'verdict'],
    rows: r.statistics.paired.map((d) => [d.versus, signed(d.difference.mean), intervalText(d.difference), d.difference.n, verdictOf(d.difference)]),
  };
}

/** Honest brands in the ledgers at the end of each run, pooled over seeds. */
export function seedHonestTable(r: SeedsResult): KeyTable {
  return {
    title: `${r.name}: honest brands in the butlers' ledgers at the end of the runs (consumer × brand pairs known)`,
    header: ['policy', 'honest below the honesty floor', 'honest non-pushy flagged as pushy'],
    rows: POLICY_IDS.flatMap((p) => {
      const h = r.honestBrands[p];
      return h ? [[p, `${pct(h.belowFloorShare) ?? '—'} (${h.belowFloor} of ${h.pairs})`, `${pct(h.pressureFlaggedShare) ?? '—'} (${h.pressureFlagged} of ${h.nonPushyPairs})`]] : [];
    }),
  };
}
