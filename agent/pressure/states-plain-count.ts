/**
 * A stock or place count stated as a fact (issue 9 §3: "250 g left" logged as a tactic is a bug). A count presses the
 * reader only with a push beside it: urging ("hurry", "book now", "!"), vagueness ("a few", "almost gone"), a threat
 * of loss ("won't last", "selling fast") or "only/just". Without a push a count informs when it is given as the
 * arithmetic of a known capacity ("it holds 10 and 8 are booked", "2 of 6 places", "daily capacity is capped at"),
 * as an availability field ("In stock: 7"), or as one fact among others in a listing ("Inside cabin, deck 4, two lower
 * beds. 8 inside cabins remain on this sailing"; "4 places left in the shared house, the private rooms are full").
 * A count alone in its text ("3 items left", "Stock: 3") stays a badge and keeps its finding.
 */

/** A push beside the count, in English and (normalised, no diacritics) in French, German, Spanish and Italian. */
const COUNT_PUSH =
  /!|¡|\b(?:hurry|now|quick(?:ly)?|fast|soon|today(?!'s)|tonight(?!'s)|grab|snap|act|don'?t|do not|miss|before(?! \d)|while|last|final|few|handful|couple|almost|nearly|gone|going|selling|sell(?:s|ing)? out|won'?t last|demand|popular|limited|strictly|rare|low|running|people|others|watching|viewing|secure|claim|reserve yours|get yours|book (?:yours|soon|early)|vite|depechez|schnell|beeil\w*|prisa|rapido|presto|affrettati|ultimi|ultimas?|dernier\w*|letzte\w*|wenige|pocas?|quelques|epuis\w*|agot\w*|esaurit\w*|ausverkauf\w*)\b/;
/** "only / just" make the count a minimum the reader should fear, unless the text gives the capacity it is counted against. */
const ONLY_OR_JUST = /\b(?:only|just|seulement|nur|solo|sólo)\b/;
/** The count given against a stated capacity or with its reason (capped "auf 8 Teilnehmer begrenzt", "limité à 8"). */
const COUNTED_AGAINST_CAPACITY =
  /\b(?:holds|seats|sleeps|takes|fits) (?:up to )?\d+\b[^.!?\n]{0,40}?\b\d+ (?:are|have been|were|is|has been) (?:booked|taken|sold|reserved|filled)\b|\b\d+ (?:of|out of) (?:the )?\d+\b|\b\d+ (?:[a-z]+ ){0,2}(?:left|remaining|free|available|taken|booked|sold) (?:out )?of (?:the |a |an )?\d+\b|\bcapacity\b[^.!?\n]{0,30}?\b(?:is|of|at)\b|\bwhen (?:the )?(?:cap|limit|capacity) is reached\b|\b(?:ist|sind) auf \d+ [a-z]+ (?:begrenzt|beschrankt)\b|\b(?:limite|limitee?s?|plafonne) a \d+\b|\b(?:limitad[oa]s?|limitat[oa]|beperkt tot) (?:a )?\d+\b/;
/**
 * A stock field that states availability first ("In stock: 7"), as a shop's product page lists it: the whole text, or
 * one field of a listing between other facts ("Pool pump, 2,500 l/h. In stock: 5. Ships next working day").
 */
const AVAILABILITY_FIELD = /^\W*in stock\s*:\s*\d[\d,.]*\s*(?:units?|items?|pcs)?\W*$|[.;|]\s{0,4}in stock\s{0,4}:\s{0,4}\d[\d,]*\s?(?:units?|items?|pcs)?\s{0,4}(?:[.;|]|$)/;
/**
 * More than one statement: a listing of facts, or a count beside the state of the other options. Every run is bounded
 * (a clause of 12 characters before, 200 after): brand text is untrusted, and open runs back to back backtrack in
 * cubic time over a long text of commas.
 */
const SEVERAL_STATEMENTS = /[^.!?\n]{12}[.;:,]\s+[^.!?\n\d]{0,200}\d[^.!?\n]{0,200}?\b(?:remain|remaining|left|available)\b|\b(?:remain|remaining|left|available)\b[^.!?\n]{0,200}?[,;]\s+(?:the |our )?[a-z]+(?: [a-z]+)? (?:are|is) (?:full|booked|sold out|taken)\b/;

/** Whether the (normalised) text states its count as information, with no push (see the file comment). */
export function statesPlainCount(text: string): boolean {
  if (!/\d/.test(text) || COUNT_PUSH.test(text)) return false;
  if (COUNTED_AGAINST_CAPACITY.test(text)) return true;
  if (ONLY_OR_JUST.test(text)) return false;
  return AVAILABILITY_FIELD.test(text) || SEVERAL_STATEMENTS.test(text);
}

/** The scarcity cues that state a count or a cap, which a plain statement answers. */
const COUNT_CUES: ReadonlySet<string> = new Set(['scarcity.n-left', 'scarcity.only-n-left', 'scarcity.stock-count', 'scarcity.sold-out-most', 'scarcity.ml-few-places', 'scarcity.fl-few-places']);
export const answersCount = (evidence: readonly string[]): boolean => evidence.some((id) => COUNT_CUES.has(id)) && evidence.every((id) => id === 'model' || COUNT_CUES.has(id));
