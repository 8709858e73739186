import type { DemotionTally } from '../metrics/tally.ts';

/** A defector identity whose demotion is timed: an on-off brand since its first cheating round, or one whitewasher identity since it appeared. */
export type DefectorIdentity =
  | { readonly kind: 'on-off'; readonly slot: number; readonly since: number }
  | { readonly kind: 'whitewash'; readonly slot: number; readonly epoch: number; readonly since: number };

interface Watch {
  readonly identity: DefectorIdentity;
  demotedAt?: number;
}

const keyOf = (id: DefectorIdentity) => (id.kind === 'on-off' ? `on-off/${id.slot}` : `whitewash/${id.slot}/${id.epoch}`);

/** One consumer's butler watching defectors: the first round each identity was flagged dishonest after it appeared. */
export class DemotionTracker {
  private readonly watched = new Map<string, Watch>();

  /** Notes that the butler knows `identity` in `round`, and whether it flags it dishonest then. */
  observe(identity: DefectorIdentity, flagged: boolean, round: number): void {
    const key = keyOf(identity);
    const watch = this.watched.get(key) ?? { identity };
    if (watch.demotedAt === undefined && flagged) watch.demotedAt = round;
    this.watched.set(key, watch);
  }

  /** Adds this butler's demotion times (rounds since each identity's start; never-demoted counted apart) into the tallies. */
  addTo(onOff: DemotionTally, whitewash: DemotionTally): void {
    for (const { identity, demotedAt } of this.watched.values()) {
      const into = identity.kind === 'on-off' ? onOff : whitewash;
      if (demotedAt === undefined) into.never += 1;
      else {
        const rounds = String(demotedAt - identity.since);
        into.histogram[rounds] = (into.histogram[rounds] ?? 0) + 1;
      }
    }
  }
}
