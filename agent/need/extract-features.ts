import { TAXONOMY } from '../../protocol/index.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { categoryLabelIn } from './category-label-in.ts';
import { comparedPositions } from './compared-thing.ts';
import { claimSetAside } from './set-aside-alternative.ts';
import { isClauseBoundary } from './clause-modality.ts';
import type { LexiconEntry } from './lexicon-types.ts';
import { STOPWORDS } from './lexicon.ts';
import { consume, markUnneeded, note, spanText } from './parse-state.ts';
import { setMaker } from './set-maker.ts';
import { applyOfferedEffect, type WantedValue } from './values-offered-together.ts';
import type { ParseState } from './parse-state.ts';
import { NegationScope, exclusionOpeningEnd, isWishWord } from './negation-scope.ts';
import type { PhraseMatcher } from './phrase-matcher.ts';

const LIST_PUNCT = new Set([',', '/', '&', '+']);
const MAX_NAME_WORDS = 4;

/**
 * The lexicon pass: category words, features, vague wishes and makers, with negation lists ("not Sony or Beats",
 * "no leather", "sans Sony ni Bose", "without noise cancelling"). An unknown capitalised word in a negation list is
 * read as a brand to avoid ("not Pushy Sports"). A known word that does not apply to the category is reported.
 */
export function extractFeatures(state: ParseState, matcher: PhraseMatcher<LexiconEntry>, knownWords: ReadonlySet<string>): void {
  const { tokens, used, draft } = state;
  const scope = new NegationScope(used);
  // "quieter than my Bose": the maker of what the person has is no maker they want (left for the leftovers).
  const compared = comparedPositions(tokens);
  let lastWanted: WantedValue | undefined;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (used[i]) {
      // A price, size or date ends a "not …" list; "very" or "ideally" inside it does not ("not very heavy").
      if (!state.markerTokens[i]) scope.close();
      else scope.wishSaid(tokens, i);
      continue;
    }
    // "Hoka rather than Nike": the option set aside is neither wanted nor refused.
    const setAside = claimSetAside(state, i);
    if (setAside !== undefined) {
      scope.close();
      i = setAside - 1;
      continue;
    }
    const anyBut = exclusionOpeningEnd(tokens, i);
    if (anyBut !== undefined && !used.slice(i, anyBut).some(Boolean)) {
      consume(state, i, anyBut);
      scope.begin(i, anyBut);
      i = anyBut - 1;
      continue;
    }
    const match = matcher.matchAt(tokens, used, i);
    if (match && match.entry.maker !== undefined && compared.has(match.start)) {
      i = match.end - 1;
      continue;
    }
    if (match) {
      const entry = match.entry;
      if (scope.awaitingConnector && entry.role === undefined) scope.close();
      consume(state, match.start, match.end);
      i = match.end - 1;
      if (entry.role === 'negation') {
        scope.begin(match.start, match.end);
        continue;
      }
      if (entry.role === 'connector') {
        scope.connector();
        continue;
      }
      if (entry.role !== undefined || entry.generic) continue;
      const saying = { modality: state.modality[match.start] ?? 'none', emphasis: state.emphasis[match.start] ?? 0, negated: scope.negatesNext } as const;
      if (entry.maker !== undefined) {
        if (saying.modality === 'unneeded') markUnneeded(draft, 'maker');
        else setMaker(state.draft, entry.maker, saying.negated, saying.modality === 'soft');
        scope.itemRead('maker');
        continue;
      }
      if (state.category === undefined) continue;
      const effect = entry.effects?.[state.category];
      // Naming another category's product ("headphones" in a coffee answer) was settled when the category was chosen.
      if (effect === undefined && entry.category?.strong) continue;
      if (effect === undefined) {
        note(draft.notUnderstood, NOTE_MESSAGES[state.language ?? 'en'].doesNotApply(spanText(state, match.start, match.end), categoryLabelIn({ id: state.category, label: TAXONOMY[state.category].label }, state.language ?? 'en').toLowerCase()));
        continue;
      }
      // "Ethiopia or Kenya": either value will do.
      lastWanted = applyOfferedEffect(state, effect, saying, match.start, match.end, lastWanted);
      if (effect.kind !== 'none') scope.itemRead(effect.attribute);
      continue;
    }
    if (token.kind === 'punct') {
      if (scope.isOpen && LIST_PUNCT.has(token.norm) && startsListItem(state, matcher, knownWords, i + 1, scope)) {
        scope.connector();
        continue;
      }
      if (token.norm !== '&') scope.close();
      continue;
    }
    if (token.kind === 'word' && STOPWORDS.has(token.norm) && !isClauseBoundary(token)) {
      scope.wishSaid(tokens, i);
      continue;
    }
    if (token.kind === 'word' && isClauseBoundary(token)) {
      scope.close();
      continue;
    }
    // An unknown capitalised name right after "not"/"no"/"except": a brand to avoid.
    if (scope.negatesNext && isUnknownName(state, knownWords, i)) {
      let end = i + 1;
      // Later words of the name may be ordinary words ("Pushy Sports"), as long as they are capitalised too.
      while (end < tokens.length && end - i < MAX_NAME_WORDS && continuesName(state, end) && tokens[end]!.start - tokens[end - 1]!.end <= 1) end++;
      const name = spanText(state, i, end).slice(0, 120);
      consume(state, i, end);
      setMaker(state.draft, name, true, false);
      note(draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].maker(name, 'avoid'));
      scope.itemRead('maker');
      i = end - 1;
      continue;
    }
    scope.close();
  }
  scope.close();
}

function isUnknownName(state: ParseState, knownWords: ReadonlySet<string>, i: number): boolean {
  const token = state.tokens[i];
  return token !== undefined && !state.used[i] && token.kind === 'word' && token.capitalized && !knownWords.has(token.norm) && !STOPWORDS.has(token.norm);
}

function continuesName(state: ParseState, i: number): boolean {
  const token = state.tokens[i];
  return token !== undefined && !state.used[i] && token.kind === 'word' && token.capitalized && !STOPWORDS.has(token.norm) && !state.categoryWordAt.has(i);
}

/**
 * True when what follows a comma goes on with the open list: another negation or connector, or a maker after a maker
 * ("not Dyson, Rowenta"); not a maker after a feature ("no bluetooth, Sony") nor one after a wish word ("not Sony, I
 * want Bose").
 */
function startsListItem(state: ParseState, matcher: PhraseMatcher<LexiconEntry>, knownWords: ReadonlySet<string>, index: number, scope: NegationScope): boolean {
  let i = index;
  while (state.tokens[i] && state.tokens[i]!.kind === 'word' && STOPWORDS.has(state.tokens[i]!.norm)) {
    if (isWishWord(state.tokens[i]!.norm)) return false;
    i++;
  }
  const match = matcher.matchAt(state.tokens, state.used, i);
  if (match?.entry.role === 'negation' || match?.entry.role === 'connector') return true;
  if (match) return match.entry.maker !== undefined && scope.listsMore('maker');
  return isUnknownName(state, knownWords, i) && scope.listsMore('maker');
}
