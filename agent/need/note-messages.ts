import { formatMoney, type Money } from '../../protocol/index.ts';
import { attributeLabelIn, formatMoneyIn, type Catalogue } from '../language/index.ts';

/** The person's words quoted in a note, shortened: "…" in English, « … » in French. */
function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}

const FRENCH_DAY = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A number the French way ("42,5"). */
const frenchNumber = (value: number): string => String(value).replace('.', ',');

/** Declared units that are English words, in French; symbols ("kg", "dB") stay as they are. */
const FRENCH_UNITS: Readonly<Record<string, string>> = {
  items: 'articles', item: 'article', pieces: 'pièces', piece: 'pièce', persons: 'personnes', people: 'personnes', players: 'joueurs',
  speeds: 'vitesses', wheels: 'roues', batteries: 'batteries', years: 'ans', year: 'an', days: 'jours', day: 'jour',
  hours: 'heures', hour: 'heure', minutes: 'minutes', seconds: 'secondes', pairs: 'paires', seasons: 'saisons',
};

/**
 * The notes that go with an understood request — typo corrections, deadlines, a switched category, ignored text — in
 * one language (the request's).
 */
export interface NoteMessages {
  readonly quote: (text: string) => string;
  readonly typo: (typed: string, readAs: string) => string;
  /** A figure corrected as it was said ("42 no wait 43"): the later one is read. */
  readonly spokenCorrection: (said: string, kept: string) => string;
  readonly hintedCategory: (label: string, evidence: string) => string;
  /** A UTC day in words ("Fri 27 Nov 2026" / "vendredi 27 novembre 2026"). */
  readonly utcDay: (date: Date) => string;
  /** When a relative deadline falls: an instant ("2026-11-27 18:00") or a day in words, both UTC. */
  readonly deadlineInstant: (isoMinute: string) => string;
  readonly deadlineDay: (day: string) => string;
  readonly deadline: (source: string, when: string) => string;
  readonly datePassed: (source: string) => string;
  /** A slash date that could be read either way, read day first. */
  readonly dayMonth: (raw: string) => string;
  readonly categorySwitched: (now: string, before: string) => string;
  readonly ignoredAfter: (characters: number) => string;
  readonly tooManyRequirements: (max: number) => string;
  readonly bareSize: (source: string, size: number) => string;
  readonly bareBudget: (source: string) => string;
  readonly bareQuantity: (source: string) => string;
  readonly maker: (name: string, stance: 'avoid' | 'require' | 'prefer' | 'owned') => string;
  /** A product line named instead of its maker ("iPhone"), as the connected brands' cards list it. */
  readonly makerLine: (line: string, maker: string) => string;
  readonly doesNotApply: (words: string, category: string) => string;
  /** Budget readings (`resolve-budget.ts`, `extract-money.ts`). */
  readonly approximateBudget: (source: string, upTo: Money) => string;
  readonly perUnitBudget: (source: string, quantity: number, total: Money) => string;
  readonly secondCurrency: (source: string, used: string) => string;
  readonly unusableBudget: (source: string) => string;
  readonly lowestCeiling: (kept: Money) => string;
  readonly softCeiling: (target: Money) => string;
  readonly budgetRange: (source: string, ceiling: number) => string;
  readonly conditionalPrice: (source: string) => string;
  /** "max 100, 150 if it's Sony": the higher figure is a ceiling only for the offers meeting the condition. */
  readonly stretchApplied: (source: string, stretch: Money, budget: Money) => string;
  /** The higher figure is not used (its condition cannot be checked on an offer, or a second one): the budget stays. */
  readonly stretchNotApplied: (source: string, budget: Money | undefined) => string;
  /** "RRP is €800": the seller's price, not the budget. */
  readonly listPrice: (source: string) => string;
  /** "renting at 89 a month … up to 2500": a price per period beside a purchase figure is not the budget. */
  readonly recurringPrice: (source: string) => string;
  /** A price said per period: the total it makes over the span said, or (no span) one period's budget. */
  readonly budgetRate: (source: string, total: number | undefined) => string;
  /** Measures of the built-in categories (`extract-measures.ts`) and quantities out of range. */
  readonly batteryOutOfRange: (source: string) => string;
  readonly coffeePackOutOfRange: (source: string) => string;
  readonly coffeePack: (source: string, grams: number) => string;
  readonly weightOutOfRange: (source: string, category: 'running-shoes' | 'headphones') => string;
  readonly dropOutOfRange: (source: string) => string;
  readonly percentOutOfRange: (source: string) => string;
  readonly quantityOutOfRange: (source: string, max: number) => string;
  /** Shoe sizes (`extract-shoe-size.ts`); `system` is "us" or "uk". */
  readonly notEuSize: (source: string, min: number, max: number) => string;
  readonly notOnChart: (source: string, system: string, cut?: 'men' | 'women') => string;
  readonly convertedSize: (source: string, sizes: readonly number[], system: string, guessed: boolean, cut?: 'men' | 'women') => string;
  /** Open categories: packs, stated sizes, measures read into declared attributes, whom a gift is for. */
  readonly packItems: (source: string, items: number) => string;
  readonly statedSize: (source: string) => string;
  /** An attribute's name in a note: the wire name in English, Majordome's French label in French (never the brand's). */
  readonly attribute: (name: string) => string;
  /** A measure no declared attribute takes; `category` is undefined before a category is known. */
  readonly unmeasured: (source: string, category: string | undefined) => string;
  readonly measured: (attributes: string, source: string, converted?: { readonly value: number; readonly unit: string }) => string;
  readonly someoneAged: (age: number, source: string) => string;
  /** An attribute the person said they do not need ("app control isn't needed"): no rule on it. */
  readonly unneeded: (attribute: string) => string;
  /** The option named after "rather than" / "plutôt que": liked less, yet not refused (no rule). */
  readonly setAside: (words: string) => string;
}

