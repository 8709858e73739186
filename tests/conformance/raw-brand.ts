// Test helper: brands wired by hand on a raw McpServer, so tests can break the wire protocol in precise ways.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { CallToolRequestSchema, ListToolsRequestSchema, McpError, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { createBrandAgentCore, type BrandAgentDefinition, type ToolOutcome } from '../../brand-agent/index.ts';
import { BRAND_CARD_RESOURCE_URI, PROTOCOL_TOOLS, toWireJsonSchema, toolOutputJsonSchema } from '../../protocol/index.ts';

/** A tool as listed over MCP. */
export type ListedTool = { name: string; title: string; description: string; inputSchema: Record<string, unknown>; outputSchema?: Record<string, unknown> };

/** Ways to break a hand-wired brand. */
export interface RawBrandHooks {
  /** Rewrites the tool list. */
  readonly tools?: (tools: ListedTool[]) => ListedTool[];
  /** Leaves out the majordome://card resource. */
  readonly omitCard?: boolean;
  /** Turns the core's outcome into the wire result (may throw an McpError); default is the protocol's mapping. `args` are the call's arguments. */
  readonly result?: (name: string, outcome: ToolOutcome, standard: () => CallToolResult, args: Record<string, unknown>) => CallToolResult;
}

/** The protocol's mapping of an outcome to the wire: success in structuredContent, business errors in isError results, faults thrown. */
export function standardResult(outcome: ToolOutcome): CallToolResult {
  if (outcome.ok) {
    const structuredContent = outcome.value as Record<string, unknown>;
    return { content: [{ type: 'text', text: JSON.stringify(structuredContent) }], structuredContent };
  }
  const data = outcome.error.toData();
  if (outcome.error.kind === 'business') return { content: [{ type: 'text', text: data.message }], structuredContent: { error: data }, isError: true };
  throw new McpError(outcome.error.jsonRpcCode, outcome.error.message, data);
}

function protocolTools(): ListedTool[] {
  return Object.values(PROTOCOL_TOOLS).map((t) => ({
    name: t.name,
    title: t.title,
    description: t.description,
    inputSchema: toWireJsonSchema(t.input, 'input'),
    outputSchema: toolOutputJsonSchema(t.output),
  }));
}

function cardResource(mcp: McpServer, card: unknown): void {
  mcp.registerResource('brand-card', BRAND_CARD_RESOURCE_URI, { mimeType: 'application/json' }, (uri) => ({
    contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(card) }],
  }));
}

async function link(mcp: McpServer): Promise<{ transport: Transport; close: () => Promise<void> }> {
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await mcp.connect(serverTransport);
  return { transport: clientTransport, close: () => mcp.close() };
}

/** Serves a brand definition on a hand-wired McpServer with hooks that break it; returns the client transport. */
export async function linkRawBrand(definition: BrandAgentDefinition, hooks: RawBrandHooks = {}): Promise<{ transport: Transport; close: () => Promise<void> }> {
  const core = createBrandAgentCore(definition);
  const mcp = new McpServer({ name: 'raw-brand', version: '0.0.1' }, { capabilities: { tools: {}, resources: {} } });
  if (!hooks.omitCard) cardResource(mcp, core.card);
  mcp.server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: (hooks.tools ?? ((t) => t))(protocolTools()) }));
  mcp.server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const args = request.params.arguments ?? {};
    const outcome = await core.call(request.params.name, args);
    return hooks.result ? hooks.result(request.params.name, outcome, () => standardResult(outcome), args) : standardResult(outcome);
  });
  return link(mcp);
}

/**
 * A brand built the naive way with `McpServer.registerTool`: loose input schemas, no output schemas, and every
 * failure flattened into a text-only isError result.
 */
export async function linkNaiveRegisterToolBrand(definition: BrandAgentDefinition): Promise<{ transport: Transport; close: () => Promise<void> }> {
  const core = createBrandAgentCore(definition);
  const mcp = new McpServer({ name: 'naive-brand', version: '0.0.1' });
  cardResource(mcp, core.card);
  for (const tool of Object.values(PROTOCOL_TOOLS)) {
    mcp.registerTool(tool.name, { description: tool.description, inputSchema: z.looseObject({}) }, async (args): Promise<CallToolResult> => {
      const outcome = await core.call(tool.name, args);
      if (outcome.ok) return { content: [{ type: 'text', text: JSON.stringify(outcome.value) }], structuredContent: outcome.value as Record<string, unknown> };
      return { content: [{ type: 'text', text: outcome.error.message }], isError: true };
    });
  }
  return link(mcp);
}
