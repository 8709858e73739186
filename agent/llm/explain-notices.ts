import type { Catalogue } from '../language/index.ts';

/** The notes that come with a streamed explanation, in one language. */
interface ExplainNotices {
  readonly toolCall: (name: string) => string;
  /** The model failed before saying anything: the built-in explanation was shown. */
  readonly builtIn: (failure: string) => string;
  /** Nothing the model wrote could be shown (it failed, or every sentence was withheld) and the person already has Majordome's own explanation. */
  readonly builtInStands: (failure: string | undefined) => string;
  readonly cutShort: (failure: string) => string;
  /** What heads the model's words on a surface that shows them after Majordome's own explanation. */
  readonly heading: (model: string) => string;
  readonly withheld: (count: number) => string;
}

/** The explainer's notes in English and French. */
export const EXPLAIN_NOTICES: Catalogue<ExplainNotices> = {
  en: {
    toolCall: (name) => `the model tried to call "${name}", but it has no tools: nothing was done`,
    builtIn: (failure) => `${failure}; this is Majordome's built-in explanation`,
    builtInStands: (failure) => `${failure === undefined ? 'nothing the language model wrote could be shown' : failure}; Majordome’s own explanation stands`,
    cutShort: (failure) => `${failure}; the explanation may be cut short`,
    heading: (model) => `Written by the language model (${model}), not by Majordome; the ranking was computed by Majordome:`,
    withheld: (count) =>
      `${count} sentence${count === 1 ? ' was' : 's were'} withheld: the model repeated instructions found in brand text or claimed something Majordome did not do. The ranking itself was computed by Majordome, not by the model.`,
  },
  fr: {
    toolCall: (name) => `le modèle a tenté d’appeler « ${name} », mais il n’a aucun outil : rien n’a été fait`,
    builtIn: (failure) => `${failure} ; voici l’explication intégrée de Majordome`,
    builtInStands: (failure) => `${failure === undefined ? 'rien de ce que le modèle de langue a écrit n’a pu être montré' : failure} ; l’explication de Majordome reste valable`,
    cutShort: (failure) => `${failure} ; l’explication est peut-être incomplète`,
    heading: (model) => `Écrit par le modèle de langue (${model}), pas par Majordome ; le classement a été calculé par Majordome :`,
    withheld: (count) =>
      `${count} phrase${count === 1 ? ' a été retenue' : 's ont été retenues'} : le modèle a répété des instructions trouvées dans un texte de marque ou a affirmé quelque chose que Majordome n’a pas fait. Le classement lui-même a été calculé par Majordome, pas par le modèle.`,
  },
};
