// docs/how-to-be-recommended.md states the butler's heuristics in words; this test keeps its numbers equal to the code's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VALUE_MODEL } from '../../agent/decision/index.ts';
import { BEHAVIOUR_RULES } from '../../agent/scoring/index.ts';
import { RECOMMENDATION_FLOOR, TRUST_PARAMETERS } from '../../agent/trust/index.ts';

const doc = readFileSync('docs/how-to-be-recommended.md', 'utf8');
const DAY_MS = 86_400_000;

describe('docs/how-to-be-recommended.md matches the code', () => {
  it('states the behaviour thresholds', () => {
    expect(doc).toContain(`less than **${BEHAVIOUR_RULES.shortValidityMinutes} minutes**`);
    expect(doc).toContain(`at least **${BEHAVIOUR_RULES.upsellPriceRatio}×**`);
    expect(doc).toContain(`at least **${BEHAVIOUR_RULES.minComparables}** comparable offers`);
    expect(doc).toContain(`valid for at least ${BEHAVIOUR_RULES.shortValidityMinutes} minutes`);
  });

  it('states the value model', () => {
    expect(doc).toContain(`\`VALUE_MODEL.preferencePremium\` = ${VALUE_MODEL.preferencePremium}`);
    expect(doc).toContain(`\`VALUE_MODEL.hassleShare\` = ${VALUE_MODEL.hassleShare}`);
    expect(doc).toContain(`${Math.round(VALUE_MODEL.hassleShare * 100)} % of the price`);
  });

  it('states the trust parameters', () => {
    const p = TRUST_PARAMETERS;
    expect(doc).toContain(`halves every **${p.halfLifeMs / DAY_MS} days**`);
    expect(doc).toContain(`starts at **${p.calibration.baseRate}** with the weight of two checks`);
    expect(p.calibration.priorWeight).toBe(2);
    expect(doc).toContain(`below **${RECOMMENDATION_FLOOR}** (\`RECOMMENDATION_FLOOR\``);
    expect(doc).toContain(`punitive honesty score starts at ${p.baseRate.honesty}`);
    expect(doc).toContain(`up to ${p.stake.maxFactor}×`);
    const w = p.weights;
    expect(doc).toContain(`a claim checked and true **+${w.claimVerified}**; a claim found false **−${w.claimContradicted}**`);
    expect(doc).toContain(`(bait-and-switch) **−${w.baitAndSwitch}**`);
    expect(doc).toContain(`an honest decline **+${w.honestDecline.honesty}** honesty and **+${w.honestDecline.pressure}** calm`);
    expect(doc).toContain(`a pressure tactic **−${w.pressureTactic.default}** (instructions aimed at the butler **−${w.pressureTactic.bySlug.injection}**, sneaking **−${w.pressureTactic.bySlug.sneaking}**, confirmshaming **−${w.pressureTactic.bySlug.confirmshaming}**)`);
    const o = w.orderOutcome;
    expect(doc).toContain(`as described **+${o.asDescribed}**, not as described **−${o.notAsDescribed}**, not delivered **−${o.notDelivered}**, late **−${o.late}**`);
    expect(doc).toContain(`identity rules (naming another brand) **−${w.protocolViolation}**`);
    const c = p.combination;
    expect(doc).toContain(`trust = honesty^${c.honesty} · calm^${c.pressure} · fit^${c.fit}`);
  });
});
