import type { OfferEvidence } from './offer-evidence.ts';
import type { PressureDetector } from './pressure-detector.ts';
import { scoreFit, type FitScore } from './score-fit.ts';
import { scoreHonesty, type HonestyScore } from './score-honesty.ts';
import { scorePressure, type PressureScore, type ScorePressureOptions } from './score-pressure.ts';

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
    pressure: scorePressure(evidence, detect, options),
  };
}
