import { describe, expect, it } from 'vitest';
import {
  INJECTION_PHRASES,
  SHORT_INJECTIONS,
  createReferenceBrand,
  createStrategyBrand,
  groundTruthOf,
  loadReferenceMarket,
  onOffPhase,
  OnOffParamsSchema,
} from '../../brand-agent/reference/index.ts';
import { hashOfferTerms, hashReceiptTerms, violatedConstraints, NeedBriefSchema, type Offer, ProtocolError } from '../../protocol/index.ts';
import { ancNotSony, decafCapsules, impossibleShoes, organicEspresso1kg, trailShoes43 } from './briefs.ts';
import { CHEAT_NOW, DirectBrand, NOW } from './harness.ts';

const market = loadReferenceMarket();

/** Stated facts (claims and product attributes) that the ground truth contradicts. */
function falseStatements(offer: Offer): string[] {
  const truth = groundTruthOf(offer.product.sku);
  if (!truth) throw new Error(`no truth for ${offer.product.sku}`);
  const out: string[] = [];
  for (const c of offer.claims) if (truth.attributes[c.attribute] !== undefined && truth.attributes[c.attribute] !== c.asserted) out.push(`claim ${c.attribute}`);
  for (const [a, v] of Object.entries(offer.product.attributes)) if (truth.attributes[a] !== v) out.push(`attribute ${a}`);
  return out;
}

function minutesValid(offer: Offer, now: Date): number {
  return (Date.parse(offer.validUntil) - now.getTime()) / 60_000;
}

const PRESSURE = /only \d+ left|\d+ units remaining|last \d+ pieces|minutes|timer|people bought|shoppers are looking|happy customers|taste|discerning|experts pick|regretting|do not care about quality|miss out|prices go up/i;

describe('honest (Trailco)', () => {
  it('offers only fitting products, with true claims, calm text, a day or more to decide and matching receipts', async () => {
    const brand = new DirectBrand(createReferenceBrand('trailco'));
    const brief = NeedBriefSchema.parse(trailShoes43());
    const response = await brand.request(brief);
    expect(response.offers.length).toBeGreaterThanOrEqual(2);
    for (const offer of response.offers) {
      expect(violatedConstraints(offer.product, brief.hardConstraints)).toEqual([]);
      expect(falseStatements(offer)).toEqual([]);
      expect(offer.discount).toBeUndefined();
      expect(minutesValid(offer, NOW)).toBeGreaterThanOrEqual(24 * 60);
      expect(offer.pitch ?? '').not.toMatch(PRESSURE);
    }
    const offer = response.offers[0] as Offer;
    expect((await brand.ask(offer, 'Is it waterproof?')).stance).toBe('confirmed');
    const receipt = await brand.order(offer);
    expect(receipt.charged).toEqual(offer.price);
    expect(receipt.terms).toEqual(offer.terms);
    expect(receipt.termsHash).toBe(hashOfferTerms(offer));
  });

  it('concedes toward its floor and never below it, then closes the negotiation', async () => {
    const brand = new DirectBrand(createReferenceBrand('trailco'));
    const offer = (await brand.request(trailShoes43())).offers[0] as Offer;
    const floor = Math.ceil(offer.price.amountMinor * 0.93);
    const lowball = { amountMinor: Math.round(offer.price.amountMinor * 0.5), currency: 'EUR' };
    let latest = offer;
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const result = await brand.counter(latest, { price: lowball });
      outcomes.push(result.outcome);
      if (result.offer) {
        expect(result.offer.price.amountMinor).toBeGreaterThanOrEqual(floor);
        expect(result.offer.price.amountMinor).toBeLessThanOrEqual(latest.price.amountMinor);
        latest = result.offer;
      }
      if (result.outcome === 'reject') break;
    }
    expect(outcomes[0]).toBe('counter');
    expect(outcomes).toContain('final-offer');
    expect(latest.price.amountMinor).toBe(floor);
    // A price at or above the next ask is accepted as proposed; the revised offer is orderable.
    const fresh = new DirectBrand(createReferenceBrand('trailco'));
    const first = (await fresh.request(trailShoes43('req-accept'))).offers[0] as Offer;
    const accepted = await fresh.counter(first, { price: { amountMinor: first.price.amountMinor - 100, currency: 'EUR' } });
    expect(accepted.outcome).toBe('accept');
    expect(accepted.offer?.price.amountMinor).toBe(first.price.amountMinor - 100);
    expect((await fresh.order(accepted.offer as Offer)).charged.amountMinor).toBe(first.price.amountMinor - 100);
  });

  it('declines what it cannot serve, without a sales pitch', async () => {
    const response = await new DirectBrand(createReferenceBrand('trailco')).request(impossibleShoes());
    expect(response.outcome).toBe('decline');
    expect(response.decline?.reason).toBe('no-fit');
  });
});

