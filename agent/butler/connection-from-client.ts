import type { ConnectedBrand } from '../directory/index.ts';
import type { BrandConnection } from './brand-connection.ts';

/** Adapts a directory brand (an MCP client) to the butler's brand connection. */
export function connectionFromClient(brand: ConnectedBrand): BrandConnection {
  const { client } = brand;
  return {
    id: client.card.id,
    card: client.card,
    timeoutMs: brand.callTimeoutMs,
    supports: (capability) => client.supports(capability),
    requestOffers: (brief, t) => client.requestOffers(brief, t),
    askQuestion: (q, t) => client.askQuestion(q, t),
    counterOffer: (c, t) => client.counterOffer(c, t),
    placeOrder: (o, t) => client.placeOrder(o, t),
    getOrder: (r, t) => client.getOrder(r, t),
  };
}
