/** The buyer policies a scenario can compare, side by side on the same draws. */
export const POLICY_IDS = [
  'butler',
  'butler-no-ledger',
  'butler-no-pressure',
  'butler-no-divergence',
  'naive',
  'first-offer',
  'cheapest',
  'oracle',
  'safe-oracle',
] as const;

/** One buyer policy id. */
export type PolicyId = (typeof POLICY_IDS)[number];

/** What each policy is, in one line (for reports). */
export const POLICY_DESCRIPTIONS: Readonly<Record<PolicyId, string>> = {
  butler: 'Majordome butler (real agent code): questions, haggling, fit/honesty/pressure scoring, trust ledger, divergence slot',
  'butler-no-ledger': 'Butler whose trust ledger forgets everything (no past outcomes, no trust views)',
  'butler-no-pressure': 'Butler whose text pressure detector sees nothing (behavioural pressure signals remain)',
  'butler-no-divergence': 'Butler with exploration appetite 0 (no divergence slot)',
  naive: 'Believes every claim: best claimed fit for the price among offers claiming to meet the constraints',
  'first-offer': 'Takes the first offer to arrive that claims to meet the constraints within budget',
  cheapest: 'Takes the cheapest offer claiming to meet the constraints within budget',
  oracle: 'Knows the ground truth (true products, true receipts) and haggles like the butler: the welfare upper bound',
  'safe-oracle': 'The oracle restricted to offers of brands whose true strategy is honest: the best a perfect judge gets without ever trading with a dishonest brand',
};

/** What each policy knows and uses when it decides (disclosed in reports: the baselines are not equally informed). */
export const POLICY_KNOWLEDGE: Readonly<Record<PolicyId, string>> = {
  butler: "The need as stated (constraints, budget, the most important preferences), brands' own answers and its own ledger of past outcomes; never the truth",
  'butler-no-ledger': 'As the butler, but remembers no past outcome',
  'butler-no-pressure': 'As the butler, but cannot read pressure in brand text',
  'butler-no-divergence': 'As the butler, never shows a divergent option',
  naive: "The consumer's TRUE money value of a perfect product (to weigh claimed fit against price) and the budget, which it authorises in full; believes every claim",
  'first-offer': 'The stated constraints and the budget, which it authorises in full; believes every claim',
  cheapest: 'The stated constraints and the budget, which it authorises in full; believes every claim',
  oracle: "Everything: true products, the consumer's true tastes and value, every brand's true receipt behaviour",
  'safe-oracle': "Everything the oracle knows, plus which brands are truly honest (it trades only with those)",
};

/** Policies that run the butler (and so keep a ledger, rank offers and may pick a divergent option). */
export const BUTLER_POLICIES: readonly PolicyId[] = ['butler', 'butler-no-ledger', 'butler-no-pressure', 'butler-no-divergence'];

/** Butler policies whose ledger remembers (trust metrics are read from these). */
export const LEDGER_POLICIES: readonly PolicyId[] = ['butler', 'butler-no-pressure', 'butler-no-divergence'];