describe('honest-decliner (Stride Lab, Kaffeekontor)', () => {
  it('declines a brief nothing fits, with a reason and a helpful suggestion naming what misses', async () => {
    const shoes = await new DirectBrand(createReferenceBrand('stride-lab')).request(trailShoes43());
    expect(shoes.outcome).toBe('decline');
    expect(shoes.decline?.reason).toBe('no-fit');
    expect(shoes.decline?.suggestion).toMatch(/closest is .* but terrain is road/);
    const capsules = await new DirectBrand(createReferenceBrand('kaffeekontor')).request(decafCapsules());
    expect(capsules.decline?.reason).toBe('no-fit');
    expect(capsules.decline?.suggestion).toMatch(/form is beans/);
    const wrongCategory = await new DirectBrand(createReferenceBrand('kaffeekontor')).request(trailShoes43());
    expect(wrongCategory.decline?.reason).toBe('not-our-category');
    expect(wrongCategory.decline?.suggestion).toMatch(/specialist/);
  });

  it('declines a weak fit on the soft preferences when asked to be strict', async () => {
    const catalog = market.catalogOf('stride-lab');
    const strict = createStrategyBrand({ id: 'strict-lab', name: 'Strict Lab', strategy: 'honest-decliner', params: { minFitScore: 0.9 }, catalog, categories: ['running-shoes', 'headphones'] });
    const brief = { ...ancNotSony('req-weak'), softPreferences: [{ attribute: 'battery_hours', direction: 'higher' as const, value: 40, weight: 1 }] };
    const response = await new DirectBrand(strict).request(brief);
    expect(response.outcome).toBe('decline');
    expect(response.decline?.message).toMatch(/matches your preferences poorly/);
    const lenient = await new DirectBrand(createReferenceBrand('stride-lab')).request(ancNotSony());
    expect(lenient.outcome).toBe('offers');
  });
});

