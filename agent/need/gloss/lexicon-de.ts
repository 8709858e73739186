import type { GlossLexicon } from './gloss-lexicon.ts';

/** German, read through a gloss into the reader's English words; nouns glue into compounds ("Laufschuhe"). */
export const GERMAN: GlossLexicon = {
  language: 'de',
  name: 'German',
  markers: ['der', 'die', 'das', 'ein', 'eine', 'einen', 'einem', 'und', 'oder', 'für', 'mit', 'ohne', 'mein', 'meine', 'meinen', 'meinem', 'ich', 'suche', 'brauche', 'möchte', 'hallo', 'nicht', 'bis', 'unter', 'höchstens', 'bitte', 'danke', 'wünscht', 'sich'],
  compounds: true,
  words: {
    // Greetings, asking, politeness.
    'hallo': '', 'hi': '', 'guten tag': '', 'moin': '', 'servus': '', 'danke': 'thanks', 'bitte': 'please',
    'ich suche': 'looking for', 'suche': 'looking for', 'ich brauche': 'I need', 'brauche': 'need', 'ich möchte': 'I would like', 'möchte': 'would like', 'ich will': 'I want', 'wünscht sich': 'wants', 'will': 'wants', 'kaufen': 'buy', 'ich': 'I', 'sich': '',
    // Articles, prepositions, conjunctions, pronouns.
    'der': 'the', 'die': 'the', 'das': 'the', 'den': 'the', 'dem': 'the', 'des': 'the', 'ein': 'a', 'eine': 'a', 'einen': 'a', 'einem': 'a', 'einer': 'a', 'eines': 'a',
    'für': 'for', 'mit': 'with', 'ohne': 'without', 'von': 'from', 'vom': 'from the', 'aus': 'of', 'zum': 'for the', 'zur': 'for the', 'im': 'in the', 'in': 'in', 'am': 'on the', 'auf': 'on',
    'und': 'and', 'oder': 'or', 'aber': 'but', 'sehr': 'very', 'mehr': 'more', 'auch': 'also', 'wenn möglich': 'if possible', 'gerne': 'ideally', 'am liebsten': 'ideally', 'als': 'than',
    'mein': 'my', 'meine': 'my', 'meinen': 'my', 'meinem': 'my', 'meiner': 'my', 'sein': 'his', 'seine': 'his', 'ihr': 'her', 'ihre': 'her', 'ist': 'is', 'sind': 'are', 'soll': 'should', 'sollte': 'should', 'es': 'it',
    // Budget cues.
    'maximal': 'max', 'max': 'max', 'höchstens': 'at most', 'nicht mehr als': 'no more than', 'unter': 'under', 'weniger als': 'under', 'bis': { beforeFigure: 'up to', otherwise: 'by' }, 'bis zu': 'up to',
    'zwischen': 'between', 'ca': 'approx', 'circa': 'approx', 'etwa': 'about', 'ungefähr': 'about', 'rund': 'around', 'um die': 'around', 'budget': 'budget', 'mindestens': 'at least', 'günstig': 'cheap', 'billig': 'cheap',
    'inklusive versand': 'incl shipping', 'inkl versand': 'incl shipping', 'versandkostenfrei': 'incl shipping', 'inkl mwst': 'incl VAT', 'euro': 'euros', 'franken': 'CHF', 'dollar': 'dollars', 'pfund': 'pounds',
    // Negation.
    'nicht': 'not', 'kein': 'no', 'keine': 'no', 'keinen': 'no', 'nicht von': 'not', 'außer': 'except', 'ausser': 'except', 'jede farbe außer': 'any color except', 'egal welche farbe außer': 'any color except',
    // Recipients and ages.
    'geschenk': 'gift', 'geschenk für': 'gift for', 'zum verschenken': 'as a gift', 'jahre': 'years old', 'jahren': 'years', 'jahre alt': 'years old', 'jährige': 'year old', 'jährigen': 'year old',
    'mutter': 'mother', 'mama': 'mum', 'vater': 'father', 'papa': 'dad', 'sohn': 'son', 'tochter': 'daughter', 'kind': 'child', 'kinder': 'kids', 'oma': 'grandmother', 'großmutter': 'grandmother', 'opa': 'grandfather', 'großvater': 'grandfather',
    'bruder': 'brother', 'schwester': 'sister', 'mann': 'husband', 'ehemann': 'husband', 'frau': 'wife', 'ehefrau': 'wife', 'freundin': 'girlfriend', 'freund': 'boyfriend', 'neffe': 'nephew', 'nichte': 'niece', 'tante': 'aunt', 'onkel': 'uncle', 'baby': 'baby',
    // Numbers said as words.
    'eins': 'one', 'zwei': 'two', 'drei': 'three', 'vier': 'four', 'fünf': 'five', 'sechs': 'six', 'sieben': 'seven', 'acht': 'eight', 'neun': 'nine', 'zehn': 'ten', 'zwölf': 'twelve',
    'zwanzig': 'twenty', 'fünfzig': 'fifty', 'hundert': 'hundred', 'tausend': 'thousand', 'paar': 'pair',
    // Dates and deadlines.
    'bis zum': 'by the', 'vor dem': 'before the', 'spätestens': 'by', 'spätestens am': 'by the', 'so schnell wie möglich': 'asap', 'dringend': 'urgent',
    'ende nächsten monats': 'end of next month', 'ende des nächsten monats': 'end of next month', 'monatsende': 'end of month', 'ende des monats': 'end of month', 'nächsten monat': 'next month', 'nächste woche': 'next week', 'morgen': 'tomorrow', 'heute': 'today',
    'montag': 'monday', 'dienstag': 'tuesday', 'mittwoch': 'wednesday', 'donnerstag': 'thursday', 'freitag': 'friday', 'samstag': 'saturday', 'sonnabend': 'saturday', 'sonntag': 'sunday',
    'januar': 'january', 'jänner': 'january', 'februar': 'february', 'märz': 'march', 'april': 'april', 'mai': 'may', 'juni': 'june', 'juli': 'july', 'august': 'august',
    'september': 'september', 'oktober': 'october', 'november': 'november', 'dezember': 'december', 'weihnachten': 'christmas', 'geburtstag': 'birthday',
    // Products (also the parts compounds are made of).
    'laufschuhe': 'running shoes', 'lauf': 'running', 'schuhe': 'shoes', 'schuh': 'shoe', 'größe': 'size', 'kopfhörer': 'headphones', 'ohrhörer': 'earbuds', 'kaffee': 'coffee', 'kaffeebohnen': 'coffee beans', 'bohnen': 'beans', 'gemahlen': 'ground', 'röstung': 'roast',
    'fahrrad': 'bike', 'rad': 'bike', 'fahrradhelm': 'bike helmet', 'helm': 'helmet', 'rucksack': 'backpack', 'schlafsack': 'sleeping bag', 'zelt': 'tent', 'koffer': 'suitcase', 'brettspiel': 'board game', 'gesellschaftsspiel': 'board game',
    'kamera': 'camera', 'bürostuhl': 'office chair', 'tee': 'tea', 'lautsprecher': 'speaker', 'waschmaschine': 'washing machine', 'bohrmaschine': 'drill', 'bohrer': 'drill', 'bohrhammer': 'hammer drill', 'schlagbohrmaschine': 'hammer drill', 'akkuschrauber': 'cordless drill driver',
    'handy': 'phone', 'smartphone': 'phone', 'matratze': 'mattress', 'laptop': 'laptop', 'notebook': 'laptop', 'hundefutter': 'dog food', 'e-book-reader': 'e-reader', 'ebook-reader': 'e-reader', 'yogamatte': 'yoga mat', 'fernseher': 'tv',
    'föhn': 'hair dryer', 'haartrockner': 'hair dryer', 'fitnesstracker': 'fitness tracker', 'mixer': 'blender', 'standmixer': 'countertop blender', 'stabmixer': 'hand blender', 'pürierstab': 'hand blender', 'zahnbürste': 'toothbrush', 'elektrische zahnbürste': 'electric toothbrush',
    'jacke': 'jacket', 'regenjacke': 'rain jacket', 'mantel': 'coat', 'kinderwagen': 'stroller', 'buggy': 'stroller', 'luftreiniger': 'air purifier', 'staubsauger': 'vacuum', 'saugroboter': 'robot vacuum', 'akku-staubsauger': 'cordless vacuum', 'stielstaubsauger': 'stick vacuum',
    'rasenmäher': 'lawn mower', 'mähroboter': 'robot mower', 'kaffeemaschine': 'coffee machine', 'kaffeevollautomat': 'bean-to-cup coffee machine', 'vollautomat': 'bean-to-cup', 'espressomaschine': 'espresso machine', 'kapselmaschine': 'capsule coffee machine', 'wasserkocher': 'kettle', 'puzzle': 'puzzle',
    // Features and attribute values.
    'kabellos*': 'wireless', 'drahtlos*': 'wireless', 'schnurlos*': 'cordless', 'akku': 'cordless', 'geräuschunterdrückung': 'noise cancelling', 'noise cancelling': 'noise cancelling', 'wasserdicht*': 'waterproof', 'wasserfest*': 'waterproof',
    'leise': 'quiet', 'leisen': 'quiet', 'leicht*': 'light', 'faltbar*': 'foldable', 'klappbar*': 'foldable', 'elektrisch*': 'electric', 'freistehend*': 'freestanding',
    'edelstahl': 'stainless steel', 'glas': 'glass', 'kunststoff': 'plastic', 'plastik': 'plastic', 'holz': 'wood', 'aus holz': 'wooden', 'aluminium': 'aluminium', 'carbon': 'carbon',
    'temperaturregelung': 'temperature control', 'temperatureinstellung': 'temperature control', 'milchaufschäumer': 'milk frother', 'mahlwerk': 'grinder', 'kapseln': 'capsules',
    'beutellos': 'bagless', 'ohne beutel': 'bagless', 'personen': 'people', 'person': 'person', 'liter': 'litres', 'zoll': 'inch', 'räder': 'wheels', 'rollen': 'wheels', 'gänge': 'gears', 'teile': 'pieces',
    'berg': 'mountain', 'straße': 'road', 'stadt': 'city', 'wandern': 'hiking', 'wander': 'hiking', 'trekking': 'hiking', 'herren': "men's", 'damen': "women's", 'akkus': 'batteries', 'schlag': 'hammer',
    'warmem licht': 'warm light', 'warmes licht': 'warm light', 'warmlicht': 'warm light', 'integriertem licht': 'integrated light', 'licht': 'light', 'hartschale': 'hard shell', 'weich': 'soft', 'fest': 'firm', 'mittel': 'medium',
    'memory-schaum': 'memory foam', 'taschenfederkern': 'pocket spring', 'bio': 'organic', 'fairtrade': 'fair trade', 'fair gehandelt': 'fair trade', 'entkoffeiniert': 'decaf', 'rutschfest*': 'non slip', 'pvc-frei': 'pvc free', 'ohne pvc': 'pvc free',
    'ionen-technologie': 'ionic', 'ionentechnologie': 'ionic', 'ionen': 'ionic', 'hepa-filter': 'hepa filter', 'frontlader': 'front loader', 'toplader': 'top loader', 'energieklasse': 'energy class', 'tastatur': 'keyboard', 'bildschirm': 'screen',
    'groß*': 'big', 'klein*': 'small', 'neu': 'new', 'generalüberholt': 'refurbished', 'gebraucht': 'used', 'gewicht': 'weight',
    'kapuze': 'hood', 'schul': 'school', 'schulrucksack': 'school backpack', 'reise': 'travel', 'handgepäck': 'cabin size',
    'lendenwirbelstütze': 'lumbar support', 'lordosenstütze': 'lumbar support', 'armlehnen': 'armrests', 'kopfstütze': 'headrest', 'netz': 'mesh', 'welpe*': 'puppy', 'getreidefrei': 'grain free', 'trocken*': 'dry', 'nassfutter': 'wet food', 'grüner tee': 'green tea', 'schwarzer tee': 'black tea', 'teebeutel': 'tea bags', 'daune*': 'down', 'synthetik*': 'synthetic', 'mumie*': 'mummy', 'benzin*': 'petrol', 'selbstfahrend*': 'self-propelled', 'spiegellos*': 'mirrorless', 'systemkamera': 'mirrorless camera', 'ab geburt': 'from birth', 'kompakt*': 'compact', 'verstellbar*': 'adjustable',
    // Colours (any ending).
    'schwarz*': 'black', 'weiß*': 'white', 'weiss*': 'white', 'rot': 'red', 'rote': 'red', 'roten': 'red', 'blau*': 'blue', 'grün*': 'green', 'grau*': 'grey', 'rosa': 'pink', 'pink': 'pink', 'gelb*': 'yellow', 'lila': 'purple', 'violett*': 'purple', 'orange': 'orange', 'silber*': 'silver', 'braun*': 'brown',
  },
};
