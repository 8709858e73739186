// Public API of the butler's brand transport: connect to a brand by any transport, call it with typed results.
export { BrandClient } from './brand-client.ts';
export type { BrandClientOptions } from './brand-client.ts';
export { ConfiguredEndpointSchema, describeEndpoint } from './brand-endpoint.ts';
export type { BrandEndpoint, ConfiguredEndpoint, LinkedTransportEndpoint } from './brand-endpoint.ts';
export { TRANSPORT_ERROR_CODES } from './brand-call-error.ts';
export { HttpClientTransport } from './http-client-transport.ts';
export type { HttpClientTransportOptions } from './http-client-transport.ts';
export { createBoundedFetch } from './bounded-fetch.ts';
export type { BoundedFetchOptions, FetchLike } from './bounded-fetch.ts';
export { wireLimitFor } from './wire-limit.ts';
export { BRAND_RESPONSE_ERROR_CODES, BrandResponseError } from './brand-response-error.ts';
export type { BrandResponseErrorCode } from './brand-response-error.ts';
export type { BrandCallError, BrandCallResult, TransportErrorCode } from './brand-call-error.ts';
export type { Transport as McpTransport } from '@modelcontextprotocol/sdk/shared/transport.js';
