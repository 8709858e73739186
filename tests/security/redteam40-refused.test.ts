// Red team 40's attacks that main already refused, kept so they stay refused: money fields a brand bends (a price as
// a string, fractional, past the largest amount; a currency in lower case or padded; no units or a billion of them to
// fake a unit price; a shipping fee or a tax line in a field of its own), a brands.json that points the butler at
// file:, data: or javascript: URLs or names one id twice, and `__proto__` keys in the web app's JSON bodies.
import { describe, expect, it } from 'vitest';
import { parseBrandDirectory } from '../../agent/directory/index.ts';
import { OfferSchema } from '../../protocol/index.ts';
import { OutcomeRequestSchema } from '../../web/routes/order-routes.ts';
import { ProfileChangeSchema } from '../../web/routes/settings-routes.ts';
import { slyOffer } from './sly-market.ts';

/** Sly's offer as JSON text with `edit` applied to its parsed value, parsed back as a brand's answer would be. */
const asReceived = (edit: (offer: Record<string, any>) => void) => {
  const offer = JSON.parse(JSON.stringify(slyOffer('s1', 'r1')));
  edit(offer);
  return OfferSchema.safeParse(JSON.parse(JSON.stringify(offer)));
};

describe('money fields a brand bends', () => {
  it.each([
    ['a price as a string', (o: any) => (o.price.amountMinor = '9000')],
    ['a fractional price', (o: any) => (o.price.amountMinor = 90.5)],
    ['a price of 1e300', (o: any) => (o.price.amountMinor = 1e300)],
    ['a negative price', (o: any) => (o.price.amountMinor = -9000)],
    ['a currency in lower case', (o: any) => (o.price.currency = 'eur')],
    ['a currency padded with spaces', (o: any) => (o.price.currency = ' EUR')],
    ['no units', (o: any) => (o.quantity = 0)],
    ['a billion units', (o: any) => (o.quantity = 1e9)],
  ])('%s is refused', (_what, edit) => {
    expect(asReceived(edit).success).toBe(false);
  });

  it('a shipping fee or a tax line in a field of its own never reaches the butler: the price is the total', () => {
    const parsed = asReceived((o) => {
      o.shippingFee = { amountMinor: -5_000, currency: 'EUR' };
      o.taxLines = [{ name: 'VAT', amountMinor: 1_800 }];
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data).not.toHaveProperty('shippingFee');
    expect(parsed.data).not.toHaveProperty('taxLines');
    expect(parsed.data?.price).toEqual({ amountMinor: 9_000, currency: 'EUR' });
  });
});

describe('a brands.json that points the butler elsewhere', () => {
  it.each(['file:///etc/passwd', 'data:text/plain,hello', 'javascript:alert(1)', 'ftp://brand.example/mcp'])('an http entry at %s is refused', (url) => {
    expect(() => parseBrandDirectory({ brands: [{ id: 'sly', kind: 'http', url }] })).toThrow(/not a valid brand directory/);
  });

  it('one id named twice is refused', () => {
    expect(() => parseBrandDirectory({ brands: [{ id: 'trailco', kind: 'builtin' }, { id: 'trailco', kind: 'http', url: 'https://sly.example/mcp' }] })).toThrow(/unique/);
  });
});

describe('`__proto__` keys in the web app’s JSON bodies', () => {
  it('pollute nothing and set nothing the schema does not name', () => {
    const profile = ProfileChangeSchema.safeParse(JSON.parse('{"__proto__": {"polluted": true}}'));
    const outcome = OutcomeRequestSchema.safeParse(JSON.parse('{"text": "ok", "__proto__": {"satisfied": true, "polluted": true}}'));
    expect(outcome.success && outcome.data.satisfied).toBe(undefined);
    expect(profile.success && (profile.data as Record<string, unknown>).polluted).not.toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
