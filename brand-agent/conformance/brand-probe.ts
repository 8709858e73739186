import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { PROTOCOL_VERSION, isProtocolErrorCode } from '../../protocol/index.ts';
import { openConformanceTransport, type ConformanceTarget } from './conformance-target.ts';

/**
 * What one raw MCP call produced, without interpretation: a tool result (maybe `isError`), a JSON-RPC error
 * (a fault, with the protocol code from `data.code` when there is one), or no usable answer at all.
 */
export type ProbeOutcome =
  | { readonly kind: 'result'; readonly isError: boolean; readonly structured: unknown; readonly text: string | undefined }
  | {
      readonly kind: 'fault';
      readonly jsonRpcCode: number;
      readonly message: string;
      readonly dataCode: string | undefined;
      /** The fault's `data.details` (e.g. `{ issues: [{ path, message }] }`), when there is one. */
      readonly details?: unknown;
    }
  | { readonly kind: 'broken'; readonly message: string };

// Deliberately loose: the checks judge the shape themselves, so a malformed answer is reported, not thrown.
const LooseCallResultSchema = z.looseObject({
  content: z.array(z.unknown()).optional(),
  structuredContent: z.unknown().optional(),
  isError: z.boolean().optional(),
});
const LooseToolListSchema = z.looseObject({ tools: z.array(z.unknown()), nextCursor: z.string().optional() });
const LooseResourceReadSchema = z.looseObject({ contents: z.array(z.unknown()) });
const TextBlockSchema = z.looseObject({ type: z.literal('text'), text: z.string() });

function firstText(content: readonly unknown[] | undefined): string | undefined {
  for (const block of content ?? []) {
    const parsed = TextBlockSchema.safeParse(block);
    if (parsed.success) return parsed.data.text;
  }
  return undefined;
}

function outcomeOfError(error: unknown, timeoutMs: number): ProbeOutcome {
  if (error instanceof McpError) {
    const data = error.data as { code?: unknown; details?: unknown } | undefined;
    const dataCode = typeof data?.code === 'string' ? data.code : undefined;
    // The SDK reports its own client-side timeout and a dropped connection as McpErrors without a protocol code.
    if (dataCode === undefined && error.code === ErrorCode.RequestTimeout) return { kind: 'broken', message: `no answer within ${timeoutMs} ms` };
    if (dataCode === undefined && error.code === ErrorCode.ConnectionClosed) return { kind: 'broken', message: 'the connection closed' };
    return data?.details === undefined
      ? { kind: 'fault', jsonRpcCode: error.code, message: error.message, dataCode }
      : { kind: 'fault', jsonRpcCode: error.code, message: error.message, dataCode, details: data.details };
  }
  return { kind: 'broken', message: error instanceof Error ? error.message : String(error) };
}

const IssuesDetailsSchema = z.object({ issues: z.array(z.object({ path: z.string(), message: z.string() })).min(1) });

/** The field path of the first schema issue in a fault's details (`details.issues[0].path`), when it names one. */
function firstIssuePath(details: unknown): string | undefined {
  const parsed = IssuesDetailsSchema.safeParse(details);
  return parsed.success ? `${parsed.data.issues[0]!.path} (${parsed.data.issues[0]!.message})` : undefined;
}

/** One call the probe made, with what came back: what `--trace` prints. */
export interface ProbeCall {
  readonly tool: string;
  readonly args: unknown;
  readonly outcome: ProbeOutcome;
}

/** A one-line description of an outcome, for check reasons. */
export function describeOutcome(outcome: ProbeOutcome): string {
  switch (outcome.kind) {
    case 'fault': {
      const at = firstIssuePath(outcome.details);
      return `JSON-RPC error ${outcome.jsonRpcCode}${outcome.dataCode ? ` ${outcome.dataCode}` : ' without data.code'}${at ? ` at ${at}` : ''}`;
    }
    case 'broken':
      return `no usable answer (${outcome.message.slice(0, 160)})`;
    case 'result': {
      if (!outcome.isError) return 'a successful result';
      const code = (outcome.structured as { error?: { code?: unknown } } | undefined)?.error?.code;
      return isProtocolErrorCode(code) ? `business error ${code}` : 'an isError result without a structured protocol error';
    }
  }
}

/** Options for the probe's connection and calls. */
export interface BrandProbeOptions {
  readonly connectTimeoutMs: number;
  readonly callTimeoutMs: number;
}

