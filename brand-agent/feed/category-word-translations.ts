/**
 * Shop category words in German, Dutch, Italian, Spanish and Polish with the English words the Google taxonomy labels
 * use ("Schuhe" → "shoes", "Caffettiere" → "coffee makers"), so that a shop's own category path in its language
 * ("Kochen > Pfannen", "Casa > Cucina") is mapped as the same path in English would be. Written for Majordome from
 * everyday retail vocabulary, one branch of the taxonomy after another (not from any one shop's file): the words shops
 * file products under, singular and plural, lower case, accents removed (as `foldWord` leaves them). French has its
 * own labels (CATEGORY_LABELS_FR, read by the matcher itself).
 */
const WORDS: Readonly<Record<string, string>> = {
  // German: apparel and shoes
  bekleidung: 'clothing', kleidung: 'clothing', schuh: 'shoes', schuhe: 'shoes', stiefel: 'shoes', stiefelette: 'shoes', stiefeletten: 'shoes',
  halbschuh: 'shoes', halbschuhe: 'shoes', sneaker: 'sneakers', turnschuhe: 'sneakers', sandale: 'sandals', sandalen: 'sandals', hausschuhe: 'slippers',
  einlegesohle: 'insoles', einlegesohlen: 'insoles', sohlen: 'insoles', schuhpflege: 'shoe care', jacke: 'jackets', jacken: 'jackets', mantel: 'coats',
  hose: 'pants', hosen: 'pants', hemd: 'shirts', hemden: 'shirts', pullover: 'sweaters', kleid: 'dresses', kleider: 'dresses', roecke: 'skirts', rocke: 'skirts',
  socke: 'socks', socken: 'socks', struempfe: 'socks', strumpfe: 'socks', unterwaesche: 'underwear', unterwasche: 'underwear', muetze: 'hats', mutze: 'hats', muetzen: 'hats',
  handschuhe: 'gloves', schal: 'scarves', schals: 'scarves', guertel: 'belts', gurtel: 'belts', tasche: 'bags', taschen: 'bags', rucksack: 'backpacks', rucksaecke: 'backpacks', rucksacke: 'backpacks',
  schmuck: 'jewelry', uhr: 'watches', uhren: 'watches', brille: 'eyewear', sonnenbrille: 'sunglasses', bademode: 'swimwear', sportbekleidung: 'activewear',
  // German: home, kitchen, coffee
  haushalt: 'household supplies', wohnen: 'home', kueche: 'kitchen', kuche: 'kitchen', kochen: 'cookware', kochgeschirr: 'cookware', topf: 'pots', toepfe: 'pots', topfe: 'pots',
  pfanne: 'frying pans', pfannen: 'frying pans', messer: 'kitchen knives', kochmesser: 'kitchen knives', besteck: 'flatware', geschirr: 'tableware', teller: 'plates',
  tasse: 'mugs', tassen: 'mugs', becher: 'mugs', glaeser: 'drinkware', glaser: 'drinkware', trinkflasche: 'water bottles', trinkflaschen: 'water bottles',
  kaffee: 'coffee', kaffeebohnen: 'coffee', bohnen: 'beans', espresso: 'espresso', kaffeemaschine: 'coffee makers', kaffeemaschinen: 'coffee makers',
  kaffeemuehle: 'coffee grinders', kaffeemuhle: 'coffee grinders', kaffeemuehlen: 'coffee grinders', kaffeemuhlen: 'coffee grinders', handfilter: 'coffee filters', kaffeefilter: 'coffee filters', teekanne: 'teapots', kaffeekanne: 'coffee makers',
  wasserkocher: 'electric kettles', moebel: 'furniture', mobel: 'furniture', lampe: 'lamps', lampen: 'lamps', leuchten: 'lighting', bettwaesche: 'bedding', bettwasche: 'bedding', handtuch: 'towels', handtucher: 'towels',
  kerze: 'candles', kerzen: 'candles', deko: 'decor', dekoration: 'decor', garten: 'garden', werkzeug: 'tools', werkzeuge: 'tools', lebensmittel: 'food items', getraenke: 'beverages', getranke: 'beverages',
  wein: 'wine', schokolade: 'chocolate', suessigkeiten: 'candy', sussigkeiten: 'candy',
  // German: sport, outdoor, children, electronics, beauty, others
  sport: 'sporting goods', ausruestung: 'equipment', ausrustung: 'equipment', zelt: 'tents', zelte: 'tents', schlafsack: 'sleeping bags', schlafsaecke: 'sleeping bags', schlafsacke: 'sleeping bags',
  wandern: 'hiking', fahrrad: 'bicycles', fahrraeder: 'bicycles', fahrrader: 'bicycles', spielzeug: 'toys', spiele: 'games', spiel: 'games', puppen: 'dolls', kuscheltiere: 'stuffed animals', baby: 'baby',
  kinder: 'kids', damen: 'women', herren: 'men', elektronik: 'electronics', kopfhoerer: 'headphones', kopfhorer: 'headphones', handy: 'mobile phones', handys: 'mobile phones', computer: 'computers',
  kosmetik: 'cosmetics', pflege: 'personal care', hautpflege: 'skin care', parfum: 'perfume', buecher: 'books', bucher: 'books', buch: 'books', tierbedarf: 'pet supplies', hund: 'dog supplies', katze: 'cat supplies',
  zubehoer: 'accessories', zubehor: 'accessories', geschenke: 'gifts', gutschein: 'gift cards', gutscheine: 'gift cards',
  // Dutch
  kleding: 'clothing', schoenen: 'shoes', laarzen: 'shoes', jassen: 'jackets', broeken: 'pants', jurken: 'dresses', sokken: 'socks', rugzakken: 'backpacks', sieraden: 'jewelry',
  keuken: 'kitchen', pannen: 'frying pans', messen: 'kitchen knives', servies: 'tableware', mokken: 'mugs', bekers: 'mugs', koffie: 'coffee', thee: 'tea', meubels: 'furniture', verlichting: 'lighting',
  tuin: 'garden', gereedschap: 'tools', speelgoed: 'toys', spellen: 'games', knuffels: 'stuffed animals', rompers: 'rompers', romper: 'rompers', babykleding: 'baby clothing', kinderkleding: 'clothing',
  verzorging: 'personal care', boeken: 'books', fietsen: 'bicycles', accessoires: 'accessories', woonaccessoires: 'decor', wonen: 'home', huishouden: 'household supplies', slabben: 'bibs', slab: 'bibs',
  // Italian
  abbigliamento: 'clothing', scarpe: 'shoes', stivali: 'shoes', giacche: 'jackets', pantaloni: 'pants', vestiti: 'dresses', calze: 'socks', borse: 'bags', zaini: 'backpacks', gioielli: 'jewelry', orologi: 'watches',
  casa: 'home', cucina: 'kitchen', pentole: 'cookware', padelle: 'frying pans', coltelli: 'kitchen knives', stoviglie: 'tableware', tazze: 'mugs', tazzine: 'mugs', bicchieri: 'drinkware',
  caffe: 'coffee', caffettiere: 'stovetop espresso pots', caffettiera: 'stovetop espresso pots', moka: 'stovetop espresso pots', macchine: 'coffee makers', macinacaffe: 'coffee grinders', macinini: 'coffee grinders',
  bollitori: 'electric kettles', bollitore: 'electric kettles', elettrodomestici: 'kitchen appliances', mobili: 'furniture', lampade: 'lamps', illuminazione: 'lighting', giardino: 'garden', attrezzi: 'tools',
  giocattoli: 'toys', giochi: 'games', libri: 'books', bellezza: 'cosmetics', profumi: 'perfume', accessori: 'accessories', alimentari: 'food items', bevande: 'beverages', vino: 'wine', cioccolato: 'chocolate',
  // Spanish
  ropa: 'clothing', zapatos: 'shoes', calzado: 'shoes', botas: 'shoes', chaquetas: 'jackets', pantalones: 'pants', vestidos: 'dresses', calcetines: 'socks', bolsos: 'bags', mochilas: 'backpacks', joyeria: 'jewelry',
  hogar: 'home', cocina: 'kitchen', sartenes: 'frying pans', ollas: 'cookware', cuchillos: 'kitchen knives', vajilla: 'tableware', tazas: 'mugs', cafe: 'coffee', cafeteras: 'coffee makers', muebles: 'furniture',
  iluminacion: 'lighting', jardin: 'garden', herramientas: 'tools', juguetes: 'toys', juegos: 'games', libros: 'books', belleza: 'cosmetics', accesorios: 'accessories', alimentacion: 'food items', bebidas: 'beverages',
  // Polish
  odziez: 'clothing', buty: 'shoes', obuwie: 'shoes', kurtki: 'jackets', spodnie: 'pants', sukienki: 'dresses', skarpety: 'socks', torebki: 'bags', plecaki: 'backpacks', bizuteria: 'jewelry',
  dom: 'home', kuchnia: 'kitchen', garnki: 'cookware', patelnie: 'frying pans', noze: 'kitchen knives', kubki: 'mugs', kubek: 'mugs', kawa: 'coffee', herbata: 'tea', ekspresy: 'coffee makers', ekspres: 'coffee makers',
  mlynki: 'coffee grinders', meble: 'furniture', oswietlenie: 'lighting', ogrod: 'garden', narzedzia: 'tools', zabawki: 'toys', gry: 'games', ksiazki: 'books', kosmetyki: 'cosmetics', akcesoria: 'accessories', fartuchy: 'aprons', fartuch: 'aprons',
};

