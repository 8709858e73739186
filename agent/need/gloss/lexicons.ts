import type { GlossLexicon } from './gloss-lexicon.ts';
import { SPANISH } from './lexicon-es.ts';

/** Every language the butler reads through a gloss. */
export const GLOSS_LEXICONS: readonly GlossLexicon[] = [SPANISH];
