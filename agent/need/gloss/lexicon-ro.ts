import type { GlossLexicon } from './gloss-lexicon.ts';

/**
 * Romanian, read through a gloss into the reader's English words; diacritics are optional ("fara" is "fără", "ş" and
 * "ș" meet). The possessive comes after its noun ("fiica mea", my daughter): a postposition.
 */
export const ROMANIAN: GlossLexicon = {
  language: 'ro',
  name: 'Romanian',
  markers: ['și', 'pentru', 'cu', 'fără', 'până', 'caut', 'vreau', 'mea', 'meu', 'nu', 'sau', 'lei', 'care', 'este', 'vă rog', 'mulțumesc', 'sub', 'maxim', 'îmi', 'trebuie'],
  sharedWithReader: ['sub', 'maxim', 'de', 'la', 'un', 'o', 'cu', 'care', 'pe', 'din', 'mic', 'mare', 'ideal', 'urgent', 'mai', 'august'],
  compounds: false,
  words: {
    // Greetings, asking, politeness.
    'bună': '', 'bună ziua': '', 'salut': '', 'mulțumesc': 'thanks', 'mersi': 'thanks', 'vă rog': 'please', 'te rog': 'please',
    'caut': 'looking for', 'vreau': 'I want', 'aș vrea': 'I would like', 'am nevoie de': 'I need', 'îmi trebuie': 'I need', 'îmi trebuiesc': 'I need', 'să cumpăr': 'buy', 'cumpăr': 'buy',
    // Articles, prepositions, conjunctions, pronouns.
    'un': 'a', 'o': 'a', 'niște': 'some', 'și': 'and', 'sau': 'or', 'dar': 'but', 'cu': 'with', 'fără': 'without', 'pentru': 'for', 'în': 'in', 'de la': 'from', 'din': 'of', 'de': '', 'la': 'at', 'pe': 'on',
    'foarte': 'very', 'mai mult': 'more', 'de asemenea': 'also', 'dacă se poate': 'if possible', 'ideal': 'ideally', 'de preferință': 'ideally', 'care': 'that', 'este': 'is', 'să fie': '', 'să': '',
    'mea': { afterWord: 'my' }, 'meu': { afterWord: 'my' }, 'mele': { afterWord: 'my' }, 'mei': { afterWord: 'my' }, 'lui': '', 'ei': 'her',
    // Budget cues.
    'maxim': 'max', 'cel mult': 'at most', 'nu mai mult de': 'no more than', 'sub': 'under', 'mai puțin de': 'under', 'mai ieftin de': 'under', 'până la': { beforeFigure: 'up to', otherwise: 'by' }, 'până': { beforeFigure: 'up to', otherwise: 'by' }, 'până în': 'by',
    'între': 'between', 'în jur de': 'around', 'cam': 'about', 'aproximativ': 'about', 'circa': 'approx', 'buget': 'budget', 'bugetul': 'budget', 'cel puțin': 'at least', 'minim': 'min', 'ieftin*': 'cheap',
    'cu livrare': 'incl delivery', 'cu transport': 'incl shipping', 'lei': 'lei', 'ron': 'lei', 'euro': 'euros', 'dolari': 'dollars', 'mii': 'thousand', 'mie': 'thousand',
    // Negation.
    'nu': 'not', 'nici': 'nor', 'niciun': 'no', 'nicio': 'no', 'în afară de': 'except', 'cu excepția': 'except', 'orice culoare în afară de': 'any color except', 'orice culoare, dar nu': 'any color except',
    // Recipients and ages.
    'cadou': 'gift', 'cadou pentru': 'gift for', 'ca cadou': 'as a gift', 'ani': 'years old', 'an': 'year old',
    'mama': 'mother', 'mamă': 'mother', 'mamei': 'mother', 'mama mea': 'my mother', 'tata': 'father', 'tatăl': 'father', 'tatei': 'father', 'tatălui': 'father', 'fiu*': 'son', 'băiat*': 'son', 'fiic*': 'daughter', 'fetiț*': 'daughter', 'fata': 'daughter', 'copil*': 'child', 'copii': 'kids',
    'bunic*': 'grandmother', 'bunicul*': 'grandfather', 'frat*': 'brother', 'sor*': 'sister', 'soț': 'husband', 'soțul': 'husband', 'soțului': 'husband', 'soți*': 'wife', 'iubit*': 'girlfriend', 'prieten*': 'friend', 'nepot*': 'nephew', 'nepoat*': 'niece', 'mătuș*': 'aunt', 'unchi*': 'uncle', 'bebeluș*': 'baby',
    // Numbers said as words.
    'unu': 'one', 'doi': 'two', 'două': 'two', 'trei': 'three', 'patru': 'four', 'cinci': 'five', 'șase': 'six', 'șapte': 'seven', 'opt': 'eight', 'nouă': 'new', 'zece': 'ten', 'doisprezece': 'twelve', 'douăzeci': 'twenty', 'cincizeci': 'fifty', 'sută': 'hundred', 'pereche': 'pair',
    // Dates and deadlines.
    'înainte de': 'before', 'cel târziu': 'by', 'cât mai repede': 'asap', 'urgent': 'urgent',
    'până la sfârșitul lunii viitoare': 'by end of next month', 'sfârșitul lunii viitoare': 'end of next month', 'până la sfârșitul lunii': 'by end of month', 'sfârșitul lunii': 'end of month', 'luna viitoare': 'next month', 'săptămâna viitoare': 'next week', 'mâine': 'tomorrow', 'azi': 'today', 'astăzi': 'today',
    'luni': 'monday', 'marți': 'tuesday', 'miercuri': 'wednesday', 'joi': 'thursday', 'vineri': 'friday', 'sâmbătă': 'saturday', 'duminică': 'sunday',
    'ianuarie': 'january', 'februarie': 'february', 'martie': 'march', 'aprilie': 'april', 'mai': 'may', 'iunie': 'june', 'iulie': 'july', 'august': 'august', 'septembrie': 'september', 'octombrie': 'october', 'noiembrie': 'november', 'decembrie': 'december',
    'crăciun*': 'christmas', 'ziua de naștere': 'birthday', 'aniversar*': 'birthday',
    // Products.
    'pantofi de alergare': 'running shoes', 'adidași de alergare': 'running shoes', 'adidași': 'sneakers', 'pantofi': 'shoes', 'încălțăminte': 'shoes', 'mărime*': 'size', 'mărimea': 'size', 'căști*': 'headphones', 'cafea': 'coffee', 'cafeaua': 'coffee', 'boabe': 'beans', 'măcinat*': 'ground', 'prăjire': 'roast',
    'biciclet*': 'bike', 'cască de bicicletă': 'bike helmet', 'cască': 'helmet', 'casca': 'helmet', 'rucsac*': 'backpack', 'sac de dormit': 'sleeping bag', 'cort*': 'tent', 'valiz*': 'suitcase', 'joc de societate': 'board game', 'joc de masă': 'board game',
    'aparat foto': 'camera', 'cameră foto': 'camera', 'scaun de birou': 'office chair', 'scaun*': 'chair', 'ceai*': 'tea', 'boxă': 'speaker', 'boxa': 'speaker', 'difuzor*': 'speaker', 'mașină de spălat': 'washing machine', 'mașina de spălat': 'washing machine', 'bormaşin*': 'drill', 'mașină de găurit': 'drill', 'ciocan rotopercutor': 'hammer drill', 'rotopercutor*': 'hammer drill',
    'telefon': 'phone', 'telefonul': 'phone', 'telefoane': 'phone', 'saltea': 'mattress', 'salteaua': 'mattress', 'saltele': 'mattress', 'laptopul': 'laptop', 'hrană pentru câini': 'dog food', 'mâncare pentru câini': 'dog food', 'hrană': 'food', 'câine*': 'dog', 'cititor de cărți electronice': 'e-reader', 'ebook reader': 'e-reader', 'saltea de yoga': 'yoga mat', 'televizor*': 'tv', 'tabletă': 'tablet',
    'uscător de păr': 'hair dryer', 'foehn': 'hair dryer', 'blenderul': 'blender', 'periuță de dinți electrică': 'electric toothbrush', 'periuță electrică': 'electric toothbrush', 'periuță de dinți': 'toothbrush', 'periuț*': 'toothbrush', 'geac*': 'jacket', 'palton*': 'coat', 'cărucior*': 'stroller',
    'purificator de aer': 'air purifier', 'purificator*': 'air purifier', 'aspirator robot': 'robot vacuum', 'aspirator vertical': 'stick vacuum', 'aspirator*': 'vacuum', 'mașină de tuns iarba': 'lawn mower', 'mașină de tuns gazonul': 'lawn mower', 'expresor*': 'espresso machine', 'espressor*': 'espresso machine', 'aparat de cafea': 'coffee machine', 'cafetier*': 'coffee machine', 'fierbător*': 'kettle', 'ceainic*': 'kettle', 'puzzle': 'puzzle',
    // Features and attribute values.
    'wireless': 'wireless', 'fără fir': 'wireless', 'anulare* zgomot*': 'noise cancelling', 'anularea zgomotului': 'noise cancelling', 'impermeabil*': 'waterproof', 'rezistent* la apă': 'waterproof', 'silențios': 'quiet', 'silențioasă': 'quiet', 'silențioase': 'quiet', 'ușo*': 'light', 'pliabil*': 'foldable', 'electrică': 'electric', 'electrice': 'electric', 'electrici': 'electric',
    'oțel inoxidabil': 'stainless steel', 'inox': 'stainless steel', 'sticlă': 'glass', 'sticla': 'glass', 'plastic': 'plastic', 'lemn': 'wood', 'din lemn': 'wooden', 'aluminiu': 'aluminium', 'carbon': 'carbon',
    'control* temperatur*': 'temperature control', 'reglare* temperatur*': 'temperature control', 'spumant* de lapte': 'milk frother', 'râșniță': 'grinder', 'capsule': 'capsules', 'cu capsule': 'capsule',
    'fără sac': 'bagless', 'persoane': 'people', 'persoană': 'person', 'litri': 'litres', 'litru': 'litres', 'inch': 'inch', 'inci': 'inch', 'țoli': 'inch', 'roți': 'wheels', 'viteze': 'gears', 'piese': 'pieces',
    'munte': 'mountain', 'șosea': 'road', 'oraș': 'city', 'drumeți*': 'hiking', 'pentru copii': 'kids', 'bărbați': "men's", 'femei': "women's", 'percuție': 'hammer',
    'acumulator*': 'battery', 'baterie': 'battery', 'lumină caldă': 'warm light', 'lumină integrată': 'integrated light', 'lumină': 'light', 'tare': 'hard', 'fermă': 'firm', 'moale': 'soft', 'medie': 'medium', 'spumă cu memorie': 'memory foam', 'memory foam': 'memory foam', 'arcuri independente': 'pocket spring', 'organică': 'organic', 'organice': 'organic', 'organici': 'organic', 'bio': 'organic', 'decofeinizat*': 'decaf', 'antiderapant*': 'non slip', 'fără pvc': 'pvc free',
    'ecran*': 'screen', 'mare': 'big', 'mic': 'small', 'mică': 'small', 'nou': 'new', 'nouă nouță': 'new', 'second hand': 'used', 'glugă': 'hood', 'școal*': 'school', 'de călătorie': 'travel', 'de cabină': 'cabin size', 'suport lombar': 'lumbar support', 'cotier*': 'armrests', 'tetier*': 'headrest', 'plasă': 'mesh',
    'cățel*': 'puppy', 'fără cereale': 'grain free', 'uscat*': 'dry', 'umed*': 'wet', 'ceai verde': 'green tea', 'ceai negru': 'black tea', 'vrac': 'loose leaf', 'puf': 'down', 'sintetic*': 'synthetic', 'pe benzină': 'petrol', 'autopropulsat*': 'self-propelled', 'mirrorless': 'mirrorless', 'de la naștere': 'from birth', 'compactă': 'compact', 'compacte': 'compact', 'compacți': 'compact', 'reglabil*': 'adjustable',
    // Colours.
    'culoar*': 'color', 'negr*': 'black', 'neagră': 'black', 'alb*': 'white', 'roș*': 'red', 'albastr*': 'blue', 'verde': 'green', 'verzi': 'green', 'gri': 'grey', 'roz': 'pink', 'galben*': 'yellow', 'mov': 'purple', 'portocaliu': 'orange', 'portocalie': 'orange', 'argintiu': 'silver', 'argintie': 'silver', 'maro': 'brown',
  },
};
