// The conformance kit names each offer it finds at fault by its id. Offer ids are up to 128 characters: cut at 60,
// two offers whose ids share their first 60 characters read as one offer twice, and the brand's developer cannot tell
// which offer failed. Long ids are shortened with a hash of the whole id (protocol's shortenId), never cut.
import { describe, expect, it } from 'vitest';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';
import { linkRawBrand, type RawBrandHooks } from './raw-brand.ts';
import { conformanceOfLinked } from './run-in-memory.ts';

const SHARED = `fixture-shoes-european-distribution-network-catalogue-${'x'.repeat(30)}`;

function offersNamingAnotherBrand(idOf: (i: number) => string): RawBrandHooks {
  return {
    result: (name, outcome, standard) => {
      const result = standard();
      if (name !== 'request_offers' || !outcome.ok || !result.structuredContent) return result;
      const offers = ((result.structuredContent.offers as Array<Record<string, unknown>> | undefined) ?? []).map((o, i) => ({ ...o, offerId: idOf(i), brandId: 'someone-else' }));
      const structuredContent = { ...result.structuredContent, offers };
      return { ...result, structuredContent, content: [{ type: 'text', text: JSON.stringify(structuredContent) }] };
    },
  };
}

async function offerBrandReason(idOf: (i: number) => string): Promise<string> {
  const report = await conformanceOfLinked(await linkRawBrand(fixtureBrand(), offersNamingAnotherBrand(idOf)));
  const result = report.results.find((r) => r.id === 'offer.brand');
  expect(result?.status).toBe('fail');
  return result!.reason;
}

describe('conformance offer labels with long offer ids', () => {
  it('(fixed) two failing offers whose ids share their first 60 characters are named apart', async () => {
    const reason = await offerBrandReason((i) => `${SHARED}-offer-${i}`);
    const named = [...reason.matchAll(/(\S+) names brand someone-else/g)].map((m) => m[1]!);
    expect(named).toHaveLength(2);
    expect(new Set(named).size).toBe(2);
    for (const n of named) expect(n.length).toBeLessThanOrEqual(60);
  });

  it('a short offer id is named whole', async () => {
    const reason = await offerBrandReason((i) => `short-offer-${i}`);
    expect(reason).toContain('short-offer-0 names brand someone-else; short-offer-1 names brand someone-else');
  });
});
