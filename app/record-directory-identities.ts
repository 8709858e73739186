import { endpointIdentities, verifiedDomainIdentity, type BrandDirectory, type IdentityNotice } from '../agent/directory/index.ts';
import type { BrandCard } from '../protocol/index.ts';
import { isServerIdentity, type TrustLedger } from '../agent/trust/index.ts';

type IdentityLedger = Pick<TrustLedger, 'registerBrand' | 'linkedIdentities' | 'connectedIdentities' | 'appendMany' | 'eventsFor'>;

/**
 * Writes into the ledger what the person's brands.json and the brands' handshakes say about identities, once each: an
 * entry whose brand proved its card's key is linked to that key's identity ('shared-key'); every stdio/HTTP entry is
 * linked to its endpoint's identities, the exact endpoint (so a ban or a lie follows it under any later name) and an
 * HTTP entry's server (so a ban follows it under any later URL of that server; lies do not: a server may host several
 * brands), and to the web domain its card names when it is served from that domain (`verifiedDomainIdentity`: a brand
 * relaunched at another port or subdomain under a new id keeps its record while it names its domain), and an endpoint
 * whose card announced another id is a protocol violation of the configured entry, never of the brand it named.
 */
export function recordDirectoryIdentities(
  ledger: IdentityLedger,
  directory: BrandDirectory,
  notices: readonly IdentityNotice[],
  input: {
    now: Date;
    names: (id: string) => string | undefined;
    cards?: (id: string) => Pick<BrandCard, 'domain'> | undefined;
    /** The fingerprint of the key the entry's brand proved in its hello (`BrandClient.provedKey`); undefined: none proved. */
    provedKeys?: (id: string) => string | undefined;
  },
): void {
  const occurredAt = input.now.toISOString();
  const register = (brandId: string, displayName: string | undefined) => ledger.registerBrand(displayName ? { brandId, displayName: displayName.slice(0, 200) } : { brandId });
  /**
   * Registers `identity` and links the entry to it for `reason`, once: a link the ledger already holds is not written
   * again. A party's identity (a key, an endpoint, a domain) is held when the entry already shares its record, not
   * merely when a shared server connects them: two tenants of one server naming one domain are one party.
   */
  const link = (brandId: string, identity: string, displayName: string, reason: 'shared-key' | 'shared-endpoint' | 'shared-domain', detail: string) => {
    register(identity, displayName);
    const held = isServerIdentity(identity) ? ledger.connectedIdentities(brandId) : ledger.linkedIdentities(brandId);
    if (held.includes(identity)) return;
    ledger.appendMany([{ kind: 'identity-link', brandId, occurredAt, evidence: { linkedBrandId: identity, reason, detail: detail.slice(0, 500) } }]);
  };
  for (const entry of directory.brands) {
    // A key the brand proved it holds (a signature of the butler's fresh challenge over its own card id) is its own:
    // entries proving one key are one party, so a brand relaunched under a new id with its key keeps its record. A key
    // merely named on a card links nothing (anyone may copy a public key: that would let a liar frame its owner).
    const key = keyIdentityOf(input.provedKeys?.(entry.id));
    if (key !== undefined) {
      register(entry.id, input.names(entry.id));
      link(entry.id, key.id, `signing key ${key.fingerprint.slice(0, 16)}`, 'shared-key', `it proved it holds the private key of its card's public key (sha256 ${key.fingerprint})`);
    }
    const endpoints = endpointIdentities(entry);
    if (endpoints.length === 0) continue;
    register(entry.id, input.names(entry.id));
    for (const endpoint of endpoints) link(entry.id, endpoint.id, `endpoint ${endpoint.endpoint}`, 'shared-endpoint', `configured with the endpoint ${endpoint.endpoint}`);
    const domain = verifiedDomainIdentity(entry, input.cards?.(entry.id));
    if (domain === undefined) continue;
    link(entry.id, domain.id, `domain ${domain.endpoint}`, 'shared-domain', `its card names the domain ${domain.endpoint}, and it is served from ${entry.kind === 'http' ? new URL(entry.url).host : entry.id}`);
  }
  for (const notice of notices) {
    register(notice.id, undefined);
    const known = ledger
      .eventsFor(notice.id)
      .some((e) => e.kind === 'protocol-violation' && e.evidence.violation === 'card-id-mismatch' && e.evidence.claimedBrandId === notice.announcedId);
    if (known) continue;
    const detail = `the endpoint configured as ${notice.id} (${notice.endpoint}) announced itself as ${notice.announcedId}; it was not connected`.slice(0, 500);
    ledger.appendMany([{ kind: 'protocol-violation', brandId: notice.id, occurredAt, evidence: { violation: 'card-id-mismatch', claimedBrandId: notice.announcedId, detail } }]);
  }
}

/** The ledger identity of a proved key, `key:<16 hex of its fingerprint>` (entry ids hold no ':', so it never names a brand). */
function keyIdentityOf(fingerprint: string | undefined): { id: string; fingerprint: string } | undefined {
  return fingerprint === undefined || !/^[0-9a-f]{64}$/.test(fingerprint) ? undefined : { id: `key:${fingerprint.slice(0, 16)}`, fingerprint };
}
