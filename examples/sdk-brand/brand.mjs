// The README's shoe shop as a project outside this repository writes it: plain JavaScript on the installed packages.
// Install: npm install majordome-protocol-0.1.0.tgz majordome-brand-agent-0.1.0.tgz   ·   run: node brand.mjs
// Check: npx majordome conformance "node brand.mjs"   (tests/packaging installs the packed tarballs and runs exactly this)
import { createBrandAgent, serveBrandOverStdio } from '@majordome/brand-agent';
import { ProtocolError, hashReceiptTerms, violatedConstraints } from '@majordome/protocol';

/** @type {import('@majordome/brand-agent').CatalogEntry[]} */
const catalog = [42, 43, 44].map((size) => ({
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

/** @type {import('@majordome/brand-agent').BrandAgentDefinition} */
export const ridgeShoes = {
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
        const decline = { requestId: brief.requestId, brandId: card.id, reason: 'no-fit', message: 'We only make waterproof trail shoes in EU 42-44.' };
        return { requestId: brief.requestId, outcome: 'decline', offers: [], decline };
      }
      const offers = fits.slice(0, brief.maxOffers).map((e) => ({
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

await serveBrandOverStdio(ridgeShoes);
export const ridgeShoesServer = () => createBrandAgent(ridgeShoes);
