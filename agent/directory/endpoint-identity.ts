import { createHash } from 'node:crypto';
import { SERVER_IDENTITY_PREFIX } from '../trust/index.ts';
import type { BrandDirectoryEntry } from './brand-directory.ts';
import { endpointKey } from './endpoint-key.ts';

/** One ledger identity of an endpoint, `endpoint:<hash>`, or of a server, `server:<hash>` (entry ids hold no ':', so neither names a brand). */
export interface EndpointIdentity {
  readonly id: string;
  /** What it identifies, for the person: the URL, the command line, or the server (`origin`). */
  readonly endpoint: string;
}

const identityOf = (endpoint: string, prefix = 'endpoint:'): EndpointIdentity => ({ id: `${prefix}${createHash('sha256').update(endpoint).digest('hex').slice(0, 16)}`, endpoint });

/**
 * The ledger identities of what a stdio or HTTP entry reaches; every entry is linked to each. The exact endpoint (its
 * URL, or its command line): two names for it, now or in a later brands.json, are one party and share their record.
 * For HTTP also the server, its origin (scheme, host and port), since a server answers whatever path, query or
 * trailing slash it is given: a ban on "/mcp" also covers "/mcp/", "/mcp?shop=outlet" and "/outlet/mcp" on it. A server
 * is not a party (a host may serve several brands under their own paths: `isServerIdentity`), so entries sharing only
 * a server do not share their record. Built-in brands are their own endpoint (none).
 */
export function endpointIdentities(entry: BrandDirectoryEntry): EndpointIdentity[] {
  if (entry.kind === 'builtin') return [];
  const exact = identityOf(endpointKey(entry));
  if (entry.kind !== 'http') return [exact];
  const server = identityOf(new URL(entry.url).origin, SERVER_IDENTITY_PREFIX);
  return server.endpoint === exact.endpoint ? [exact] : [exact, server];
}
