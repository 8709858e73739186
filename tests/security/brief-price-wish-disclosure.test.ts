// Red team 50: what the brief discloses. The person's budget reaches a brand only under the 'share-budget' disclosure
// setting (absent by default), but a price wish said beside it ("size 43, max 120 EUR, price below 100 ideally") went
// to every brand with its figure (a soft preference price lower, value 100.00 EUR) under the default 'minimal' setting:
// the brand learns the amount the person hopes to pay and can price up to it. The figure now follows the same setting
// as the budget; the wish itself ("cheaper is better") and every other preference's value still go.
import { afterEach, describe, expect, it } from 'vitest';
import type { Need } from '../../agent/need/index.ts';
import type { NeedBriefInput } from '../../protocol/index.ts';
import { butlerBesideTrailco, need as headphones, slyConnection, slyOffer } from './sly-market.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** The briefs Sly received (the first request's, and any follow-up's) when the person (with `disclosure`) shopped for `need`. */
async function briefsAtSly(need: Need, disclosure: 'minimal' | 'share-budget'): Promise<NeedBriefInput[]> {
  const seen: NeedBriefInput[] = [];
  const sly = slyConnection({
    requestOffers: (brief) => {
      seen.push(brief);
      return { requestId: brief.requestId, outcome: 'offers', offers: [slyOffer(`o-${brief.requestId}`, brief.requestId)] };
    },
  });
  const h = await butlerBesideTrailco(sly, { disclosure });
  close = h.close;
  await h.butler.shop(need);
  if (seen.length === 0) throw new Error('no brief reached Sly');
  return seen;
}

const wishing: Need = {
  ...headphones,
  softPreferences: [
    { attribute: 'price', direction: 'lower', value: 10_000, weight: 0.7 },
    { attribute: 'battery_hours', direction: 'higher', value: 30, weight: 0.4 },
  ],
  budget: { amountMinor: 12_000, currency: 'EUR' },
};

describe('the person’s price wish in the brief', () => {
  it('(fixed) by default the brief carries neither the budget nor the figure of the price wish (on main: price lower, value 10000)', async () => {
    const briefs = await briefsAtSly(wishing, 'minimal');
    const brief = briefs[0]!;
    expect(brief.budgetCeiling).toBeUndefined();
    const price = brief.softPreferences?.find((p) => p.attribute === 'price');
    expect(price?.direction).toBe('lower');
    expect(price && 'value' in price).toBe(false);
    // No brief, the follow-up's ("anything cheaper?") included, carries the figure.
    for (const b of briefs) expect(JSON.stringify(b)).not.toContain('10000');
  }, 120_000);

  it('honest twin: other preferences keep their values by default (battery at least 30 h)', async () => {
    const [brief] = await briefsAtSly(wishing, 'minimal');
    expect(brief?.softPreferences?.find((p) => p.attribute === 'battery_hours')?.value).toBe(30);
  }, 120_000);

  it('honest twin: a person who shares the budget shares the wish’s figure too, unchanged', async () => {
    const [brief] = await briefsAtSly(wishing, 'share-budget');
    expect(brief?.budgetCeiling).toEqual({ amountMinor: 12_000, currency: 'EUR' });
    expect(brief?.softPreferences?.find((p) => p.attribute === 'price')?.value).toBe(10_000);
  }, 120_000);
});
