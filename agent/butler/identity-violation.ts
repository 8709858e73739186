import type { TrustObservation } from './butler-trust.ts';

/** A protocol violation seen on one connection, to be recorded against that connection's identity. */
export type IdentityViolation = Extract<TrustObservation, { kind: 'protocol-violation' }>;
