import type { AttributeDefinition } from '../../protocol/index.ts';
import { type Effect, type LexiconRole, equals, oneOf, prefer } from './lexicon-types.ts';
import { FEATURE_LEXICON } from './feature-lexicon.ts';
import { ALL_CATEGORIES } from './lexicon-types.ts';
import { LEXICON, STOPWORDS } from './lexicon.ts';

/** Filler words elsewhere that are values here ("new" is a condition). */
const KEEP = new Set(['new', 'neuf']);
const OFFER_ATTRIBUTES = new Set(['price', 'delivery_days', 'return_days', 'warranty_months']);
import { enumScaleOf } from './enum-scale.ts';
import { ipCodeReadingsOf } from './ip-code-scale.ts';
import { AT_LEAST_AFTER, AT_LEAST_BEFORE, gradesAtLeast } from './letter-grade-scale.ts';
import { unitOfAttribute, type Dimension } from './measure-units.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { COLOUR_GROUPS, MATERIAL_GROUPS, MEASURE_WISHES, VALUE_GROUPS, normaliseValue, wordsForValue } from './value-synonyms.ts';

/** One phrase meaning for a category whose vocabulary comes from the brands' declared attribute schemas. */
export interface OpenEntry {
  readonly phrases: readonly string[];
  readonly effect?: Effect;
  readonly role?: LexiconRole;
  /** The attribute the phrase sets (for notes and the "which kind?" question). */
  readonly attribute?: string;
}

/** The matcher over a category's declared attributes, plus the negation and list words; and every word it knows. */
export interface OpenLexicon {
  readonly matcher: PhraseMatcher<OpenEntry>;
  readonly words: ReadonlySet<string>;
}

/** Wishes about the offer itself ("cheap", "fast delivery", "free returns"): the built-in lexicon's category-free entries. */
const OFFER_WISHES: readonly OpenEntry[] = FEATURE_LEXICON.flatMap((entry) => {
  const effects = Object.values(entry.effects ?? {});
  const first = effects[0];
  const everywhere = effects.length === ALL_CATEGORIES.length && first !== undefined && first.kind === 'preference' && OFFER_ATTRIBUTES.has(first.attribute) && effects.every((e) => e === first);
  return everywhere ? [{ phrases: entry.phrases, effect: first }] : [];
});

const ROLE_ENTRIES: readonly OpenEntry[] = LEXICON.filter((e) => e.role === 'negation' || e.role === 'connector').map((e) => ({ phrases: e.phrases, role: e.role! }));
const ALL_GROUPS = [...VALUE_GROUPS, ...COLOUR_GROUPS, ...MATERIAL_GROUPS];
/** Shared attributes read by their own readers (sizes, packs, brands) or never asked for in words (codes). */
const NOT_BY_WORDS = new Set(['brand', 'size', 'pack_size', 'gtin', 'mpn']);

/** The spellings a phrase is typed in: as is, plural ("kittens"), digits apart from letters ("4 k", "ip 67"). */
/**
 * The English comparative of a one-word phrase: "quiet" → "quieter", "wide" → "wider", "squishy" → "squishier", "slim"
 * → "slimmer". Said of the product ("quieter than our old one"), it asks for what the word itself asks for.
 */
