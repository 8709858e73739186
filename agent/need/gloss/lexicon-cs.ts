import type { GlossLexicon } from './gloss-lexicon.ts';

/**
 * Czech, read through a gloss into the reader's English words. Nouns and adjectives change their ending with their
 * case ("sluchátka", "sluchátek"; "bezdrátová", "bezdrátové"), so most content words are stems ("sluchát*"); the
 * diacritics are optional ("cerny" is "černý").
 */
export const CZECH: GlossLexicon = {
  language: 'cs',
  name: 'Czech',
  markers: ['a', 's', 'se', 'pro', 'bez', 'do', 'můj', 'moje', 'mou', 'moji', 'mému', 'hledám', 'potřebuji', 'potřebuju', 'chci', 'ahoj', 'ne', 'který', 'která', 'je', 'kolem', 'díky', 'prosím', 'nebo', 'nejvýše', 'maximálně'],
  compounds: false,
  words: {
    // Greetings, asking, politeness.
    'ahoj': '', 'dobrý den': '', 'díky': 'thanks', 'děkuji': 'thanks', 'prosím': 'please',
    'hledám': 'looking for', 'sháním': 'looking for', 'potřebuji': 'I need', 'potřebuju': 'I need', 'chci': 'I want', 'chtěl bych': 'I would like', 'chtěla bych': 'I would like', 'koupit': 'buy',
    // Prepositions, conjunctions, pronouns.
    'a': 'and', 'i': 'and', 'nebo': 'or', 'ale': 'but', 's': 'with', 'se': 'with', 'bez': 'without', 'pro': 'for', 'na': 'for', 'v': 'in', 've': 'in', 'od': 'from', 'z': 'of', 'po': 'after', 'k': 'for', 'ke': 'for',
    'velmi': 'very', 'hodně': 'very', 'více': 'more', 'také': 'also', 'taky': 'also', 'pokud možno': 'if possible', 'ideálně': 'ideally', 'nejlépe': 'ideally', 'který': 'that', 'která': 'that', 'které': 'that', 'je': 'is', 'jsou': 'are', 'to': '',
    'můj': 'my', 'moje': 'my', 'mé': 'my', 'mou': 'my', 'moji': 'my', 'mého': 'my', 'mému': 'my', 'mojí': 'my', 'mým': 'my', 'jeho': 'his', 'její': 'her',
    // Budget cues.
    'max': 'max', 'maximálně': 'max', 'nejvýše': 'at most', 'nejvýš': 'at most', 'ne víc než': 'no more than', 'ne více než': 'no more than', 'pod': 'under', 'méně než': 'under', 'levněji než': 'under', 'do': { beforeFigure: 'up to', otherwise: 'by' },
    'mezi': 'between', 'kolem': 'about', 'okolo': 'about', 'zhruba': 'about', 'přibližně': 'about', 'cca': 'approx', 'rozpočet': 'budget', 'rozpočtem': 'budget', 'alespoň': 'at least', 'nejméně': 'at least', 'levn*': 'cheap',
    's dopravou': 'incl delivery', 'včetně dopravy': 'incl delivery', 'kč': 'CZK', 'korun': 'CZK', 'koruny': 'CZK', 'korun českých': 'CZK', 'eur': 'euros', 'euro': 'euros', 'dolarů': 'dollars', 'tisíc': 'thousand',
    // Negation.
    'ne': 'not', 'ani': 'nor', 'žádn*': 'no', 'kromě': 'except', 'mimo': 'except', 'jen ne': 'anything but', 'jakákoli barva kromě': 'any color except', 'jakoukoli barvu kromě': 'any color except',
    // Recipients and ages.
    'dárek': 'gift', 'dárek pro': 'gift for', 'jako dárek': 'as a gift', 'let': 'years old', 'roky': 'years old', 'rok': 'year old', 'letou': 'year old', 'letého': 'year old', 'letý': 'year old', 'letá': 'year old', 'letém': 'year old',
    'mamka': 'mother', 'mamku': 'mother', 'mamce': 'mother', 'maminka': 'mother', 'maminku': 'mother', 'mamince': 'mother', 'mámu': 'mother', 'mámě': 'mother', 'matk*': 'mother', 'máma': 'mother', 'táta': 'father', 'tátu': 'father', 'tátovi': 'father', 'taťka': 'father', 'otc*': 'father', 'otec': 'father', 'syn': 'son', 'syna': 'son', 'synovi': 'son', 'dcer*': 'daughter', 'dít*': 'child', 'děti': 'kids', 'dětí': 'kids',
    'babičk*': 'grandmother', 'dědeč*': 'grandfather', 'děd*': 'grandfather', 'bratr*': 'brother', 'brácha': 'brother', 'sestr*': 'sister', 'manžel': 'husband', 'manžela': 'husband', 'manželovi': 'husband', 'manželk*': 'wife', 'žen*': 'wife',
    'přítelkyn*': 'girlfriend', 'přítel': 'boyfriend', 'přítele': 'boyfriend', 'synovec': 'nephew', 'synovce': 'nephew', 'neteř': 'niece', 'neteři': 'niece', 'teta': 'aunt', 'tetu': 'aunt', 'tetě': 'aunt', 'tety': 'aunt', 'strýc*': 'uncle', 'strejd*': 'uncle', 'kamarád*': 'friend', 'miminko': 'baby', 'miminka': 'baby',
    // Numbers said as words.
    'jeden': 'one', 'jedna': 'one', 'dva': 'two', 'dvě': 'two', 'tři': 'three', 'čtyři': 'four', 'pět': 'five', 'šest': 'six', 'sedm': 'seven', 'osm': 'eight', 'devět': 'nine', 'deset': 'ten', 'dvanáct': 'twelve',
    'dvacet': 'twenty', 'padesát': 'fifty', 'sto': 'hundred', 'pár': 'pair',
    // Dates and deadlines.
    'před': 'before', 'nejpozději': 'by', 'nejpozději do': 'by', 'co nejdříve': 'asap', 'co nejrychleji': 'asap', 'spěchá': 'urgent', 'urgentně': 'urgent',
    'do konce příštího měsíce': 'by end of next month', 'konec příštího měsíce': 'end of next month', 'do konce měsíce': 'by end of month', 'konec měsíce': 'end of month', 'příští měsíc': 'next month', 'příští týden': 'next week', 'zítra': 'tomorrow', 'dnes': 'today',
    'pondělí': 'monday', 'úterý': 'tuesday', 'středa': 'wednesday', 'středy': 'wednesday', 'čtvrtek': 'thursday', 'čtvrtka': 'thursday', 'pátek': 'friday', 'pátku': 'friday', 'sobot*': 'saturday', 'neděl*': 'sunday',
    'ledna': 'january', 'leden': 'january', 'únor*': 'february', 'břez*': 'march', 'dubna': 'april', 'duben': 'april', 'květ*': 'may', 'června': 'june', 'červen': 'june', 'července': 'july', 'červenec': 'july', 'srpna': 'august', 'srpen': 'august', 'září': 'september', 'říj*': 'october', 'listopad*': 'november', 'prosin*': 'december',
    'vánoc*': 'christmas', 'narozenin*': 'birthday',
    // Products.
    'běžecké boty': 'running shoes', 'běžeckých bot': 'running shoes', 'boty na běhání': 'running shoes', 'boty': 'shoes', 'bot': 'shoes', 'velikost*': 'size', 'sluchát*': 'headphones', 'kávu': 'coffee', 'káva': 'coffee', 'kávy': 'coffee', 'zrnk*': 'beans', 'mlet*': 'ground', 'pražen*': 'roast',
    'kolo': 'bike', 'kola': 'bike', 'kole': 'bike', 'kolu': 'bike', 'jízdní kolo': 'bike', 'helm*': 'helmet', 'cyklistick* helm*': 'bike helmet', 'přilb*': 'helmet', 'batoh*': 'backpack', 'spacák*': 'sleeping bag', 'spací pytel': 'sleeping bag', 'stan': 'tent', 'stanu': 'tent', 'kufr*': 'suitcase', 'deskov* hr*': 'board game', 'společensk* hr*': 'board game',
    'fotoaparát*': 'camera', 'kamer*': 'camera', 'kancelářsk* židl*': 'office chair', 'židl*': 'chair', 'čaj*': 'tea', 'reproduktor*': 'speaker', 'pračk*': 'washing machine', 'vrtačk*': 'drill', 'příklepov* vrtačk*': 'hammer drill', 'vrtací kladivo': 'hammer drill',
    'telefon*': 'phone', 'mobil*': 'phone', 'matrac*': 'mattress', 'notebook*': 'laptop', 'krmivo pro psy': 'dog food', 'granule': 'dog food', 'krmiv*': 'food', 'čtečk*': 'e-reader', 'podložk* na jógu': 'yoga mat', 'televiz*': 'tv', 'tablet*': 'tablet',
    'fén*': 'hair dryer', 'vysoušeč vlasů': 'hair dryer', 'mixér*': 'blender', 'tyčov* mixér*': 'hand blender', 'elektrick* zubn* kartáčk*': 'electric toothbrush', 'zubn* kartáčk*': 'toothbrush', 'bunda': 'jacket', 'bundu': 'jacket', 'bundy': 'jacket', 'bundou': 'jacket', 'kabát*': 'coat', 'kočár*': 'stroller',
    'čističk* vzduchu': 'air purifier', 'robotick* vysavač*': 'robot vacuum', 'tyčov* vysavač*': 'stick vacuum', 'vysavač*': 'vacuum', 'sekačk*': 'lawn mower', 'kávovar*': 'coffee machine', 'rychlovarn* konvic*': 'kettle', 'varn* konvic*': 'kettle', 'konvic*': 'kettle', 'puzzle': 'puzzle', 'stavebnic*': 'building set',
    // Features and attribute values.
    'bezdrátov*': 'wireless', 'potlačení hluku': 'noise cancelling', 's potlačením hluku': 'with noise cancelling', 'vodotěsn*': 'waterproof', 'voděodoln*': 'waterproof', 'nepromokav*': 'waterproof', 'tich*': 'quiet', 'lehk*': 'light', 'skládac*': 'foldable', 'elektrick*': 'electric', 'samostojn*': 'freestanding',
    'nerez*': 'stainless steel', 'sklo': 'glass', 'skla': 'glass', 'skleněn*': 'glass', 'plast*': 'plastic', 'dřev*': 'wood', 'dřevěn*': 'wooden', 'hliník*': 'aluminium', 'karbon*': 'carbon',
    'regulac* teploty': 'temperature control', 'nastavení teploty': 'temperature control', 'napěňovač* mléka': 'milk frother', 'napěňovač*': 'milk frother', 'mlýnk*': 'grinder', 'kapsl*': 'capsules', 'kapslov*': 'capsule',
    'bez sáčku': 'bagless', 'bezsáčkov*': 'bagless', 'osob': 'people', 'osoby': 'people', 'místn*': 'person', 'litr*': 'litres', 'l': 'l', 'palc*': 'inch', 'kol': 'wheels', 'převod*': 'gears', 'kusů': 'pieces', 'dílk*': 'pieces',
    'horsk*': 'mountain', 'silničn*': 'road', 'městsk*': 'city', 'turistick*': 'hiking', 'dětsk*': 'kids', 'pro děti': 'for kids', 'pánsk*': "men's", 'dámsk*': "women's", 'příklepov*': 'hammer',
    'akumulátor*': 'battery', 'aku': 'cordless', 'světl*': 'light', 's integrovaným světlem': 'with integrated light', 'tvrd*': 'hard', 'měkk*': 'soft', 'středn*': 'medium', 'paměťov* pěn*': 'memory foam', 'taštičkov*': 'pocket spring', 'bio': 'organic', 'bez kofeinu': 'decaf', 'protiskluzov*': 'non slip', 'bez pvc': 'pvc free',
    'obrazovk*': 'screen', 'displej*': 'screen', 'velk*': 'big', 'malý': 'small', 'malá': 'small', 'malé': 'small', 'malou': 'small', 'malého': 'small', 'nový': 'new', 'nová': 'new', 'nové': 'new', 'novou': 'new', 'nového': 'new', 'použit*': 'used', 'kapuc*': 'hood', 'školní': 'school', 'cestovní': 'travel', 'do letadla': 'cabin size', 'bederní opěrk*': 'lumbar support', 'područk*': 'armrests', 'opěrk* hlavy': 'headrest', 'síťovin*': 'mesh',
    'štěn*': 'puppy', 'bez obilovin': 'grain free', 'suchý': 'dry', 'suchá': 'dry', 'suché': 'dry', 'suchou': 'dry', 'mokr*': 'wet', 'zelen* čaj*': 'green tea', 'čern* čaj*': 'black tea', 'sypan*': 'loose leaf', 'prach*': 'down', 'syntetick*': 'synthetic', 'mumi*': 'mummy', 'benzínov*': 'petrol', 'samojízdn*': 'self-propelled', 'bezzrcadlov*': 'mirrorless', 'od narození': 'from birth', 'kompaktn*': 'compact', 'nastaviteln*': 'adjustable',
    // Colours.
    'barv*': 'color', 'čern*': 'black', 'bíl*': 'white', 'červen*': 'red', 'modr*': 'blue', 'zelen*': 'green', 'šed*': 'grey', 'růžov*': 'pink', 'žlut*': 'yellow', 'fialov*': 'purple', 'oranžov*': 'orange', 'stříbrn*': 'silver', 'hněd*': 'brown',
  },
};
