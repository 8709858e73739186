/**
 * Whether a detected tactic rests on the detector's statistical model alone: its only evidence is the model's reading
 * (`'model'`), no pattern or hidden-content detector named it. Such a finding prices a text as pressure but is weaker
 * evidence than a named cue (see `isHeldAgainstBrand` in agent/scoring, and the injection exclusion in agent/decision).
 */
export function restsOnModelAlone(tactic: { readonly evidence: readonly string[] }): boolean {
  return tactic.evidence.length > 0 && tactic.evidence.every((e) => e === 'model');
}
