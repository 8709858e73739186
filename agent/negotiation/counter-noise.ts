import { createHmac } from 'node:crypto';
import { createSeededRandom } from '../../protocol/index.ts';

/** The per-request jitter of the butler's counters, drawn from the person's secret: a brand cannot predict it. */
export interface CounterNoise {
  /** How far below its target the butler opens, a share of the target (around `CONCESSION.openingDiscount`). */
  readonly openingDiscount: number;
  /** The share of the market price the butler aims at (just under 1: it never simply asks for the market low). */
  readonly targetShare: number;
}

/** Bounds of the jitter (documented so a test can check every draw stays inside them). */
export const COUNTER_NOISE = {
  openingDiscount: { min: 0.1, max: 0.14 },
  targetShare: { min: 0.97, max: 1 },
} as const;

/**
 * The counter jitter of one request, keyed by the install secret and the request id (HMAC, then a seeded stream):
 * deterministic for the person, unknowable to a brand, and the same for every offer of the request so that offers
 * of the same size always get the same counter.
 */
export function counterNoise(secret: string, requestId: string): CounterNoise {
  const random = createSeededRandom(createHmac('sha256', secret).update(`counter-noise:${requestId}`).digest('hex'));
  const { openingDiscount: o, targetShare: t } = COUNTER_NOISE;
  return { openingDiscount: o.min + (o.max - o.min) * random.next(), targetShare: t.min + (t.max - t.min) * random.next() };
}
