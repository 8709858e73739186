import { actedOnPositions } from './acted-on-object.ts';
import { excludedPositions } from './excluded-product.ts';
import { tokenize, type Token } from './tokenize.ts';

/** Who or what a modal verb follows: "I can't stand", "one that can heat". */
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'which', 'who', 'one', 'ones']);

/** Persons a question puts after its verb ("can you", "can u", "can we"): never what a can holds. */
const ASKED_SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'u', 'we', 'they', 'he', 'she', 'ya']);

/** "I can't stand loud stuff", "a jug that can heat", "can you help me": the verb "can", which is no can of anything. */
function modalPositions(tokens: readonly Token[]): number[] {
  const positions: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const norm = tokens[k]!.norm;
    if (tokens[k]!.kind !== 'word' || (norm !== 'can' && norm !== 'ca')) continue;
    // "can you help me", "can u find", "can I get": a question opens on the verb, its subject after it.
    if (tokens[k + 1]?.norm === 'not' || SUBJECTS.has(tokens[k - 1]?.norm ?? '') || ASKED_SUBJECTS.has(tokens[k + 1]?.norm ?? '')) positions.push(k);
  }
  return positions;
}

/**
 * Positions of the words that name no product to buy: what the product acts on ("to keep my coffee hot"), what a
 * negation excludes ("not a scooter") and the verb "can". Every category reader skips them.
 */
export function notTheProductPositions(tokens: readonly Token[], text: string): ReadonlySet<number> {
  return new Set([...actedOnPositions(tokens), ...excludedPositions(tokens, text), ...modalPositions(tokens)]);
}

/** The text with those words blanked out (same length), for the category readers of raw text. */
export function withoutNonProductWords(text: string): string {
  const tokens = tokenize(text);
  const positions = notTheProductPositions(tokens, text);
  if (positions.size === 0) return text;
  let out = text;
  for (const k of positions) out = `${out.slice(0, tokens[k]!.start)}${' '.repeat(tokens[k]!.end - tokens[k]!.start)}${out.slice(tokens[k]!.end)}`;
  return out;
}
