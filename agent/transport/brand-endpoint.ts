import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { z } from 'zod';

/** How to reach a brand agent from configuration: a child process over stdio, or a Streamable HTTP URL. */
export const ConfiguredEndpointSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('stdio'),
    command: z.string().min(1).max(1000),
    args: z.array(z.string().max(1000)).max(100).default([]),
    env: z.record(z.string(), z.string()).optional(),
    cwd: z.string().max(1000).optional(),
  }),
  z.object({
    kind: z.literal('http'),
    url: z.url({ protocol: /^https?$/ }),
  }),
]);
export type ConfiguredEndpoint = z.infer<typeof ConfiguredEndpointSchema>;

/** An already linked MCP transport to a brand in this process. */
export interface LinkedTransportEndpoint {
  readonly kind: 'transport';
  readonly transport: Transport;
  readonly label?: string;
  /**
   * True only when the other end is a Majordome brand core in this process (`linkBrandInMemory`): it validated each
   * answer against the protocol schema and size limit, and the linked transport hands over that very object, so the
   * client does not validate it a second time. Every other endpoint's answers are validated in full.
   */
  readonly answersValidated?: boolean;
}

/** Any way to reach a brand: configured endpoints, or an already linked MCP transport (in-process brands). */
export type BrandEndpoint = ConfiguredEndpoint | LinkedTransportEndpoint;

/** A short human description of an endpoint for messages and logs. */
export function describeEndpoint(endpoint: BrandEndpoint): string {
  switch (endpoint.kind) {
    case 'stdio':
      return `stdio:${[endpoint.command, ...endpoint.args].join(' ')}`;
    case 'http':
      return endpoint.url;
    case 'transport':
      return endpoint.label ?? 'in-memory';
  }
}
