import { createHash } from 'node:crypto';
import type { BrandDirectoryEntry } from './brand-directory.ts';
import { endpointKey } from './endpoint-key.ts';

/** One ledger identity of an endpoint: `endpoint:<hash>` (entry ids hold no ':', so it never names a brand). */
export interface EndpointIdentity {
  readonly id: string;
  /** What it identifies, for the person: the URL, the command line, or the server (`origin`). */
  readonly endpoint: string;
}

const identityOf = (endpoint: string): EndpointIdentity => ({ id: `endpoint:${createHash('sha256').update(endpoint).digest('hex').slice(0, 16)}`, endpoint });

/**
 * The ledger identities of what a stdio or HTTP entry reaches. Every entry is linked to each, so two names for one
 * endpoint, now or in a later brands.json, are one party: the exact endpoint (its URL, or its command line), and for
 * HTTP also the server, its origin (scheme, host and port), since a server answers whatever path, query or trailing
 * slash it is given: "/mcp/", "/mcp?shop=outlet" and "/outlet/mcp" on it are the same party as "/mcp". Built-in brands
 * are their own endpoint (none).
 */
export function endpointIdentities(entry: BrandDirectoryEntry): EndpointIdentity[] {
  if (entry.kind === 'builtin') return [];
  const exact = identityOf(endpointKey(entry));
  if (entry.kind !== 'http') return [exact];
  const server = identityOf(new URL(entry.url).origin);
  return server.endpoint === exact.endpoint ? [exact] : [exact, server];
}
