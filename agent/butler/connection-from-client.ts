import type { ConnectedBrand } from '../directory/index.ts';
import type { BrandConnection } from './brand-connection.ts';
import { bindBrandIdentity, type BindOptions, type BoundBrandConnection } from './bind-brand-identity.ts';

/**
 * Adapts a directory brand (an MCP client) to the butler's brand connection, bound to the identity the person
 * configured (the brands.json entry id), never to the id the brand announces.
 */
export function connectionFromClient(brand: ConnectedBrand, options: BindOptions = {}): BoundBrandConnection {
  const { client } = brand;
  const raw: BrandConnection = {
    id: brand.id,
    card: client.card,
    timeoutMs: brand.callTimeoutMs,
    supports: (capability) => client.supports(capability),
    requestOffers: (brief, t) => client.requestOffers(brief, t),
    askQuestion: (q, t) => client.askQuestion(q, t),
    counterOffer: (c, t) => client.counterOffer(c, t),
    placeOrder: (o, t) => client.placeOrder(o, t),
    getOrder: (r, t) => client.getOrder(r, t),
    cancelOrder: (r, t) => client.cancelOrder(r, t),
  };
  return bindBrandIdentity(raw, brand.id, options);
}
