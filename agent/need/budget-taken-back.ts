import { PhraseMatcher } from './phrase-matcher.ts';
import type { Token } from './tokenize.ts';

/**
 * Words that take back what was just said, right after a price: "Max 90 € TTC… no sorry, that was the pillow budget:
 * the mattress budget is 600 euros", "Under 200 CAD… wait, I'm ordering from Europe, make that 150 euros", "80 €, non
 * pardon, c'est 120". Said where figures stand further apart than a correction in the same breath
 * (`spoken-correction.ts`).
 */
const TAKING_BACK = new PhraseMatcher([
  {
    phrases: [
      'no sorry', 'sorry', 'no wait', 'wait', 'oh wait', 'actually', 'no actually', 'scratch that', 'forget that', 'oops', 'my mistake', 'my bad', 'i mean', 'i meant', 'correction',
      'non pardon', 'pardon', 'euh non', 'non attends', 'attends', 'en fait', 'oups', 'je me suis trompe', 'je me suis trompee', 'erreur', 'je veux dire', 'je voulais dire', 'enfin non',
    ],
  },
]);
/** Punctuation that may stand between the price and the words taking it back ("90 €… no sorry", "90 € - wait"). */
const BETWEEN: ReadonlySet<string> = new Set([',', '.', '-', '…', ';', '!', '(']);

/** The words taking back a price that ends at `end` ([start, end) of the phrase), or undefined when none follow it. */
export function takenBackAfter(tokens: readonly Token[], used: readonly boolean[], end: number): { readonly start: number; readonly end: number } | undefined {
  // "non pardon, je voulais dire 70 €": the phrases said one after the other take it back together.
  let span: { start: number; end: number } | undefined;
  for (let k = end; ; ) {
    while (k < tokens.length && tokens[k]!.kind === 'punct' && BETWEEN.has(tokens[k]!.norm)) k++;
    const phrase = TAKING_BACK.matchAt(tokens, used, k);
    if (phrase === undefined) return span;
    span = { start: span?.start ?? phrase.start, end: phrase.end };
    k = phrase.end;
  }
}
