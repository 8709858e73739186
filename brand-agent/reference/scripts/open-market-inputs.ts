// What the committed open market was generated from: the seed and the hand-written specs, in file order.
import type { CategorySpec } from './specs/category-spec.ts';
import { ELECTRONICS_SPECS } from './specs/electronics-specs.ts';
import { HOME_SPECS } from './specs/home-specs.ts';
import { LIVING_SPECS } from './specs/living-specs.ts';
import { SHOP_SPECS, type ShopSpec } from './specs/shop-specs.ts';
import { SPORT_SPECS } from './specs/sport-specs.ts';
import { TOYS_SPECS } from './specs/toys-specs.ts';

/** The seed the committed data was generated with. */
export const OPEN_MARKET_SEED = 20260310;

/** Every category spec of the open market. */
export const OPEN_MARKET_CATEGORY_SPECS: readonly CategorySpec[] = [...SPORT_SPECS, ...HOME_SPECS, ...ELECTRONICS_SPECS, ...TOYS_SPECS, ...LIVING_SPECS];

/** Every shop of the open market. */
export const OPEN_MARKET_SHOP_SPECS: readonly ShopSpec[] = SHOP_SPECS;
