// Public API of the gloss: requests in languages the reader does not know word for word, written in its English words.
export type { BoundWord, Gloss, GlossLexicon } from './gloss-lexicon.ts';
export { glossRequest, glossEvidence, telltaleWords, foldWord, type GlossedRequest } from './gloss-request.ts';
export { detectReadLanguage, glossLexiconOf, isReaderWord } from './detect-read-language.ts';
export { GLOSS_LEXICONS } from './lexicons.ts';
export { glossedIn, readThroughGloss, sayLanguageRead, type RequestToRead } from './read-through-gloss.ts';
export { unreadLanguageOf, type UnreadLanguage } from './unread-language.ts';