/**
 * The conformance kit's view of a brand: the MCP SDK's plain `Client` and raw requests, so every answer —
 * including malformed ones — reaches the checks uninterpreted.
 */
export class BrandProbe {
  /** Told about every tool call and its outcome (set by a traced run). */
  onCall: ((call: ProbeCall) => void) | undefined;

  private constructor(
    private readonly client: Client,
    private readonly callTimeoutMs: number,
  ) {}

  /** Connects (MCP initialise) to the target; throws with a readable message when it cannot be reached. */
  static async connect(target: ConformanceTarget, options: BrandProbeOptions): Promise<BrandProbe> {
    const client = new Client({ name: 'majordome-conformance', version: PROTOCOL_VERSION });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no MCP initialise answer within ${options.connectTimeoutMs} ms`)), options.connectTimeoutMs);
    });
    const opened = openConformanceTransport(target);
    try {
      await Promise.race([client.connect(opened.transport, { timeout: options.connectTimeoutMs }), deadline]);
      return new BrandProbe(client, options.callTimeoutMs);
    } catch (error) {
      await client.close().catch(() => undefined);
      const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined)?.code : undefined;
      const message = error instanceof Error ? error.message : String(error);
      const stderr = opened.stderrTail();
      const text = `${message}${typeof cause === 'string' ? ` (${cause})` : ''}${stderr ? `; the brand's stderr ends with: ${stderr.replace(/\s+/g, ' ')}` : ''}`;
      throw new Error(text, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  /** The server's name and version from the MCP initialise result. */
  get serverInfo(): { name: string; version: string } | undefined {
    return this.client.getServerVersion();
  }

  /** The MCP capabilities the server declared. */
  get serverCapabilities(): Record<string, unknown> | undefined {
    return this.client.getServerCapabilities();
  }

  /** Calls a tool with raw arguments and reports exactly what came back. */
  async callTool(name: string, args: unknown): Promise<ProbeOutcome> {
    const outcome = await this.rawCall(name, args);
    this.onCall?.({ tool: name, args, outcome });
    return outcome;
  }

  private async rawCall(name: string, args: unknown): Promise<ProbeOutcome> {
    try {
      const result = await this.client.request(
        { method: 'tools/call', params: { name, arguments: args as Record<string, unknown> } },
        LooseCallResultSchema,
        { timeout: this.callTimeoutMs },
      );
      return { kind: 'result', isError: result.isError === true, structured: result.structuredContent, text: firstText(result.content) };
    } catch (error) {
      return outcomeOfError(error, this.callTimeoutMs);
    }
  }

  /** Lists every tool (following pagination), as raw JSON objects. */
  async listTools(): Promise<{ ok: true; tools: unknown[] } | { ok: false; reason: string }> {
    const tools: unknown[] = [];
    let cursor: string | undefined;
    try {
      for (let page = 0; page < 50; page++) {
        const result = await this.client.request(
          { method: 'tools/list', params: cursor === undefined ? {} : { cursor } },
          LooseToolListSchema,
          { timeout: this.callTimeoutMs },
        );
        tools.push(...result.tools);
        cursor = result.nextCursor;
        if (cursor === undefined) return { ok: true, tools };
      }
      return { ok: false, reason: 'tools/list pagination did not end after 50 pages' };
    } catch (error) {
      return { ok: false, reason: `tools/list failed: ${describeOutcome(outcomeOfError(error, this.callTimeoutMs))}` };
    }
  }

  /** Reads a resource and returns the text of its first content item. */
  async readTextResource(uri: string): Promise<{ ok: true; text: string; mimeType: string | undefined } | { ok: false; reason: string }> {
    try {
      const result = await this.client.request({ method: 'resources/read', params: { uri } }, LooseResourceReadSchema, { timeout: this.callTimeoutMs });
      const first = z.looseObject({ text: z.string(), mimeType: z.string().optional() }).safeParse(result.contents[0]);
      if (!first.success) return { ok: false, reason: `${uri} has no text content` };
      return { ok: true, text: first.data.text, mimeType: first.data.mimeType };
    } catch (error) {
      return { ok: false, reason: `resources/read ${uri} failed: ${describeOutcome(outcomeOfError(error, this.callTimeoutMs))}` };
    }
  }

  /** Closes the connection (and ends a stdio child process). */
  async close(): Promise<void> {
    await this.client.close().catch(() => undefined);
  }
}
