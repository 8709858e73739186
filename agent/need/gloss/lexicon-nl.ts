import type { GlossLexicon } from './gloss-lexicon.ts';

/** Dutch, read through a gloss into the reader's English words; nouns glue into compounds ("kinderfiets"). */
export const DUTCH: GlossLexicon = {
  language: 'nl',
  name: 'Dutch',
  markers: ['de', 'het', 'een', 'en', 'of', 'voor', 'met', 'zonder', 'mijn', 'ik', 'zoek', 'wil', 'hoi', 'hallo', 'niet', 'van', 'maximaal', 'graag', 'dank', 'rond', 'uiterlijk'],
  compounds: true,
  words: {
    // Greetings, asking, politeness.
    'hoi': '', 'hallo': '', 'hey': '', 'goedendag': '', 'bedankt': 'thanks', 'dank je': 'thanks', 'alsjeblieft': 'please', 'graag': 'please',
    'ik zoek': 'looking for', 'zoek': 'looking for', 'op zoek naar': 'looking for', 'ik wil': 'I want', 'wil': 'wants', 'ik heb nodig': 'I need', 'nodig': 'need', 'ik': 'I', 'kopen': 'buy',
    // Articles, prepositions, conjunctions, pronouns.
    'de': 'the', 'het': 'the', 'een': 'a', 'voor': 'for', 'met': 'with', 'zonder': 'without', 'van': 'of', 'uit': 'of', 'in': 'in', 'op': 'on', 'naar': 'to', 'bij': 'at',
    'en': 'and', 'of': 'or', 'maar': 'but', 'heel': 'very', 'erg': 'very', 'meer': 'more', 'ook': 'also', 'als het kan': 'if possible', 'indien mogelijk': 'if possible', 'liefst': 'ideally', 'bij voorkeur': 'ideally', 'dan': 'than',
    'mijn': 'my', 'zijn': 'his', 'haar': 'her', 'is': 'is', 'moet': 'must', 'het liefst': 'ideally', 'woon-werkverkeer': 'commuting',
    // Budget cues.
    'maximaal': 'max', 'max': 'max', 'hooguit': 'at most', 'niet meer dan': 'no more than', 'onder': 'under', 'minder dan': 'under', 'tot': { beforeFigure: 'up to', otherwise: 'by' },
    'tussen': 'between', 'rond de': 'around', 'rond': 'around', 'ongeveer': 'about', 'circa': 'approx', 'ca': 'approx', 'budget': 'budget', 'minimaal': 'at least', 'minstens': 'at least', 'goedkoop': 'cheap',
    'inclusief verzending': 'incl shipping', 'inclusief bezorging': 'incl delivery', 'incl bezorging': 'incl delivery', 'inclusief btw': 'incl VAT', 'euro': 'euros', 'dollar': 'dollars', 'pond': 'pounds',
    // Negation.
    'niet': 'not', 'geen': 'no', 'niet van': 'not', 'behalve': 'except', 'alles behalve': 'anything but', 'elke kleur behalve': 'any color except',
    // Recipients and ages.
    'cadeau': 'gift', 'cadeautje': 'gift', 'cadeau voor': 'gift for', 'jaar': 'years old', 'jarige': 'year old',
    'moeder': 'mother', 'mama': 'mum', 'vader': 'father', 'papa': 'dad', 'zoon': 'son', 'dochter': 'daughter', 'kind': 'child', 'kinderen': 'kids', 'oma': 'grandmother', 'opa': 'grandfather',
    'broer': 'brother', 'zus': 'sister', 'man': 'husband', 'echtgenoot': 'husband', 'vrouw': 'wife', 'vriendin': 'girlfriend', 'vriend': 'boyfriend', 'neef': 'nephew', 'nicht': 'niece', 'tante': 'aunt', 'oom': 'uncle', 'baby': 'baby',
    // Numbers said as words.
    'twee': 'two', 'drie': 'three', 'vier': 'four', 'vijf': 'five', 'zes': 'six', 'zeven': 'seven', 'acht': 'eight', 'negen': 'nine', 'tien': 'ten', 'twaalf': 'twelve',
    'twintig': 'twenty', 'vijftig': 'fifty', 'honderd': 'hundred', 'duizend': 'thousand', 'paar': 'pair',
    // Dates and deadlines.
    'uiterlijk': 'by', 'voor de': 'before the', 'uiterlijk op': 'by', 'zo snel mogelijk': 'asap', 'dringend': 'urgent',
    'eind volgende maand': 'end of next month', 'eind van volgende maand': 'end of next month', 'eind van de maand': 'end of month', 'volgende maand': 'next month', 'volgende week': 'next week', 'morgen': 'tomorrow', 'vandaag': 'today',
    'maandag': 'monday', 'dinsdag': 'tuesday', 'woensdag': 'wednesday', 'donderdag': 'thursday', 'vrijdag': 'friday', 'zaterdag': 'saturday', 'zondag': 'sunday',
    'januari': 'january', 'februari': 'february', 'maart': 'march', 'april': 'april', 'mei': 'may', 'juni': 'june', 'juli': 'july', 'augustus': 'august',
    'september': 'september', 'oktober': 'october', 'november': 'november', 'december': 'december', 'kerst': 'christmas', 'sinterklaas': 'christmas', 'verjaardag': 'birthday',
    // Products (also the parts compounds are made of).
    'hardloopschoenen': 'running shoes', 'hardloop': 'running', 'schoenen': 'shoes', 'maat': 'size', 'koptelefoon': 'headphones', 'oordopjes': 'earbuds', 'koffie': 'coffee', 'koffiebonen': 'coffee beans', 'bonen': 'beans', 'gemalen': 'ground', 'branding': 'roast',
    'fiets': 'bike', 'fietshelm': 'bike helmet', 'helm': 'helmet', 'rugzak': 'backpack', 'slaapzak': 'sleeping bag', 'tent': 'tent', 'koffer': 'suitcase', 'bordspel': 'board game', 'gezelschapsspel': 'board game',
    'camera': 'camera', 'fototoestel': 'camera', 'bureaustoel': 'office chair', 'thee': 'tea', 'speaker': 'speaker', 'luidspreker': 'speaker', 'wasmachine': 'washing machine', 'boormachine': 'drill', 'boor': 'drill', 'klopboormachine': 'hammer drill',
    'telefoon': 'phone', 'mobiel': 'phone', 'matras': 'mattress', 'laptop': 'laptop', 'hondenvoer': 'dog food', 'e-reader': 'e-reader', 'yogamat': 'yoga mat', 'televisie': 'tv', 'tv': 'tv',
    'föhn': 'hair dryer', 'haardroger': 'hair dryer', 'blender': 'blender', 'staafmixer': 'hand blender', 'tandenborstel': 'toothbrush', 'elektrische tandenborstel': 'electric toothbrush',
    'jas': 'jacket', 'regenjas': 'rain jacket', 'kinderwagen': 'stroller', 'buggy': 'stroller', 'luchtreiniger': 'air purifier', 'stofzuiger': 'vacuum', 'robotstofzuiger': 'robot vacuum', 'steelstofzuiger': 'stick vacuum',
    'grasmaaier': 'lawn mower', 'robotmaaier': 'robot mower', 'koffiemachine': 'coffee machine', 'koffiezetapparaat': 'coffee machine', 'espressomachine': 'espresso machine', 'volautomaat': 'bean-to-cup', 'waterkoker': 'kettle', 'puzzel': 'puzzle', 'bouwset': 'construction set',
    // Features and attribute values.
    'draadloos': 'wireless', 'draadloze': 'wireless', 'snoerloos': 'cordless', 'snoerloze': 'cordless', 'ruisonderdrukking': 'noise cancelling', 'waterdicht': 'waterproof', 'waterdichte': 'waterproof',
    'stil': 'quiet', 'stille': 'quiet', 'licht': 'light', 'lichte': 'light', 'opvouwbaar': 'foldable', 'opvouwbare': 'foldable', 'inklapbaar': 'foldable', 'elektrisch': 'electric', 'elektrische': 'electric', 'vrijstaand': 'freestanding', 'vrijstaande': 'freestanding',
    'roestvrij staal': 'stainless steel', 'rvs': 'stainless steel', 'glas': 'glass', 'glazen': 'glass', 'kunststof': 'plastic', 'plastic': 'plastic', 'hout': 'wood', 'houten': 'wooden', 'aluminium': 'aluminium',
    'temperatuurregeling': 'temperature control', 'melkopschuimer': 'milk frother', 'maalwerk': 'grinder', 'cups': 'capsules', 'capsules': 'capsules',
    'zonder zak': 'bagless', 'personen': 'people', 'persoon': 'person', 'liter': 'litres', 'inch': 'inch', 'wielen': 'wheels', 'versnellingen': 'gears', 'stukjes': 'pieces', 'stukken': 'pieces',
    'berg': 'mountain', 'weg': 'road', 'stad': 'city', 'stads': 'city', 'wandel': 'hiking', 'wandelen': 'hiking', 'kinder': 'kids', 'heren': "men's", 'dames': "women's", 'accu': 'battery', 'accu\'s': 'batteries',
    'warm licht': 'warm light', 'geïntegreerd licht': 'integrated light', 'hard': 'hard', 'zacht': 'soft', 'stevig': 'firm', 'medium': 'medium',
    'traagschuim': 'memory foam', 'pocketvering': 'pocket spring', 'biologisch': 'organic', 'bio': 'organic', 'fairtrade': 'fair trade', 'cafeïnevrij': 'decaf', 'antislip': 'non slip', 'pvc-vrij': 'pvc free', 'zonder pvc': 'pvc free',
    'ionisch': 'ionic', 'hepa-filter': 'hepa filter', 'voorlader': 'front loader', 'bovenlader': 'top loader', 'energieklasse': 'energy class', 'scherm': 'screen', 'groot': 'big', 'grote': 'big', 'klein': 'small', 'kleine': 'small', 'nieuw': 'new', 'tweedehands': 'used',
    'capuchon': 'hood', 'school': 'school', 'schooltas': 'school backpack', 'reis': 'travel', 'handbagage': 'cabin size',
    'lendensteun': 'lumbar support', 'armleuningen': 'armrests', 'hoofdsteun': 'headrest', 'graanvrij': 'grain free', 'droogvoer': 'dry food', 'natvoer': 'wet food', 'groene thee': 'green tea', 'zwarte thee': 'black tea', 'losse thee': 'loose leaf tea', 'theezakjes': 'tea bags', 'dons': 'down', 'synthetisch': 'synthetic', 'mummie': 'mummy', 'benzine': 'petrol', 'zelfrijdend': 'self-propelled', 'systeemcamera': 'mirrorless camera', 'vanaf de geboorte': 'from birth', 'compacte': 'compact', 'verstelbaar': 'adjustable', 'verstelbare': 'adjustable',
    // Colours.
    'zwart': 'black', 'zwarte': 'black', 'wit': 'white', 'witte': 'white', 'rood': 'red', 'rode': 'red', 'blauw': 'blue', 'blauwe': 'blue', 'groen': 'green', 'groene': 'green', 'grijs': 'grey', 'grijze': 'grey',
    'roze': 'pink', 'geel': 'yellow', 'gele': 'yellow', 'paars': 'purple', 'paarse': 'purple', 'oranje': 'orange', 'zilver': 'silver', 'bruin': 'brown', 'bruine': 'brown',
  },
};
