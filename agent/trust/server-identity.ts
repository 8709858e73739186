/** The prefix of an identity that names a server (`server:<hash>`): entry ids hold no ':', so it never names a brand. */
export const SERVER_IDENTITY_PREFIX = 'server:';

/**
 * Whether an identity names a server rather than a party: a host may serve several brands, each under its own path
 * (a hosting platform, a shared gateway), so the entries linked to one server are not thereby one party. A ban on any
 * of them covers the server (`TrustLedger.connectedIdentities`), but none carries the others' evidence
 * (`TrustLedger.linkedIdentities`): a liar must not convict the honest brand it is hosted beside.
 */
export function isServerIdentity(id: string): boolean {
  return id.startsWith(SERVER_IDENTITY_PREFIX);
}
