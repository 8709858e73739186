import { createHash } from 'node:crypto';
import type { BrandCard } from '../../protocol/index.ts';
import type { BrandDirectoryEntry } from './brand-directory.ts';
import type { EndpointIdentity } from './endpoint-identity.ts';

/**
 * The ledger identity of the web domain an HTTP entry's card names, `domain:<hash>`, when the entry is served from it:
 * its URL's host is that domain or under it (`shop.sly.example` for `sly.example`). A card's domain is the brand's own
 * word, so only a domain its endpoint is served from is believed: an entry cannot claim Trailco's domain without being
 * served from Trailco's hosts, so two entries naming one domain they are both served from are one party and share
 * their record, as two names of one endpoint do. A brand relaunched at another port or subdomain under a new card id
 * keeps its record while it names its domain. A name without a dot (a host alone) verifies only on that very host.
 * Undefined for other entries, a card without a domain, or a domain its endpoint is not served from.
 */
export function verifiedDomainIdentity(entry: BrandDirectoryEntry, card: Pick<BrandCard, 'domain'> | undefined): EndpointIdentity | undefined {
  if (entry.kind !== 'http' || card?.domain === undefined) return undefined;
  const domain = card.domain.trim().toLowerCase().replace(/\.$/, '');
  if (domain === '' || /[/:@\s]/.test(domain)) return undefined;
  let host: string;
  try {
    host = new URL(entry.url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
  const servedFrom = host === domain || (domain.includes('.') && host.endsWith(`.${domain}`));
  if (!servedFrom) return undefined;
  return { id: `domain:${createHash('sha256').update(domain).digest('hex').slice(0, 16)}`, endpoint: domain };
}
