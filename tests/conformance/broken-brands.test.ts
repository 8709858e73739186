import { McpError } from '@modelcontextprotocol/sdk/types.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { linkBrandInMemory, type ToolOutcome } from '../../brand-agent/index.ts';
import type { ConformanceReport } from '../../brand-agent/conformance/index.ts';
import { fixtureBrand, type FixtureFaults } from '../fixtures/fixture-brand.ts';
import { linkNaiveRegisterToolBrand, linkRawBrand, type RawBrandHooks } from './raw-brand.ts';
import { conformanceOfLinked, idsWith } from './run-in-memory.ts';

/** Every check that needs an offer from the brand before it can test anything. */
const NEEDS_AN_OFFER = [
  'question.issued-offer',
  'counter.first-round',
  'counter.out-of-sequence',
  'counter.round-limit',
  'order.receipt',
  'order.idempotent-replay',
  'order.concurrent-replay',
  'order.idempotency-conflict',
  'order.mandate-exceeded',
  'order.terms-mismatch',
  'order.unknown-offer',
  'order.get-order',
  'cancel.order',
  'cancel.scoped-to-buyer',
];

/**
 * Orders whose mandate hashes the offer as it came over the wire: when a brand rewrites hashed fields (brand,
 * price) after storing the offer, its own order path then refuses the mandate, so these fail as well.
 */
const ORDERS_OF_THE_WIRE_OFFER = [
  'cancel.order',
  'cancel.scoped-to-buyer',
  'order.concurrent-replay',
  'order.get-order',
  'order.idempotency-conflict',
  'order.idempotent-replay',
  'order.mandate-exceeded',
  'order.receipt',
];

async function withFaults(faults: FixtureFaults): Promise<ConformanceReport> {
  const link = await linkBrandInMemory(fixtureBrand({ faults }));
  return conformanceOfLinked({ transport: link.clientTransport, close: link.close });
}

async function raw(hooks: RawBrandHooks): Promise<ConformanceReport> {
  return conformanceOfLinked(await linkRawBrand(fixtureBrand(), hooks));
}

/** Rewrites the structuredContent of successful results of one tool. */
function rewrite(tool: string, change: (content: Record<string, unknown>) => Record<string, unknown>): RawBrandHooks['result'] {
  return (name, outcome, standard) => {
    const result = standard();
    if (name !== tool || !outcome.ok || !result.structuredContent) return result;
    const structuredContent = change(result.structuredContent);
    return { ...result, structuredContent, content: [{ type: 'text', text: JSON.stringify(structuredContent) }] };
  };
}

function offersOf(content: Record<string, unknown>): Array<Record<string, unknown>> {
  return (content.offers as Array<Record<string, unknown>> | undefined) ?? [];
}

describe('brands built with the SDK but with faulty handlers', () => {
  it('a brand answering counters with the wrong round fails exactly the counter checks it reaches', async () => {
    const report = await withFaults({ wrongRound: true });
    expect(idsWith(report, 'fail')).toEqual(['counter.first-round', 'counter.round-limit']);
    expect(report.results.find((r) => r.id === 'counter.first-round')?.reason).toContain('INVALID_OUTPUT');
    expect(report.ok).toBe(false);
  });

  it('a brand whose offers are invalid fails every offer-dependent check but still declines correctly', async () => {
    const report = await withFaults({ invalidOffer: true });
    expect(idsWith(report, 'fail')).toEqual(
      [
        'brief.valid-per-category', 'brief.oversized', 'concurrency.briefs', 'offer.brand', 'offer.currency', 'offer.valid-until', ...NEEDS_AN_OFFER,
      ].sort(),
    );
    expect(report.results.find((r) => r.id === 'brief.unsatisfiable')?.status).toBe('pass');
    expect(report.results.find((r) => r.id === 'brief.valid-per-category')?.reason).toContain('INVALID_OUTPUT');
  });

  it('a brand that crashes on briefs fails the unsatisfiable-brief check too', async () => {
    const report = await withFaults({ throwInternal: true });
    expect(idsWith(report, 'fail')).toContain('brief.unsatisfiable');
    expect(report.results.find((r) => r.id === 'brief.unsatisfiable')?.reason).toContain('INTERNAL_ERROR');
    expect(idsWith(report, 'pass')).toEqual(expect.arrayContaining(['hello.negotiate', 'tools.schemas', 'brief.malformed', 'order.unknown-order']));
  });
});

