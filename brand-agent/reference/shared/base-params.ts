import { z } from 'zod';
import { PROTOCOL_LIMITS } from '../../../protocol/index.ts';

/** Parameters every strategy shares: offer validity, how many offers, and the concession policy with its floor. */
export const BaseParamsShape = {
  /** How long an offer stays valid. */
  validForMinutes: z.number().int().min(1).max(60 * 24 * 30).default(1440),
  /** Most offers sent for one brief (the brief's own maxOffers also applies). */
  maxOffers: z.number().int().min(1).max(PROTOCOL_LIMITS.maxOffersPerBrief).default(3),
  /** Lowest price accepted in negotiation, as a share of the first offer's price. */
  floorRatio: z.number().min(0.3).max(1).default(0.92),
  /** Share of the remaining room (current price − floor) conceded per counter round. */
  concessionShare: z.number().min(0).max(1).default(0.5),
  /** Counter rounds the brand engages in before it closes the negotiation. */
  maxRounds: z.number().int().min(1).max(PROTOCOL_LIMITS.maxCounterRounds).default(PROTOCOL_LIMITS.maxCounterRounds),
  /** Extra return days the brand will grant on request, beyond its standard terms. */
  maxExtraReturnDays: z.number().int().min(0).max(365).default(16),
} as const;

/** The shared parameters alone (the honest strategy uses exactly these). */
export const BaseParamsSchema = z.object(BaseParamsShape).strict();
/** Validated shared parameters. */
export type BaseParams = z.output<typeof BaseParamsSchema>;
