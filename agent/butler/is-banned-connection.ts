import type { ButlerTrust } from './butler-trust.ts';

/**
 * Whether the person's ban covers a connection: its configured identity, or any identity the ledger connects to it
 * (an endpoint that announced another id, entries sharing an endpoint or a server). A new name is the same party,
 * and another path on a banned server is not asked either: the ban is the person's own protection, so it reaches as
 * far as the address evidence goes, while evidence of lies is shared only within one party (`linkedIdentities`).
 */
export function isBannedConnection(connectionId: string, banned: ReadonlySet<string>, trust: Pick<ButlerTrust, 'linkedIdentities' | 'connectedIdentities'>): boolean {
  if (banned.size === 0) return false;
  if (banned.has(connectionId)) return true;
  const reach = trust.connectedIdentities?.(connectionId) ?? trust.linkedIdentities?.(connectionId) ?? [];
  return reach.some((id) => banned.has(id));
}
