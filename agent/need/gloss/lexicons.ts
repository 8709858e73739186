import type { GlossLexicon } from './gloss-lexicon.ts';
import { GERMAN } from './lexicon-de.ts';
import { DUTCH } from './lexicon-nl.ts';
import { POLISH } from './lexicon-pl.ts';
import { PORTUGUESE } from './lexicon-pt.ts';
import { ITALIAN } from './lexicon-it.ts';
import { SPANISH } from './lexicon-es.ts';
import { SWEDISH } from './lexicon-sv.ts';
import { RUSSIAN } from './lexicon-ru.ts';
import { GREEK } from './lexicon-el.ts';
import { TURKISH } from './lexicon-tr.ts';
import { CZECH } from './lexicon-cs.ts';
import { ROMANIAN } from './lexicon-ro.ts';
import { JAPANESE } from './lexicon-ja.ts';

/** Every language the butler reads through a gloss. */
export const GLOSS_LEXICONS: readonly GlossLexicon[] = [SPANISH, ITALIAN, GERMAN, DUTCH, PORTUGUESE, POLISH, SWEDISH, RUSSIAN, GREEK, TURKISH, CZECH, ROMANIAN, JAPANESE];
