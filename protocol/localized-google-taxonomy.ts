import { existsSync, readFileSync } from 'node:fs';
import { loadGoogleTaxonomy, parseGoogleTaxonomy } from './google-taxonomy.ts';
import { MajordomeError } from './majordome-error.ts';

/**
 * Google publishes its product taxonomy in many languages with the same numeric ids (`taxonomy-with-ids.<locale>.txt`).
 * The locales shipped in protocol/data (see DATA.md), each checked against the en-US edition when first read.
 */
export const LOCALIZED_TAXONOMY_LOCALES: readonly string[] = ['sv-SE', 'cs-CZ', 'pl-PL'];

/** One localized edition: each node's label in that language, by the official id. */
export interface LocalizedTaxonomy {
  readonly locale: string;
  readonly version: string;
  /** The node's own label in this language ("Kaffekvarnar" for 734), for every id of the en-US edition. */
  labelOf(id: string): string;
  readonly ids: readonly string[];
}

/**
 * Reads a localized edition in Google's `taxonomy-with-ids` format and checks it is the en-US taxonomy in another
 * language: the same ids, each under the same parent, and the same version. Throws a TAXONOMY_INVALID MajordomeError
 * naming the first difference otherwise, so a mislabelled or partial file is never served.
 */
export function parseLocalizedTaxonomy(locale: string, text: string): LocalizedTaxonomy {
  const english = loadGoogleTaxonomy();
  const localized = parseGoogleTaxonomy(text);
  if (localized.version !== english.version) {
    throw new MajordomeError('TAXONOMY_INVALID', `the ${locale} taxonomy is version ${localized.version}, the en-US one ${english.version}`);
  }
  for (const node of english.nodes) {
    const other = localized.get(node.id);
    if (other === undefined) throw new MajordomeError('TAXONOMY_INVALID', `the ${locale} taxonomy has no node ${node.id} ("${node.label}")`);
    if (other.parentId !== node.parentId) throw new MajordomeError('TAXONOMY_INVALID', `in the ${locale} taxonomy, ${node.id} is under ${other.parentId ?? 'nothing'}, in en-US under ${node.parentId ?? 'nothing'}`);
  }
  if (localized.nodes.length !== english.nodes.length) {
    const extra = localized.nodes.find((n) => !english.has(n.id))!;
    throw new MajordomeError('TAXONOMY_INVALID', `the ${locale} taxonomy has node ${extra.id}, which the en-US one does not`);
  }
  return { locale, version: localized.version, labelOf: (id) => localized.get(id)!.label, ids: english.nodes.map((n) => n.id) };
}

const loaded = new Map<string, LocalizedTaxonomy>();

/**
 * A shipped localized edition, read and checked once per process on first use (each locale only when asked for), or
 * undefined for a locale not shipped.
 */
export function loadLocalizedTaxonomy(locale: string): LocalizedTaxonomy | undefined {
  const cached = loaded.get(locale);
  if (cached) return cached;
  if (!LOCALIZED_TAXONOMY_LOCALES.includes(locale)) return undefined;
  const url = new URL(`./data/google-product-taxonomy.${locale}.txt`, import.meta.url);
  if (!existsSync(url)) return undefined;
  const taxonomy = parseLocalizedTaxonomy(locale, readFileSync(url, 'utf8'));
  loaded.set(locale, taxonomy);
  return taxonomy;
}
