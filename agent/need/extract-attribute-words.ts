import { applyEffect } from './apply-effect.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { isClauseBoundary } from './clause-modality.ts';
import { STOPWORDS } from './lexicon.ts';
import { NegationScope } from './negation-scope.ts';
import type { OpenLexicon } from './open-lexicon.ts';
import { consume, note, spanText, type ParseState } from './parse-state.ts';

const LIST_PUNCT = new Set([',', '/', '&', '+']);
const MAX_NAME_WORDS = 3;

function isName(state: ParseState, i: number, known: ReadonlySet<string>): boolean {
  const token = state.tokens[i];
  // A capitalised word that is not the first word of the request, not a known word and not the product's name.
  return token !== undefined && i > 0 && !state.used[i] && token.kind === 'word' && token.capitalized && !known.has(token.norm) && !STOPWORDS.has(token.norm) && !state.categoryWordAt.has(i);
}

function addMaker(state: ParseState, maker: string, negated: boolean, soft: boolean): void {
  const { draft } = state;
  if (negated) {
    draft.makersIn = draft.makersIn.filter((m) => m !== maker);
    if (!draft.makersOut.includes(maker)) draft.makersOut.push(maker);
  } else if (soft) {
    if (!draft.soft.some((p) => p.attribute === 'maker' && p.value === maker)) draft.soft.push({ attribute: 'maker', direction: 'equals', value: maker, weight: 0.6 });
  } else if (!draft.makersIn.includes(maker)) draft.makersIn.push(maker);
}

/**
 * The words pass for a category known only from the brands' schemas: declared enum values and booleans, colours,
 * materials and measure wishes ("quiet"), each possibly negated ("not red", "sans Dyson ni Rowenta"). A capitalised
 * name nobody declared is a maker: to avoid after a negation, wanted when said firmly ("only Bosch"), else preferred.
 */
export function extractAttributeWords(state: ParseState, lexicon: OpenLexicon, knownWords: ReadonlySet<string>): void {
  const { tokens, used, draft } = state;
  const scope = new NegationScope(used);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (used[i]) {
      if (!state.markerTokens[i]) scope.close();
      continue;
    }
    const match = lexicon.matcher.matchAt(tokens, used, i);
    if (match) {
      const entry = match.entry;
      if (scope.awaitingConnector && entry.role === undefined) scope.close();
      consume(state, match.start, match.end);
      i = match.end - 1;
      if (entry.role === 'negation') scope.begin(match.start, match.end);
      else if (entry.role === 'connector') scope.connector();
      else if (entry.effect) {
        applyEffect(draft, entry.effect, { modality: state.modality[match.start] ?? 'none', emphasis: state.emphasis[match.start] ?? 0, negated: scope.negatesNext });
        scope.itemRead();
      }
      continue;
    }
    if (token.kind === 'punct') {
      // "not Dyson, Rowenta or Bosch": a comma goes on with the list only when another name follows.
      const next = tokens[i + 1];
      if (scope.isOpen && LIST_PUNCT.has(token.norm) && next !== undefined && !used[i + 1] && next.kind === 'word' && next.capitalized) scope.connector();
      else scope.close();
      continue;
    }
    if (token.kind === 'word' && isClauseBoundary(token)) {
      scope.close();
      continue;
    }
    if (isName(state, i, knownWords)) {
      let end = i + 1;
      while (end < tokens.length && end - i < MAX_NAME_WORDS && isName(state, end, knownWords) && tokens[end]!.start - tokens[end - 1]!.end <= 1) end++;
      const name = spanText(state, i, end).slice(0, 120);
      const negated = scope.negatesNext;
      const modality = state.modality[i] ?? 'none';
      consume(state, i, end);
      addMaker(state, name, negated, !negated && modality !== 'hard');
      note(draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].maker(name, negated ? 'avoid' : modality === 'hard' ? 'require' : 'prefer'));
      scope.itemRead();
      i = end - 1;
      continue;
    }
    if (token.kind === 'word' && STOPWORDS.has(token.norm)) continue;
    scope.close();
  }
  scope.close();
}
