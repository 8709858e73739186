/**
 * Refusals said after the thing refused: "hand blenders need not apply", "leather is a no-go", "pink is out",
 * "gel pads are out of the question", "Bluetooth-only ones not wanted". The readers read a negation before what it
 * negates ("no hand blenders"), so such a clause is said that way round: "no hand blenders". Only a clause that ends
 * on the refusal is turned (the refusal must be its last words), so "out of stock" or "is out now" are left alone.
 * What is refused is a bare name (a maker, a type, a colour): a clause whose thing carries a verb, a negation or a
 * wish ("Sony is not out of the question", "I want Sony and LG is out") is no refusal, and "X is/are out" said of
 * something new ("the new Sony headphones are out", "it's finally out") or wished for right after ("…are out, I want
 * them") is a launch, not a refusal.
 */
const CLAUSE_END = String.raw`(?=\s*(?:[,;:.!?()\n]|$))`;
const REFUSAL = String.raw`(?:need\s+not\s+apply|needn['’]t\s+apply|(?:(?:is|are)\s+)?(?:not\s+wanted|not\s+welcome|unwanted|out\s+of\s+the\s+question|off\s+the\s+table|a\s+no(?:[-\s]?go)?)|(?:is|are)\s+out)`;
/**
 * A clause start: the text's start or a clause mark (a line's bullet included), then any opening word of a list. The
 * spaces after the mark stay on its line: a run of blank lines is skipped mark by mark (each newline is a mark), so no
 * start reads on over a whole pasted block (which made the reading grow with the square of the text).
 */
const OPENING = String.raw`((?:^|[,;:.!?()\n*•–—]|\s-)[^\S\n]*(?:[-*•]\s+)?)((?:and|but|also|so|plus)\s+)?`;
/**
 * The thing refused: up to 60 characters of one clause that begin and end on a non-space, so the spaces around it
 * are read one way only (never as part of the thing and again as the space before the refusal).
 */
const THING = String.raw`([^\s,;:.!?()]|[^\s,;:.!?()][^,;:.!?()\n]{0,58}?[^\s,;:.!?()])`;
const REFUSED_AFTER = new RegExp(`${OPENING}${THING}\\s+${REFUSAL}${CLAUSE_END}`, 'giu');

/** Words no bare refused name holds: a verb, a negation, a wish, a pronoun of the speaker. */
const NOT_A_NAME = /\b(?:not|never|no|nothing|is|are|was|were|be|been|isn['’]t|aren['’]t|i|we|want|wants|wanted|need|needs|like|love|prefer|would|could|should|will)\b|n['’]t\b/iu;
/** Words that make "X is/are out" a release: something new, just or finally out. */
const RELEASE = /\b(?:new|newest|latest|just|finally|now|already|recently|soon)\b/iu;
/** A wish for the thing said right after it ("…are out, I want them"): it is out in the shops. */
const WISHED_AFTER = /^\s*[,;:.!]?\s*(?:and\s+|so\s+)?(?:i|we)\s+(?:\w+\s+)?(?:want|need|like|love|['’]d\s+like|would\s+like)\s+(?:them|it|one|those|these|that)\b/iu;

/** The text with each clause that ends on a refusal said as "no <thing>". */
export function sayRefusalsFirst(text: string): string {
  return text.replace(REFUSED_AFTER, (all: string, start: string, opener: string | undefined, thing: string, offset: number) => {
    if (NOT_A_NAME.test(thing)) return all;
    const bareOut = /\s(?:is|are)\s+out$/iu.test(all);
    if (bareOut && (RELEASE.test(thing) || WISHED_AFTER.test(text.slice(offset + all.length)))) return all;
    return `${start}${opener ?? ''}no ${thing}`;
  });
}
