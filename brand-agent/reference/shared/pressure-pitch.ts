import { createSeededRandom } from '../../../protocol/index.ts';
import { PRESSURE_PHRASES, fillPhrase, type PushyTactic } from './pressure-phrases.ts';

/** A pitch built from pressure phrases; `tactics` lists the labels actually used, in order. */
export interface PressurePitch {
  readonly text: string;
  readonly tactics: readonly PushyTactic[];
}

/** Composes a pushy pitch from `count` of the allowed tactics, chosen and filled by a generator seeded with `seed`. */
export function pressurePitch(seed: string, lead: string, tactics: readonly PushyTactic[], count: number, minutes: number): PressurePitch {
  const rng = createSeededRandom(seed);
  const chosen = rng.shuffle(tactics).slice(0, Math.max(1, count));
  const values = { minutes, left: rng.int(1, 3), buyers: rng.int(120, 2400) };
  const lines = chosen.map((tactic) => fillPhrase(rng.pick(PRESSURE_PHRASES[tactic]), values));
  return { text: [lead, ...lines].join(' '), tactics: chosen };
}
