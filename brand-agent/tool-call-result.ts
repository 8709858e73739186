import { McpError, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { ToolOutcome } from './tool-outcome.ts';

/**
 * The MCP answer to one protocol tool call: a message as structured content (and as JSON text, for clients that read
 * only text; `json` is that text when the core has it already, see `BrandAgentCore.answerJson`), a business error as
 * a tool error inside the result, and a fault thrown as a JSON-RPC error whose `data` carries the protocol error code.
 */
export function toolCallResult(outcome: ToolOutcome, json?: string): CallToolResult {
  if (outcome.ok) {
    const structuredContent = outcome.value as Record<string, unknown>;
    return { content: [{ type: 'text', text: json ?? JSON.stringify(structuredContent) }], structuredContent };
  }
  const data = outcome.error.toData();
  if (outcome.error.kind === 'business') {
    return { content: [{ type: 'text', text: `${data.code}: ${data.message}` }], structuredContent: { error: data }, isError: true };
  }
  throw new McpError(outcome.error.jsonRpcCode, outcome.error.message, data);
}
