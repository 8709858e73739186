// Red team 39: a claim's evidence earned the "checkable evidence from a named issuer" honesty bonus with an issuer made
// of zero-width characters (a name nobody can read), and a spec sheet earned it with "https://\u200b.\u200b" as its
// address. Evidence is read as a person sees it: invisible characters name no issuer and point nowhere.
import { describe, expect, it } from 'vitest';
import { checkClaimSupport } from '../../agent/scoring/check-claim-support.ts';
import { attributeTextKey, withoutHiddenCharacters, type Evidence } from '../../protocol/index.ts';
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

// Review 39a: blank-looking characters that are not format characters still named an issuer and an address, and
// "invisible" was defined twice (escape-sequences' INVISIBLE_CHARACTERS, attribute-text's UNSEEN), the two disagreeing.
describe('an issuer or address with no letter or digit', () => {
  it.each(['\u2800', '-', '\u0301\u0308', ' \u2800 - \u200b'])('(fixed) issuer %j names nobody', (issuer) => {
    expect(codeFor({ kind: 'certification', reference: 'CERT-2024-118', issuer })).toEqual(['claim-evidence-uncheckable']);
  });

  it.each(['https://\u2800.\u2800', 'https://-.-', 'http://\u0301.\u0301/x'])('(fixed) address %j points nowhere', (reference) => {
    expect(codeFor({ kind: 'spec-sheet', reference })).toEqual(['claim-evidence-uncheckable']);
  });

  it('an issuer or address in any script still counts', () => {
    expect(codeFor({ kind: 'certification', reference: 'CERT-2024-118', issuer: '日本品質保証機構' })).toEqual(['claim-has-evidence']);
    expect(codeFor({ kind: 'certification', reference: 'CERT-2024-118', issuer: '3M' })).toEqual(['claim-has-evidence']);
    expect(codeFor({ kind: 'spec-sheet', reference: 'https://例え.jp/仕様' })).toEqual(['claim-has-evidence']);
  });

  it('(fixed) one definition of invisible: what an attribute comparison drops, shown text drops, and the reverse', () => {
    // Arabic number sign (a format character), an unassigned code point among the invisible operators, a tag letter,
    // a Mongolian vowel separator, a variation selector: each either invisible to both or to neither.
    for (const ch of ['\u0600', '\u2065', '\u{e0041}', '\u180e', '\ufe0f', '\u2800', '\u00ad']) {
      const shown = withoutHiddenCharacters(`b${ch}lack`) === 'black';
      const compared = attributeTextKey(`b${ch}lack`) === 'black';
      expect([ch.codePointAt(0)!.toString(16), shown]).toEqual([ch.codePointAt(0)!.toString(16), compared]);
    }
  });
});
