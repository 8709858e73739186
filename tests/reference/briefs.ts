import { PROTOCOL_VERSION, type NeedBriefInput } from '../../protocol/index.ts';

const common = { protocolVersion: PROTOCOL_VERSION, buyerId: 'buyer-1', quantity: 1, currency: 'EUR', issuedAt: '2026-01-12T08:59:00.000Z' };

/** Waterproof trail shoes, EU 43, lighter is better. */
export function trailShoes43(requestId = 'req-trail-43'): NeedBriefInput {
  return {
    ...common,
    requestId,
    category: 'running-shoes',
    hardConstraints: [
      { attribute: 'size_eu', op: 'eq', value: 43 },
      { attribute: 'terrain', op: 'eq', value: 'trail' },
      { attribute: 'waterproof', op: 'eq', value: true },
    ],
    softPreferences: [{ attribute: 'weight_g', direction: 'lower', weight: 0.6 }],
  };
}

/** Noise-cancelling headphones, not Sony, long battery. */
export function ancNotSony(requestId = 'req-anc'): NeedBriefInput {
  return {
    ...common,
    requestId,
    category: 'headphones',
    hardConstraints: [
      { attribute: 'noise_cancelling', op: 'eq', value: true },
      { attribute: 'maker', op: 'not-in', value: ['Sony'] },
    ],
    softPreferences: [{ attribute: 'battery_hours', direction: 'higher', weight: 0.7 }],
  };
}

/** 1 kg of organic espresso beans. */
export function organicEspresso1kg(requestId = 'req-espresso'): NeedBriefInput {
  return {
    ...common,
    requestId,
    category: 'coffee',
    hardConstraints: [
      { attribute: 'form', op: 'eq', value: 'beans' },
      { attribute: 'organic', op: 'eq', value: true },
      { attribute: 'use', op: 'in', value: ['espresso', 'both'] },
      { attribute: 'weight_g', op: 'eq', value: 1000 },
    ],
    softPreferences: [{ attribute: 'price', direction: 'lower', weight: 0.5 }],
  };
}

/** Decaf capsules (no capsule at all at some shops). */
export function decafCapsules(requestId = 'req-capsules'): NeedBriefInput {
  return {
    ...common,
    requestId,
    category: 'coffee',
    hardConstraints: [
      { attribute: 'form', op: 'eq', value: 'capsules' },
      { attribute: 'decaf', op: 'eq', value: true },
    ],
    softPreferences: [],
  };
}

/** Women's road shoes, EU 39, with a disclosed budget and a deadline. */
export function womensRoad39(requestId = 'req-road-39'): NeedBriefInput {
  return {
    ...common,
    requestId,
    category: 'running-shoes',
    hardConstraints: [
      { attribute: 'size_eu', op: 'eq', value: 39 },
      { attribute: 'gender', op: 'eq', value: 'women' },
      { attribute: 'terrain', op: 'eq', value: 'road' },
    ],
    softPreferences: [{ attribute: 'cushioning', direction: 'equals', value: 'plush', weight: 0.5 }],
    budgetCeiling: { amountMinor: 16000, currency: 'EUR' },
    deliverBy: '2026-01-20T00:00:00.000Z',
    maxOffers: 2,
  };
}

/** In-ear, waterproof to IPX7, with noise cancelling: a sport brief. */
export function sportEarbuds(requestId = 'req-sport'): NeedBriefInput {
  return {
    ...common,
    requestId,
    category: 'headphones',
    hardConstraints: [
      { attribute: 'form', op: 'eq', value: 'in-ear' },
      { attribute: 'water_resistance', op: 'eq', value: 'IPX7' },
    ],
    softPreferences: [{ attribute: 'weight_g', direction: 'lower', weight: 0.3 }],
  };
}

/** Something nobody sells: trail shoes in EU 50. */
export function impossibleShoes(requestId = 'req-size-50'): NeedBriefInput {
  return {
    ...common,
    requestId,
    category: 'running-shoes',
    hardConstraints: [{ attribute: 'size_eu', op: 'eq', value: 50 }],
    softPreferences: [],
  };
}

/** Every brief above, for sweeping all brands. */
export const ALL_BRIEFS = [trailShoes43, ancNotSony, organicEspresso1kg, decafCapsules, womensRoad39, sportEarbuds, impossibleShoes] as const;