describe('brands wired wrongly on a raw McpServer', () => {
  const cases: Array<[string, RawBrandHooks, string[]]> = [
    [
      'request_offers listed without outputSchema',
      { tools: (tools) => tools.map((t) => (t.name === 'request_offers' ? { ...t, outputSchema: undefined } : t)) },
      ['tools.listed', 'tools.schemas'],
    ],
    [
      'a tool input schema that drifted from protocol/schema',
      { tools: (tools) => tools.map((t) => (t.name === 'place_order' ? { ...t, inputSchema: { ...t.inputSchema, required: ['offerId'] } } : t)) },
      ['tools.schemas'],
    ],
    ['no majordome://card resource', { omitCard: true }, ['card.resource']],
    [
      'offers naming another brand',
      { result: rewrite('request_offers', (c) => ({ ...c, offers: offersOf(c).map((o) => ({ ...o, brandId: 'someone-else' })) })) },
      ['offer.brand', ...ORDERS_OF_THE_WIRE_OFFER].sort(),
    ],
    [
      'offers already expired',
      { result: rewrite('request_offers', (c) => ({ ...c, offers: offersOf(c).map((o) => ({ ...o, validUntil: '2020-01-01T00:00:00.000Z' })) })) },
      ['offer.valid-until'],
    ],
    [
      'offers priced in a currency the card does not list',
      { result: rewrite('request_offers', (c) => ({ ...c, offers: offersOf(c).map((o) => ({ ...o, price: { amountMinor: 13_900, currency: 'USD' } })) })) },
      ['offer.currency', ...ORDERS_OF_THE_WIRE_OFFER].sort(),
    ],
    [
      'a fake discount whose reference price is below the price',
      {
        result: rewrite('request_offers', (c) => ({
          ...c,
          offers: offersOf(c).map((o) => ({ ...o, discount: { kind: 'was-price', referencePrice: { amountMinor: 100, currency: 'EUR' } } })),
        })),
      },
      // The answer is no longer a valid BriefResponse either, so every check that parses it fails too.
      ['offer.discount', 'brief.valid-per-category', 'brief.oversized', 'concurrency.briefs', ...NEEDS_AN_OFFER].sort(),
    ],
    [
      'answers padded past the size limit',
      { result: rewrite('request_offers', (c) => ({ ...c, padding: 'x'.repeat(300 * 1024) })) },
      ['limits.response-size'],
    ],
    [
      'an answer without its stance (malformed structuredContent)',
      { result: rewrite('ask_question', ({ stance: _stance, ...rest }) => rest) },
      ['question.issued-offer'],
    ],
    ['hello claiming version 2.0', { result: rewrite('hello', (c) => ({ ...c, protocolVersion: '2.0' })) }, ['hello.intersection', 'hello.negotiate']],
    [
      'an unknown tool answered as a success',
      { result: (name, _outcome, standard) => (name === 'conformance_no_such_tool' ? { content: [{ type: 'text', text: 'ok' }] } : standard()) },
      ['tools.unknown'],
    ],
    [
      'receipts whose termsHash is not their own',
      { result: rewrite('place_order', (c) => ({ ...c, termsHash: '0'.repeat(64) })) },
      ['order.get-order', 'order.receipt'],
    ],
    [
      'orders that ignore the idempotency key (a new order id every time)',
      (() => {
        let n = 0;
        return { result: rewrite('place_order', (c) => ({ ...c, orderId: `order-${++n}` })) };
      })(),
      // The brand cannot find the order ids it made up, so cancelling them fails too.
      ['cancel.order', 'cancel.scoped-to-buyer', 'order.concurrent-replay', 'order.get-order', 'order.idempotent-replay'],
    ],
    [
      'business errors thrown as JSON-RPC errors',
      {
        result: (_name: string, outcome: ToolOutcome, standard: () => CallToolResult) => {
          if (!outcome.ok && outcome.error.kind === 'business') throw new McpError(outcome.error.jsonRpcCode, outcome.error.message, outcome.error.toData());
          return standard();
        },
      },
      [
        'cancel.scoped-to-buyer', 'cancel.unknown-order', 'counter.round-limit', 'order.idempotency-conflict', 'order.mandate-exceeded', 'order.terms-mismatch', 'order.unknown-offer', 'order.unknown-order',
        'question.unknown-offer',
      ],
    ],
    [
      'faults returned as isError results',
      {
        result: (_name: string, outcome: ToolOutcome, standard: () => CallToolResult) =>
          !outcome.ok && outcome.error.kind === 'fault'
            ? { content: [{ type: 'text', text: outcome.error.message }], structuredContent: { error: outcome.error.toData() }, isError: true }
            : standard(),
      },
      ['brief.malformed', 'brief.oversized', 'brief.wrong-version', 'hello.unsupported-version'],
    ],
  ];

  it.each(cases)('%s', async (_label, hooks, expectedFailures) => {
    const report = await raw(hooks);
    expect(idsWith(report, 'fail')).toEqual(expectedFailures);
  });

  it('an unbroken raw wiring passes, so each failure above comes from its fault alone', async () => {
    const report = await raw({});
    expect(idsWith(report, 'fail')).toEqual([]);
  });

  it('a naive McpServer.registerTool brand (no output schemas, text-only errors) fails the wire-format checks', async () => {
    const report = await conformanceOfLinked(await linkNaiveRegisterToolBrand(fixtureBrand()));
    expect(idsWith(report, 'fail')).toEqual(
      [
        'tools.listed', 'tools.schemas', 'hello.unsupported-version', 'brief.malformed', 'brief.oversized', 'brief.wrong-version', 'question.unknown-offer',
        'counter.out-of-sequence', 'counter.round-limit', 'order.idempotency-conflict', 'order.mandate-exceeded', 'order.terms-mismatch', 'order.unknown-offer',
        'order.unknown-order', 'cancel.scoped-to-buyer', 'cancel.unknown-order',
      ].sort(),
    );
    expect(report.results.find((r) => r.id === 'tools.listed')?.reason).toContain('outputSchema');
    // Valid answers still come through: offers, questions, counters and receipts work.
    expect(idsWith(report, 'pass')).toEqual(expect.arrayContaining(['brief.valid-per-category', 'question.issued-offer', 'order.receipt', 'concurrency.briefs']));
  });
});
