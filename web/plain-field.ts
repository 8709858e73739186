import { attributeLabelIn, type Catalogue, type Language } from '../agent/language/index.ts';

/** The words for each brand field a quote or finding can come from, in one language. */
interface FieldWords {
  readonly earlier: (field: string) => string;
  readonly attribute: (name: string) => string;
  readonly pitch: string;
  readonly title: string;
  readonly maker: string;
  readonly claim: string;
  readonly certifier: string;
  readonly claimEvidence: string;
  readonly answer: string;
  readonly answerEvidence: string;
  readonly counter: string;
  readonly decline: string;
  readonly name: string;
  readonly other: string;
}

const FIELD_WORDS: Catalogue<FieldWords> = {
  en: {
    earlier: (field) => `an earlier version's ${field.replace(/^(its|the|a|an) /, '')}`,
    attribute: (name) => `the product's ${name.replace(/_/g, ' ')}`,
    pitch: 'its pitch',
    title: 'the product title',
    maker: 'the maker name',
    claim: 'a claim',
    certifier: "a claim's certifier",
    claimEvidence: "a claim's evidence",
    answer: 'an answer to your butler',
    answerEvidence: "an answer's evidence",
    counter: 'a negotiation message',
    decline: 'its decline',
    name: 'its name',
    other: 'its text',
  },
  fr: {
    earlier: (field) => `une version antérieure de ${field}`,
    attribute: (name) => `la caractéristique ${attributeLabelIn(name, 'fr')} du produit`,
    pitch: 'son argumentaire',
    title: 'le titre du produit',
    maker: 'le nom du fabricant',
    claim: 'une affirmation',
    certifier: 'le certificateur d’une affirmation',
    claimEvidence: 'la preuve d’une affirmation',
    answer: 'une réponse à votre majordome',
    answerEvidence: 'la preuve d’une réponse',
    counter: 'un message de négociation',
    decline: 'son refus',
    name: 'son nom',
    other: 'son texte',
  },
};

/** Words for the brand field a quote or finding comes from, instead of a path like `counters[x:c1].message`. */
export function plainField(field: string, language: Language = 'en'): string {
  const words = FIELD_WORDS[language];
  const earlier = /^revisions\[[^\]]*\]\.(.+)$/.exec(field);
  if (earlier) return words.earlier(plainField(earlier[1]!, language));
  const attribute = /^product\.attributes\.([a-z0-9_]+)$/.exec(field);
  if (attribute) return words.attribute(attribute[1]!);
  if (field === 'pitch') return words.pitch;
  if (field === 'product.title') return words.title;
  if (field === 'product.maker') return words.maker;
  if (/^claims\[\d+\]\.asserted$/.test(field)) return words.claim;
  if (/^claims\[\d+\]\.evidence\.issuer$/.test(field)) return words.certifier;
  if (/^claims\[\d+\]\.evidence/.test(field)) return words.claimEvidence;
  if (/^answers\[[^\]]*\]\.text$/.test(field)) return words.answer;
  if (/^answers\[/.test(field)) return words.answerEvidence;
  if (/^counters\[[^\]]*\]\.message$/.test(field)) return words.counter;
  if (/^declines?(\[\d+\])?\.suggestion$/.test(field)) return words.decline;
  if (/^declines?(\[\d+\])?\.message$/.test(field)) return words.decline;
  if (field === 'brand.name') return words.name;
  return words.other;
}

/** A finding's sentence with the field path it names, if any, put into words of the finding's language. */
export function plainDetail(detail: string, field: string | undefined, language: Language = 'en'): string {
  return field && detail.includes(field) ? detail.replace(field, plainField(field, language)) : detail;
}
