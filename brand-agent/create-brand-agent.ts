import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import { BRAND_CARD_RESOURCE_URI, PROTOCOL_TOOLS, toWireJsonSchema, toolOutputJsonSchema, type JsonSchema } from '../protocol/index.ts';
import { BrandAgentCore, type BrandAgentCoreOptions } from './brand-agent-core.ts';
import type { BrandAgentDefinition } from './definition.ts';
import { toolCallResult } from './tool-call-result.ts';

interface ListedTool {
  name: string;
  title: string;
  description: string;
  inputSchema: { type: 'object' } & JsonSchema;
  outputSchema: { type: 'object' } & JsonSchema;
}

let listedTools: ListedTool[] | undefined;

// The SDK builds a JSON Schema validator (an Ajv instance with formats) per server unless given one, which dominated
// a stateless HTTP request (one server per POST). It only serves requests a server sends (elicitation), which a
// brand never does; one instance is shared by every brand server of the process.
let sharedValidator: AjvJsonSchemaValidator | undefined;

/** The protocol tools as MCP lists them, with JSON Schemas generated from the zod schemas (computed once). */
function protocolToolList(): ListedTool[] {
  listedTools ??= Object.values(PROTOCOL_TOOLS).map((tool) => ({
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: { ...toWireJsonSchema(tool.input, 'input'), type: 'object' as const },
    outputSchema: toolOutputJsonSchema(tool.output),
  }));
  return listedTools;
}

/** Creates the shared, transport-free core of a brand agent (use one core behind many MCP sessions). */
export function createBrandAgentCore(definition: BrandAgentDefinition, options: BrandAgentCoreOptions = {}): BrandAgentCore {
  return new BrandAgentCore(definition, options);
}

/**
 * Turns a brand definition into an MCP server that speaks the Majordome protocol: validated input and output,
 * payload limits, handler timeouts, idempotent orders. Serve it with `serveBrandOverStdio`, `serveBrandOverHttp`
 * or connect it in-process with `linkBrandInMemory`.
 *
 * @example
 * const server = createBrandAgent({
 *   card: { id: 'trailco', name: 'Trailco', description: 'Trail shoes', categories: ['running-shoes'],
 *           currencies: ['EUR'], policies: { returnDays: 30, warrantyMonths: 24, shipsTo: ['FR'] } },
 *   catalog: { list: () => entries },
 *   handlers: { requestOffers: (brief, ctx) => ({ requestId: brief.requestId, outcome: 'offers', offers: [...] }) },
 * });
 */
export function createBrandAgent(source: BrandAgentDefinition | BrandAgentCore): McpServer {
  const core = source instanceof BrandAgentCore ? source : new BrandAgentCore(source);
  const mcp = new McpServer(
    { name: `majordome-brand:${core.card.id}`, title: core.card.name, version: core.card.protocolVersion },
    { capabilities: { tools: {}, resources: {} }, jsonSchemaValidator: (sharedValidator ??= new AjvJsonSchemaValidator()) },
  );
  mcp.registerResource(
    'brand-card',
    BRAND_CARD_RESOURCE_URI,
    { title: `${core.card.name} brand card`, mimeType: 'application/json' },
    (uri) => ({ contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(core.card) }] }),
  );
  // The protocol tools are wired on the low-level server so faults become JSON-RPC errors with typed `data`,
  // and validation is ours (McpServer.registerTool would turn every failure into an untyped text result).
  mcp.server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: protocolToolList() }));
  mcp.server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    const outcome = await core.call(request.params.name, request.params.arguments ?? {});
    return toolCallResult(outcome, core.answerJson(outcome));
  });
  return mcp;
}
