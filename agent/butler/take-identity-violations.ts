import type { BrandConnection } from './brand-connection.ts';
import type { IdentityViolation } from './identity-violation.ts';

/**
 * Collects the protocol violations the bound connections saw since the last call, grouped by connection id (each
 * connection's own order kept), so what is recorded does not depend on which brand answered first.
 */
export function takeIdentityViolations(connections: readonly BrandConnection[]): IdentityViolation[] {
  const taken: IdentityViolation[] = [];
  const sorted = [...connections].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const connection of sorted) {
    if (connection.takeViolations) taken.push(...connection.takeViolations());
  }
  return taken;
}
