// rounds.csv has a column per strategy of the market: its columns follow the scenario, never what a run happened to
// pay, so the files of one study at different seeds merge (review mend36a: share:long-con came and went with spend).
import { describe, expect, it } from 'vitest';
import { roundsCsv, runStudy, type StudyResult } from '../../sim/index.ts';
import { tinyScenario } from './sim-fixtures.ts';

const headerOf = (study: StudyResult) => roundsCsv(study).split('\n')[0]!.split(',');

/** The same study as if no policy had paid any `strategy` brand (as at another seed). */
function unpaid(study: StudyResult, strategy: string): StudyResult {
  return {
    ...study,
    variants: study.variants.map((v) => ({
      ...v,
      metrics: {
        ...v.metrics,
        rounds: v.metrics.rounds.map((r) => ({
          ...r,
          policies: Object.fromEntries(
            Object.entries(r.policies).map(([p, s]) => [p, s && { ...s, spendShareByStrategy: Object.fromEntries(Object.entries(s.spendShareByStrategy).filter(([k]) => k !== strategy)) }]),
          ),
        })),
      },
    })),
  };
}

describe('rounds.csv columns', () => {
  it('has share:long-con when the market has a long-con brand, whether or not any policy paid it', async () => {
    const withLongCon = tinyScenario({ rounds: 1, consumers: { count: 2 }, policies: ['butler', 'naive', 'oracle'], brands: { ...tinyScenario().brands, dishonestMix: { 'long-con': 1, deceptive: 1 } } });
    const study = await runStudy({ raw: withLongCon, source: 'tiny', overrides: [] }, { mode: 'fast', workers: 1, events: false });
    expect(headerOf(study)).toContain('share:long-con');
    expect(headerOf(unpaid(study, 'long-con'))).toEqual(headerOf(study));
  }, 60_000);

  it('has no share:long-con column when the market has no long-con brand', async () => {
    const without = tinyScenario({ rounds: 1, consumers: { count: 2 }, policies: ['butler', 'naive'] });
    const study = await runStudy({ raw: without, source: 'tiny', overrides: [] }, { mode: 'fast', workers: 1, events: false });
    expect(headerOf(study)).not.toContain('share:long-con');
  }, 60_000);
});
