import { CATEGORY_TASTES } from '../consumers/category-tastes.ts';
import type { Market } from '../market/build-market.ts';
import type { DiversityTally } from '../metrics/tally.ts';

function styleOf(market: Market, productId: string | undefined): string | undefined {
  const product = productId ? market.truth.product(productId) : undefined;
  if (!product) return undefined;
  const attributes = CATEGORY_TASTES[product.category]?.style ?? [];
  return `${product.category}:${attributes.map((a) => String(product.attributes[a] ?? '')).join('/')}`;
}

/** The distinct brands and styles one consumer bought under one policy, over the run and in its second half. */
export class PurchaseDiversity {
  private readonly brands = new Set<number>();
  private readonly styles = new Set<string>();
  private readonly lateBrands = new Set<number>();
  private readonly lateStyles = new Set<string>();

  /** Notes a purchase from the brand in `slot` of product `productId`; `late` when in the second half of the run. */
  add(market: Market, slot: number, productId: string | undefined, late: boolean): void {
    const style = styleOf(market, productId);
    this.brands.add(slot);
    if (style) this.styles.add(style);
    if (late) {
      this.lateBrands.add(slot);
      if (style) this.lateStyles.add(style);
    }
  }

  /** Adds this consumer's counts into the whole-run and second-half tallies. */
  addTo(whole: DiversityTally, late: DiversityTally): void {
    whole.consumers += 1;
    whole.brands += this.brands.size;
    whole.styles += this.styles.size;
    late.consumers += 1;
    late.brands += this.lateBrands.size;
    late.styles += this.lateStyles.size;
  }
}