/** The notes in English and French. */
/** The size chart a conversion used: "men's US chart", "women's US chart", "foot-length (Mondopoint) chart". */
function chartEn(system: string, cut: 'men' | 'women' = 'men'): string {
  return system === 'cm' || system === 'mm' ? 'foot-length (Mondopoint) chart' : `${cut === 'women' ? "women's" : "men's"} ${system.toUpperCase()} chart`;
}

function chartFr(system: string, cut: 'men' | 'women' = 'men'): string {
  return system === 'cm' || system === 'mm' ? 'barème longueur de pied (Mondopoint)' : `barème ${cut === 'women' ? 'femme' : 'homme'} ${system.toUpperCase()}`;
}

export const NOTE_MESSAGES: Catalogue<NoteMessages> = {
  en: {
    quote: (text) => `"${shorten(text)}"`,
    typo: (typed, readAs) => `typo: "${shorten(typed)}" read as "${shorten(readAs)}"`,
    spokenCorrection: (said, kept) => `correction: "${shorten(said)}" read as ${kept}`,
    hintedCategory: (label, evidence) => `category: ${label}, from "${shorten(evidence)}"`,
    utcDay: (date) => `${WEEKDAY_NAMES[date.getUTCDay()]} ${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
    deadlineInstant: (isoMinute) => `${isoMinute} UTC`,
    deadlineDay: (day) => `${day} (UTC)`,
    deadline: (source, when) => `deadline: "${shorten(source)}" read as delivery by ${when}`,
    datePassed: (source) => `"${shorten(source)}" (that date has already passed)`,
    dayMonth: (raw) => `read "${raw}" as day/month`,
    categorySwitched: (now, before) => `category: switched to ${now}; earlier details that only fit ${before} were dropped`,
    ignoredAfter: (n) => `everything after the first ${n} characters (ignored)`,
    tooManyRequirements: (max) => `too many requirements: only the first ${max} hard and ${max} soft ones are kept`,
    bareSize: (source, size) => `size: "${shorten(source)}" read as EU size ${size}`,
    bareBudget: (source) => `budget: "${shorten(source)}" read as your price ceiling`,
    bareQuantity: (source) => `quantity: "${shorten(source)}" read as how many you want (a price is written with its currency)`,
    maker: (name, stance) => (stance === 'owned' ? `brand: "${shorten(name)}" read as the maker of one you have, not as a preference` : `brand: "${shorten(name)}" read as a maker ${stance === 'avoid' ? 'to avoid' : stance === 'require' ? 'you require' : 'you prefer'}`),
    makerLine: (line, maker) => `brand: "${shorten(line)}" read as a line of ${shorten(maker)}, as the connected brands list it`,
    doesNotApply: (words, category) => `"${shorten(words)}" (does not apply to ${category})`,
    approximateBudget: (source, upTo) => `budget: "${shorten(source)}" read as up to ${formatMoney(upTo)}`,
    perUnitBudget: (source, quantity, total) => `budget: "${shorten(source)}" × ${quantity} = ${formatMoney(total)} for the order`,
    secondCurrency: (source, used) => `"${shorten(source)}" (a second currency; only ${used} is used)`,
    unusableBudget: (source) => `"${shorten(source)}" (not a usable budget)`,
    lowestCeiling: (kept) => `budget: several ceilings given; kept the lowest, ${formatMoney(kept)}`,
    softCeiling: (target) => `budget: no firm ceiling; ${formatMoney(target)} kept as a price you would like to stay under`,
    budgetRange: (source, ceiling) => `budget: ${JSON.stringify(source)} read as a ceiling of ${ceiling}; a cheaper offer that fits is still welcome`,
    conditionalPrice: (source) => `"${shorten(source)}" is a condition on a wish, not the budget`,
    stretchApplied: (source, stretch, budget) => `budget: ${formatMoney(budget)}; "${shorten(source)}": up to ${formatMoney(stretch)} only for an offer that meets that condition`,
    stretchNotApplied: (source, budget) => `"${shorten(source)}": the higher figure is not used, as its condition is not one I can check on an offer${budget === undefined ? '' : `; the budget stays ${formatMoney(budget)}`}`,
    listPrice: (source) => `"${shorten(source)}" is the seller's price, not your budget`,
    recurringPrice: (source) => `"${shorten(source)}" is a price per period, not the budget of this purchase`,
    budgetRate: (source, total) => (total === undefined ? `budget: "${shorten(source)}" read as the budget of one period's purchase` : `budget: "${shorten(source)}" read as ${total} in all`),
    batteryOutOfRange: (source) => `"${shorten(source)}" (battery life must be between 1 and 200 hours)`,
    coffeePackOutOfRange: (source) => `"${shorten(source)}" (a coffee pack weighs between 50 g and 10 kg)`,
    coffeePack: (source, grams) => `pack size: "${shorten(source)}" read as packs of ${grams} g (a strong wish, so other pack sizes can still be offered)`,
    weightOutOfRange: (source, category) => `"${shorten(source)}" (weight out of range for ${category === 'running-shoes' ? 'a running shoe' : 'headphones'})`,
    dropOutOfRange: (source) => `"${shorten(source)}" (a running-shoe drop is between 0 and 16 mm)`,
    percentOutOfRange: (source) => `"${shorten(source)}" (a percentage is between 0 and 100)`,
    quantityOutOfRange: (source, max) => `"${shorten(source)}" (quantity must be between 1 and ${max})`,
    notEuSize: (source, min, max) => `"${shorten(source)}" (not an EU shoe size between ${min} and ${max})`,
    notOnChart: (source, system, cut) => `"${shorten(source)}" (not on the ${chartEn(system, cut)})`,
    convertedSize: (source, sizes, system, guessed, cut) =>
      `size: "${shorten(source)}" converted to EU ${sizes.join(' or ')} with the ${chartEn(system, cut)}${guessed ? ' (no size system given)' : ''}; check the brand's chart`,
    packItems: (source, items) => `pack size: "${shorten(source)}" read as ${items} items per pack`,
    statedSize: (source) => `size: "${shorten(source)}"`,
    attribute: (name) => name,
    unmeasured: (source, category) => `"${shorten(source)}" (no brand selling ${category ?? 'products'} states that measure)`,
    measured: (attributes, source, converted) => `${attributes}: "${shorten(source)}"${converted ? ` (${converted.value} ${converted.unit})` : ''}`,
    someoneAged: (age, source) => `for someone aged ${age}: "${shorten(source)}"`,
    unneeded: (attribute) => `${attribute === 'maker' ? 'brand' : attributeLabelIn(attribute, 'en')}: no preference (you don't need it)`,
    setAside: (words) => `"${shorten(words)}": the option you like less, not refused (no rule)`,
  },
  fr: {
    quote: (text) => `« ${shorten(text)} »`,
    typo: (typed, readAs) => `faute de frappe : « ${shorten(typed)} » lu comme « ${shorten(readAs)} »`,
    spokenCorrection: (said, kept) => `correction : « ${shorten(said)} » lu comme ${kept}`,
    hintedCategory: (label, evidence) => `catégorie : ${label}, d’après « ${shorten(evidence)} »`,
    utcDay: (date) => FRENCH_DAY.format(date),
    deadlineInstant: (isoMinute) => `le ${isoMinute} UTC`,
    deadlineDay: (day) => `le ${day} (UTC)`,
    deadline: (source, when) => `échéance : « ${shorten(source)} » compris comme une livraison au plus tard ${when}`,
    datePassed: (source) => `« ${shorten(source)} » (cette date est déjà passée)`,
    dayMonth: (raw) => `« ${raw} » lu comme jour/mois`,
    categorySwitched: (now, before) => `catégorie : changée pour ${now} ; les détails précédents propres à ${before} ont été abandonnés`,
    ignoredAfter: (n) => `tout ce qui suit les ${n} premiers caractères (ignoré)`,
    tooManyRequirements: (max) => `trop d’exigences : seules les ${max} premières impératives et les ${max} premières souhaitées sont retenues`,
    bareSize: (source, size) => `pointure : « ${shorten(source)} » lu comme pointure européenne ${frenchNumber(size)}`,
    bareBudget: (source) => `budget : « ${shorten(source)} » lu comme votre prix maximum`,
    bareQuantity: (source) => `quantité : « ${shorten(source)} » lu comme le nombre voulu (un prix s'écrit avec sa devise)`,
    maker: (name, stance) => (stance === 'owned' ? `marque : « ${shorten(name)} » lu comme la marque d’un produit que vous avez, pas comme une préférence` : `marque : « ${shorten(name)} » lu comme une marque ${stance === 'avoid' ? 'à éviter' : stance === 'require' ? 'exigée' : 'préférée'}`),
    makerLine: (line, maker) => `marque : « ${shorten(line)} » lu comme une gamme de ${shorten(maker)}, selon les marques connectées`,
    doesNotApply: (words, category) => `« ${shorten(words)} » (ne s’applique pas à la catégorie ${category})`,
    approximateBudget: (source, upTo) => `budget : « ${shorten(source)} » lu comme ${formatMoneyIn(upTo, 'fr')} au plus`,
    perUnitBudget: (source, quantity, total) => `budget : « ${shorten(source)} » × ${quantity} = ${formatMoneyIn(total, 'fr')} pour la commande`,
    secondCurrency: (source, used) => `« ${shorten(source)} » (une deuxième devise ; seul ${used} est utilisé)`,
    unusableBudget: (source) => `« ${shorten(source)} » (pas un budget utilisable)`,
    lowestCeiling: (kept) => `budget : plusieurs plafonds donnés ; le plus bas est retenu, ${formatMoneyIn(kept, 'fr')}`,
    softCeiling: (target) => `budget : aucun plafond ferme ; ${formatMoneyIn(target, 'fr')} retenu comme un prix sous lequel vous aimeriez rester`,
    budgetRange: (source, ceiling) => `budget : « ${shorten(source)} » lu comme un plafond de ${frenchNumber(ceiling)} ; une offre moins chère qui convient reste bienvenue`,
    conditionalPrice: (source) => `« ${shorten(source)} » est la condition d'un souhait, pas le budget`,
    stretchApplied: (source, stretch, budget) => `budget : ${formatMoneyIn(budget, 'fr')} ; « ${shorten(source)} » : jusqu’à ${formatMoneyIn(stretch, 'fr')} seulement pour une offre qui remplit cette condition`,
    stretchNotApplied: (source, budget) => `« ${shorten(source)} » : le montant plus haut n’est pas retenu, car sa condition n’est pas vérifiable sur une offre${budget === undefined ? '' : ` ; le budget reste ${formatMoneyIn(budget, 'fr')}`}`,
    listPrice: (source) => `« ${shorten(source)} » est le prix du vendeur, pas votre budget`,
    recurringPrice: (source) => `« ${shorten(source)} » est un prix par période, pas le budget de cet achat`,
    budgetRate: (source, total) => (total === undefined ? `budget : « ${shorten(source)} » lu comme le budget d’un achat pour une période` : `budget : « ${shorten(source)} » lu comme ${frenchNumber(total)} en tout`),
    batteryOutOfRange: (source) => `« ${shorten(source)} » (l’autonomie doit être comprise entre 1 et 200 heures)`,
    coffeePackOutOfRange: (source) => `« ${shorten(source)} » (un paquet de café pèse entre 50 g et 10 kg)`,
    coffeePack: (source, grams) => `paquet : « ${shorten(source)} » lu comme des paquets de ${grams} g (un souhait fort : d’autres formats peuvent encore être proposés)`,
    weightOutOfRange: (source, category) => `« ${shorten(source)} » (poids hors des limites pour ${category === 'running-shoes' ? 'une chaussure de running' : 'un casque audio'})`,
    dropOutOfRange: (source) => `« ${shorten(source)} » (le drop d’une chaussure de running est compris entre 0 et 16 mm)`,
    percentOutOfRange: (source) => `« ${shorten(source)} » (un pourcentage est compris entre 0 et 100)`,
    quantityOutOfRange: (source, max) => `« ${shorten(source)} » (la quantité doit être comprise entre 1 et ${max})`,
    notEuSize: (source, min, max) => `« ${shorten(source)} » (pas une pointure européenne entre ${min} et ${max})`,
    notOnChart: (source, system, cut) => `« ${shorten(source)} » (absente du ${chartFr(system, cut)})`,
    convertedSize: (source, sizes, system, guessed, cut) =>
      `pointure : « ${shorten(source)} » convertie en pointure européenne ${sizes.map(frenchNumber).join(' ou ')} avec le ${chartFr(system, cut)}${guessed ? ' (aucun système de pointure indiqué)' : ''} ; vérifiez le barème de la marque`,
    packItems: (source, items) => `lot : « ${shorten(source)} » lu comme ${items} articles par lot`,
    statedSize: (source) => `taille : « ${shorten(source)} »`,
    attribute: (name) => attributeLabelIn(name, 'fr'),
    unmeasured: (source, category) =>
      `« ${shorten(source)} » (${category === undefined ? 'aucune marque n’indique cette mesure' : `aucune marque vendant la catégorie ${category} n’indique cette mesure`})`,
    measured: (attributes, source, converted) => {
      const amount = converted ? `${frenchNumber(converted.value)} ${FRENCH_UNITS[converted.unit] ?? converted.unit}` : undefined;
      // "3 personnes" needs no "(3 personnes)" once the declared unit is said in French.
      const shown = amount !== undefined && !source.toLowerCase().includes(amount.toLowerCase());
      return `${attributes} : « ${shorten(source)} »${shown ? ` (${amount})` : ''}`;
    },
    someoneAged: (age, source) => `pour une personne de ${age} ans : « ${shorten(source)} »`,
    unneeded: (attribute) => `${attribute === 'maker' ? 'marque' : attributeLabelIn(attribute, 'fr')} : pas de préférence (vous n’en avez pas besoin)`,
    setAside: (words) => `« ${shorten(words)} » : l’option que vous aimez moins, sans l’exclure (aucune règle)`,
  },
};
