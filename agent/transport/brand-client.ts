import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { z } from 'zod';
import {
  CAPABILITIES,
  PROTOCOL_TOOLS,
  PROTOCOL_VERSION,
  negotiateProtocol,
  type Answer,
  type BrandCard,
  type BriefResponse,
  type CancelOrder,
  type Cancellation,
  type Capability,
  type Counter,
  type CounterResult,
  type NeedBriefInput,
  type Order,
  type OrderStatusRequest,
  type Question,
  type Receipt,
  PROTOCOL_LIMITS,
  ProtocolError,
  compiledSchema,
  jsonBytesOver,
  keyFingerprint,
  readCardPublicKey,
  verifyKeyProof,
} from '../../protocol/index.ts';
import { randomBytes } from 'node:crypto';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { CallToolResultSchema, McpError, ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { businessErrorOf, toBrandCallError, type BrandCallError, type BrandCallResult } from './brand-call-error.ts';
import { describeEndpoint, type BrandEndpoint } from './brand-endpoint.ts';
import { HttpClientTransport } from './http-client-transport.ts';
import { BrandResponseError } from './brand-response-error.ts';
import { CallBudget, callTimedOut } from './call-budget.ts';
import type { CallScope } from './call-scope.ts';
import { wireLimitFor } from './wire-limit.ts';

/** Options for connecting to and calling a brand. */
export interface BrandClientOptions {
  /** Milliseconds allowed to connect and complete the handshake (default 10,000). */
  readonly connectTimeoutMs?: number;
  /** Milliseconds allowed per call (default 5,000). */
  readonly callTimeoutMs?: number;
  /** Name announced to the brand. */
  readonly agentName?: string;
  /** Largest protocol message accepted from the brand, in bytes (default PROTOCOL_LIMITS.maxPayloadBytes). */
  readonly maxPayloadBytes?: number;
}

function openTransport(endpoint: BrandEndpoint, maxFrameBytes: number): Transport {
  switch (endpoint.kind) {
    case 'stdio':
      return new StdioClientTransport({
        command: endpoint.command,
        args: endpoint.args,
        env: { ...getDefaultEnvironment(), ...(endpoint.env ?? {}) },
        ...(endpoint.cwd ? { cwd: endpoint.cwd } : {}),
        stderr: 'ignore',
        // One stdio message is one line: a longer line makes the SDK drop the buffer and close the brand.
        maxBufferSize: maxFrameBytes,
      });
    case 'http':
      return new HttpClientTransport(new URL(endpoint.url), { maxFrameBytes });
    case 'transport':
      return endpoint.transport;
  }
}

/** The SDK's check of every tool result, compiled (same verdicts and errors, less CPU). */
const ToolResult = compiledSchema(CallToolResultSchema);

/** What the SDK's `callTool` resolves with. */
type ToolCallAnswer = Awaited<ReturnType<Client['callTool']>>;

/**
 * Runs `work` as the brand call `scope` when the brand is reached over HTTP, where the transport bounds the exchange by
 * it; other transports never fetch. The call is handed to the transport directly (`sendFor`), not through an
 * AsyncLocalStorage: on Node 20 one turns on promise hooks for the whole process at its first use, which made every
 * promise (the brand core's and the SDK's included) slower.
 */
function inCallScope<T>(transport: Transport, scope: CallScope, work: () => Promise<T>): Promise<T> {
  return transport instanceof HttpClientTransport ? transport.sendFor(scope, work) : work();
}

/**
 * Whether `error` is the SDK's own request timeout for a call given `timeout` ms (`Protocol.request` rejects with
 * exactly this McpError when its timer fires). A brand could send the same JSON-RPC error; it would then be reported
 * as a timeout in our words rather than in its own, a timeout either way.
 */
function isSdkTimeout(error: unknown, timeout: number): boolean {
  return (
    error instanceof McpError &&
    error.code === ErrorCode.RequestTimeout &&
    error.message === `MCP error ${ErrorCode.RequestTimeout}: Request timed out` &&
    (error.data as { timeout?: unknown } | undefined)?.timeout === timeout
  );
}

/** Whether a transport error says the brand sent a stdio line past the buffer limit. */
function isOversizedLine(error: Error | undefined): boolean {
  return error !== undefined && /ReadBuffer exceeded maximum size/.test(error.message);
}

/** The transport's errors as the client reports them, and the calls in flight that a fatal one must end at once. */
interface TransportWatch {
  last?: Error;
  readonly inFlight: Set<CallBudget>;
}

function watchTransport(client: Client): TransportWatch {
  const watch: TransportWatch = { inFlight: new Set() };
  client.onerror = (error) => {
    watch.last = error;
    // The SDK only rejects pending calls once the brand process has exited, which a brand flooding its stdout
    // can delay by seconds: end them now, the connection is unusable after an oversized line.
    if (isOversizedLine(error)) {
      const reason = new BrandResponseError('PAYLOAD_TOO_LARGE', `the brand sent a message line past the size limit: ${error.message}`);
      for (const budget of watch.inFlight) budget.fail(reason);
    }
  };
  return watch;
}

/** The fingerprint of the card's key when `keyProof` is its valid signature of this card id and challenge (see `verifyKeyProof`). */
function provedKeyOf(card: BrandCard, challenge: string, keyProof: string | undefined): string | undefined {
  if (card.publicKey === undefined || keyProof === undefined || !verifyKeyProof(card.publicKey, card.id, challenge, keyProof)) return undefined;
  const key = readCardPublicKey(card.publicKey);
  return key === undefined ? undefined : keyFingerprint(key);
}

/**
 * A connected brand agent, seen from the butler: typed calls that never throw, each validated with the
 * protocol schemas, each bounded by a timeout. Created with `BrandClient.connect`.
 */
export class BrandClient {
  private constructor(
    private readonly client: Client,
    readonly card: BrandCard,
    readonly protocolVersion: string,
    readonly capabilities: readonly Capability[],
    readonly endpointLabel: string,
    private readonly callTimeoutMs: number,
    private readonly maxPayloadBytes: number,
    private readonly transportErrors: TransportWatch,
    private readonly answersValidated: boolean,
    /** The transport, which bounds each HTTP exchange by its call's budget (see `inCallScope`). */
    private readonly transport: Transport,
    /**
     * The fingerprint of the card's `publicKey` when the brand proved it holds its private key (a valid `keyProof` of
     * this connection's fresh challenge, over its card id); undefined for a card without a key or an unproved one.
     */
    readonly provedKey: string | undefined,
  ) {}

  /** Connects, performs the hello handshake and negotiates version and capabilities. */
  static async connect(endpoint: BrandEndpoint, options: BrandClientOptions = {}): Promise<BrandCallResult<BrandClient>> {
    const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    const maxPayloadBytes = options.maxPayloadBytes ?? PROTOCOL_LIMITS.maxPayloadBytes;
    const client = new Client({ name: options.agentName ?? 'majordome-butler', version: PROTOCOL_VERSION });
    const transportErrors = watchTransport(client);
    const label = describeEndpoint(endpoint);
    const budget = new CallBudget(connectTimeoutMs, `connecting to ${label}`);
    transportErrors.inFlight.add(budget);
    try {
      const transport = openTransport(endpoint, wireLimitFor(maxPayloadBytes));
      const keyChallenge = randomBytes(24).toString('base64url');
      const handshake = async () => {
        await Promise.race([client.connect(transport, { timeout: connectTimeoutMs }), budget.expired()]);
        return Promise.race([
          client.callTool(
            { name: PROTOCOL_TOOLS.hello.name, arguments: { protocolVersion: PROTOCOL_VERSION, capabilities: [...CAPABILITIES], agent: 'majordome', keyChallenge } },
            undefined,
            { timeout: connectTimeoutMs },
          ),
          budget.expired(),
        ]);
      };
      // The handshake awaits between its requests: every request sent until it ends belongs to the connect budget.
      const release = transport instanceof HttpClientTransport ? transport.holdScope(budget) : undefined;
      let result: Awaited<ReturnType<typeof handshake>>;
      try {
        result = await handshake();
      } finally {
        release?.();
      }
      if (result.isError) {
        await client.close().catch(() => undefined);
        return { ok: false, error: businessErrorOf(result.structuredContent, undefined) };
      }
      const hello = compiledSchema(PROTOCOL_TOOLS.hello.output).safeParse(result.structuredContent);
      if (!hello.success) {
        await client.close().catch(() => undefined);
        return { ok: false, error: { code: 'INVALID_RESPONSE', message: `${label}: invalid hello answer`, details: { issues: hello.error.issues.slice(0, 5) } } };
      }
      // Re-check on our side: a brand must not claim a version or capabilities we did not agree to.
      const agreed = negotiateProtocol({ protocolVersion: PROTOCOL_VERSION, capabilities: CAPABILITIES }, hello.data);
      const capabilities = agreed.capabilities.filter((c) => hello.data.capabilities.includes(c));
      return {
        ok: true,
        value: new BrandClient(
          client,
          hello.data.card,
          agreed.protocolVersion,
          capabilities,
          label,
          options.callTimeoutMs ?? 5_000,
          maxPayloadBytes,
          transportErrors,
          endpoint.kind === 'transport' && endpoint.answersValidated === true,
          transport,
          provedKeyOf(hello.data.card, keyChallenge, hello.data.keyProof),
        ),
      };
    } catch (error) {
      await client.close().catch(() => undefined);
      if (error instanceof ProtocolError) return { ok: false, error: error.toData() };
      return { ok: false, error: BrandClient.describeFailure(error, transportErrors.last) };
    } finally {
      transportErrors.inFlight.delete(budget);
      budget.end();
    }
  }

  private static describeFailure(error: unknown, lastTransportError: Error | undefined): BrandCallError {
    if (error instanceof McpError && error.code === ErrorCode.ConnectionClosed && isOversizedLine(lastTransportError)) {
      return { code: 'PAYLOAD_TOO_LARGE', message: `the brand sent a message line past the size limit: ${lastTransportError?.message}` };
    }
    return toBrandCallError(error);
  }

  /** Whether the brand agreed to a capability. */
  supports(capability: Capability): boolean {
    return this.capabilities.includes(capability);
  }

  private async call<S extends z.ZodType>(name: string, output: S, args: unknown, timeoutMs?: number, validated = false): Promise<BrandCallResult<z.infer<S>>> {
    const timeout = timeoutMs ?? this.callTimeoutMs;
    try {
      const result = this.transport instanceof InMemoryTransport ? await this.sendLinked(name, args, timeout) : await this.sendBudgeted(name, args, timeout);
      if (result.isError) {
        const text = Array.isArray(result.content) ? (result.content[0] as { text?: string } | undefined)?.text : undefined;
        return { ok: false, error: businessErrorOf(result.structuredContent, text) };
      }
      // A brand core in this process already checked this very object against `output` and the size limit.
      if (validated) return { ok: true, value: result.structuredContent as z.infer<S> };
      const bytes = jsonBytesOver(result.structuredContent, this.maxPayloadBytes);
      if (bytes !== undefined) {
        return { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: `${this.card.id}.${name}: the answer is ${bytes} bytes, over ${this.maxPayloadBytes}` } };
      }
      const parsed = compiledSchema(output).safeParse(result.structuredContent);
      if (!parsed.success) {
        return {
          ok: false,
          error: {
            code: 'INVALID_RESPONSE',
            message: `${this.card.id}.${name}: the answer is not a valid protocol message`,
            details: { issues: parsed.error.issues.slice(0, 5).map((i) => ({ path: i.path.join('.'), message: i.message })) },
          },
        };
      }
      return { ok: true, value: parsed.data };
    } catch (error) {
      return { ok: false, error: BrandClient.describeFailure(error, this.transportErrors.last) };
    }
  }

  /**
   * One tool call under a budget of its own (a signal and a timer, see `CallBudget`): it bounds the SDK request and,
   * through the call scope, the HTTP exchange and body read, and a fatal transport error (a stdio line past the limit)
   * ends it at once. Throws what the call is to be reported as.
   */
  private async sendBudgeted(name: string, args: unknown, timeout: number): Promise<ToolCallAnswer> {
    const budget = new CallBudget(timeout, `${this.card.id}.${name}`);
    this.transportErrors.inFlight.add(budget);
    try {
      // The SDK call takes the budget's signal and rejects as soon as it aborts (the catch below reports the
      // signal's own reason, as a race with the budget did), so no racing promise is made per call.
      return await inCallScope(this.transport, budget, () =>
        this.client.callTool({ name, arguments: args as Record<string, unknown> }, ToolResult, { timeout, signal: budget.signal }),
      );
    } catch (thrown) {
      // Once the budget has run out or been given up, the SDK rejects with its reason wrapped in an McpError: report the reason.
      const error: unknown = budget.signal.aborted ? budget.signal.reason : thrown;
      // A failed send (anything but an McpError: an oversized or cut body, a refused connection) leaves the SDK's
      // response handler registered for good, as it only forgets one on an answer, its own timeout or an abort:
      // aborting the call's signal makes it forget, and tell the brand.
      if (!(error instanceof McpError)) budget.fail(error);
      throw error;
    } finally {
      this.transportErrors.inFlight.delete(budget);
      budget.end();
    }
  }

  /**
   * One tool call over a linked in-memory transport, timed by the SDK's own request timer alone: nothing is fetched
   * (no scope to bound), no transport error can end it early (the in-flight watch serves stdio), and a send cannot fail
   * once the SDK has registered the call (a closed link is refused before). A budget's AbortController and timer were
   * the largest cost a linked round trip had beyond a bare MCP echo. The SDK's timeout is reported as a budget's is.
   */
  private async sendLinked(name: string, args: unknown, timeout: number): Promise<ToolCallAnswer> {
    try {
      return await this.client.callTool({ name, arguments: args as Record<string, unknown> }, ToolResult, { timeout });
    } catch (error) {
      throw isSdkTimeout(error, timeout) ? callTimedOut(`${this.card.id}.${name}`, timeout) : error;
    }
  }

  /** Sends a need brief; offers or an honest decline come back. */
  requestOffers(brief: NeedBriefInput, timeoutMs?: number): Promise<BrandCallResult<BriefResponse>> {
    return this.call(PROTOCOL_TOOLS.requestOffers.name, PROTOCOL_TOOLS.requestOffers.output, brief, timeoutMs, this.answersValidated);
  }

  /** Asks a question about an offer. */
  askQuestion(question: Question, timeoutMs?: number): Promise<BrandCallResult<Answer>> {
    return this.call(PROTOCOL_TOOLS.askQuestion.name, PROTOCOL_TOOLS.askQuestion.output, question, timeoutMs, this.answersValidated);
  }

  /** Sends a counter-proposal. */
  counterOffer(counter: Counter, timeoutMs?: number): Promise<BrandCallResult<CounterResult>> {
    return this.call(PROTOCOL_TOOLS.counterOffer.name, PROTOCOL_TOOLS.counterOffer.output, counter, timeoutMs, this.answersValidated);
  }

  /** Places an order under a mandate. */
  placeOrder(order: Order, timeoutMs?: number): Promise<BrandCallResult<Receipt>> {
    return this.call(PROTOCOL_TOOLS.placeOrder.name, PROTOCOL_TOOLS.placeOrder.output, order, timeoutMs, this.answersValidated);
  }

  /** Fetches an order's receipt by idempotency key. */
  getOrder(request: OrderStatusRequest, timeoutMs?: number): Promise<BrandCallResult<Receipt>> {
    return this.call(PROTOCOL_TOOLS.getOrder.name, PROTOCOL_TOOLS.getOrder.output, request, timeoutMs, this.answersValidated);
  }

  /** Protocol 1.1: asks the brand to cancel one of this buyer's orders (only when `supports('cancellations')`). */
  cancelOrder(request: CancelOrder, timeoutMs?: number): Promise<BrandCallResult<Cancellation>> {
    return this.call(PROTOCOL_TOOLS.cancelOrder.name, PROTOCOL_TOOLS.cancelOrder.output, request, timeoutMs, this.answersValidated);
  }

  /** Sends a raw tool call (conformance testing of malformed input); the answer is validated against `output`. */
  callRaw<S extends z.ZodType>(name: string, output: S, args: unknown, timeoutMs?: number): Promise<BrandCallResult<z.infer<S>>> {
    return this.call(name, output, args, timeoutMs);
  }

  /** Closes the connection (and the child process for stdio brands). */
  async close(): Promise<void> {
    await this.client.close().catch(() => undefined);
  }
}