/** A word as looked up: lower case, accents and the Polish ł removed, letters only. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ł/g, 'l').replace(/ß/g, 'ss').replace(/[^a-z]/g, '');
}

/** The shortest word part a compound is read by ("schuhe" in "Damenschuhe"): shorter ones match by chance. */
const MIN_PART = 4;

/**
 * A word's English: itself when listed; else, for a German or Dutch compound, its head — the longest listed word it
 * ends with ("Damenschuhe" → "shoes", "Outdoorschuhe" → "shoes", "Kochmesser" → "kitchen knives"), the words before it
 * only narrowing it. Undefined when neither is listed.
 */
function wordInEnglish(word: string): string | undefined {
  const folded = foldWord(word);
  if (folded === '') return undefined;
  const listed = WORDS[folded];
  if (listed !== undefined) return listed;
  for (let at = 1; folded.length - at >= MIN_PART; at++) {
    const head = WORDS[folded.slice(at)];
    if (head !== undefined) return head;
  }
  return undefined;
}

/**
 * A shop's category text in English, word by word ("Kochen > Pfannen" → "cookware > frying pans", "Zubehör/Handfilter"
 * → "accessories/coffee filters"): separators and words not listed are kept as written. Undefined when no word is
 * listed — the text is English, or in words this list does not know — so the caller reads it as written.
 */
export function categoryTextInEnglish(text: string): string | undefined {
  let translated = false;
  const english = text.slice(0, 300).replace(/[\p{L}\p{M}]+/gu, (word) => {
    const said = wordInEnglish(word);
    if (said === undefined) return word;
    translated = true;
    return said;
  });
  return translated ? english : undefined;
}
