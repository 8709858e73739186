#!/usr/bin/env node
// A complete Majordome brand agent written from the published spec only (docs/protocol.md and protocol/schema/*.json),
// with the plain MCP SDK and Node's crypto: no Majordome code. A reference for shops writing their server in any language.
// Run: node examples/plain-mcp-brand/brand.mjs   ·   check: npx majordome conformance "node examples/plain-mcp-brand/brand.mjs"
// MAJORDOME_SCHEMA_DIR points at another copy of the schema files (e.g. node_modules/@majordome/protocol/schema).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListResourcesRequestSchema, ListToolsRequestSchema, McpError, ReadResourceRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';

// ---- The protocol, as docs/protocol.md states it -------------------------------------------------------------------

const PROTOCOL_VERSION = '1.1';
const MAX_PAYLOAD_BYTES = 262_144; // "Limits": maxPayloadBytes, measured on JSON.stringify(arguments) in UTF-8
const MAX_COUNTER_ROUNDS = 5;
const CARD_URI = 'majordome://card';

/** "Error codes": each code's kind (fault = JSON-RPC error, business = isError result) and JSON-RPC code. */
const ERRORS = {
  INVALID_PAYLOAD: ['fault', -32602], PAYLOAD_TOO_LARGE: ['fault', -32602], UNSUPPORTED_VERSION: ['fault', -32600],
  UNKNOWN_TOOL: ['fault', -32601], INVALID_OUTPUT: ['fault', -32603], INTERNAL_ERROR: ['fault', -32603],
  CAPABILITY_NOT_SUPPORTED: ['business', -32002], UNKNOWN_OFFER: ['business', -32003], OFFER_EXPIRED: ['business', -32004],
  OUT_OF_STOCK: ['business', -32005], MANDATE_EXCEEDED: ['business', -32006], MANDATE_EXPIRED: ['business', -32007],
  TERMS_MISMATCH: ['business', -32008], ROUND_LIMIT_EXCEEDED: ['business', -32009], NEGOTIATION_CLOSED: ['business', -32010],
  IDEMPOTENCY_CONFLICT: ['business', -32011], UNKNOWN_ORDER: ['business', -32012],
};

