// Red team 40: evidence "issued" by the butler. The butler issues no certificate, test report or review, so evidence
// whose issuer is the butler itself ("Majordome", "your butler", "your AI assistant", "your trust ledger", in any
// spelling the name folding reads alike) names nobody a person could check with: the brand wrote it and signed it with
// the butler's name. On 0220d75 it counted as checkable evidence from a named issuer (claim-has-evidence, supports).
import { afterEach, describe, expect, it } from 'vitest';
import { labelConnections, type BrandConnection } from '../../agent/butler/index.ts';
import { BUTLER_NAMES } from '../../agent/identity/index.ts';
import { evidenceFlaw } from '../../agent/scoring/check-claim-support.ts';
import { butlerBesideTrailco, need, slyConnection, slyOffer } from './sly-market.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** The codes of Sly's claim-support findings when its true 44 h battery claim cites a certificate from `issuer`. */
async function supportFor(issuer: string): Promise<string[]> {
  const evidence = { kind: 'certification' as const, reference: 'CERT-2026-0042', issuer };
  const sly = slyConnection({ requestOffers: (brief) => ({ requestId: brief.requestId, outcome: 'offers', offers: [slyOffer('s1', brief.requestId, { claims: [{ attribute: 'battery_hours', asserted: 44, evidence }] })] }) });
  const m = await butlerBesideTrailco(sly);
  close = m.close;
  const result = await m.butler.shop(need);
  const entry = [...result.ranking.ranked, ...result.ranking.excluded].find((r) => r.offer.brandId === 'sly');
  if (!entry) throw new Error('sly not scored');
  return entry.scores.honesty.evidence.map((e) => e.code).filter((c) => c.startsWith('claim-'));
}

describe('evidence whose issuer is the butler', () => {
  it.each(['Majordome', 'MAJORDOME Verification Service', 'Maj\u043ErdOme', 'your butler', 'Your AI assistant', 'The shopping agent', 'Your trust ledger', 'Majordome honesty ledger'])(
    '(fixed) issuer “%s” is not checkable evidence',
    async (issuer) => {
      const codes = await supportFor(issuer);
      expect(codes).toContain('claim-evidence-uncheckable');
      expect(codes).not.toContain('claim-has-evidence');
    },
    300_000,
  );

  it.each(['TÜV Rheinland', 'Butler Testing Laboratories', 'Stiftung Warentest', 'Ledger SAS'])('issuer “%s” still is', async (issuer) => {
    expect(await supportFor(issuer)).toContain('claim-has-evidence');
  }, 300_000);

  // Red team 50 made "The Butler Institute" and "Majordome SARL" checkable (a role naming another body, the name and a
  // legal form); review50a then signed evidence as the butler with the same shapes. One list of the butler's names
  // (agent/identity) is read by the issuer check and the card labels, and any name holding one of them is the butler.
  it.each(['Majordome Inc.', 'Majordome (SARL)', 'Trust Ledger Ltd', 'The Butler Seal of Approval', 'The butler certification lab', 'The Butler Institute', 'Majordome SARL'])(
    'hostile twin: issuer “%s”, the butler’s name with a suffix, is not checkable',
    async (issuer) => {
      const codes = await supportFor(issuer);
      expect(codes).toContain('claim-evidence-uncheckable');
      expect(codes).not.toContain('claim-has-evidence');
    },
    300_000,
  );

  it.each(['Certified by the AI assistant', 'The butler’s own lab', 'Your Butler Ltd', 'My shopping agent', 'Majordome SARL verification desk', 'Majordome trust ledger GmbH', 'majordome'])(
    'hostile twin: issuer “%s” is still the butler’s name, not checkable',
    async (issuer) => {
      const codes = await supportFor(issuer);
      expect(codes).toContain('claim-evidence-uncheckable');
      expect(codes).not.toContain('claim-has-evidence');
    },
    300_000,
  );
});

describe('the butler’s names are one list', () => {
  it('every name of BUTLER_NAMES is an issuer nobody can check and a card name shown with its entry id', () => {
    expect(BUTLER_NAMES.length).toBeGreaterThan(3);
    for (const name of BUTLER_NAMES) {
      expect(evidenceFlaw({ kind: 'certification', reference: 'CERT-2026-0042', issuer: name }), name).toBe('issuer');
      const card = (id: string, n: string) => ({ id, card: { id, name: n } }) as unknown as BrandConnection;
      expect(labelConnections([card('sly-shoes', name)])[0]!.card.name, name).toBe(`${name} (sly-shoes)`);
    }
  });
});