function comparativeOf(phrase: string): string | undefined {
  if (!/^[a-z]{4,}$/.test(phrase) || phrase.endsWith('er')) return undefined;
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ier`;
  if (phrase.endsWith('e')) return `${phrase}r`;
  if (/[^aeiou][aeiou][b-df-hj-np-tvz]$/.test(phrase)) return `${phrase}${phrase.at(-1)}er`;
  return `${phrase}er`;
}

function variants(phrases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const phrase of phrases) {
    out.add(phrase);
    if (/[a-z]{3}$/.test(phrase) && !phrase.endsWith('s')) out.add(`${phrase}s`);
    // French agreement: "autotracté" → "autotractée(s)".
    if (/^[a-z]{5,}$/.test(phrase) && !phrase.endsWith('s')) for (const ending of phrase.endsWith('e') ? ['e', 'es'] : ['e', 'es']) out.add(`${phrase}${ending}`);
    // Several words agreeing in the plural ("matieres recyclees"): the singular too ("matiere recyclee").
    const words = phrase.split(' ');
    if (words.length > 1 && words.every((w) => /[a-z]{3}s$/.test(w))) out.add(words.map((w) => w.slice(0, -1)).join(' '));
    const comparative = comparativeOf(phrase);
    if (comparative !== undefined) out.add(comparative);
    const split = phrase.replace(/(\d)([a-z])/g, '$1 $2').replace(/([a-z])(\d)/g, '$1 $2');
    if (split !== phrase) out.add(split);
  }
  return [...out];
}

function phrasesOf(...texts: Array<string | undefined>): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (text === undefined) continue;
    const norm = normaliseValue(text);
    if (norm.length >= 2) out.add(norm);
  }
  return [...out];
}

/**
 * The adjective a one-word quality noun is made from, by the regular suffixes: English "-ness" ("waterproofness" →
 * "waterproof", "thickness" → "thick"), French "-abilité"/"-ibilité" → "-able"/"-ible" ("imperméabilité" →
 * "imperméable"), "-éité" → "-e" ("étanchéité" → "étanche"). Nouns of several words or other endings give none.
 */
export function adjectivesOfNoun(label: string): string[] {
  if (label.includes(' ')) return [];
  const rules: ReadonlyArray<readonly [RegExp, string]> = [[/^(.{4,})ness$/, '$1'], [/^(.{3,})abilite$/, '$1able'], [/^(.{3,})ibilite$/, '$1ible'], [/^(.{3,})eite$/, '$1e']];
  return rules.filter(([pattern]) => pattern.test(label)).map(([pattern, to]) => label.replace(pattern, to));
}

function textValueEntries(attr: AttributeDefinition, groups: readonly (readonly string[])[]): OpenEntry[] {
  // A text attribute's value is compared as written: every word of the group is an accepted spelling ("red", "rouge").
  return groups.map((group) => ({ phrases: group, effect: oneOf(attr.name, group.slice(0, 32)), attribute: attr.name }));
}

/** The wish words about a quantity of this dimension that fit the attribute ("long battery" only for a battery's time). */
function wishesFor(dimension: Dimension, attr: AttributeDefinition): typeof MEASURE_WISHES {
  const label = normaliseValue(`${attr.name} ${attr.labels.en} ${attr.labels.fr ?? ''}`.toLowerCase());
  return MEASURE_WISHES.filter((w) => w.dimension === dimension && (w.nameHint === undefined || w.nameHint.test(label)));
}

function entriesOf(attr: AttributeDefinition): OpenEntry[] {
  if (NOT_BY_WORDS.has(attr.name)) return [];
  if (attr.type === 'enum') {
    // A value as short as "de" or "A" is a code, not a word people type: only its synonyms name it ("allemand"); one
    // with a digit ("4k", "8k") is how people write it.
    const usable = (phrase: string, value: string): boolean => (phrase !== normaliseValue(value) || phrase.length > 2 || /\d/.test(phrase)) && (!STOPWORDS.has(phrase) || KEEP.has(phrase));
    // The attribute's own words before a value name it too: "classe A", "energy class B", "taille du cadre 54".
    const labelWords = [...new Set([normaliseValue(attr.labels.en), normaliseValue(attr.labels.fr ?? ''), ...`${normaliseValue(attr.labels.en)} ${normaliseValue(attr.labels.fr ?? '')}`.split(' ').filter((w) => w.length >= 4)])].filter((w) => w !== '');
    // A word that is itself one of the declared values names that value, not another whose synonym it is ("pod" is not
    // "capsule" when both are declared).
    const declared = new Set((attr.values ?? []).map((v) => normaliseValue(v)));
    const others = (value: string) => (p: string): boolean => !(p !== normaliseValue(value) && (declared.has(p) || declared.has(p.replace(/s$/, ''))));
    const values = (attr.values ?? []).map((value) => ({
      // A grade is said "A rated", "rated A", "A-rated" too.
      phrases: [...wordsForValue(value, ALL_GROUPS).filter((p) => usable(p, value) && others(value)(p)), ...labelWords.map((w) => `${w} ${normaliseValue(value)}`), ...(normaliseValue(value).length <= 3 ? [`${normaliseValue(value)} rated`, `rated ${normaliseValue(value)}`] : [])],
      effect: equals(attr.name, value),
      attribute: attr.name,
    }));
    // Letter grades ("energy class A–G"): "B or better", "classe B ou mieux", "au moins B" accept A to B.
    const graded = (attr.values ?? []).flatMap((value) => {
      const accepted = gradesAtLeast(attr, value);
      if (accepted === undefined) return [];
      const said = [normaliseValue(value), ...labelWords.map((w) => `${w} ${normaliseValue(value)}`)];
      return [{ phrases: said.flatMap((v) => [...AT_LEAST_AFTER.map((a) => `${v} ${a}`), ...AT_LEAST_BEFORE.map((b) => `${b} ${v}`)]), effect: oneOf(attr.name, accepted), attribute: attr.name }];
    });
    if (graded.length > 0) return [...graded, ...values];
    // IP codes ("none", "IPX4", "IP67"): "waterproof", "splash proof" or a code typed accept every value rated at least
    // that grade; before the values, so a typed "IP67" also accepts a declared "IP68".
    const ip = ipCodeReadingsOf(attr);
    if (ip) return [...ip.map((r) => ({ phrases: r.phrases, effect: oneOf(attr.name, r.values), attribute: attr.name })), ...values];
    // An enum that is a scale ("noise level: low / medium / high") takes the wishes a number of its quantity would
    // ("quiet" → its least-noise end), each aimed at the end its direction means.
    const scale = enumScaleOf(attr);
    if (!scale) return values;
    return [...values, ...wishesFor(scale.dimension, attr).map((w) => ({ phrases: w.phrases, effect: prefer(attr.name, 'equals', 0.7, w.direction === 'lower' ? scale.least : scale.most), attribute: attr.name }))];
  }
  if (attr.type === 'boolean') {
    const name = attr.name.replace(/_/g, ' ');
    // A label's bracketed aside lists what it means: "Cellulaire (4G/5G)" is said "4G" too.
    const asides = [attr.labels.en, attr.labels.fr].flatMap((label) => [...(label ?? '').matchAll(/\(([^)]*)\)/g)].flatMap((m) => m[1]!.split(/[\/,]| or | ou /)));
    const phrases = new Set(phrasesOf(attr.labels.en, attr.labels.fr, name, ...asides.map((a) => a.trim()).filter((a) => a.length >= 2)));
    for (const phrase of [...phrases]) for (const w of wordsForValue(phrase)) phrases.add(w);
    return [{ phrases: [...phrases].filter((p) => !STOPWORDS.has(p)), effect: equals(attr.name, true), attribute: attr.name }];
  }
  if (attr.type === 'text' && attr.name === 'color') return textValueEntries(attr, COLOUR_GROUPS);
  if (attr.type === 'text' && attr.name === 'material') return textValueEntries(attr, MATERIAL_GROUPS);
  if (attr.type === 'number') {
    const unit = unitOfAttribute(attr);
    // "waterproof" for a "Waterproofness" in mm, "imperméable" for an "Imperméabilité": the more, the better.
    const adjectives = phrasesOf(...[attr.labels.en, attr.labels.fr].flatMap((label) => (label === undefined ? [] : adjectivesOfNoun(normaliseValue(label)))));
    const quality = adjectives.length > 0 ? [{ phrases: adjectives, effect: prefer(attr.name, 'higher', 0.7), attribute: attr.name }] : [];
    if (!unit) return quality;
    return [
      ...wishesFor(unit.dimension, attr).map((w) => ({
        phrases: w.phrases,
        effect: prefer(attr.name, w.direction, 0.7),
        attribute: attr.name,
      })),
      ...quality,
    ];
  }
  return [];
}

/**
 * A yes/no feature named by a participle and a noun ("Recycled materials", "Matières recyclées", "Adjustable
 * armrests"): the participle alone says it ("recycled fabric", "a heated seat"), with whatever noun the person uses,
 * when no other attribute of the category uses that word.
 */
function participleEntries(attributes: readonly AttributeDefinition[]): OpenEntry[] {
  const wordsOf = (a: AttributeDefinition): string[] => [a.name.replace(/_/g, ' '), a.labels.en, a.labels.fr ?? '', ...(a.values ?? [])].flatMap((t) => normaliseValue(t).split(' '));
  const out: OpenEntry[] = [];
  for (const attr of attributes) {
    if (attr.type !== 'boolean') continue;
    const en = normaliseValue(attr.labels.en).split(' ');
    const fr = normaliseValue(attr.labels.fr ?? '').split(' ');
    const said = [
      ...(en.length >= 2 && /^[a-z]{3,}(ed|able|ible)$/.test(en[0]!) ? [en[0]!] : []),
      // French puts the participle after the noun: "matières recyclées".
      ...(fr.length >= 2 && /ée?s?$/u.test((attr.labels.fr ?? '').trim()) ? [fr.at(-1)!.replace(/e?e?s?$/, 'e')] : []),
    ];
    const distinct = said.filter((w) => !attributes.some((other) => other !== attr && wordsOf(other).includes(w)));
    if (distinct.length > 0) out.push({ phrases: variants(distinct), effect: equals(attr.name, true), attribute: attr.name });
  }
  return out;
}

const WITH_PHRASES = ['with', 'with a', 'with an', 'avec', 'avec un', 'avec une', 'avec le', 'avec la', 'avec l'];

/**
 * "with a stylus", "avec stylet": a product that has the thing one word of a feature's label names ("Stylus support",
 * "Compatible stylet"), when that word (4+ letters) belongs to no other attribute's label or name in the category.
 */
function withEntries(attributes: readonly AttributeDefinition[]): OpenEntry[] {
  const wordsOf = (a: AttributeDefinition): string[] => [...new Set(`${a.name.replace(/_/g, ' ')} ${normaliseValue(a.labels.en)} ${normaliseValue(a.labels.fr ?? '')}`.split(' ').filter((w) => w.length >= 4 && !STOPWORDS.has(w)))];
  const count = new Map<string, number>();
  for (const a of attributes) for (const w of wordsOf(a)) count.set(w, (count.get(w) ?? 0) + 1);
  return attributes
    .filter((a) => a.type === 'boolean' && !NOT_BY_WORDS.has(a.name))
    .map((a) => {
      // The whole label after "with" too, so "with voice assistant" is read whole, not as "with voice" and a leftover.
      const said = [...wordsOf(a).filter((w) => count.get(w) === 1), ...phrasesOf(a.labels.en, a.labels.fr).filter((p) => p.includes(' '))];
      return { phrases: said.flatMap((w) => WITH_PHRASES.map((p) => `${p} ${w}`)), effect: equals(a.name, true), attribute: a.name };
    })
    .filter((e) => e.phrases.length > 0);
}

const cache = new Map<string, OpenLexicon>();

/**
 * The phrases a category's declared attributes give (enum values and their English/French synonyms, boolean labels,
 * colour and material words, "quiet"/"light"/"powerful" for measures in dB/kg/W), built once per vocabulary.
 * A phrase claimed by two attributes keeps the first declared: brands' own attributes come before the shared ones.
 */
export function openLexiconOf(attributes: readonly AttributeDefinition[]): OpenLexicon {
  const key = attributes.map((a) => `${a.name}:${a.type}:${a.unit ?? ''}:${(a.values ?? []).join('|')}`).join(',');
  const known = cache.get(key);
  if (known) return known;
  const seen = new Set<string>();
  const entries: OpenEntry[] = [];
  for (const attr of attributes) {
    for (const entry of entriesOf(attr)) {
      const phrases = variants(entry.phrases).filter((p) => !seen.has(p));
      for (const p of phrases) seen.add(p);
      if (phrases.length > 0) entries.push({ ...entry, phrases });
    }
  }
  for (const entry of participleEntries(attributes)) {
    const phrases = entry.phrases.filter((p) => !seen.has(p));
    for (const p of phrases) seen.add(p);
    if (phrases.length > 0) entries.push({ ...entry, phrases });
  }
  for (const entry of withEntries(attributes)) {
    const phrases = entry.phrases.filter((p) => !seen.has(p));
    for (const p of phrases) seen.add(p);
    if (phrases.length > 0) entries.push({ ...entry, phrases });
  }
  const wishes = OFFER_WISHES.map((e) => ({ ...e, phrases: e.phrases.filter((p) => !seen.has(p)) }));
  for (const w of wishes) for (const p of w.phrases) seen.add(p);
  const matcher = new PhraseMatcher<OpenEntry>([...entries, ...wishes, ...ROLE_ENTRIES.map((e) => ({ ...e, phrases: e.phrases.filter((p) => !seen.has(p)) }))]);
  const lexicon = { matcher, words: matcher.words() };
  if (cache.size > 256) cache.clear();
  cache.set(key, lexicon);
  return lexicon;
}
