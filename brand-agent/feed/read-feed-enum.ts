/** The Merchant Center fields whose values are one of a few words, and those words. */
export const FEED_ENUMS: Readonly<Record<string, readonly string[]>> = {
  condition: ['new', 'refurbished', 'used'],
  gender: ['male', 'female', 'unisex'],
  age_group: ['newborn', 'infant', 'toddler', 'kids', 'adult'],
};

/**
 * The words shops write for those values in their language (lower case, accents removed). A gender column saying
 * "Kinder" or "kids" says an age group, not a gender (Merchant Center's own advice: a child's product is unisex unless
 * it is made for one).
 */
const WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  condition: {
    neu: 'new', neuware: 'new', neuf: 'new', neuve: 'new', nuovo: 'new', nuevo: 'new', nieuw: 'new', nowy: 'new', nowe: 'new',
    gebraucht: 'used', occasion: 'used', usage: 'used', usato: 'used', usado: 'used', gebruikt: 'used', uzywany: 'used',
    refurbished: 'refurbished', generaluberholt: 'refurbished', reconditionne: 'refurbished', ricondizionato: 'refurbished', reacondicionado: 'refurbished', odnowiony: 'refurbished',
  },
  gender: {
    women: 'female', woman: 'female', womens: 'female', ladies: 'female', damen: 'female', dame: 'female', frauen: 'female', femme: 'female', femmes: 'female', donna: 'female', donne: 'female', dames: 'female', vrouwen: 'female', mujer: 'female', damskie: 'female',
    men: 'male', man: 'male', mens: 'male', herren: 'male', herr: 'male', manner: 'male', homme: 'male', hommes: 'male', uomo: 'male', heren: 'male', mannen: 'male', hombre: 'male', meskie: 'male',
    unisex: 'unisex', mixte: 'unisex',
  },
  age_group: {
    kinder: 'kids', kind: 'kids', kids: 'kids', children: 'kids', child: 'kids', enfant: 'kids', enfants: 'kids', bambini: 'kids', bambino: 'kids', kinderen: 'kids', ninos: 'kids', dzieci: 'kids',
    baby: 'infant', bebe: 'infant', neugeborene: 'newborn', erwachsene: 'adult', adulte: 'adult', adulto: 'adult', adults: 'adult', volwassenen: 'adult',
  },
};

/**
 * An enum field's value in Merchant words: as written ("female"), or a shop's word for it ("Damen", "Homme", "Neu");
 * a gender column naming an age group ("Kinder") is read as that age group. Undefined when it says none of these.
 */
export function readFeedEnum(field: string, raw: string): { field: string; value: string } | undefined {
  const folded = raw.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ł/g, 'l').replace(/['’\s]+/g, '').trim();
  if (FEED_ENUMS[field]?.includes(folded)) return { field, value: folded };
  const word = WORDS[field]?.[folded];
  if (word !== undefined) return { field, value: word };
  if (field === 'gender' && WORDS.age_group![folded] !== undefined) return { field: 'age_group', value: WORDS.age_group![folded]! };
  return undefined;
}
