import type { ButlerTrust } from './butler-trust.ts';

/**
 * Whether the person's ban covers a connection: its configured identity, or any identity the ledger links to it
 * (an endpoint that announced another id, entries sharing an endpoint). A new name is the same party.
 */
export function isBannedConnection(connectionId: string, banned: ReadonlySet<string>, trust: Pick<ButlerTrust, 'linkedIdentities'>): boolean {
  if (banned.size === 0) return false;
  if (banned.has(connectionId)) return true;
  return (trust.linkedIdentities?.(connectionId) ?? []).some((id) => banned.has(id));
}
