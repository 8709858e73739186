import type { ButlerSession } from '../app/index.ts';
import type { PurchaseConfirmations } from './purchase-confirmations.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { brandText } from './shopping-view.ts';
import type { StaticAsset } from './static-assets.ts';

/** What every route of the web app can use. */
export interface WebContext {
  readonly session: ButlerSession;
  readonly token: string;
  readonly reportsDir: string;
  readonly confirmations: PurchaseConfirmations;
  readonly purchaseLimiter: RateLimiter;
  readonly assets: ReadonlyMap<string, StaticAsset>;
  /** Wall-clock time (ms) for confirmation expiry; the market's clock is `session.butler.now()`. */
  readonly now: () => number;
  readonly log: (message: string) => void;
}

/** A brand's display name (brand-supplied: shown escaped) from the ledger or the directory, else its id. */
export function brandNames(session: ButlerSession): (brandId: string) => string {
  const names = new Map<string, string>();
  for (const b of session.trust.brands()) if (b.displayName) names.set(b.brandId, b.displayName);
  for (const b of session.butler.brands()) names.set(b.card.id, b.card.name);
  return (brandId) => {
    const name = names.get(brandId);
    return name === undefined ? brandId : brandText('brand.name', name, 60) || brandId;
  };
}

/** A brand's combined trust now, or undefined when the ledger has never seen it. */
export function trustNow(session: ButlerSession, brandId: string): { trust: number; uncertainty: number; events: number } | undefined {
  if (!session.trust.hasBrand(brandId)) return undefined;
  const s = session.trust.scoreOf(brandId, session.butler.now().getTime());
  return { trust: s.trust, uncertainty: s.uncertainty, events: s.events };
}
