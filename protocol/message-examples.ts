import type { z } from 'zod';
import { BriefResponseSchema } from './brief-response.ts';
import { CancelOrderSchema, CancellationSchema } from './cancellation.ts';
import { CounterResultSchema, CounterSchema } from './counter.ts';
import { HelloResultSchema } from './hello.ts';
import { NeedBriefSchema } from './need-brief.ts';
import type { Offer } from './offer.ts';
import { OrderSchema, OrderStatusRequestSchema, ReceiptSchema } from './order.ts';
import { AnswerSchema, QuestionSchema } from './question.ts';
import { hashOfferTerms, hashReceiptTerms } from './terms-hash.ts';
import { ToolErrorSchema } from './tool-error.ts';
import { HelloSchema, PROTOCOL_VERSION } from './version.ts';

/** One example message of the documentation: which tool, which way it travels, and a value its schema accepts. */
export interface MessageExample {
  readonly title: string;
  readonly tool: string;
  readonly direction: 'butler → brand (arguments)' | 'brand → butler (structuredContent)';
  readonly schema: z.ZodType;
  readonly value: unknown;
}

const V = PROTOCOL_VERSION;
const offer: Offer = {
  offerId: 'trailco-o-1',
  requestId: 'req-42',
  brandId: 'trailco',
  product: {
    sku: 'ridge-gtx-43',
    gtin: '4006381333931',
    title: 'Ridge GTX trail shoe EU 43',
    maker: 'Trailco',
    category: 'running-shoes',
    attributes: { size_eu: 43, terrain: 'trail', waterproof: true, weight_g: 310 },
  },
  quantity: 1,
  price: { amountMinor: 12_500, currency: 'EUR' },
  terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
  validUntil: '2026-12-01T12:00:00.000Z',
  claims: [{ attribute: 'waterproof', asserted: true, evidence: { kind: 'certification', reference: 'GORE-TEX licence 12345', issuer: 'W. L. Gore' } }],
  pitch: 'Gore-Tex membrane, 30-day returns.',
  round: 0,
};
const revised: Offer = { ...offer, offerId: 'trailco-o-1-r1', price: { amountMinor: 11_900, currency: 'EUR' }, round: 1, inReplyTo: 'trailco-o-1:c1' };
const card = {
  id: 'trailco',
  name: 'Trailco',
  description: 'Trail running shoes, made to last.',
  categories: ['running-shoes'],
  currencies: ['EUR'],
  policies: { returnDays: 30, warrantyMonths: 24, shipsTo: ['FR', 'DE', 'BE'] },
  protocolVersion: V,
  capabilities: ['offers', 'decline', 'questions', 'counters', 'orders', 'cancellations'],
};
const mandate = {
  mandateId: 'mandate-7',
  offerId: revised.offerId,
  maxAmount: revised.price,
  expiresAt: '2026-12-01T11:15:00.000Z',
  termsHash: hashOfferTerms(revised),
  issuedAt: '2026-12-01T11:00:00.000Z',
};
const receiptBody = {
  orderId: 'trailco-order-981',
  offerId: revised.offerId,
  idempotencyKey: 'idem-7f3c9a1e2b4d',
  brandId: 'trailco',
  sku: revised.product.sku,
  quantity: 1,
  charged: revised.price,
  terms: revised.terms,
  placedAt: '2026-12-01T11:00:02.000Z',
};

