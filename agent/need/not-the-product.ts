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

/** Verbs of a story told in the past that do not end in "-ed" ("the dog ate my shoe", "he broke my kettle"). */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(['ate', 'broke', 'lost', 'stole', 'threw', 'tore', 'wore', 'sat', 'fell', 'left', 'forgot', 'gave', 'took', 'bit', 'hit', 'ran', 'spilt', 'burnt', 'melted', 'split']);
/** Possessives before what someone already has. */
const OWNERS: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their', 'your']);
/** Words ending the name of what a story's verb acted on ("knocked my old kettle off the counter"). */
const STORY_OBJECT_END: ReadonlySet<string> = new Set(['off', 'on', 'in', 'into', 'onto', 'out', 'over', 'under', 'at', 'with', 'for', 'from', 'to', 'and', 'but', 'so', 'which', 'that', 'while', 'when', 'again', 'up', 'down', 'because']);
const STORY_OBJECT_WORDS = 3;

/**
 * "The dog ate my shoe", "my brother-in-law knocked my old kettle off the counter": what a verb in the past did to
 * something the person owns is the story, not the product asked for. The positions of the owned thing's words (after
 * the possessive, up to three, until a preposition or punctuation).
 */
export function storyObjectPositions(tokens: readonly Token[]): number[] {
  const positions: number[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    const verb = tokens[k]!;
    const past = verb.kind === 'word' && (IRREGULAR_PAST.has(verb.norm) || (verb.norm.length >= 5 && verb.norm.endsWith('ed')));
    if (!past || !OWNERS.has(tokens[k + 1]!.norm)) continue;
    for (let j = k + 2; j < k + 2 + STORY_OBJECT_WORDS && j < tokens.length; j++) {
      const word = tokens[j]!;
      if (word.kind !== 'word' || STORY_OBJECT_END.has(word.norm)) break;
      positions.push(j);
    }
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

/**
 * The text with those words blanked out (same length), for the category readers of raw text; with `story`, also what
 * a verb in the past did to something owned (`storyObjectPositions`).
 */
export function withoutNonProductWords(text: string, story = false): string {
  const tokens = tokenize(text);
  const positions = new Set([...notTheProductPositions(tokens, text), ...(story ? storyObjectPositions(tokens) : [])]);
  if (positions.size === 0) return text;
  let out = text;
  for (const k of positions) out = `${out.slice(0, tokens[k]!.start)}${' '.repeat(tokens[k]!.end - tokens[k]!.start)}${out.slice(tokens[k]!.end)}`;
  return out;
}
