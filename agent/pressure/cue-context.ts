import type { PatternHit } from './match-patterns.ts';

/** A word of a cue's context, as the detector counts them. */
export const CONTEXT_WORD = /[a-z]{2,}/g;
/** Fewer context words than this give the model nothing to weigh, and make no informative sentence around a cue. */
export const MIN_CONTEXT_WORDS = 3;

/** The segment with every hit's range replaced by spaces (offsets unchanged), or undefined if too little is left. */
export function cueContext(text: string, hits: readonly PatternHit[]): string | undefined {
  let masked = text;
  for (const hit of hits) masked = masked.slice(0, hit.start) + ' '.repeat(hit.end - hit.start) + masked.slice(hit.end);
  return (masked.match(CONTEXT_WORD)?.length ?? 0) >= MIN_CONTEXT_WORDS ? masked : undefined;
}
