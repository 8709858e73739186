import type { SeedsResult } from '../run/run-seeds.ts';
import { POLICY_IDS } from '../policies/policy-ids.ts';
import { PAIRED_HEADER, pairedCells, pairedTitle, RATIO_HEADER, ratioCells, ratioTitle } from './headline-tables.ts';
import { caughtShareText, pct, type KeyTable } from './key-tables.ts';

/**
 * Every policy over the pooled seeds: welfare ÷ oracle and ÷ safe oracle per consumer and of totals with CIs, money to dishonest
 * brands (by strategy, whatever they did at the time) and to brands while they deceive (deceptive, bait-and-switch and whitewasher brands always, on-off brands in
 * a cheating window; an on-off brand's honest-window sales are honest trade), to brands the butler had already caught
 * when it bought (what its ledger failed to keep from known offenders), budget violations.
 */
export function seedRatioTable(r: SeedsResult): KeyTable {
  return {
    title: `${r.name}, seeds ${r.seeds.join(', ')}: ${ratioTitle(r.statistics, 'seed × consumer unit')}`,
    header: ['policy', ...RATIO_HEADER, 'money to dishonest brands', 'while they deceive', 'to brands it had caught', 'budget violations'],
    rows: POLICY_IDS.flatMap((p) => {
      const ratios = r.statistics.ratios[p];
      const money = r.money[p];
      return ratios && money ? [[p, ...ratioCells(ratios), pct(money.dishonestSpendShare), pct(money.deceivingSpendShare), caughtShareText(p, money.caughtSpendShare), money.budgetViolations]] : [];
    }),
  };
}

/** The butler against every other policy over the pooled seeds: paired differences in money per seed × consumer ÷ the mean oracle welfare. */
export function seedPairedTable(r: SeedsResult): KeyTable {
  return {
    title: `${r.name}: ${pairedTitle(r.statistics, 'seed × consumer unit')}`,
    header: PAIRED_HEADER,
    rows: r.statistics.paired.map(pairedCells),
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
