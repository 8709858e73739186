/** The ids of the built-in reference brands, one data file each under `data/brands/`. */
export const REFERENCE_BRAND_IDS = [
  'trailco',
  'stride-lab',
  'pushy-sports',
  'mega-sole-outlet',
  'gearbot',
  'soundhaus',
  'audio-deals-24',
  'quiet-corner',
  'roast-republic',
  'kaffeekontor',
  'bargain-beans',
  'crema-club',
] as const;

/** One built-in reference brand id. */
export type ReferenceBrandId = (typeof REFERENCE_BRAND_IDS)[number];

/** True when the id names a built-in reference brand. */
export function isReferenceBrandId(id: string): id is ReferenceBrandId {
  return (REFERENCE_BRAND_IDS as readonly string[]).includes(id);
}
