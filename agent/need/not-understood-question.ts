import type { Catalogue, Language } from '../language/index.ts';
import type { NoiseKind } from './request-evidence.ts';

/** What the butler says when nothing in a request could be read as words: what it set aside, then its question. */
interface NotUnderstoodMessages {
  readonly couldNotRead: (noise: readonly NoiseKind[]) => string;
  readonly whatToLookFor: (sold: string) => string;
}

const NOUNS_EN: Record<NoiseKind, string> = { link: 'a link (I cannot open links)', characters: 'characters that form no words (a pasted key, code or file?)' };
const NOUNS_FR: Record<NoiseKind, string> = { link: 'un lien (je ne peux pas ouvrir les liens)', characters: 'des caractères qui ne forment pas de mots (une clé, un code ou un fichier collé ?)' };

const MESSAGES: Catalogue<NotUnderstoodMessages> = {
  en: {
    couldNotRead: (noise) => (noise.length === 0 ? 'I could not read what you typed as words.' : `I could not read what you sent as words: I only see ${noise.map((k) => NOUNS_EN[k]).join(' and ')}.`),
    whatToLookFor: (sold) => `What are you looking for? I can shop for ${sold}.`,
  },
  fr: {
    couldNotRead: (noise) => (noise.length === 0 ? 'Je n’arrive pas à lire des mots dans ce que vous avez tapé.' : `Je n’arrive pas à lire des mots dans ce que vous avez envoyé : je n’y vois que ${noise.map((k) => NOUNS_FR[k]).join(' et ')}.`),
    whatToLookFor: (sold) => `Que cherchez-vous ? Je peux acheter ${sold}.`,
  },
};

/** The question put to the person when nothing could be read, in the language the butler answers in. */
export function notUnderstoodQuestion(noise: readonly NoiseKind[], sold: string, language: Language): string {
  const say = MESSAGES[language];
  return `${say.couldNotRead(noise)} ${say.whatToLookFor(sold)}`.slice(0, 500);
}
