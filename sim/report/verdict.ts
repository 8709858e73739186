import type { MeanInterval } from '../metrics/mean-interval.ts';
import type { PairedDifference } from '../metrics/paired-statistics.ts';
import type { PolicyId } from '../policies/policy-ids.ts';

/** How each policy is named in a sentence ("better off than …"). */
const SHOPPING: Readonly<Record<PolicyId, string>> = {
  butler: 'the butler',
  'butler-no-ledger': 'its own no-ledger ablation',
  'butler-no-pressure': 'its own ablation blind to pressure text',
  'butler-no-divergence': 'its own ablation without exploration',
  naive: 'naive shopping',
  'first-offer': 'taking the first offer',
  cheapest: 'buying the cheapest offer',
  oracle: 'the oracle',
  'safe-oracle': 'the safe oracle',
};

/** Which side a paired difference falls on: significantly better, significantly worse, or not told apart. */
export type VerdictKind = 'better' | 'worse' | 'no-difference' | 'unknown';

/** Reads a paired interval: better when its lower bound is above 0, worse when its upper bound is below 0. */
export function verdictOf(d: MeanInterval): VerdictKind {
  if (d.low === null || d.high === null) return 'unknown';
  if (d.low > 0) return 'better';
  if (d.high < 0) return 'worse';
  return 'no-difference';
}

/** A signed number with three decimals ("+0.041", "−0.106"). */
export function signed(x: number | null): string {
  if (x === null) return '—';
  const text = Math.abs(x).toFixed(3);
  return x > 0 ? `+${text}` : x < 0 && text !== '0.000' ? `−${text}` : text;
}

/** An interval as "+0.020 to +0.060". */
export function intervalText(d: MeanInterval): string {
  return d.low === null || d.high === null ? 'no interval: fewer than two consumers' : `${signed(d.low)} to ${signed(d.high)}`;
}

/**
 * The interval a paired difference's verdict reads: the difference ÷ the mean oracle welfare, or, when that mean is
 * not positive and so scales nothing, the money interval (its sign is the same verdict); `inMoney` says which.
 */
export function verdictInterval(d: Pick<PairedDifference, 'difference'> & { readonly money?: MeanInterval }): { readonly interval: MeanInterval; readonly inMoney: boolean } {
  const inMoney = verdictOf(d.difference) === 'unknown' && d.money !== undefined && verdictOf(d.money) !== 'unknown';
  return { interval: inMoney ? d.money! : d.difference, inMoney };
}

/**
 * The plain sentence a researcher reads first: is the butler's person better or worse off than with this other way of
 * shopping, on the interval `verdictInterval` picks.
 */
export function verdictSentence(d: Pick<PairedDifference, 'versus' | 'difference'> & { readonly money?: MeanInterval }): string {
  const other = SHOPPING[d.versus];
  const { interval: shown, inMoney } = verdictInterval(d);
  const amount = inMoney
    ? `${signed(shown.mean)} per consumer in minor units of money, the mean oracle welfare being 0 or less (95 % CI ${intervalText(shown)}, ${shown.n} consumers)`
    : `${signed(shown.mean)} of the mean oracle welfare per consumer, in money (95 % CI ${intervalText(shown)}, ${shown.n} consumers)`;
  switch (verdictOf(shown)) {
    case 'better':
      return `The butler left its people better off than ${other}: ${amount}.`;
    case 'worse':
      return `The butler left its people WORSE off than ${other}: ${amount}.`;
    case 'no-difference':
      return `The butler could not be told apart from ${other}: ${amount}; the interval includes 0.`;
    case 'unknown':
      return `Too few consumers to compare the butler with ${other}: ${amount}.`;
  }
}
