import type { OfferEvidence } from './offer-evidence.ts';
import type { PressureDetector } from '../pressure/index.ts';
import { scoreFit, type FitScore } from './score-fit.ts';
import { scoreHonesty, type HonestyScore } from './score-honesty.ts';
import { scoreOfferPressure, type PressureScore, type ScorePressureOptions } from './score-offer-pressure.ts';

/** The three independent scores of one offer. */
export interface OfferScores {
  readonly offerId: string;
  readonly brandId: string;
  readonly fit: FitScore;
  readonly honesty: HonestyScore;
  readonly pressure: PressureScore;
}

/** Scores one offer for fit, honesty and pressure from its evidence. */
export function scoreOffer(evidence: OfferEvidence, detect: PressureDetector, options: ScorePressureOptions = {}): OfferScores {
  return {
    offerId: evidence.offer.offerId,
    brandId: evidence.offer.brandId,
    fit: scoreFit(evidence),
    honesty: scoreHonesty(evidence),
    pressure: scoreOfferPressure(evidence, detect, options),
  };
}
