import { briefChecks } from './brief-checks.ts';
import { cancelChecks } from './cancel-checks.ts';
import { cardChecks } from './card-checks.ts';
import type { ConformanceCheck } from './conformance-check.ts';
import { handshakeChecks } from './handshake-checks.ts';
import { negotiationChecks } from './negotiation-checks.ts';
import { orderChecks } from './order-checks.ts';
import { robustnessChecks } from './robustness-checks.ts';

/** Every conformance check, in the order they run and are reported. */
export const CONFORMANCE_CHECKS: readonly ConformanceCheck[] = [
  ...handshakeChecks,
  ...cardChecks,
  ...briefChecks,
  ...negotiationChecks,
  ...orderChecks,
  ...cancelChecks,
  ...robustnessChecks,
];
