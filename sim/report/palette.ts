import type { PolicyId } from '../policies/policy-ids.ts';

/** One colour per policy, the same in every chart. */
export const POLICY_COLORS: Readonly<Record<PolicyId, string>> = {
  butler: '#1f6feb',
  'butler-no-ledger': '#8250df',
  'butler-no-pressure': '#bf8700',
  'butler-no-divergence': '#1a7f37',
  naive: '#cf222e',
  'first-offer': '#e16f24',
  cheapest: '#6e7781',
  oracle: '#24292f',
  'safe-oracle': '#57606a',
};

/** One colour per brand strategy (honest ones cool, dishonest ones warm). */
export const STRATEGY_COLORS: Readonly<Record<string, string>> = {
  honest: '#2da44e',
  'honest-decliner': '#54aeff',
  pushy: '#d4a72c',
  deceptive: '#cf222e',
  'bait-and-switch': '#a40e26',
  'on-off': '#e16f24',
  'prompt-injector': '#8250df',
  whitewasher: '#6e7781',
  'long-con': '#953800',
  unknown: '#afb8c1',
};
