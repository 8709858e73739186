import type { Catalogue } from '../language/index.ts';

/** Boolean features the summary names in plain words. */
type FeatureName = 'waterproof' | 'vegan' | 'recycled_materials' | 'noise_cancelling' | 'wireless' | 'multipoint' | 'codec_ldac' | 'organic' | 'fair_trade' | 'decaf';

/** Every phrase of a need's one-line summary, in one language. */
export interface SummaryMessages {
  /** Feature → [said yes, said no]. */
  readonly features: Readonly<Record<FeatureName, readonly [yes: string, no: string]>>;
  /** Labels of the built-in categories when the summary starts with one. */
  readonly builtinLabels: Readonly<Record<'running-shoes' | 'headphones' | 'coffee', string>>;
  /** What stands for an attribute or a category only brands declared, where their words are withheld. */
  readonly declaredAttribute: string;
  readonly declaredCategory: string;
  /** A hard constraint that names the kind of product better than the category ("Trail running shoes"). */
  readonly headQualifiers: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Wire values of the built-in enums as words of the language (absent: the value as it is). */
  readonly values: Readonly<Record<string, string>>;
  readonly euSize: (sizes: string) => string;
  readonly sizeCompared: (op: string, sizes: string) => string;
  readonly not: (what: string) => string;
  readonly only: (what: string) => string;
  readonly forUse: (uses: string) => string;
  readonly orBetter: (rating: string) => string;
  readonly cut: (gender: string) => string;
  readonly widthFit: (width: string) => string;
  readonly roast: (roast: string) => string;
  readonly blend: string;
  readonly singleOrigin: string;
  readonly from: (origin: string) => string;
  readonly batteryHours: (hours: number) => string;
  readonly grams: (grams: number) => string;
  readonly drop: (mm: number) => string;
  readonly arabicaPercent: (percent: number) => string;
  readonly atLeast: (amount: string) => string;
  readonly atMost: (amount: string) => string;
  readonly namedValue: (name: string, value: string) => string;
  readonly nameIn: (name: string, values: string) => string;
  readonly nameNotIn: (name: string, values: string) => string;
  readonly nameAtMost: (name: string, value: string) => string;
  readonly nameAtLeast: (name: string, value: string) => string;
  readonly under: (money: string) => string;
  readonly cheap: string;
  readonly fastDelivery: string;
  readonly slowDeliveryFine: string;
  readonly longWarranty: string;
  readonly easyReturns: string;
  readonly packs: (weight: string) => string;
  readonly underWeight: (grams: number) => string;
  readonly overWeight: (grams: number) => string;
  readonly light: string;
  readonly heavy: string;
  readonly atLeastBattery: (hours: number) => string;
  readonly longBattery: string;
  readonly cushioning: (level: string) => string;
  readonly arabica: string;
  readonly robusta: string;
  readonly lowDrop: string;
  readonly waterResistanceOrBetter: (rating: string | undefined) => string;
  /** A wish on an attribute with no phrase of its own: "higher gears", "lower noise db". */
  readonly direction: (direction: 'higher' | 'lower', name: string) => string;
  readonly ideally: (wishes: string) => string;
  readonly byDay: (day: string) => string;
  readonly beforeDay: (day: string) => string;
  readonly byInstant: (utc: string) => string;
  /** A UTC day as the language writes it ("Fri 27 Nov 2026", "vendredi 27 novembre 2026"). */
  readonly day: (date: Date) => string;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FRENCH_DAY = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** The need summary's phrases in English and French. */
export const SUMMARY_MESSAGES: Catalogue<SummaryMessages> = {
  en: {
    features: {
      waterproof: ['waterproof', 'not waterproof'],
      vegan: ['vegan', 'not vegan'],
      recycled_materials: ['recycled materials', 'no recycled materials'],
      noise_cancelling: ['noise cancelling', 'no noise cancelling'],
      wireless: ['wireless', 'wired'],
      multipoint: ['multipoint', 'no multipoint'],
      codec_ldac: ['LDAC', 'no LDAC'],
      organic: ['organic', 'not organic'],
      fair_trade: ['fair trade', 'not fair trade'],
      decaf: ['decaf', 'not decaf'],
    },
    builtinLabels: { 'running-shoes': 'Running shoes', headphones: 'Headphones', coffee: 'Coffee' },
    declaredAttribute: 'an attribute the brands declared',
    declaredCategory: 'A category the brands declared',
    headQualifiers: {
      terrain: { trail: 'Trail running shoes', road: 'Road running shoes', track: 'Track running shoes' },
      form: { 'over-ear': 'Over-ear headphones', 'on-ear': 'On-ear headphones', 'in-ear': 'In-ear headphones', beans: 'Coffee beans', ground: 'Ground coffee', capsules: 'Coffee capsules' },
    },
    values: {},
    euSize: (sizes) => `EU ${sizes}`,
    sizeCompared: (op, sizes) => `size ${op} ${sizes}`,
    not: (what) => `not ${what}`,
    only: (what) => `${what} only`,
    forUse: (uses) => `for ${uses}`,
    orBetter: (rating) => `${rating} or better`,
    cut: (gender) => `${gender}'s`,
    widthFit: (width) => `${width} fit`,
    roast: (roast) => `${roast} roast`,
    blend: 'blend',
    singleOrigin: 'single origin',
    from: (origin) => `from ${origin}`,
    batteryHours: (hours) => `${hours} h battery`,
    grams: (grams) => `${grams} g`,
    drop: (mm) => `${mm} mm drop`,
    arabicaPercent: (percent) => `${percent}% arabica`,
    atLeast: (amount) => `at least ${amount}`,
    atMost: (amount) => `at most ${amount}`,
    namedValue: (name, value) => `${name} ${value}`,
    nameIn: (name, values) => `${name}: ${values}`,
    nameNotIn: (name, values) => `${name} not ${values}`,
    nameAtMost: (name, value) => `${name} at most ${value}`,
    nameAtLeast: (name, value) => `${name} at least ${value}`,
    under: (money) => `under ${money}`,
    cheap: 'cheap',
    fastDelivery: 'fast delivery',
    slowDeliveryFine: 'slow delivery is fine',
    longWarranty: 'long warranty',
    easyReturns: 'easy returns',
    packs: (weight) => `${weight} packs`,
    underWeight: (grams) => `under ${grams} g`,
    overWeight: (grams) => `over ${grams} g`,
    light: 'light',
    heavy: 'heavy',
    atLeastBattery: (hours) => `at least ${hours} h battery`,
    longBattery: 'long battery life',
    cushioning: (level) => `${level} cushioning`,
    arabica: 'arabica',
    robusta: 'robusta',
    lowDrop: 'low drop',
    waterResistanceOrBetter: (rating) => `${rating ?? 'some'} water resistance or better`,
    direction: (direction, name) => `${direction} ${name}`,
    ideally: (wishes) => `ideally ${wishes}`,
    byDay: (day) => `by ${day}`,
    beforeDay: (day) => `before ${day}`,
    byInstant: (utc) => `by ${utc} UTC`,
    day: (date) => `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
  },
  fr: {
    features: {
      waterproof: ['imperméable', 'non imperméable'],
      vegan: ['vegan', 'non vegan'],
      recycled_materials: ['en matières recyclées', 'sans matières recyclées'],
      noise_cancelling: ['à réduction de bruit', 'sans réduction de bruit'],
      wireless: ['sans fil', 'filaire'],
      multipoint: ['multipoint', 'sans multipoint'],
      codec_ldac: ['LDAC', 'sans LDAC'],
      organic: ['bio', 'non bio'],
      fair_trade: ['commerce équitable', 'hors commerce équitable'],
      decaf: ['décaféiné', 'non décaféiné'],
    },
    builtinLabels: { 'running-shoes': 'Chaussures de running', headphones: 'Casque audio', coffee: 'Café' },
    declaredAttribute: 'un attribut déclaré par les marques',
    declaredCategory: 'Une catégorie déclarée par les marques',
    headQualifiers: {
      terrain: { trail: 'Chaussures de trail', road: 'Chaussures de running sur route', track: "Chaussures d'athlétisme" },
      form: { 'over-ear': 'Casque circum-auriculaire', 'on-ear': 'Casque supra-auriculaire', 'in-ear': 'Écouteurs intra-auriculaires', beans: 'Café en grains', ground: 'Café moulu', capsules: 'Capsules de café' },
    },
    values: {
      men: 'homme', women: 'femme', unisex: 'mixte',
      narrow: 'étroite', standard: 'standard', wide: 'large',
      light: 'claire', medium: 'moyenne', dark: 'foncée',
      firm: 'ferme', balanced: 'équilibré', plush: 'moelleux',
      espresso: 'espresso', filter: 'filtre',
      none: 'aucune',
    },
    euSize: (sizes) => `pointure ${sizes}`,
    sizeCompared: (op, sizes) => `pointure ${op} ${sizes}`,
    not: (what) => `pas ${what}`,
    only: (what) => `${what} uniquement`,
    forUse: (uses) => `pour ${uses}`,
    orBetter: (rating) => `${rating} ou mieux`,
    cut: (gender) => (gender === 'mixte' ? 'mixte' : `pour ${gender}`),
    widthFit: (width) => `largeur ${width}`,
    roast: (roast) => `torréfaction ${roast}`,
    blend: 'assemblage',
    singleOrigin: 'origine unique',
    from: (origin) => `origine ${origin}`,
    batteryHours: (hours) => `${hours} h d'autonomie`,
    grams: (grams) => `${grams} g`,
    drop: (mm) => `drop de ${mm} mm`,
    arabicaPercent: (percent) => `${percent} % arabica`,
    atLeast: (amount) => `au moins ${amount}`,
    atMost: (amount) => `au plus ${amount}`,
    namedValue: (name, value) => `${name} ${value}`,
    nameIn: (name, values) => `${name} : ${values}`,
    nameNotIn: (name, values) => `${name} autre que ${values}`,
    nameAtMost: (name, value) => `${name} au plus ${value}`,
    nameAtLeast: (name, value) => `${name} au moins ${value}`,
    under: (money) => `moins de ${money}`,
    cheap: 'pas cher',
    fastDelivery: 'livraison rapide',
    slowDeliveryFine: 'livraison lente acceptée',
    longWarranty: 'longue garantie',
    easyReturns: 'retours faciles',
    packs: (weight) => `paquets de ${weight}`,
    underWeight: (grams) => `moins de ${grams} g`,
    overWeight: (grams) => `plus de ${grams} g`,
    light: 'léger',
    heavy: 'lourd',
    atLeastBattery: (hours) => `au moins ${hours} h d'autonomie`,
    longBattery: 'grande autonomie',
    cushioning: (level) => `amorti ${level}`,
    arabica: 'arabica',
    robusta: 'robusta',
    lowDrop: 'drop faible',
    waterResistanceOrBetter: (rating) => (rating === undefined ? "une certaine résistance à l'eau" : `résistance à l'eau ${rating} ou mieux`),
    direction: (direction, name) => `${name} ${direction === 'higher' ? 'plus élevé' : 'plus faible'}`,
    ideally: (wishes) => `idéalement ${wishes}`,
    byDay: (day) => `au plus tard le ${day}`,
    beforeDay: (day) => `avant le ${day}`,
    byInstant: (utc) => `au plus tard le ${utc} UTC`,
    day: (date) => FRENCH_DAY.format(date),
  },
};
