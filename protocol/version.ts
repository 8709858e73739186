import { z } from 'zod';
import { ProtocolError } from './errors.ts';

/** The protocol version this code speaks (semver major.minor; majors are incompatible). */
export const PROTOCOL_VERSION = '1.2' as const;

/** What each minor version added, for humans and the generated reference. */
export const PROTOCOL_CHANGES: Readonly<Record<string, string>> = {
  '1.0': 'initial protocol: hello, offers, decline, questions, counters, orders',
  '1.1': 'open categories: Google product taxonomy ids alongside the built-in aliases; cards may declare attributeSchemas per category; cancel_order (capability `cancellations`) cancels an order, e.g. one whose receipt differs from the accepted offer',
  '1.2': 'cards may list `makers`: the makers a brand sells and the product lines people name them by ("iPhone" → Apple); optional, so 1.0 and 1.1 cards stay valid',
};

/** Capabilities a party may support; negotiation keeps the intersection. */
export const CAPABILITIES = ['offers', 'decline', 'questions', 'counters', 'orders', 'cancellations'] as const;

/** One protocol capability. */
export type Capability = (typeof CAPABILITIES)[number];

/** The minor version (of major 1) that introduced each capability; an agreed version below it drops the capability. */
export const CAPABILITY_SINCE: Readonly<Record<Capability, number>> = {
  offers: 0,
  decline: 0,
  questions: 0,
  counters: 0,
  orders: 0,
  cancellations: 1,
};

/** A protocol version string: "<major>.<minor>". */
export const ProtocolVersionSchema = z.string().regex(/^\d{1,3}\.\d{1,3}$/, 'protocol version must look like "1.0"');

/** What one side announces during the handshake. */
export const HelloSchema = z.object({
  protocolVersion: ProtocolVersionSchema.describe('The version the caller speaks; the agreed version is the lower minor of the same major.'),
  capabilities: z.array(z.string().max(64)).max(32).describe('Capabilities the caller supports; the agreed set is the intersection.'),
  agent: z.string().max(128).optional().describe('Name of the calling software, for logs.'),
  keyChallenge: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/).optional().describe("A fresh random challenge: a brand whose card names a publicKey answers keyProof, its signature of it (see \"Key proof\")."),
});
export type Hello = z.infer<typeof HelloSchema>;

/** The result of a successful negotiation. */
export interface NegotiatedProtocol {
  readonly protocolVersion: string;
  readonly capabilities: readonly Capability[];
}

/** Parses "1.3" into numbers; undefined when the string is not a version. */
export function parseProtocolVersion(version: string): { major: number; minor: number } | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})$/.exec(version);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/** True when a peer speaking `version` can talk to this implementation (same major). */
export function isCompatibleVersion(version: string, ours: string = PROTOCOL_VERSION): boolean {
  const theirs = parseProtocolVersion(version);
  const mine = parseProtocolVersion(ours);
  return theirs !== undefined && mine !== undefined && theirs.major === mine.major;
}

/**
 * Agrees on a version and the capabilities both sides support; throws UNSUPPORTED_VERSION on a different major.
 * The agreed minor is the lower of the two, so neither side uses a feature the other lacks (capabilities included).
 */
export function negotiateProtocol(
  local: { protocolVersion: string; capabilities: readonly string[] },
  remote: { protocolVersion: string; capabilities: readonly string[] },
): NegotiatedProtocol {
  const mine = parseProtocolVersion(local.protocolVersion);
  const theirs = parseProtocolVersion(remote.protocolVersion);
  if (!mine || !theirs || mine.major !== theirs.major) {
    throw new ProtocolError(
      'UNSUPPORTED_VERSION',
      `protocol version ${remote.protocolVersion} is not supported (this side speaks ${local.protocolVersion})`,
      { supported: [local.protocolVersion], received: remote.protocolVersion },
    );
  }
  const minor = Math.min(mine.minor, theirs.minor);
  const remoteSet = new Set(remote.capabilities);
  // A capability newer than the agreed minor is dropped even if both announce it: the older side's spec lacks it.
  const capabilities = CAPABILITIES.filter((c) => local.capabilities.includes(c) && remoteSet.has(c) && CAPABILITY_SINCE[c] <= minor);
  return { protocolVersion: `${mine.major}.${minor}`, capabilities };
}
