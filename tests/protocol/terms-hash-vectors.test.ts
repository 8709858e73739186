import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTermsHashVectors } from '../../brand-agent/conformance/terms-hash-vectors.ts';
import { hashOfferTerms, hashReceiptTerms, type Offer, type Receipt } from '../../protocol/index.ts';
import { termsHashVectors, termsHashVectorsFile } from '../../protocol/terms-hash-vectors.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const committed = JSON.parse(readFileSync('protocol/test-vectors/terms-hash.json', 'utf8')) as ReturnType<typeof termsHashVectorsFile>;
const byName = (name: string) => committed.vectors.find((v) => v.name === name)!;

describe('terms hash test vectors', () => {
  it('the committed file is what the real termsHash functions compute (run `npm run schema:generate` when it differs)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(termsHashVectorsFile())));
  });

  it('every vector: sha256 of its canonical string, and the real hash of its input', () => {
    expect(committed.vectors.length).toBeGreaterThanOrEqual(6);
    for (const v of committed.vectors) {
      expect(sha256(v.canonical), v.name).toBe(v.sha256);
      const real = v.kind === 'offer' ? hashOfferTerms(v.input as unknown as Offer) : hashReceiptTerms(v.input as unknown as Receipt);
      expect(real, v.name).toBe(v.sha256);
    }
  });

  it('pins the rules: only bound fields count, receipts hash charged under price, a changed term changes the hash', () => {
    expect(byName('offer-eur-other-pitch').sha256).toBe(byName('offer-eur').sha256);
    expect(byName('receipt-matching-offer-eur').sha256).toBe(byName('offer-eur').sha256);
    expect(byName('offer-eur-returns-changed').sha256).not.toBe(byName('offer-eur').sha256);
    expect(byName('receipt-bait-and-switch').sha256).not.toBe(byName('offer-eur').sha256);
    expect(byName('offer-eur').canonical).toBe(
      '{"brandId":"trailco","offerId":"trailco-o-1","price":{"amountMinor":12500,"currency":"EUR"},"quantity":1,"sku":"ridge-gtx-43","terms":{"deliveryDays":3,"returnDays":30,"warrantyMonths":24}}',
    );
  });

  it('docs/protocol.md shows every vector hash and canonical string', () => {
    const doc = readFileSync('docs/protocol.md', 'utf8');
    for (const v of termsHashVectors()) {
      expect(doc).toContain(v.sha256);
      expect(doc).toContain(v.canonical);
    }
  });

  it('the conformance kit reads the same file', () => {
    expect(loadTermsHashVectors()).toEqual(committed);
  });
});
