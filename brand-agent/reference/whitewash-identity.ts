import { createSeededRandom, hashToSeed } from '../../protocol/index.ts';
import type { BrandIdentity } from './shared/index.ts';

const OPENERS = ['The', 'New', 'Pure', 'True', 'Prime', 'Daily', 'Urban', 'Royal', 'Happy', 'Smart'] as const;
const CLOSERS = ['Co.', 'Direct', 'Store', 'Market', 'Depot', 'Hub', 'House', 'Outlet'] as const;

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * The identity a whitewashing brand presents in a given epoch: epoch 0 is the base identity; each later epoch is a
 * fresh id (`<base>-w<epoch>-<hash>`), a new-sounding name and, unless `linkable`, a new domain and no shared key.
 * Deterministic.
 */
export function whitewashIdentity(base: BrandIdentity, identityEpoch: number, linkable = false): BrandIdentity {
  if (identityEpoch === 0) return base;
  const rng = createSeededRandom(`${base.id}:whitewash:${identityEpoch}`);
  const core = base.name.split(/\s+/)[0] ?? base.name;
  const name = `${rng.pick(OPENERS)} ${core} ${rng.pick(CLOSERS)}`;
  const suffix = hashToSeed(`${base.id}:${identityEpoch}`).toString(36);
  const id = `${base.id.slice(0, 100)}-w${identityEpoch}-${suffix}`;
  if (linkable) return { ...base, id, name };
  return { id, name, domain: `${slug(name)}-${suffix}.example` };
}