/** A refusal with a protocol code; `answer()` turns it into a business result or a JSON-RPC fault. */
class Refusal extends Error {
  constructor(code, message, details) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/** The tools ("Tools"): name → capability (null: always available) and a one-line description. */
const TOOLS = {
  hello: [null, 'Negotiate the protocol version and capabilities; returns the brand card.'],
  request_offers: ['offers', 'Send a NeedBrief; the brand answers with offers or an honest decline.'],
  ask_question: ['questions', 'Ask about an offer; the answer may carry claims.'],
  counter_offer: ['counters', 'Propose a price or terms; the brand accepts, counters, rejects or makes a final offer.'],
  place_order: ['orders', 'Order an offer under a mandate; idempotent by idempotency key; returns a receipt.'],
  get_order: ['orders', 'Fetch the receipt of an order by its idempotency key.'],
  cancel_order: ['cancellations', "Ask the brand to cancel one of the buyer's orders and refund it; idempotent per order, scoped to the buyer."],
};

// The listed schemas must be exactly the published ones (conformance compares them), so they are read, not rewritten.
const schemaDir = process.env.MAJORDOME_SCHEMA_DIR ?? fileURLToPath(new URL('../../protocol/schema/', import.meta.url));
const readSchema = (file) => JSON.parse(readFileSync(join(schemaDir, file), 'utf8'));
const validator = new AjvJsonSchemaValidator();
const tools = Object.entries(TOOLS).map(([name, [capability, description]]) => {
  const inputSchema = readSchema(`${name}.input.json`);
  const outputSchema = readSchema(`${name}.output.json`);
  const withoutId = ({ $id, ...schema }) => schema; // one validator per schema; ajv caches by $id
  return { name, capability, description, inputSchema, outputSchema, checkInput: validator.getValidator(withoutId(inputSchema)), checkOutput: validator.getValidator(withoutId(outputSchema)) };
});

/** "The terms hash": keys sorted at every level, no whitespace, undefined fields left out. */
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** sha256 hex of the canonical terms: offerId, brandId, sku, quantity, price, terms (a receipt passes `charged` as price). */
function termsHash({ offerId, brandId, sku, quantity, price, terms }) {
  const { deliveryDays, returnDays, warrantyMonths } = terms;
  const canonical = canonicalJson({ offerId, brandId, sku, quantity, price: { amountMinor: price.amountMinor, currency: price.currency }, terms: { deliveryDays, returnDays, warrantyMonths } });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

// ---- The shop ------------------------------------------------------------------------------------------------------

const card = {
  id: 'plain-roasters',
  name: 'Plain Roasters',
  description: 'Small-batch coffee roasted to order in Lyon.',
  categories: ['coffee'],
  currencies: ['EUR'],
  policies: { returnDays: 14, warrantyMonths: 0, shipsTo: ['FR', 'BE', 'DE'], shippingNote: 'Roasted and shipped within 2 days.' },
  protocolVersion: PROTOCOL_VERSION,
  capabilities: ['offers', 'decline', 'questions', 'counters', 'orders', 'cancellations'],
  // "Category vocabularies (1.1)": the attributes our products state (conformance expects one schema per category).
  attributeSchemas: [{
    category: 'coffee',
    attributes: [
      { name: 'form', type: 'enum', values: ['beans', 'ground', 'capsules'], labels: { en: 'Form', fr: 'Forme' }, description: 'Whole beans, ground, or capsules' },
      { name: 'weight_g', type: 'number', unit: 'g', labels: { en: 'Net weight', fr: 'Poids net' }, description: 'Net weight of one pack' },
      { name: 'roast', type: 'enum', values: ['light', 'medium', 'dark'], labels: { en: 'Roast', fr: 'Torréfaction' }, description: 'Roast level' },
      { name: 'use', type: 'enum', values: ['espresso', 'filter', 'both'], labels: { en: 'Brewing', fr: 'Préparation' }, description: 'Brewing method the roast targets' },
      { name: 'organic', type: 'boolean', labels: { en: 'Organic', fr: 'Bio' }, description: 'Certified organic' },
      { name: 'fair_trade', type: 'boolean', labels: { en: 'Fair trade', fr: 'Commerce équitable' }, description: 'Fair-trade certified' },
      { name: 'decaf', type: 'boolean', labels: { en: 'Decaffeinated', fr: 'Décaféiné' }, description: 'Decaffeinated' },
      { name: 'origin', type: 'text', labels: { en: 'Origin', fr: 'Origine' }, description: 'Country (or "blend")' },
      { name: 'arabica_percent', type: 'number', unit: '%', labels: { en: 'Arabica', fr: 'Arabica' }, description: 'Share of arabica' },
    ],
  }],
};
const CATEGORY_ALIASES = new Set(['coffee', '1868']); // "coffee" is the built-in alias of Google taxonomy id 1868
const TERMS = { deliveryDays: 2, returnDays: 14, warrantyMonths: 0 };
const FLOOR = 0.9; // we never go below 90 % of our list price
const catalog = [
  { sku: 'ethiopia-beans-250', title: 'Ethiopia Yirgacheffe, whole beans, 250 g', unitMinor: 1150, stock: 500,
    attributes: { form: 'beans', weight_g: 250, roast: 'light', use: 'filter', organic: true, fair_trade: true, decaf: false, origin: 'Ethiopia', arabica_percent: 100 } },
  { sku: 'house-espresso-1000', title: 'House espresso blend, whole beans, 1 kg', unitMinor: 2490, stock: 500,
    attributes: { form: 'beans', weight_g: 1000, roast: 'dark', use: 'espresso', organic: false, fair_trade: true, decaf: false, origin: 'blend', arabica_percent: 80 } },
  { sku: 'colombia-decaf-ground-250', title: 'Colombia decaf, ground, 250 g', unitMinor: 990, stock: 500,
    attributes: { form: 'ground', weight_g: 250, roast: 'medium', use: 'both', organic: true, fair_trade: false, decaf: true, origin: 'Colombia', arabica_percent: 100 } },
];

// In-memory state of one process (a real shop keeps it in its database).
const offers = new Map(); // offerId → { offer, original, entry }
const negotiations = new Map(); // original offerId → { round, latest, closed }
const ordersByKey = new Map(); // idempotencyKey → { fingerprint, buyerId, receipt }
const ordersById = new Map(); // orderId → { buyerId, receipt, cancellation? }
let sequence = 0;
const nextId = (prefix) => `${prefix}-${(++sequence).toString(36)}`;

/** A hard constraint against a product ("maker" and "category" read as attributes; text compares case-insensitively). */
function satisfies(entry, { attribute, op, value }) {
  const actual = attribute === 'maker' ? card.name : attribute === 'category' ? 'coffee' : entry.attributes[attribute];
  const list = Array.isArray(value) ? value : [value];
  const same = (a, b) => (typeof a === 'string' && typeof b === 'string' ? a.trim().toLowerCase() === b.trim().toLowerCase() : a === b);
  switch (op) {
    case 'eq': case 'in': return actual !== undefined && list.some((v) => same(actual, v));
    case 'neq': case 'not-in': return actual === undefined || !list.some((v) => same(actual, v));
    case 'lte': return typeof actual === 'number' && actual <= list[0];
    case 'gte': return typeof actual === 'number' && actual >= list[0];
    default: return false;
  }
}

function offerFor(entry, brief, now, priceMinor, round, extra = {}) {
  const claims = ['organic', 'fair_trade'].filter((a) => entry.attributes[a] === true).map((attribute) => ({ attribute, asserted: true }));
  return {
    offerId: extra.offerId ?? nextId('pr-o'),
    requestId: brief.requestId,
    brandId: card.id,
    product: { sku: entry.sku, title: entry.title, maker: card.name, category: 'coffee', attributes: entry.attributes },
    quantity: brief.quantity,
    price: { amountMinor: priceMinor, currency: 'EUR' },
    terms: TERMS,
    validUntil: new Date(now.getTime() + 24 * 3_600_000).toISOString(),
    claims,
    pitch: 'Roasted the week you order it.',
    round,
    ...(extra.inReplyTo ? { inReplyTo: extra.inReplyTo } : {}),
  };
}

function decline(brief, reason, message) {
  return { requestId: brief.requestId, outcome: 'decline', offers: [], decline: { requestId: brief.requestId, brandId: card.id, reason, message } };
}

const handlers = {
  hello(msg) {
    // "Version negotiation": same major (already checked), the lower minor; capabilities: the intersection, without
    // those newer than the agreed version ("Cancellations": cancel_order exists from 1.1).
    const minor = Math.min(Number(msg.protocolVersion.split('.')[1]), Number(PROTOCOL_VERSION.split('.')[1]));
    const shared = card.capabilities.filter((c) => msg.capabilities.includes(c) && (c !== 'cancellations' || minor >= 1));
    return { protocolVersion: `1.${minor}`, capabilities: shared, card };
  },

  request_offers(brief, now) {
    if (!CATEGORY_ALIASES.has(brief.category)) return decline(brief, 'not-our-category', 'We only roast coffee.');
    if (brief.currency !== 'EUR') return decline(brief, 'other', 'We price in EUR only.');
    if (brief.shipToCountry && !card.policies.shipsTo.includes(brief.shipToCountry)) return decline(brief, 'other', `We do not ship to ${brief.shipToCountry}.`);
    const arrives = now.getTime() + TERMS.deliveryDays * 86_400_000;
    if (brief.deliverBy && Date.parse(brief.deliverBy) < arrives) return decline(brief, 'cannot-deliver-in-time', 'We need 2 days to roast and deliver.');
    const fits = catalog.filter((e) => brief.hardConstraints.every((c) => satisfies(e, c)));
    if (fits.length === 0) return decline(brief, 'no-fit', 'None of our three coffees meets these requirements.');
    const inStock = fits.filter((e) => e.stock >= brief.quantity);
    if (inStock.length === 0) return decline(brief, 'out-of-stock', `We cannot roast ${brief.quantity} bags in time.`);
    const affordable = brief.budgetCeiling ? inStock.filter((e) => e.unitMinor * brief.quantity <= brief.budgetCeiling.amountMinor) : inStock;
    if (affordable.length === 0) return decline(brief, 'no-fit', 'Our coffees that fit cost more than your budget.');
    const answer = affordable.slice(0, brief.maxOffers ?? 3).map((entry) => {
      const offer = offerFor(entry, brief, now, entry.unitMinor * brief.quantity, 0);
      offers.set(offer.offerId, { offer, original: offer.offerId, entry });
      negotiations.set(offer.offerId, { round: 0, latest: offer.offerId, closed: false });
      return offer;
    });
    return { requestId: brief.requestId, outcome: 'offers', offers: answer };
  },

  ask_question(q) {
    const known = offers.get(q.offerId);
    if (!known) throw new Refusal('UNKNOWN_OFFER', `no offer ${q.offerId}`);
    const base = { questionId: q.questionId, offerId: q.offerId };
    if (q.attribute === undefined) return { ...base, stance: 'unknown', text: 'We answer questions about the attributes of the offer.', claims: [] };
    const value = known.offer.product.attributes[q.attribute];
    // "Questions": confirm the offer's own statement, and state the value in a claim; unknown only when nothing was stated.
    if (value === undefined) return { ...base, stance: 'unknown', text: `We do not state ${q.attribute} for this coffee.`, claims: [] };
    return { ...base, stance: 'confirmed', text: `Yes: ${q.attribute} is ${value}.`, claims: [{ attribute: q.attribute, asserted: value }] };
  },

  counter_offer(c, now) {
    const known = offers.get(c.offerId);
    if (!known) throw new Refusal('UNKNOWN_OFFER', `no offer ${c.offerId}`);
    if (known.original !== c.offerId) throw new Refusal('INVALID_PAYLOAD', 'offerId must be the original offer (round 0)', { original: known.original });
    const state = negotiations.get(c.offerId);
    // "Negotiation": the round limit is a business error; a skipped round or a stale inReplyTo is a fault.
    if (c.round > MAX_COUNTER_ROUNDS) throw new Refusal('ROUND_LIMIT_EXCEEDED', `at most ${MAX_COUNTER_ROUNDS} rounds`);
    if (state.closed) throw new Refusal('NEGOTIATION_CLOSED', 'this negotiation is over; the last offer stays orderable');
    if (c.round !== state.round + 1) throw new Refusal('INVALID_PAYLOAD', `expected round ${state.round + 1}`, { expectedRound: state.round + 1 });
    if (c.inReplyTo !== state.latest) throw new Refusal('INVALID_PAYLOAD', `inReplyTo must name the latest revision ${state.latest}`, { latest: state.latest });
    const latest = offers.get(state.latest).offer;
    if (c.proposedPrice && c.proposedPrice.currency !== 'EUR') {
      state.round = c.round;
      state.closed = true;
      return { counterId: c.counterId, inReplyTo: c.counterId, round: c.round, outcome: 'reject', message: 'We price in EUR only.' };
    }
    const floor = Math.ceil(known.entry.unitMinor * latest.quantity * FLOOR);
    const proposed = c.proposedPrice?.amountMinor ?? latest.price.amountMinor;
    const termsKept = Object.entries(c.proposedTerms ?? {}).every(([k, v]) => TERMS[k] === v);
    let outcome, price, message;
    if (proposed >= floor) [outcome, price, message] = [termsKept ? 'accept' : 'counter', proposed, termsKept ? 'Agreed.' : 'Agreed on the price; our terms are fixed.'];
    else {
      price = Math.max(floor, Math.round((latest.price.amountMinor + proposed) / 2));
      [outcome, message] = price === floor ? ['final-offer', 'This is our lowest price.'] : ['counter', 'We can meet you halfway.'];
    }
    const brief = { requestId: latest.requestId, quantity: latest.quantity };
    const revision = offerFor(known.entry, brief, now, price, c.round, { offerId: `${c.offerId}-r${c.round}`, inReplyTo: c.counterId });
    offers.set(revision.offerId, { offer: revision, original: c.offerId, entry: known.entry });
    Object.assign(state, { round: c.round, latest: revision.offerId, closed: outcome !== 'counter' });
    return { counterId: c.counterId, inReplyTo: c.counterId, round: c.round, outcome, offer: revision, message };
  },

  place_order(order, now) {
    // "Orders": the checks in the documented order. Every step is synchronous, so concurrent retries see the first order.
    const fingerprint = canonicalJson([order.offerId, order.buyerId, order.quantity, order.mandate.termsHash]);
    const previous = ordersByKey.get(order.idempotencyKey);
    if (previous) {
      if (previous.fingerprint !== fingerprint) throw new Refusal('IDEMPOTENCY_CONFLICT', 'this idempotency key was used for another order');
      return previous.receipt;
    }
    const known = offers.get(order.offerId);
    if (!known) throw new Refusal('UNKNOWN_OFFER', `no offer ${order.offerId}`);
    const { offer, entry } = known;
    if (order.mandate.offerId !== order.offerId || order.quantity !== offer.quantity) throw new Refusal('TERMS_MISMATCH', 'the mandate or quantity is not for this offer');
    if (now.getTime() > Date.parse(offer.validUntil)) throw new Refusal('OFFER_EXPIRED', `the offer expired at ${offer.validUntil}`);
    if (now.getTime() > Date.parse(order.mandate.expiresAt)) throw new Refusal('MANDATE_EXPIRED', `the mandate expired at ${order.mandate.expiresAt}`);
    const hash = termsHash({ ...offer, sku: offer.product.sku });
    if (order.mandate.termsHash !== hash) throw new Refusal('TERMS_MISMATCH', 'the mandate terms hash is not the hash of this offer', { expected: hash });
    const max = order.mandate.maxAmount;
    if (max.currency !== offer.price.currency || offer.price.amountMinor > max.amountMinor) throw new Refusal('MANDATE_EXCEEDED', 'the offer price exceeds the mandate maximum amount');
    if (entry.stock < offer.quantity) throw new Refusal('OUT_OF_STOCK', `only ${entry.stock} left`);
    entry.stock -= offer.quantity;
    const receipt = { orderId: nextId('pr-order'), offerId: offer.offerId, idempotencyKey: order.idempotencyKey, brandId: card.id, sku: offer.product.sku,
      quantity: offer.quantity, charged: offer.price, terms: offer.terms, placedAt: now.toISOString() };
    receipt.termsHash = termsHash({ ...receipt, price: receipt.charged });
    ordersByKey.set(order.idempotencyKey, { fingerprint, buyerId: order.buyerId, receipt });
    ordersById.set(receipt.orderId, { buyerId: order.buyerId, receipt });
    return receipt;
  },

  get_order(q) {
    const stored = ordersByKey.get(q.idempotencyKey);
    if (!stored || stored.buyerId !== q.buyerId) throw new Refusal('UNKNOWN_ORDER', 'no such order for this buyer');
    return stored.receipt;
  },

  cancel_order(c, now) {
    // "Cancellations": scoped to the buyer, decided once, every repeat gets the first answer.
    const stored = ordersById.get(c.orderId);
    if (!stored || stored.buyerId !== c.buyerId) throw new Refusal('UNKNOWN_ORDER', 'no such order for this buyer');
    stored.cancellation ??= { orderId: c.orderId, status: 'cancelled', reason: c.reason, refund: stored.receipt.charged,
      message: 'Cancelled and refunded in full.', decidedAt: now.toISOString() };
    return stored.cancellation;
  },
};

// ---- The MCP server ------------------------------------------------------------------------------------------------

/** "The order of checks on every request", then the tool, then the answer checked against the published output schema. */
function answer(name, args) {
  const tool = tools.find((t) => t.name === name);
  if (!tool) throw new Refusal('UNKNOWN_TOOL', `unknown tool ${name}`);
  if (tool.capability && !card.capabilities.includes(tool.capability)) throw new Refusal('CAPABILITY_NOT_SUPPORTED', `${tool.capability} is not supported`);
  const size = Buffer.byteLength(JSON.stringify(args), 'utf8');
  if (size > MAX_PAYLOAD_BYTES) throw new Refusal('PAYLOAD_TOO_LARGE', `${size} bytes is over ${MAX_PAYLOAD_BYTES}`, { size, limit: MAX_PAYLOAD_BYTES });
  if (typeof args.protocolVersion === 'string') {
    const version = /^(\d+)\.(\d+)$/.exec(args.protocolVersion);
    if (!version || version[1] !== PROTOCOL_VERSION.split('.')[0]) {
      throw new Refusal('UNSUPPORTED_VERSION', `protocol ${args.protocolVersion} is not supported`, { supported: [PROTOCOL_VERSION], received: args.protocolVersion });
    }
  }
  const input = tool.checkInput(args);
  if (!input.valid) {
    // The SDK's validator reports "data/quantity must be >= 1, data/requestId must match …"; issues use dotted paths.
    const issues = input.errorMessage.split(/, (?=data[/ ])/).slice(0, 8).map((text) => {
      const [, pointer = '', message = text] = /^data(\S*) (.*)$/.exec(text) ?? [];
      return { path: pointer.split('/').filter(Boolean).join('.'), message };
    });
    throw new Refusal('INVALID_PAYLOAD', `${issues[0]?.path || 'message'}: ${issues[0]?.message ?? 'invalid'}`, { issues });
  }
  const result = handlers[name](args, new Date());
  const output = tool.checkOutput(result);
  if (!output.valid) throw new Refusal('INVALID_OUTPUT', `our answer broke the protocol: ${output.errorMessage}`);
  return result;
}

const server = new Server({ name: `plain-mcp-brand:${card.id}`, version: '1.0.0' }, { capabilities: { tools: {}, resources: {} } });
server.setRequestHandler(ListToolsRequestSchema, () => ({
  tools: tools.map(({ name, description, inputSchema, outputSchema }) => ({ name, description, inputSchema, outputSchema })),
}));
server.setRequestHandler(ListResourcesRequestSchema, () => ({ resources: [{ uri: CARD_URI, name: 'brand-card', mimeType: 'application/json' }] }));
server.setRequestHandler(ReadResourceRequestSchema, (request) => {
  if (request.params.uri !== CARD_URI) throw new McpError(-32002, `unknown resource ${request.params.uri}`);
  return { contents: [{ uri: CARD_URI, mimeType: 'application/json', text: JSON.stringify(card) }] };
});
server.setRequestHandler(CallToolRequestSchema, (request) => {
  try {
    const structuredContent = answer(request.params.name, request.params.arguments ?? {});
    return { content: [{ type: 'text', text: JSON.stringify(structuredContent) }], structuredContent };
  } catch (error) {
    // "Results, business errors and faults": business refusals are results, everything else a JSON-RPC error.
    const refusal = error instanceof Refusal ? error : new Refusal('INTERNAL_ERROR', 'the brand agent failed unexpectedly');
    if (!(error instanceof Refusal)) process.stderr.write(`${error?.stack ?? error}\n`);
    const [kind, rpcCode] = ERRORS[refusal.code];
    const data = { code: refusal.code, message: refusal.message, ...(refusal.details ? { details: refusal.details } : {}) };
    if (kind === 'business') return { content: [{ type: 'text', text: `${data.code}: ${data.message}` }], structuredContent: { error: data }, isError: true };
    throw new McpError(rpcCode, refusal.message, data);
  }
});
await server.connect(new StdioServerTransport());
