import type { Catalogue, Language } from '../language/index.ts';
import type { BrandNotice } from './brand-notice.ts';

/**
 * What a notice says of a brand, in one language: the words after the brand's name, which the surfaces write
 * themselves (terminal-safe, or as text in the page), so the brand's words never sit inside Majordome's sentence.
 */
export interface BrandNoticeMessages {
  /** The heading of the notices. */
  readonly heading: string;
  readonly outOfTime: (offers: number) => string;
  readonly noAnswer: string;
  readonly failed: string;
}

/** The notices' words, per language. */
export const BRAND_NOTICE_MESSAGES: Catalogue<BrandNoticeMessages> = {
  en: {
    heading: 'Worth knowing:',
    outOfTime: (offers) =>
      offers === 1
        ? 'ran out of time: its offer was not fully checked with questions (what it was not asked stays unchecked)'
        : `ran out of time: its ${offers} offers were not fully checked with questions (what it was not asked stays unchecked)`,
    noAnswer: 'did not answer in time: none of its offers are in this comparison',
    failed: 'did not answer properly: none of its offers are in this comparison',
  },
  fr: {
    heading: 'À savoir :',
    outOfTime: (offers) =>
      offers === 1
        ? 'a manqué de temps : son offre n’a pas été entièrement vérifiée par des questions (ce qui ne lui a pas été demandé reste non vérifié)'
        : `a manqué de temps : ses ${offers} offres n’ont pas été entièrement vérifiées par des questions (ce qui ne lui a pas été demandé reste non vérifié)`,
    noAnswer: 'n’a pas répondu à temps : aucune de ses offres n’est dans cette comparaison',
    failed: 'n’a pas répondu correctement : aucune de ses offres n’est dans cette comparaison',
  },
};

/** What a notice says of its brand, in the person's language: the words that follow the brand's name. */
export function describeBrandNotice(notice: BrandNotice, language: Language): string {
  const m = BRAND_NOTICE_MESSAGES[language];
  switch (notice.kind) {
    case 'out-of-time':
      return m.outOfTime(notice.offers);
    case 'no-answer':
      return m.noAnswer;
    case 'failed':
      return m.failed;
  }
}