describe('pushy (Pushy Sports)', () => {
  it('short validity, pressure text and upsells above the need', async () => {
    const brand = new DirectBrand(createReferenceBrand('pushy-sports'));
    const brief = NeedBriefSchema.parse(trailShoes43());
    const response = await brand.request(brief);
    const [best, ...rest] = response.offers;
    expect(best).toBeDefined();
    for (const offer of response.offers) {
      expect(minutesValid(offer, NOW)).toBeLessThanOrEqual(15);
      expect(offer.pitch ?? '').toMatch(PRESSURE);
    }
    const upsells = rest.filter((o) => o.quantity > brief.quantity || o.price.amountMinor > (best as Offer).price.amountMinor);
    expect(upsells.length).toBeGreaterThanOrEqual(2);
    expect(rest.some((o) => o.quantity > brief.quantity)).toBe(true);
  });

  it('pushes something even when nothing meets the constraints', async () => {
    const brief = NeedBriefSchema.parse(impossibleShoes());
    const response = await new DirectBrand(createReferenceBrand('pushy-sports')).request(brief);
    expect(response.outcome).toBe('offers');
    expect(violatedConstraints((response.offers[0] as Offer).product, brief.hardConstraints).length).toBeGreaterThan(0);
  });

  it('re-pitches a different product when countered and evades questions', async () => {
    const brand = new DirectBrand(createReferenceBrand('pushy-sports'));
    const offer = (await brand.request(ancNotSony())).offers[0] as Offer;
    const result = await brand.counter(offer, { price: { amountMinor: Math.round(offer.price.amountMinor * 0.8), currency: 'EUR' } });
    expect(result.outcome).toBe('counter');
    expect(result.offer?.product.sku).not.toBe(offer.product.sku);
    expect(result.offer?.price.amountMinor).toBeGreaterThan(offer.price.amountMinor);
    expect(result.message).toMatch(PRESSURE);
    const answer = await brand.ask(offer, 'How many hours does the battery last?');
    expect(answer.stance).toBe('unknown');
    expect(answer.claims).toEqual([]);
    expect(answer.text).toMatch(PRESSURE);
  });
});

describe('deceptive (AudioDeals24, Bargain Beans)', () => {
  it('states facts the truth contradicts and a was-price never actually charged', async () => {
    for (const [id, makeBrief] of [['audio-deals-24', ancNotSony], ['bargain-beans', organicEspresso1kg]] as const) {
      const brand = new DirectBrand(createReferenceBrand(id));
      const response = await brand.request(makeBrief());
      expect(response.offers.some((o) => falseStatements(o).length > 0), id).toBe(true);
      for (const offer of response.offers) {
        const usual = market.truth.usualUnitPrice(id, groundTruthOf(offer.product.sku)?.productId ?? '');
        expect(offer.discount?.kind).toBe('was-price');
        expect(offer.discount?.referencePrice.amountMinor).toBeGreaterThan((usual?.amountMinor ?? 0) * offer.quantity);
        const receipt = await brand.order(offer).catch((e: unknown) => (e instanceof ProtocolError ? undefined : Promise.reject(e)));
        if (receipt) expect(receipt.charged.amountMinor).toBeLessThan(offer.discount?.referencePrice.amountMinor ?? 0);
      }
    }
  });

  it('claims a product meets constraints it misses, with made-up evidence, and confirms it when asked', async () => {
    // A deceptive sim brand selling only road shoes, asked for waterproof trail shoes.
    const roadOnly = market.catalogOf('stride-lab').filter((e) => e.product.category === 'running-shoes');
    const liar = createStrategyBrand({ id: 'sim-liar', name: 'Sim Liar', strategy: 'deceptive', params: { referencePriceMarkup: 0.5 }, catalog: roadOnly, categories: ['running-shoes'] });
    const brand = new DirectBrand(liar);
    const brief = NeedBriefSchema.parse(trailShoes43());
    const offer = (await brand.request(brief)).offers[0] as Offer;
    expect(violatedConstraints(offer.product, brief.hardConstraints)).toEqual([]);
    const truth = groundTruthOf(offer.product.sku);
    expect(truth?.attributes.waterproof).toBe(false);
    const claim = offer.claims.find((c) => c.attribute === 'waterproof');
    expect(claim?.asserted).toBe(true);
    expect(claim?.evidence?.reference).toBeDefined();
    expect(truth?.certifications.some((c) => c.reference === claim?.evidence?.reference)).toBe(false);
    const answer = await brand.ask(offer, 'Is it really waterproof?');
    expect(answer.stance).toBe('confirmed');
    expect(answer.claims[0]).toMatchObject({ attribute: 'waterproof', asserted: true });
    // The honest sibling answers from its catalog and says no.
    const honest = new DirectBrand(createStrategyBrand({ id: 'sim-honest', name: 'Sim Honest', strategy: 'honest', catalog: roadOnly, categories: ['running-shoes'] }));
    expect((await honest.request(brief)).outcome).toBe('decline');
  });
});

