import { createHash } from 'node:crypto';
import type { BrandDirectoryEntry } from './brand-directory.ts';
import { endpointKey } from './endpoint-key.ts';

/**
 * The ledger identity of the endpoint a stdio or HTTP entry reaches, `endpoint:<hash>` (entry ids hold no ':', so it
 * never names a brand). Every entry is linked to its endpoint's identity: two names for one endpoint, now or in a
 * later brands.json, are one party. Built-in brands are their own endpoint (undefined).
 */
export function endpointIdentity(entry: BrandDirectoryEntry): { id: string; endpoint: string } | undefined {
  if (entry.kind === 'builtin') return undefined;
  const endpoint = endpointKey(entry);
  return { id: `endpoint:${createHash('sha256').update(endpoint).digest('hex').slice(0, 16)}`, endpoint };
}
