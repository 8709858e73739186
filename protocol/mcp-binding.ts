import type { z } from 'zod';
import { BriefResponseSchema } from './brief-response.ts';
import { CancelOrderSchema, CancellationSchema } from './cancellation.ts';
import { CounterResultSchema, CounterSchema } from './counter.ts';
import { HelloResultSchema } from './hello.ts';
import { NeedBriefSchema } from './need-brief.ts';
import { OrderSchema, OrderStatusRequestSchema, ReceiptSchema } from './order.ts';
import { AnswerSchema, QuestionSchema } from './question.ts';
import { HelloSchema, type Capability } from './version.ts';

/** One protocol tool: the MCP tool name, the message it carries in and out, and the capability it needs. */
export interface ProtocolToolBinding<In extends z.ZodType = z.ZodType, Out extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly input: In;
  readonly output: Out;
  readonly capability: Capability | null;
}

/**
 * How the protocol maps onto MCP: each message pair is one tool with an `inputSchema` and an `outputSchema`;
 * results arrive in `structuredContent`. The brand card is also the resource `majordome://card`.
 */
export const PROTOCOL_TOOLS = {
  hello: {
    name: 'hello',
    title: 'Handshake',
    description: 'Negotiate the protocol version and capabilities; returns the brand card.',
    input: HelloSchema,
    output: HelloResultSchema,
    capability: null,
  },
  requestOffers: {
    name: 'request_offers',
    title: 'Request offers',
    description: 'Send a NeedBrief; the brand answers with offers or an honest decline.',
    input: NeedBriefSchema,
    output: BriefResponseSchema,
    capability: 'offers',
  },
  askQuestion: {
    name: 'ask_question',
    title: 'Ask a question',
    description: 'Ask about an offer; the answer may carry claims.',
    input: QuestionSchema,
    output: AnswerSchema,
    capability: 'questions',
  },
  counterOffer: {
    name: 'counter_offer',
    title: 'Counter an offer',
    description: 'Propose a price or terms; the brand accepts, counters, rejects or makes a final offer.',
    input: CounterSchema,
    output: CounterResultSchema,
    capability: 'counters',
  },
  placeOrder: {
    name: 'place_order',
    title: 'Place an order',
    description: 'Order an offer under a mandate; idempotent by idempotency key; returns a receipt.',
    input: OrderSchema,
    output: ReceiptSchema,
    capability: 'orders',
  },
  getOrder: {
    name: 'get_order',
    title: 'Get an order',
    description: 'Fetch the receipt of an order by its idempotency key.',
    input: OrderStatusRequestSchema,
    output: ReceiptSchema,
    capability: 'orders',
  },
  cancelOrder: {
    name: 'cancel_order',
    title: 'Cancel an order',
    description:
      "Protocol 1.1: ask the brand to cancel one of the buyer's orders (e.g. a receipt that differs from the accepted offer) and refund it; idempotent per order, scoped to the buyer.",
    input: CancelOrderSchema,
    output: CancellationSchema,
    capability: 'cancellations',
  },
} as const satisfies Record<string, ProtocolToolBinding>;

/** The key of a protocol tool in PROTOCOL_TOOLS. */
export type ProtocolToolKey = keyof typeof PROTOCOL_TOOLS;

/** The URI of the brand card resource. */
export const BRAND_CARD_RESOURCE_URI = 'majordome://card';

/** The bindings by MCP tool name, built once: every brand call looks its tool up here. */
const BINDINGS_BY_NAME: ReadonlyMap<string, (typeof PROTOCOL_TOOLS)[ProtocolToolKey]> = new Map(Object.values(PROTOCOL_TOOLS).map((t) => [t.name, t]));

/** Finds a tool binding by its MCP tool name. */
export function toolBindingByName(name: string): (typeof PROTOCOL_TOOLS)[ProtocolToolKey] | undefined {
  return BINDINGS_BY_NAME.get(name);
}