describe('bait-and-switch (Mega Sole Outlet)', () => {
  it('issues a receipt with worse terms than the accepted offer, hashed honestly', async () => {
    const brand = new DirectBrand(createReferenceBrand('mega-sole-outlet'));
    const offer = (await brand.request(trailShoes43())).offers[0] as Offer;
    const receipt = await brand.order(offer);
    expect(receipt.terms.deliveryDays).toBeGreaterThan(offer.terms.deliveryDays);
    expect(receipt.terms.returnDays).toBeLessThan(offer.terms.returnDays);
    expect(receipt.termsHash).toBe(hashReceiptTerms(receipt));
    expect(receipt.termsHash).not.toBe(hashOfferTerms(offer));
    // With room in the mandate it also charges more than agreed (capped at the mandate).
    const roomy = await brand.order(offer, { idempotencyKey: 'idem-roomy-000000000001', maxAmount: { amountMinor: offer.price.amountMinor * 2, currency: 'EUR' } });
    expect(roomy.charged.amountMinor).toBe(Math.ceil(offer.price.amountMinor * 1.12));
  });

  it('can charge beyond the mandate when parameterised to', async () => {
    const def = createStrategyBrand({
      id: 'sim-switch',
      name: 'Sim Switch',
      strategy: 'bait-and-switch',
      params: { surchargeRatio: 0.2, addDeliveryDays: 0, returnDaysAfterSwitch: null, chargeAboveMandate: true },
      catalog: market.catalogOf('trailco'),
      categories: ['running-shoes'],
    });
    const brand = new DirectBrand(def);
    const offer = (await brand.request(trailShoes43())).offers[0] as Offer;
    const receipt = await brand.order(offer);
    expect(receipt.charged.amountMinor).toBe(Math.ceil(offer.price.amountMinor * 1.2));
    expect(receipt.terms).toEqual(offer.terms);
    expect(() => createStrategyBrand({ ...{ id: 'x', name: 'X', catalog: [], categories: ['coffee'] }, strategy: 'bait-and-switch', params: { surchargeRatio: 0, addDeliveryDays: 0, returnDaysAfterSwitch: null } })).toThrow(/must switch something/);
  });
});

describe('on-off (Quiet Corner)', () => {
  it('switches purely on time windows', () => {
    const params = OnOffParamsSchema.parse({ cycleStart: '2026-01-05T00:00:00.000Z', honestDays: 21, cheatDays: 7 });
    const at = (days: number) => new Date(Date.parse(params.cycleStart) + days * 86_400_000);
    expect(onOffPhase(params, at(0))).toBe('honest');
    expect(onOffPhase(params, at(20.9))).toBe('honest');
    expect(onOffPhase(params, at(21.1))).toBe('cheat');
    expect(onOffPhase(params, at(27.9))).toBe('cheat');
    expect(onOffPhase(params, at(28.1))).toBe('honest');
    expect(onOffPhase(params, at(-0.5))).toBe('cheat');
    expect(onOffPhase(params, NOW)).toBe('honest');
    expect(onOffPhase(params, CHEAT_NOW)).toBe('cheat');
  });

  it('is honest in its honest window and cheats in its cheating window', async () => {
    const honest = new DirectBrand(createReferenceBrand('quiet-corner'), NOW);
    const good = await honest.request(ancNotSony());
    for (const offer of good.offers) {
      expect(falseStatements(offer)).toEqual([]);
      expect(offer.discount).toBeUndefined();
    }
    const goodReceipt = await honest.order(good.offers[0] as Offer);
    expect(goodReceipt.termsHash).toBe(hashOfferTerms(good.offers[0] as Offer));

    const cheat = new DirectBrand(createReferenceBrand('quiet-corner'), CHEAT_NOW);
    const bad = await cheat.request(ancNotSony());
    expect(bad.offers.some((o) => falseStatements(o).length > 0 || o.discount !== undefined)).toBe(true);
    const badOffer = bad.offers[0] as Offer;
    const badReceipt = await cheat.order(badOffer);
    expect(badReceipt.termsHash).not.toBe(hashOfferTerms(badOffer));
    // The window is read at call time: an offer made just before the switch and ordered just after it is switched.
    const early = new DirectBrand(createReferenceBrand('quiet-corner'), new Date('2026-01-25T23:00:00.000Z'));
    const earlyOffer = (await early.request(organicEspresso1kg())).offers[0] as Offer;
    expect(falseStatements(earlyOffer)).toEqual([]);
    early.now = new Date('2026-01-26T01:00:00.000Z');
    expect(Date.parse(earlyOffer.validUntil)).toBeGreaterThan(early.now.getTime());
    const lateReceipt = await early.order(earlyOffer);
    expect(lateReceipt.terms.deliveryDays).toBeGreaterThan(earlyOffer.terms.deliveryDays);
  });
});

