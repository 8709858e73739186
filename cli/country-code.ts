// Which two-letter codes are countries: ISO 3166-1 alpha-2 as the runtime's ICU data knows them.
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** Codes ICU names that are not countries one can live in or ship to (unions, "unknown", pseudo-regions). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB', 'UK']);

/** The English name of an ISO 3166-1 alpha-2 country code, or undefined when the code is not one ("UK" is GB). */
export function countryName(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return undefined;
  return regions.of(code);
}