/** Every protocol message with one example each, in the order a purchase uses them (checked against its schema). */
export const MESSAGE_EXAMPLES: readonly MessageExample[] = [
  { title: 'Hello', tool: 'hello', direction: 'butler → brand (arguments)', schema: HelloSchema, value: { protocolVersion: V, capabilities: ['offers', 'decline', 'questions', 'counters', 'orders', 'cancellations'], agent: 'majordome' } },
  { title: 'Hello result', tool: 'hello', direction: 'brand → butler (structuredContent)', schema: HelloResultSchema, value: { protocolVersion: V, capabilities: card.capabilities, card } },
  {
    title: 'NeedBrief',
    tool: 'request_offers',
    direction: 'butler → brand (arguments)',
    schema: NeedBriefSchema,
    value: {
      protocolVersion: V,
      requestId: 'req-42',
      buyerId: 'b-5f1e0c',
      category: 'running-shoes',
      hardConstraints: [
        { attribute: 'size_eu', op: 'eq', value: 43 },
        { attribute: 'waterproof', op: 'eq', value: true },
      ],
      softPreferences: [{ attribute: 'weight_g', direction: 'lower', weight: 0.5 }],
      quantity: 1,
      currency: 'EUR',
      shipToCountry: 'FR',
      maxOffers: 3,
      issuedAt: '2026-12-01T10:59:00.000Z',
    },
  },
  { title: 'Brief response with offers', tool: 'request_offers', direction: 'brand → butler (structuredContent)', schema: BriefResponseSchema, value: { requestId: 'req-42', outcome: 'offers', offers: [offer] } },
  {
    title: 'Brief response with an honest decline',
    tool: 'request_offers',
    direction: 'brand → butler (structuredContent)',
    schema: BriefResponseSchema,
    value: {
      requestId: 'req-42',
      outcome: 'decline',
      offers: [],
      decline: { requestId: 'req-42', brandId: 'trailco', reason: 'no-fit', message: 'We have no waterproof shoe in EU 43.', suggestion: 'A water-resistant shoe with gaiters.' },
    },
  },
  {
    title: 'Question',
    tool: 'ask_question',
    direction: 'butler → brand (arguments)',
    schema: QuestionSchema,
    value: { protocolVersion: V, questionId: 'q-1', requestId: 'req-42', offerId: 'trailco-o-1', buyerId: 'b-5f1e0c', attribute: 'waterproof', text: 'Can you confirm waterproof = true?' },
  },
  {
    title: 'Answer',
    tool: 'ask_question',
    direction: 'brand → butler (structuredContent)',
    schema: AnswerSchema,
    value: { questionId: 'q-1', offerId: 'trailco-o-1', stance: 'confirmed', text: 'Yes: Gore-Tex membrane.', claims: [{ attribute: 'waterproof', asserted: true }] },
  },
  {
    title: 'Counter (round 1)',
    tool: 'counter_offer',
    direction: 'butler → brand (arguments)',
    schema: CounterSchema,
    value: {
      protocolVersion: V,
      counterId: 'trailco-o-1:c1',
      requestId: 'req-42',
      offerId: 'trailco-o-1',
      buyerId: 'b-5f1e0c',
      round: 1,
      inReplyTo: 'trailco-o-1',
      proposedPrice: { amountMinor: 11_500, currency: 'EUR' },
    },
  },
  {
    title: 'Counter result',
    tool: 'counter_offer',
    direction: 'brand → butler (structuredContent)',
    schema: CounterResultSchema,
    value: { counterId: 'trailco-o-1:c1', inReplyTo: 'trailco-o-1:c1', round: 1, outcome: 'counter', offer: revised, message: 'We can do 119.' },
  },
  {
    title: 'Order',
    tool: 'place_order',
    direction: 'butler → brand (arguments)',
    schema: OrderSchema,
    value: { protocolVersion: V, idempotencyKey: receiptBody.idempotencyKey, requestId: 'req-42', offerId: revised.offerId, buyerId: 'b-5f1e0c', quantity: 1, mandate },
  },
  { title: 'Receipt', tool: 'place_order', direction: 'brand → butler (structuredContent)', schema: ReceiptSchema, value: { ...receiptBody, termsHash: hashReceiptTerms(receiptBody) } },
  {
    title: 'Order status request',
    tool: 'get_order',
    direction: 'butler → brand (arguments)',
    schema: OrderStatusRequestSchema,
    value: { protocolVersion: V, idempotencyKey: receiptBody.idempotencyKey, buyerId: 'b-5f1e0c' },
  },
  { title: 'Receipt (get_order answer: the stored receipt)', tool: 'get_order', direction: 'brand → butler (structuredContent)', schema: ReceiptSchema, value: { ...receiptBody, termsHash: hashReceiptTerms(receiptBody) } },
  {
    title: 'Cancel order (1.1)',
    tool: 'cancel_order',
    direction: 'butler → brand (arguments)',
    schema: CancelOrderSchema,
    value: {
      protocolVersion: V,
      orderId: receiptBody.orderId,
      buyerId: 'b-5f1e0c',
      reason: 'receipt_mismatch',
      details: 'price: agreed 11900, receipt 14400',
    },
  },
  {
    title: 'Cancellation (1.1)',
    tool: 'cancel_order',
    direction: 'brand → butler (structuredContent)',
    schema: CancellationSchema,
    value: { orderId: receiptBody.orderId, status: 'cancelled', reason: 'receipt_mismatch', refund: revised.price, message: 'Cancelled and refunded in full.', decidedAt: '2026-12-01T11:00:05.000Z' },
  },
  {
    title: 'Business error (any tool, with isError: true)',
    tool: 'place_order',
    direction: 'brand → butler (structuredContent)',
    schema: ToolErrorSchema,
    value: { error: { code: 'MANDATE_EXCEEDED', message: 'the offer price exceeds the mandate maximum amount' } },
  },
];

/** The examples, each parsed by its schema (throws if one is invalid, so the documentation cannot show a wrong one). */
export function checkedMessageExamples(): readonly MessageExample[] {
  for (const example of MESSAGE_EXAMPLES) {
    const parsed = example.schema.safeParse(example.value);
    if (!parsed.success) throw new Error(`message example "${example.title}" does not match its schema: ${parsed.error.message}`);
  }
  return MESSAGE_EXAMPLES;
}