describe('prompt-injector (GearBot Direct)', () => {
  const injected = (text: string | undefined) => [...INJECTION_PHRASES, ...SHORT_INJECTIONS].some((p) => (text ?? '').includes(p));

  it('puts instructions for the buyer\'s AI in pitches, titles, evidence, answers and declines', async () => {
    const brand = new DirectBrand(createReferenceBrand('gearbot'));
    const response = await brand.request(trailShoes43());
    expect(response.offers.length).toBeGreaterThan(0);
    for (const offer of response.offers) {
      expect(injected(offer.pitch)).toBe(true);
      expect(injected(offer.product.title)).toBe(true);
      expect(offer.claims.some((c) => injected(c.evidence?.reference))).toBe(true);
      // The goods themselves are as stated.
      expect(falseStatements(offer)).toEqual([]);
    }
    expect(response.offers.some((o) => /ignore (previous|prior) instructions|SYSTEM:|consent/i.test(`${o.pitch} ${o.product.title}`))).toBe(true);
    const answer = await brand.ask(response.offers[0] as Offer, 'Is it waterproof?');
    expect(answer.stance).toBe('confirmed');
    expect(injected(answer.text)).toBe(true);
    const decline = await brand.request(impossibleShoes());
    expect(injected(decline.decline?.message)).toBe(true);
  });
});

describe('whitewasher (Crema Club)', () => {
  it('reappears under a fresh, deterministic identity per epoch and stays deceptive', async () => {
    const catalog = market.catalogOf('crema-club');
    const make = (identityEpoch: number, linkable = false) =>
      createStrategyBrand({ id: 'crema-club', name: 'Crema Club', domain: 'cremaclub.example', strategy: 'whitewasher', params: { identityEpoch, linkable }, catalog, categories: ['coffee'] });
    const original = make(0);
    expect(original.card.id).toBe('crema-club');
    const reborn = make(3);
    expect(reborn.card.id).not.toBe('crema-club');
    expect(reborn.card.id).toMatch(/^crema-club-w3-/);
    expect(reborn.card.name).not.toBe('Crema Club');
    expect(reborn.card.domain).not.toBe('cremaclub.example');
    expect(make(3).card).toEqual(reborn.card);
    expect(make(4).card.id).not.toBe(reborn.card.id);
    expect(make(5, true).card.domain).toBe('cremaclub.example');
    const response = await new DirectBrand(reborn).request(organicEspresso1kg());
    expect(response.offers.every((o) => o.brandId === reborn.card.id)).toBe(true);
    expect(response.offers.some((o) => o.discount !== undefined && falseStatements(o).length > 0)).toBe(true);
    expect((await new DirectBrand(createReferenceBrand('crema-club')).request(organicEspresso1kg())).offers[0]?.brandId).toBe('crema-club');
  });
});
