import {
  CallToolRequestSchema,
  CallToolResultSchema,
  ErrorCode,
  McpError,
  type JSONRPCErrorResponse,
  type JSONRPCRequest,
} from '@modelcontextprotocol/sdk/types.js';
import { compiledSchema } from '../protocol/index.ts';
import type { BrandAgentCore } from './brand-agent-core.ts';
import { toolCallResult } from './tool-call-result.ts';

/** A JSON-RPC error answer built from what a request handler threw, field for field as the SDK's `Protocol` builds it. */
function errorAnswer(id: JSONRPCRequest['id'], error: unknown): JSONRPCErrorResponse {
  const e = (error ?? {}) as { code?: unknown; message?: string; data?: unknown };
  return {
    jsonrpc: '2.0',
    id,
    error: {
      code: typeof e.code === 'number' && Number.isSafeInteger(e.code) ? e.code : ErrorCode.InternalError,
      message: e.message ?? 'Internal error',
      ...(e.data !== undefined && { data: e.data }),
    },
  };
}

/**
 * The JSON text of a successful call's answer, `{ result, jsonrpc, id }` with the result's keys in the order
 * `CallToolResultSchema` gives them, written around the message's JSON text (the text content, and the structured
 * content, which serialises to that same text) instead of serialising the message twice more.
 */
function successJson(id: JSONRPCRequest['id'], text: string): string {
  return `{"result":{"content":[{"type":"text","text":${JSON.stringify(text)}}],"structuredContent":${text}},"jsonrpc":"2.0","id":${JSON.stringify(id)}}`;
}

/**
 * Answers a `tools/call` request from the brand core directly, with the answer the brand's MCP server
 * (`createBrandAgent`) would give, as JSON text: the request checked with the SDK's `CallToolRequestSchema`, the tool
 * run by the core (which validates the arguments and the brand's answer in full), the result checked with
 * `CallToolResultSchema`, a fault as the same JSON-RPC error. Returns undefined for anything else (other methods,
 * task-augmented calls, a malformed call), which the MCP server answers itself. Nearly every stateless POST is a tool
 * call, and the SDK's per-request machinery (an AbortController, a promise chain, the request parsed twice, the
 * multiplexing) cost the server about as much as the brand core's own work around the handler.
 */
export function answerToolCall(core: BrandAgentCore, request: JSONRPCRequest): Promise<string> | undefined {
  if (request.method !== 'tools/call') return undefined;
  const parsed = compiledSchema(CallToolRequestSchema).safeParse(request);
  if (!parsed.success || parsed.data.params.task !== undefined) return undefined;
  const { name, arguments: args } = parsed.data.params;
  return core.call(name, args ?? {}).then((outcome) => {
    try {
      const result = toolCallResult(outcome, core.answerJson(outcome));
      const checked = compiledSchema(CallToolResultSchema).safeParse(result);
      if (!checked.success) throw new McpError(ErrorCode.InvalidParams, `Invalid tools/call result: ${checked.error.message}`);
      const text = result.content[0]?.type === 'text' ? result.content[0].text : undefined;
      // A message's text content is its structured content serialised; tool errors (isError) are written out in full.
      if (outcome.ok && result.isError === undefined && text !== undefined) return successJson(request.id, text);
      return JSON.stringify({ result: checked.data, jsonrpc: '2.0', id: request.id });
    } catch (error) {
      return JSON.stringify(errorAnswer(request.id, error));
    }
  });
}
