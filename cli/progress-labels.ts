import type { Catalogue } from '../agent/language/index.ts';

/**
 * The terminal's progress lines while brands answer, in the request's language: the need is understood before the
 * first brand is asked, so every line of a shopping run can be in it.
 */
export interface ProgressLabels {
  readonly asking: (brands: number) => string;
  /** After "[done/asked] brand-id", what that brand did. */
  readonly answered: (offers: number, elapsedMs: number) => string;
  readonly declined: string;
  readonly failed: (code: string) => string;
  readonly negotiating: (offers: number) => string;
  readonly ranked: (ranked: number, excluded: number) => string;
}

/** The progress lines in English and French. */
export const PROGRESS_LABELS: Catalogue<ProgressLabels> = {
  en: {
    asking: (brands) => `asking ${brands} brands…`,
    answered: (offers, ms) => `: ${offers} offer(s) in ${ms} ms`,
    declined: ': declined (nothing fits)',
    failed: (code) => `: failed [${code}]`,
    negotiating: (offers) => `checking claims and negotiating on ${offers} offer(s)…`,
    ranked: (ranked, excluded) => `ranked ${ranked} offer(s), excluded ${excluded}`,
  },
  fr: {
    asking: (brands) => `interrogation de ${brands} marques…`,
    answered: (offers, ms) => ` : ${offers} offre(s) en ${ms} ms`,
    declined: ' : a décliné (rien ne convient)',
    failed: (code) => ` : échec [${code}]`,
    negotiating: (offers) => `vérification des affirmations et négociation sur ${offers} offre(s)…`,
    ranked: (ranked, excluded) => `${ranked} offre(s) classée(s), ${excluded} exclue(s)`,
  },
};
