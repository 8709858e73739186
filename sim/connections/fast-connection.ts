import { bindBrandIdentity, type BrandConnection } from '../../agent/butler/index.ts';
import type { BrandCallResult } from '../../agent/transport/index.ts';
import { isThenable, type BrandAgentCore, type ToolOutcome } from '../../brand-agent/index.ts';
import { CAPABILITIES, PROTOCOL_TOOLS, PROTOCOL_VERSION, negotiateProtocol, type Capability } from '../../protocol/index.ts';
import type { z } from 'zod';
import { countProtocolCall } from './protocol-call-tally.ts';
import { SIM_REMEMBERED_OFFERS } from './sim-remembered-offers.ts';

type Tool = (typeof PROTOCOL_TOOLS)[keyof typeof PROTOCOL_TOOLS];

/** What the butler gets from a core's outcome: the answer, or the failure's code and message as data. */
function resultOf<V>(outcome: ToolOutcome): BrandCallResult<V> {
  if (!outcome.ok) return { ok: false, error: outcome.error.toData() };
  // The core has already parsed the answer with this very schema (validateOutgoing returns the parsed value), so
  // BrandClient's second parse would be the identity; skipping it changes nothing but time.
  return { ok: true, value: outcome.value as V };
}

/**
 * The simulator's fast path: a BrandConnection that calls the brand's transport-free core directly, in process
 * (`callInProcess`: a reference brand answers in the caller's turn, and the butler gets one settled promise per call
 * instead of a chain through the core, its deadline and the brand's handler). The brand runs the same handlers with
 * the same validation in and out (the answer it returns is already the output schema's parse, which is what
 * `BrandClient` hands the butler) and failures carry the same codes. Only the MCP transport is skipped.
 */
export async function fastConnection(core: BrandAgentCore, timeoutMs: number): Promise<BrandConnection> {
  function call<T extends Tool>(tool: T, args: unknown): Promise<BrandCallResult<z.infer<T['output']>>> {
    countProtocolCall(tool.name);
    const outcome = core.callInProcess(tool.name, args);
    return isThenable(outcome) ? outcome.then((o) => resultOf<z.infer<T['output']>>(o)) : Promise.resolve(resultOf<z.infer<T['output']>>(outcome));
  }
  // The same handshake BrandClient performs: capabilities are the intersection both sides agree on.
  const hello = await call(PROTOCOL_TOOLS.hello, { protocolVersion: PROTOCOL_VERSION, capabilities: [...CAPABILITIES], agent: 'majordome' });
  if (!hello.ok) throw new Error(`${core.card.id}: handshake failed (${hello.error.code})`);
  const agreed = negotiateProtocol({ protocolVersion: PROTOCOL_VERSION, capabilities: CAPABILITIES }, hello.value);
  const capabilities: readonly Capability[] = agreed.capabilities.filter((c) => hello.value.capabilities.includes(c));
  const card = hello.value.card;
  // Bound like the app's connections (and the MCP mode's), so both modes give the butler the very same offer ids.
  return bindBrandIdentity({
    id: card.id,
    card,
    timeoutMs,
    supports: (capability) => capabilities.includes(capability),
    requestOffers: (brief) => call(PROTOCOL_TOOLS.requestOffers, brief),
    askQuestion: (question) => call(PROTOCOL_TOOLS.askQuestion, question),
    counterOffer: (counter) => call(PROTOCOL_TOOLS.counterOffer, counter),
    placeOrder: (order) => call(PROTOCOL_TOOLS.placeOrder, order),
    getOrder: (request) => call(PROTOCOL_TOOLS.getOrder, request),
    cancelOrder: (request) => call(PROTOCOL_TOOLS.cancelOrder, request),
  }, core.card.id, { rememberedOffers: SIM_REMEMBERED_OFFERS });
}
