// Public API of the brand-agent SDK: define a brand, get an MCP server, serve it in-process, over stdio or HTTP.
export { createBrandAgent, createBrandAgentCore } from './create-brand-agent.ts';
export { BrandAgentCore } from './brand-agent-core.ts';
export type { BrandAgentCoreOptions } from './brand-agent-core.ts';
export { checkMandate } from './check-mandate.ts';
export { refundInFull } from './refund-in-full.ts';
export { makerLinesOf } from './maker-lines-of.ts';
export type { ToolOutcome } from './tool-outcome.ts';
export { isThenable, whenReady } from './when-ready.ts';
export type { MaybePromise } from './when-ready.ts';
export type {
  BrandAgentDefinition,
  BrandAgentLimits,
  BrandHandlers,
  CatalogEntry,
  CatalogSource,
  HandlerContext,
  OfferContext,
  OrderContext,
} from './definition.ts';
export { linkBrandInMemory } from './serve-in-memory.ts';
export type { InMemoryBrandLink } from './serve-in-memory.ts';
export { serveBrandOverStdio } from './serve-stdio.ts';
export type { StdioBrandServer } from './serve-stdio.ts';
export { serveBrandOverHttp, createBrandHttpApp, HTTP_SERVE_LIMITS, httpServeLimits } from './serve-http.ts';
export type { BrandHttpAppOptions, HttpBrandServer, HttpServeLimits, HttpServeMode, HttpServeOptions } from './serve-http.ts';
export { serveBrandOverHttpWorkers } from './serve-http-workers.ts';
export type { HttpBrandCluster, HttpWorkersOptions } from './serve-http-workers.ts';
