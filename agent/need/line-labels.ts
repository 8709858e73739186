import type { LexiconRole } from './lexicon-types.ts';
import { LEXICON } from './lexicon.ts';
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

/**
 * A request written as lines (a pasted list, a form): each line is a clause of its own, so a line's "must" or "nice
 * to have" never reaches the next line; and a line labelled by how firm it is ("Must have: lumbar support",
 * "Nice to have: headrest", "Avoid: white", "Éviter : Russell Hobbs", "- app control: nice to have") reads as that
 * firmness said of the line's words, the colon between them dropped (it would otherwise end the clause). A line whose
 * label is anything else ("Size: L", "couleur : noire") is left as typed. Text on one line is returned unchanged.
 */
export function readLineLabels(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n').map((line) => {
    const m = LINE.exec(line);
    if (!m) return line;
    const [, bullet = '', label = '', rest = ''] = m;
    const labelPhrase = phraseOf(label);
    const firmLabel = labelPhrase !== '' && LABEL_PHRASES.has(labelPhrase);
    const firmValue = rest !== '' && VALUE_PHRASES.has(phraseOf(rest.replace(/[.!]+\s*$/u, '')));
    return firmLabel || firmValue ? `${bullet}${label} ${rest}` : line;
  });
  return lines.map((line, k) => (k < lines.length - 1 && line.trim() !== '' && !ENDED.test(line) && !(BULLETED.test(lines[k + 1] ?? '') && CLAUSE_BULLET.test(lines[k + 1] ?? '')) ? `${line};` : line)).join('\n');
}
