import type { GlossLexicon } from './gloss-lexicon.ts';

/** Swedish, read through a gloss into the reader's English words; nouns glue into compounds ("skaftdammsugare"). */
export const SWEDISH: GlossLexicon = {
  language: 'sv',
  name: 'Swedish',
  markers: ['och', 'eller', 'för', 'med', 'utan', 'till', 'mitt', 'mina', 'jag', 'letar', 'behöver', 'vill', 'hej', 'inte', 'ett', 'högst', 'runt', 'senast', 'tack', 'efter'],
  sharedWithReader: ['min', 'men', 'under', 'max', 'te', 'rock', 'present', 'person', 'fast', 'far', 'make', 'man', 'son', 'tv'],
  compounds: true,
  words: {
    // Greetings, asking, politeness.
    'hej': '', 'hallå': '', 'tjena': '', 'tack': 'thanks', 'snälla': 'please',
    'jag letar efter': 'looking for', 'letar efter': 'looking for', 'söker': 'looking for', 'jag behöver': 'I need', 'behöver': 'need', 'jag vill ha': 'I want', 'vill ha': 'wants', 'jag': 'I', 'köpa': 'buy',
    // Articles, prepositions, conjunctions, pronouns.
    'en': 'a', 'ett': 'a', 'den': 'the', 'det': 'the', 'för': 'for', 'med': 'with', 'utan': 'without', 'av': 'of', 'i': 'in', 'på': 'on', 'från': 'from', 'till': 'for',
    'och': 'and', 'eller': 'or', 'men': 'but', 'mycket': 'very', 'mer': 'more', 'också': 'also', 'om möjligt': 'if possible', 'helst': 'ideally', 'än': 'than',
    'min': 'my', 'mitt': 'my', 'mina': 'my', 'hans': 'his', 'hennes': 'her', 'är': 'is', 'ska': 'should', 'som': 'that',
    // Budget cues.
    'högst': 'at most', 'max': 'max', 'maximalt': 'max', 'inte mer än': 'no more than', 'under': 'under', 'mindre än': 'under', 'upp till': 'up to',
    'mellan': 'between', 'runt': 'around', 'cirka': 'approx', 'ca': 'approx', 'ungefär': 'about', 'budget': 'budget', 'minst': 'at least', 'billig': 'cheap', 'billiga': 'cheap',
    'inklusive frakt': 'incl shipping', 'inkl frakt': 'incl shipping', 'inklusive moms': 'incl VAT', 'kr': 'SEK', 'kronor': 'SEK', 'kronor max': 'SEK max', 'euro': 'euros', 'dollar': 'dollars', 'pund': 'pounds',
    // Negation.
    'inte': 'not', 'ej': 'not', 'ingen': 'no', 'inget': 'no', 'inga': 'no', 'inte från': 'not', 'utom': 'except', 'förutom': 'except', 'vilken färg som helst utom': 'any color except',
    // Recipients and ages.
    'present': 'gift', 'present till': 'gift for', 'presenten': 'gift', 'år': 'years old', 'åring': 'year old', 'åringen': 'year old',
    'mamma': 'mother', 'mor': 'mother', 'pappa': 'father', 'far': 'father', 'son': 'son', 'sonen': 'son', 'dotter': 'daughter', 'dottern': 'daughter', 'barn': 'child', 'barnen': 'kids',
    'mormor': 'grandmother', 'farmor': 'grandmother', 'morfar': 'grandfather', 'farfar': 'grandfather', 'bror': 'brother', 'syster': 'sister', 'man': 'husband', 'make': 'husband', 'fru': 'wife', 'hustru': 'wife',
    'flickvän': 'girlfriend', 'pojkvän': 'boyfriend', 'brorson': 'nephew', 'systerson': 'nephew', 'brorsdotter': 'niece', 'systerdotter': 'niece', 'moster': 'aunt', 'faster': 'aunt', 'morbror': 'uncle', 'farbror': 'uncle', 'vän': 'friend', 'kompis': 'friend', 'bebis': 'baby',
    // Numbers said as words.
    'ett par': 'a pair of', 'två': 'two', 'tre': 'three', 'fyra': 'four', 'fem': 'five', 'sex': 'six', 'sju': 'seven', 'åtta': 'eight', 'nio': 'nine', 'tio': 'ten', 'tolv': 'twelve',
    'tjugo': 'twenty', 'femtio': 'fifty', 'hundra': 'hundred', 'tusen': 'thousand', 'par': 'pair',
    // Dates and deadlines.
    'senast': 'by', 'före': 'before', 'innan': 'before', 'så snart som möjligt': 'asap', 'brådskande': 'urgent',
    'slutet av nästa månad': 'end of next month', 'i slutet av nästa månad': 'by end of next month', 'slutet av månaden': 'end of month', 'nästa månad': 'next month', 'nästa vecka': 'next week', 'imorgon': 'tomorrow', 'i morgon': 'tomorrow', 'idag': 'today', 'i dag': 'today',
    'måndag': 'monday', 'tisdag': 'tuesday', 'onsdag': 'wednesday', 'torsdag': 'thursday', 'fredag': 'friday', 'lördag': 'saturday', 'söndag': 'sunday',
    'januari': 'january', 'februari': 'february', 'mars': 'march', 'april': 'april', 'maj': 'may', 'juni': 'june', 'juli': 'july', 'augusti': 'august',
    'september': 'september', 'oktober': 'october', 'november': 'november', 'december': 'december', 'jul': 'christmas', 'födelsedag': 'birthday',
    // Products (also the parts compounds are made of).
    'löparskor': 'running shoes', 'löpar': 'running', 'skor': 'shoes', 'storlek': 'size', 'hörlurar': 'headphones', 'kaffe': 'coffee', 'kaffebönor': 'coffee beans', 'bönor': 'beans', 'malet': 'ground', 'rostning': 'roast',
    'cykel': 'bike', 'cykelhjälm': 'bike helmet', 'hjälm': 'helmet', 'ryggsäck': 'backpack', 'sovsäck': 'sleeping bag', 'tält': 'tent', 'resväska': 'suitcase', 'väska': 'bag', 'brädspel': 'board game', 'sällskapsspel': 'board game',
    'kamera': 'camera', 'kontorsstol': 'office chair', 'te': 'tea', 'högtalare': 'speaker', 'tvättmaskin': 'washing machine', 'borrmaskin': 'drill', 'borr': 'drill', 'slagborr': 'hammer drill', 'skruvdragare': 'drill driver',
    'mobil': 'phone', 'mobiltelefon': 'phone', 'telefon': 'phone', 'madrass': 'mattress', 'bärbar dator': 'laptop', 'laptop': 'laptop', 'hundmat': 'dog food', 'läsplatta': 'e-reader', 'yogamatta': 'yoga mat', 'tv': 'tv',
    'hårtork': 'hair dryer', 'hårfön': 'hair dryer', 'mixer': 'blender', 'stavmixer': 'hand blender', 'tandborste': 'toothbrush', 'eltandborste': 'electric toothbrush', 'jacka': 'jacket', 'regnjacka': 'rain jacket', 'rock': 'coat',
    'barnvagn': 'stroller', 'sittvagn': 'stroller', 'luftrenare': 'air purifier', 'dammsugare': 'vacuum', 'robotdammsugare': 'robot vacuum', 'skaft': 'stick', 'gräsklippare': 'lawn mower', 'robotgräsklippare': 'robot mower',
    'kaffemaskin': 'coffee machine', 'kaffebryggare': 'filter coffee machine', 'espressomaskin': 'espresso machine', 'vattenkokare': 'kettle', 'pussel': 'puzzle', 'byggsats': 'construction set',
    // Features and attribute values.
    'trådlös': 'wireless', 'trådlösa': 'wireless', 'trådlöst': 'wireless', 'sladdlös': 'cordless', 'sladdlösa': 'cordless', 'sladdlöst': 'cordless', 'brusreducering': 'noise cancelling', 'aktiv brusreducering': 'noise cancelling',
    'vattentät': 'waterproof', 'vattentäta': 'waterproof', 'tyst': 'quiet', 'tysta': 'quiet', 'lätt': 'light', 'lätta': 'light', 'hopfällbar': 'foldable', 'hopfällbara': 'foldable', 'elektrisk': 'electric', 'elektriska': 'electric', 'el': 'electric', 'fristående': 'freestanding',
    'rostfritt stål': 'stainless steel', 'rostfri': 'stainless steel', 'rostfritt': 'stainless steel', 'glas': 'glass', 'plast': 'plastic', 'trä': 'wood', 'aluminium': 'aluminium', 'kolfiber': 'carbon',
    'temperaturkontroll': 'temperature control', 'temperaturreglering': 'temperature control', 'mjölkskummare': 'milk frother', 'kvarn': 'grinder', 'kapslar': 'capsules',
    'påslös': 'bagless', 'utan påse': 'bagless', 'personer': 'people', 'person': 'person', 'liter': 'litres', 'tum': 'inch', 'hjul': 'wheels', 'växlar': 'gears', 'bitar': 'pieces',
    'berg': 'mountain', 'mountainbike': 'mountain bike', 'landsväg': 'road', 'stad': 'city', 'stads': 'city', 'vandring': 'hiking', 'vandrings': 'hiking', 'barncykel': 'kids bike', 'herr': "men's", 'dam': "women's", 'batteri': 'battery', 'batterier': 'batteries',
    'varmt ljus': 'warm light', 'inbyggd lampa': 'integrated light', 'lampa': 'light', 'ljus': 'light', 'hårt skal': 'hard shell', 'mjuk': 'soft', 'fast': 'firm', 'medium': 'medium',
    'memoryskum': 'memory foam', 'pocketfjädrar': 'pocket spring', 'ekologisk': 'organic', 'ekologiskt': 'organic', 'rättvisemärkt': 'fair trade', 'koffeinfritt': 'decaf', 'halkfri': 'non slip', 'halkskydd': 'non slip', 'pvc-fri': 'pvc free',
    'jonteknik': 'ionic', 'joner': 'ionic', 'hepa-filter': 'hepa filter', 'frontmatad': 'front loader', 'toppmatad': 'top loader', 'energiklass': 'energy class', 'skärm': 'screen', 'stor': 'big', 'stora': 'big', 'liten': 'small', 'ny': 'new', 'begagnad': 'used',
    'huva': 'hood', 'med huva': 'with hood', 'skol': 'school', 'skolväska': 'school backpack', 'rese': 'travel', 'handbagage': 'cabin size',
    'ländryggsstöd': 'lumbar support', 'armstöd': 'armrests', 'nackstöd': 'headrest', 'nät': 'mesh', 'valp': 'puppy', 'valpfoder': 'puppy food', 'spannmålsfri': 'grain free', 'torrfoder': 'dry food', 'våtfoder': 'wet food', 'grönt te': 'green tea', 'svart te': 'black tea', 'löst te': 'loose leaf tea', 'tepåsar': 'tea bags', 'syntet': 'synthetic', 'mumie': 'mummy', 'bensin': 'petrol', 'självgående': 'self-propelled', 'spegellös': 'mirrorless', 'från födseln': 'from birth', 'kompakt': 'compact', 'justerbar': 'adjustable', 'justerbara': 'adjustable',
    // Colours.
    'svart': 'black', 'svarta': 'black', 'vit': 'white', 'vita': 'white', 'röd': 'red', 'röda': 'red', 'blå': 'blue', 'grön': 'green', 'gröna': 'green', 'grå': 'grey', 'rosa': 'pink', 'gul': 'yellow', 'gula': 'yellow', 'lila': 'purple', 'orange': 'orange', 'silver': 'silver', 'brun': 'brown',
  },
};
