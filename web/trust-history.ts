import { emptyTrustState, foldTrustEvent, scoreTrustState, type RecordedTrustEvent } from '../agent/trust/index.ts';

/** A brand's trust right after one ledger event. */
export interface TrustHistoryPoint {
  readonly seq: number;
  readonly atMs: number;
  readonly kind: RecordedTrustEvent['kind'];
  readonly trust: number;
  readonly uncertainty: number;
  readonly honesty: number;
  /** Honesty opinion's belief and plausibility (belief + uncertainty): the band the honesty could still move in. */
  readonly honestyBelief: number;
  readonly honestyPlausibility: number;
  readonly fit: number;
  readonly pressure: number;
}

/**
 * Replays a brand's own events (oldest first) through the trust model and scores the state after each one, as the
 * ledger would have at that moment. Linked identities are not replayed, so a linked brand's history shows its own record.
 */
export function trustHistory(brandId: string, events: readonly RecordedTrustEvent[]): TrustHistoryPoint[] {
  let state = emptyTrustState();
  const points: TrustHistoryPoint[] = [];
  for (const event of events) {
    state = foldTrustEvent(state, event, event.occurredAtMs);
    const score = scoreTrustState({ brandId, state, atMs: event.occurredAtMs });
    points.push({
      seq: event.seq,
      atMs: event.occurredAtMs,
      kind: event.kind,
      trust: score.trust,
      uncertainty: score.uncertainty,
      honesty: score.honesty.score,
      honestyBelief: score.honesty.belief,
      honestyPlausibility: score.honesty.belief + score.honesty.uncertainty,
      fit: score.fit.score,
      pressure: score.pressure.score,
    });
  }
  return points;
}
