import type { GroundTruth, MarketTruth } from './ground-truth.ts';
import { demoMarketTruthFor } from './demo-market-truth.ts';
import { productIdOfSku } from './sku.ts';

/** The ground truth of the product behind a sku (or a bare product id), with every brand's true stock and delivery. */
export function groundTruthOf(sku: string, truth: MarketTruth = demoMarketTruthFor(sku)): GroundTruth | undefined {
  const productId = productIdOfSku(sku);
  const product = truth.product(productId);
  if (!product) return undefined;
  const fulfilment = Object.fromEntries(
    truth.brandsSelling(productId).flatMap((brandId) => {
      const f = truth.fulfilment(brandId, productId);
      return f ? [[brandId, f] as const] : [];
    }),
  );
  return { ...product, fulfilment };
}
