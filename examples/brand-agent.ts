// A complete brand agent in under 60 lines: one honest shoe shop, served over stdio.
// Run: node bin/run-ts.js examples/brand-agent.ts   ·   check: npx majordome conformance "node bin/run-ts.js examples/brand-agent.ts"
import { createBrandAgent, serveBrandOverStdio, type BrandAgentDefinition, type CatalogEntry } from '../brand-agent/index.ts';
import { ProtocolError, hashReceiptTerms, violatedConstraints, type Offer } from '../protocol/index.ts';

const catalog: CatalogEntry[] = [42, 43, 44].map((size) => ({
  product: {
    sku: `ridge-gtx-${size}`,
    title: `Ridge GTX trail shoe, EU ${size}`,
    category: 'running-shoes',
    attributes: { size_eu: size, terrain: 'trail', waterproof: true, weight_g: 320 },
  },
  price: { amountMinor: 12_900, currency: 'EUR' },
  stock: 10,
  terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
}));

export const ridgeShoes: BrandAgentDefinition = {
  card: {
    id: 'ridge-shoes',
    name: 'Ridge Shoes',
    description: 'Waterproof trail shoes, nothing else.',
    categories: ['running-shoes'],
    currencies: ['EUR'],
    policies: { returnDays: 30, warrantyMonths: 24, shipsTo: ['FR', 'DE'] },
  },
  catalog: { list: () => catalog },
  handlers: {
    requestOffers(brief, { now, card }) {
      const fits = catalog.filter((e) => violatedConstraints(e.product, brief.hardConstraints).length === 0);
      if (fits.length === 0) {
        const decline = { requestId: brief.requestId, brandId: card.id, reason: 'no-fit' as const, message: 'We only make waterproof trail shoes in EU 42-44.' };
        return { requestId: brief.requestId, outcome: 'decline', offers: [], decline };
      }
      const offers: Offer[] = fits.slice(0, brief.maxOffers).map((e) => ({
        offerId: `${brief.requestId}:${e.product.sku}`,
        requestId: brief.requestId,
        brandId: card.id,
        product: e.product,
        quantity: brief.quantity,
        price: { ...e.price, amountMinor: e.price.amountMinor * brief.quantity },
        terms: e.terms,
        validUntil: new Date(now.getTime() + 86_400_000).toISOString(),
        claims: [{ attribute: 'waterproof', asserted: true }],
        round: 0,
      }));
      return { requestId: brief.requestId, outcome: 'offers', offers };
    },
    placeOrder(order, { offer, now, card }) {
      if (offer.quantity > 10) throw new ProtocolError('OUT_OF_STOCK', 'only 10 pairs left of this size');
      const receipt = { orderId: `ord-${order.idempotencyKey}`, offerId: offer.offerId, idempotencyKey: order.idempotencyKey, brandId: card.id,
        sku: offer.product.sku, quantity: offer.quantity, charged: offer.price, terms: offer.terms, placedAt: now.toISOString() };
      return { ...receipt, termsHash: hashReceiptTerms(receipt) };
    },
  },
};

if (process.argv[1]?.endsWith('brand-agent.ts')) await serveBrandOverStdio(ridgeShoes);
export const ridgeShoesServer = () => createBrandAgent(ridgeShoes);
