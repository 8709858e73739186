// mendleft40: a certificate with reference "1" from issuer "x" was "checkable evidence from a named issuer": it earned
// the evidence finding ('supports', and the explanation's "comes with a checkable certification from a named issuer")
// like a real certificate. Evidence now needs a reference of at least three letters or digits that holds a number or
// a web address, and (but for a spec sheet) an issuer with a word of two letters or digits, one a letter. Junk earns
// nothing and the explanation says which part is junk.
import { describe, expect, it } from 'vitest';
import { checkClaimSupport } from '../../agent/scoring/check-claim-support.ts';
import { scoreHonesty } from '../../agent/scoring/score-honesty.ts';
import { describeEvidence } from '../../agent/decision/index.ts';
import type { Evidence } from '../../protocol/index.ts';
import { slyOffer } from './sly-market.ts';

const findingFor = (evidence: Evidence) => {
  const items = checkClaimSupport(slyOffer('s1', 'r1', { claims: [{ attribute: 'battery_hours', asserted: 44, evidence }] }));
  expect(items).toHaveLength(1);
  return items[0]!;
};

describe('junk certificate evidence', () => {
  it('(fixed) reference "1" from issuer "x" earns nothing, and the explanation says its reference identifies nothing', () => {
    const junk = findingFor({ kind: 'certification', reference: '1', issuer: 'x' });
    expect(junk.code).toBe('claim-evidence-uncheckable');
    expect(junk.effect).not.toBe('supports');
    expect(junk.impact).toBe(0);
    expect(describeEvidence(junk, 'en')).toBe('battery_hours = 44 cites a certification nobody could check (its reference is no id, number or address)');
    expect(describeEvidence(junk, 'fr')).toContain('sa référence n’est ni un identifiant, ni un numéro, ni une adresse');
  });

  it.each(['x', 'Q', '.', '-–—', '\u2800', '\u200bx\u200b', 'x 1', '\u00e9'])('(fixed) a real reference from issuer %j names nobody', (issuer) => {
    const junk = findingFor({ kind: 'certification', reference: 'CERT-2024-118', issuer });
    expect(junk.code).toBe('claim-evidence-uncheckable');
    expect(describeEvidence(junk, 'en')).toContain('(no issuer is named)');
    expect(describeEvidence(junk, 'fr')).toContain('(aucun émetteur n’est nommé)');
  });

  it.each(['1', '12', 'A1', '#1', '1\u2800\u200b\u2800'])('(fixed) reference %j from a named issuer identifies nothing', (reference) => {
    expect(findingFor({ kind: 'test-report', reference, issuer: 'TÜV SÜD' }).code).toBe('claim-evidence-uncheckable');
  });

  it('(fixed) a spec sheet needs no issuer, but still a reference that identifies something', () => {
    expect(findingFor({ kind: 'spec-sheet', reference: '7' }).code).toBe('claim-evidence-uncheckable');
    expect(findingFor({ kind: 'spec-sheet', reference: 'SPEC-7' }).code).toBe('claim-has-evidence');
  });

  it.each([
    ['CERT-2024-118', 'TÜV SÜD'],
    ['123', 'Ecocert'],
    ['WPC-4821', '3M'],
    ['FR-BIO-01', 'FR-BIO-01'],
    ['https://example.com/c.pdf', 'Intertek'],
    ['認証 2024-7', '日本品質保証機構'],
  ])('a reference %j from issuer %j still counts', (reference, issuer) => {
    const real = findingFor({ kind: 'certification', reference, issuer });
    expect(real.code).toBe('claim-has-evidence');
    expect(describeEvidence(real, 'en')).toBe('battery_hours = 44 comes with a checkable certification from a named issuer');
  });
});

// review40c: junk evidence earned no bonus before either (claimWithEvidence is 0); turning it into
// 'claim-evidence-uncheckable' only took away the −1 for evidence cited behind a claim caught false, so a lie in junk
// scored better than a lie in a plausible certificate. Dotted initials and names cut by punctuation are names.
describe('junk evidence behind a lie, and issuers cut by punctuation', () => {
  const honestyOf = (evidence: Evidence) => {
    const offer = slyOffer('s1', 'r1', { claims: [{ attribute: 'battery_hours', asserted: 80, evidence }] });
    return scoreHonesty({ offer, now: '2029-03-06T10:00:00.000Z', market: { offers: [], answers: [] }, priceHistory: [], transcript: [], pastOutcomes: [], attributes: undefined } as unknown as Parameters<typeof scoreHonesty>[0]);
  };

  it('(fixed) a claim caught false scores no better for citing junk than for citing a plausible certificate', () => {
    const junk = honestyOf({ kind: 'certification', reference: '1', issuer: 'x' });
    const plausible = honestyOf({ kind: 'certification', reference: 'CERT-2024-118', issuer: 'TÜV SÜD' });
    expect(junk.evidence.map((f) => f.code)).toContain('evidence-behind-false-claim');
    expect(junk.probability).toBeLessThanOrEqual(plausible.probability);
  });

  it.each([['E123', 'U.L.'], ['E123', 'C.S.A.'], ['Heft 12/2023', "c't"], ['2023-12', 'H&M']])('(fixed) reference %j from issuer %j counts', (reference, issuer) => {
    expect(findingFor({ kind: 'certification', reference, issuer }).code).toBe('claim-has-evidence');
  });
});
