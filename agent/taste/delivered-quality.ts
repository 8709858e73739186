import { canonicalGtin } from '../../protocol/index.ts';
import { makerKey, type RatedDelivery } from '../trust/index.ts';
import { MAX_RATING, MIN_RATING, TASTE_MODEL } from './taste-model.ts';

/**
 * What this person's ratings of earlier deliveries in a category say about products they may be sold again: the
 * offer's stars tell the quality nobody states. Learned from the ledger's rated deliveries (`ButlerTrust.ratedDeliveries`),
 * so the no-ledger ablation never has it.
 */
export interface DeliveredQualityModel {
  readonly category: string;
  /** How much the person liked what they were delivered in the category, 0..1 (0.5 before any rating), as the taste model reads it. */
  readonly baseline: number;
  /** Per canonical GTIN, and per maker (`makerKey`): forgetting-weighted ratings and Σ weight × (liking − baseline). */
  readonly byGtin: ReadonlyMap<string, { readonly n: number; readonly excess: number }>;
  readonly byMaker: ReadonlyMap<string, { readonly n: number; readonly excess: number }>;
}

/** What the ratings say about one offer's product: a shift of its match (0..1 liking scale) and what it rests on. */
export interface DeliveredQuality {
  /** Posterior mean of (liking − baseline) for the product, else its maker, centred on none: Σ w (like − baseline) ÷ (Σ w + prior). */
  readonly shift: number;
  readonly source: 'product' | 'maker';
  /** Forgetting-weighted ratings behind it. */
  readonly ratings: number;
}

/**
 * Learns, from the person's rated deliveries, how far each product (by GTIN) and each maker they were sold in
 * `category` was liked above or below what they usually like there (pure; same deliveries → same model). Ratings are
 * weighed by the taste model's forgetting, and read on its scale: r in 1..5 stars is (r − 1) / 4 of a like.
 */
export function learnDeliveredQuality(deliveries: readonly RatedDelivery[], category: string, atMs: number): DeliveredQualityModel {
  const rows: Array<{ gtin: string | undefined; maker: string; w: number; like: number }> = [];
  let likes = 0;
  let ratings = 0;
  for (const d of deliveries) {
    if (d.category !== category || !(d.rating >= MIN_RATING && d.rating <= MAX_RATING)) continue;
    const age = atMs - d.atMs;
    const w = age > 0 ? 2 ** (-age / TASTE_MODEL.halfLifeMs) : 1;
    const like = (d.rating - MIN_RATING) / (MAX_RATING - MIN_RATING);
    likes += w * like;
    ratings += w;
    rows.push({ gtin: d.gtin ? canonicalGtin(d.gtin) : undefined, maker: d.maker, w, like });
  }
  const baseline = (likes + 0.5 * TASTE_MODEL.priorWeight) / (ratings + TASTE_MODEL.priorWeight);
  const byGtin = new Map<string, { n: number; excess: number }>();
  const byMaker = new Map<string, { n: number; excess: number }>();
  const add = (map: Map<string, { n: number; excess: number }>, key: string, w: number, excess: number) => {
    const e = map.get(key) ?? { n: 0, excess: 0 };
    e.n += w;
    e.excess += w * excess;
    map.set(key, e);
  };
  for (const r of rows) {
    if (r.gtin !== undefined) add(byGtin, r.gtin, r.w, r.like - baseline);
    add(byMaker, r.maker, r.w, r.like - baseline);
  }
  return { category, baseline, byGtin, byMaker };
}

/**
 * The quality shift of one offer's product: the product's own ratings when the person was sold that GTIN before, else
 * its maker's (the offer's named maker, else its seller), each the normal-normal posterior mean centred on "as usual"
 * with the taste model's prior weight (`TASTE_MODEL.priorWeight` ratings at the baseline): one rating moves it a third
 * of the way, many nearly all the way. Undefined when nothing of it was rated.
 */
export function deliveredQualityOf(model: DeliveredQualityModel | undefined, product: { readonly gtin?: string | undefined; readonly maker?: string | undefined }, brandId: string): DeliveredQuality | undefined {
  if (model === undefined) return undefined;
  const gtin = product.gtin ? model.byGtin.get(canonicalGtin(product.gtin)) : undefined;
  const maker = gtin === undefined ? model.byMaker.get(makerKey(product.maker, brandId)) : undefined;
  const e = gtin ?? maker;
  if (e === undefined || e.n <= 0) return undefined;
  return { shift: e.excess / (e.n + TASTE_MODEL.priorWeight), source: gtin !== undefined ? 'product' : 'maker', ratings: e.n };
}
