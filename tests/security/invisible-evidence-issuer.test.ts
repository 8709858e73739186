// Red team 39: a claim's evidence earned the "checkable evidence from a named issuer" honesty bonus with an issuer made
// of zero-width characters (a name nobody can read), and a spec sheet earned it with "https://\u200b.\u200b" as its
// address. Evidence is read as a person sees it: invisible characters name no issuer and point nowhere.
import { describe, expect, it } from 'vitest';
import { checkClaimSupport } from '../../agent/scoring/check-claim-support.ts';
import type { Evidence } from '../../protocol/index.ts';
import { slyOffer } from './sly-market.ts';

const codeFor = (evidence: Evidence) => checkClaimSupport(slyOffer('s1', 'r1', { claims: [{ attribute: 'battery_hours', asserted: 44, evidence }] })).map((e) => e.code);

describe('evidence written in invisible characters', () => {
  it('(fixed) an issuer of zero-width characters names nobody: the certificate is not checkable evidence', () => {
    expect(codeFor({ kind: 'certification', reference: 'CERT-2024-118', issuer: '\u200b\u2060\u200b' })).toEqual(['claim-evidence-uncheckable']);
  });

  it('(fixed) a spec sheet whose address is invisible characters points nowhere', () => {
    expect(codeFor({ kind: 'spec-sheet', reference: 'https://\u200b.\u200b' })).toEqual(['claim-evidence-uncheckable']);
  });

  it('a visible issuer and address still count', () => {
    expect(codeFor({ kind: 'certification', reference: 'CERT-2024-118', issuer: 'TÜV SÜD' })).toEqual(['claim-has-evidence']);
    expect(codeFor({ kind: 'spec-sheet', reference: 'https://example.com/spec.pdf' })).toEqual(['claim-has-evidence']);
  });
});
