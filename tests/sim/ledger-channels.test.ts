import { afterEach, describe, expect, it } from 'vitest';
import { runSimulation, scenarioFrom, type EventRow } from '../../sim/index.ts';
import { ALL_LEDGER_CHANNELS, applyLedgerCut } from '../../sim/scripts/ledger-channels.ts';
import { tinyScenario } from './sim-fixtures.ts';

// sim/scripts/ledger-gap.ts splits the butler's gap to its no-ledger ablation by the ledger's channels. The split is
// only whole if the channels are every way the ledger reaches a decision: cut them all and the butler must decide as
// the ablation does, decision by decision. A new use of the trust port that the cuts miss fails here.

afterEach(() => applyLedgerCut('none'));

const decisions = (rows: readonly EventRow[], policy: string) =>
  rows.filter((r) => r.policy === policy).map((r) => `${r.round}|${r.consumer}|${r.status}|${r.brand}|${r.product}|${r.charged}|${r.welfare}`);

async function run(cut: string, household: number): Promise<EventRow[]> {
  applyLedgerCut(cut);
  const scenario = scenarioFrom(tinyScenario({ seed: 13, rounds: 5, consumers: { count: 4, household }, policies: ['butler', 'butler-no-ledger'] }), [], 'tiny');
  return (await runSimulation(scenario, { mode: 'fast', workers: 1, events: true, validateTrustEvents: false })).events;
}

describe('the ledger channels ledger-gap cuts', () => {
  it('are all of them: with every one cut the butler decides as its no-ledger ablation, alone or in a household', async () => {
    for (const household of [1, 2]) {
      const uncut = await run('none', household);
      // The ledger matters in this market (otherwise the check below says nothing).
      expect(decisions(uncut, 'butler')).not.toEqual(decisions(uncut, 'butler-no-ledger'));
      const cut = await run(ALL_LEDGER_CHANNELS, household);
      expect(decisions(cut, 'butler')).toEqual(decisions(cut, 'butler-no-ledger'));
      expect(decisions(cut, 'butler-no-ledger')).toEqual(decisions(uncut, 'butler-no-ledger'));
    }
  }, 300_000);

  it('refuses a channel it does not know', () => {
    expect(() => applyLedgerCut('view+memory')).toThrow(/unknown channel 'memory'/);
  });
});
