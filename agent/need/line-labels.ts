import type { LexiconRole } from './lexicon-types.ts';
import { LEXICON } from './lexicon.ts';
import { NEGATION_WORDS } from './negation-words.ts';
import { tokenize } from './tokenize.ts';

/** A line's bullet: "-", "*", "•", "·", a dash, or a number ("1.", "2)"), with the spaces around it. */
const LINE = /^(\s*(?:[-*•·–—]\s*|\d{1,2}[.)]\s+)?)([^:\n]{1,40}?)\s*:\s*(.*)$/u;
/** A line that opens with a bullet or a number: already a clause of its own. */
const BULLETED = /^\s*(?:[-*•·–—]|\d{1,2}[.)]\s)/u;
/** Bullets the clause reader already takes for a clause's end ("-", a dash, "1."): no ";" is needed before them. */
const CLAUSE_BULLET = /^\s*(?:[-–—]|\d{1,2}[.)]\s)/u;
/** A line that ends with punctuation: already ends its clause. */
const ENDED = /[.,;:!?)\]]\s*$/u;

/** The phrases of the given roles, as their tokens' normal forms joined by spaces. */
function phrasesOf(roles: readonly LexiconRole[]): ReadonlySet<string> {
  return new Set(LEXICON.filter((e) => e.role !== undefined && roles.includes(e.role)).flatMap((e) => e.phrases));
}

/** How firm a line's label makes its line: "Must have", "Nice to have", "Avoid", "Éviter", "Don't need". */
const LABEL_PHRASES = phrasesOf(['hard', 'soft', 'unneeded', 'negation']);
/** How firm a line's value makes its label: "app control: nice to have", "stylus: must", "wifi : facultatif". */
const VALUE_PHRASES = phrasesOf(['hard', 'soft', 'unneeded']);

function phraseOf(text: string): string {
  return tokenize(text)
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm)
    .join(' ');
}

/** The phrases of the hard role ("must", "must have"): with a negation word in them a label refuses ("Must NOT have"). */
const HARD_PHRASES = phrasesOf(['hard']);
const NEGATION_PHRASES = phrasesOf(['negation']);

/**
 * True when a label refuses what follows it: a negation phrase ("NOT", "Avoid", "Éviter") or a firm phrase with a
 * negation word in it ("must not", "Must NOT have", "should never be" reads "should be" without "never").
 */
function refuses(labelPhrase: string): boolean {
  if (NEGATION_PHRASES.has(labelPhrase)) return true;
  const words = labelPhrase.split(' ');
  const kept = words.filter((w) => !NEGATION_WORDS.has(w));
  return kept.length < words.length && kept.length > 0 && HARD_PHRASES.has(kept.join(' '));
}

/** A clause's label read: "Must have: lumbar support" → "Must have lumbar support"; a refusing label is said again before each item of its list ("NOT: Pedigree, grain free" → "NOT Pedigree, NOT grain free"), so a bracket or a verb in one item never ends the refusal. */
function readClauseLabel(clause: string): string {
  const m = LINE.exec(clause);
  if (!m) return clause;
  const [, bullet = '', label = '', rest = ''] = m;
  const labelPhrase = phraseOf(label);
  const firmLabel = labelPhrase !== '' && LABEL_PHRASES.has(labelPhrase);
  const refusing = labelPhrase !== '' && refuses(labelPhrase);
  const firmValue = rest !== '' && VALUE_PHRASES.has(phraseOf(rest.replace(/[.!]+\s*$/u, '')));
  if (refusing) return `${bullet}${label} ${rest.split(/,(?!\d)\s*/u).filter((item) => item.trim() !== '').join(`, ${label} `)}`;
  return firmLabel || firmValue ? `${bullet}${label} ${rest}` : clause;
}

/**
 * A request written as lines (a pasted list, a form) or as labelled sentences: each line is a clause of its own, so a
 * line's "must" or "nice to have" never reaches the next line; and a line or a sentence labelled by how firm it is
 * ("Must have: lumbar support", "Nice to have: headrest", "Avoid: white", "Éviter : Russell Hobbs", "TV. must not: be
 * Samsung, be under 55 inches", "- app control: nice to have") reads as that firmness said of its words, the colon
 * between them dropped (it would otherwise end the clause); a refusing label is said again before each item of its
 * list. A line or sentence whose label is anything else ("Size: L", "couleur : noire") is left as typed.
 */
export function readLineLabels(text: string): string {
  const lines = text.split('\n').map((line) => line.split(/(?<=[.!?;])(\s+)/u).map((clause, k) => (k % 2 === 1 ? clause : readClauseLabel(clause))).join(''));
  if (lines.length === 1) return lines[0]!;
  // A line ends its clause even before a bulleted line ("• Must: waterproof" then "• Would be nice: wide fit"): a
  // wish said at the start of the next line is that line's only.
  return lines.map((line, k) => (k < lines.length - 1 && line.trim() !== '' && !ENDED.test(line) && !(BULLETED.test(lines[k + 1] ?? '') && CLAUSE_BULLET.test(lines[k + 1] ?? '')) ? `${line};` : line)).join('\n');
}
