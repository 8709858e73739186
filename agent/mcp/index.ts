// Public API of the butler as an MCP server: find, rank, explain, show trust, prepare (never complete) a purchase.
export { createButlerMcpServer, BUTLER_MCP_TOOLS } from './create-butler-mcp-server.ts';
export type { ButlerMcpDeps, ButlerMcpOptions } from './create-butler-mcp-server.ts';
export { serveButlerOverStdio } from './serve-butler-over-stdio.ts';
export type { StdioButlerServer } from './serve-butler-over-stdio.ts';
export { CONFIRM_IN_MAJORDOME, UNTRUSTED_NOTICE, OfferOutSchema, FindOffersOutput, ExplainOutput, TrustOutput, PrepareOutput } from './butler-mcp-tools.ts';
export type { OfferOut } from './butler-mcp-tools.ts';
