import type { GlossLexicon } from './gloss-lexicon.ts';

/**
 * Polish, read through a gloss into the reader's English words. Nouns and adjectives change their ending with their
 * case ("słuchawki", "słuchawek"; "elektryczny", "elektrycznego"), so most content words are stems ("słuchaw*").
 */
export const POLISH: GlossLexicon = {
  language: 'pl',
  name: 'Polish',
  markers: ['i', 'z', 'ze', 'dla', 'bez', 'do', 'mój', 'moja', 'mojego', 'mojej', 'szukam', 'potrzebuję', 'chcę', 'cześć', 'nie', 'który', 'która', 'jest', 'około', 'dzięki', 'proszę'],
  compounds: false,
  words: {
    // Greetings, asking, politeness.
    'cześć': '', 'dzień dobry': '', 'hej': '', 'dzięki': 'thanks', 'dziękuję': 'thanks', 'proszę': 'please',
    'szukam': 'looking for', 'potrzebuję': 'I need', 'potrzebuje': 'needs', 'chcę': 'I want', 'chciałbym': 'I would like', 'chciałabym': 'I would like', 'chce': 'wants', 'kupić': 'buy',
    // Prepositions, conjunctions, pronouns.
    'i': 'and', 'oraz': 'and', 'albo': 'or', 'lub': 'or', 'ale': 'but', 'z': 'with', 'ze': 'with', 'bez': 'without', 'dla': 'for', 'na': 'for', 'w': 'in', 'we': 'in', 'o': 'with', 'od': 'from', 'po': 'after',
    'bardzo': 'very', 'więcej': 'more', 'też': 'also', 'jeśli można': 'if possible', 'najlepiej': 'ideally', 'który': 'that', 'która': 'that', 'które': 'that', 'jest': 'is', 'są': 'are', 'to': '',
    'mój': 'my', 'moja': 'my', 'moje': 'my', 'mojego': 'my', 'mojej': 'my', 'mojemu': 'my', 'moich': 'my', 'jego': 'his', 'jej': 'her',
    // Budget cues.
    'maks': 'max', 'maksymalnie': 'max', 'najwyżej': 'at most', 'nie więcej niż': 'no more than', 'poniżej': 'under', 'mniej niż': 'under', 'do': { beforeFigure: 'up to', otherwise: 'by' },
    'między': 'between', 'pomiędzy': 'between', 'od około': 'around', 'około': 'about', 'ok': 'about', 'mniej więcej': 'about', 'budżet': 'budget', 'co najmniej': 'at least', 'minimum': 'min', 'tani*': 'cheap',
    'z dostawą': 'incl delivery', 'z wysyłką': 'incl shipping', 'z vat': 'incl VAT', 'zł': 'PLN', 'złotych': 'PLN', 'złote': 'PLN', 'złoty': 'PLN', 'euro': 'euros', 'dolarów': 'dollars', 'funtów': 'pounds',
    // Negation.
    'nie': 'not', 'ani': 'nor', 'żadn*': 'no', 'oprócz': 'except', 'poza': 'except', 'byle nie': 'anything but', 'dowolny kolor oprócz': 'any color except',
    // Recipients and ages.
    'prezent': 'gift', 'prezent dla': 'gift for', 'na prezent': 'as a gift', 'lat': 'years old', 'lata': 'years old', 'rok': 'year old', 'latka': 'year old', 'letni*': 'year old',
    'mam*': 'mother', 'matk*': 'mother', 'tat*': 'father', 'ojc*': 'father', 'ojciec': 'father', 'syn': 'son', 'syna': 'son', 'synowi': 'son', 'córk*': 'daughter', 'dzieck*': 'child', 'dzieci': 'kids',
    'babci*': 'grandmother', 'babcia': 'grandmother', 'dziadk*': 'grandfather', 'dziadek': 'grandfather', 'brat': 'brother', 'brata': 'brother', 'siostr*': 'sister', 'męż*': 'husband', 'mąż': 'husband', 'żon*': 'wife',
    'dziewczyn*': 'girlfriend', 'chłopak*': 'boyfriend', 'bratan*': 'nephew', 'siostrzeni*': 'nephew', 'bratanic*': 'niece', 'siostrzenic*': 'niece', 'ciotk*': 'aunt', 'ciocia': 'aunt', 'wujk*': 'uncle', 'przyjaciel*': 'friend', 'niemowl*': 'baby',
    // Numbers said as words.
    'jeden': 'one', 'dwa': 'two', 'dwie': 'two', 'trzy': 'three', 'cztery': 'four', 'pięć': 'five', 'sześć': 'six', 'siedem': 'seven', 'osiem': 'eight', 'dziewięć': 'nine', 'dziesięć': 'ten', 'dwanaście': 'twelve',
    'dwadzieścia': 'twenty', 'pięćdziesiąt': 'fifty', 'sto': 'hundred', 'tysiąc': 'thousand', 'para': 'pair', 'parę': 'pair',
    // Dates and deadlines.
    'przed': 'before', 'najpóźniej': 'by', 'najpóźniej do': 'by', 'jak najszybciej': 'asap', 'pilnie': 'urgent',
    'koniec przyszłego miesiąca': 'end of next month', 'do końca przyszłego miesiąca': 'by end of next month', 'koniec miesiąca': 'end of month', 'w przyszłym miesiącu': 'next month', 'w przyszłym tygodniu': 'next week', 'jutro': 'tomorrow', 'dzisiaj': 'today', 'dziś': 'today',
    'poniedziałk*': 'monday', 'wtork*': 'tuesday', 'wtorek': 'tuesday', 'środ*': 'wednesday', 'czwartk*': 'thursday', 'czwartek': 'thursday', 'piątk*': 'friday', 'piątek': 'friday', 'sobot*': 'saturday', 'niedziel*': 'sunday',
    'styczni*': 'january', 'styczeń': 'january', 'lut*': 'february', 'marc*': 'march', 'kwietni*': 'april', 'kwiecień': 'april', 'maj': 'may', 'maja': 'may', 'czerw*': 'june', 'lip*': 'july',
    'sierp*': 'august', 'wrzes*': 'september', 'wrzesień': 'september', 'październik*': 'october', 'listopad*': 'november', 'grud*': 'december', 'świąt*': 'christmas', 'urodzin*': 'birthday',
    // Products.
    'buty do biegania': 'running shoes', 'butów do biegania': 'running shoes', 'buty': 'shoes', 'butów': 'shoes', 'rozmiar*': 'size', 'słuchaw*': 'headphones', 'kaw*': 'coffee', 'ziarnist*': 'beans', 'w ziarnach': 'beans', 'mielon*': 'ground', 'palen*': 'roast',
    'rower*': 'bike', 'kask* rowerow*': 'bike helmet', 'kask*': 'helmet', 'rowerow*': 'bike', 'plecak*': 'backpack', 'śpiwór': 'sleeping bag', 'śpiwor*': 'sleeping bag', 'namiot*': 'tent', 'walizk*': 'suitcase', 'gra planszowa': 'board game', 'gry planszowej': 'board game', 'planszówk*': 'board game',
    'aparat*': 'camera', 'krzesło biurowe': 'office chair', 'fotel biurowy': 'office chair', 'herbat*': 'tea', 'głośnik*': 'speaker', 'pralk*': 'washing machine', 'wiertark*': 'drill', 'telefon*': 'phone', 'smartfon*': 'phone',
    'materac*': 'mattress', 'laptop*': 'laptop', 'karm* dla psa': 'dog food', 'karma dla psa': 'dog food', 'czytnik*': 'e-reader', 'mata do jogi': 'yoga mat', 'mat* do jogi': 'yoga mat', 'telewizor*': 'tv', 'tablet*': 'tablet',
    'suszark* do włosów': 'hair dryer', 'suszark*': 'hair dryer', 'blender*': 'blender', 'szczoteczk* elektryczn*': 'electric toothbrush', 'szczoteczk*': 'toothbrush', 'kurtk*': 'jacket', 'płaszcz*': 'coat', 'wózek*': 'stroller', 'wózk*': 'stroller',
    'oczyszczacz* powietrza': 'air purifier', 'oczyszczacz*': 'air purifier', 'odkurzacz*': 'vacuum', 'kosiark*': 'lawn mower', 'ekspres* do kawy': 'coffee machine', 'ekspres*': 'coffee machine', 'czajnik*': 'kettle', 'puzzl*': 'puzzle', 'klock*': 'building set',
    // Features and attribute values.
    'bezprzewodow*': 'wireless', 'aktywn* redukcj* szumów': 'noise cancelling', 'redukcj* szumów': 'noise cancelling', 'wodoodporn*': 'waterproof', 'nieprzemakaln*': 'waterproof',
    'cich*': 'quiet', 'lekk*': 'light', 'składan*': 'foldable', 'elektryczn*': 'electric', 'wolnostojąc*': 'freestanding', 'samonośn*': 'freestanding',
    'stal* nierdzewn*': 'stainless steel', 'nierdzewn*': 'stainless steel', 'szkl*': 'glass', 'szkła': 'glass', 'szkło': 'glass', 'plastik*': 'plastic', 'drewn*': 'wood', 'drewnian*': 'wooden', 'aluminiow*': 'aluminium', 'karbonow*': 'carbon',
    'regulacj* temperatury': 'temperature control', 'spieniacz* do mleka': 'milk frother', 'spieniacz*': 'milk frother', 'młynk*': 'grinder', 'kapsułk*': 'capsules', 'na kapsułki': 'capsule',
    'bez worka': 'bagless', 'bezworkow*': 'bagless', 'osób': 'people', 'osoby': 'people', 'osobow*': 'person', 'litr*': 'litres', 'l': 'l', 'cal*': 'inch', 'kół': 'wheels', 'koła': 'wheels', 'kółk*': 'wheels', 'biegów': 'gears', 'biegi': 'gears', 'element*': 'pieces',
    'górsk*': 'mountain', 'szosow*': 'road', 'miejsk*': 'city', 'turystyczn*': 'hiking', 'trekkingow*': 'hiking', 'dziecięc*': 'kids', 'dla dzieci': 'for kids', 'męsk*': "men's", 'damsk*': "women's", 'udarow*': 'hammer',
    'akumulator*': 'battery', 'ciepł* światł*': 'warm light', 'lampk*': 'integrated light', 'z lampką': 'with integrated light', 'światł*': 'light', 'tward*': 'hard', 'miękk*': 'soft', 'średni*': 'medium',
    'piank* z pamięcią': 'memory foam', 'kieszeniow*': 'pocket spring', 'ekologiczn*': 'organic', 'bio': 'organic', 'sprawiedliw*': 'fair trade', 'bezkofeinow*': 'decaf', 'antypoślizgow*': 'non slip', 'bez pvc': 'pvc free',
    'jonizacj*': 'ionic', 'filtr* hepa': 'hepa filter', 'ładowan* od przodu': 'front loader', 'ładowan* od góry': 'top loader', 'klas* energetyczn*': 'energy class', 'ekran*': 'screen', 'duż*': 'big', 'mał*': 'small', 'now*': 'new', 'używan*': 'used',
    'kaptur*': 'hood', 'szkoln*': 'school', 'podróżn*': 'travel', 'kabinow*': 'cabin size', 'pionow*': 'stick', 'odkurzacz* pionow*': 'stick vacuum',
    'podparci* lędźwiow*': 'lumbar support', 'podłokietnik*': 'armrests', 'zagłów*': 'headrest', 'siatk*': 'mesh', 'szczeni*': 'puppy', 'bezzbożow*': 'grain free', 'such*': 'dry', 'mokr*': 'wet', 'zielon* herbat*': 'green tea', 'czarn* herbat*': 'black tea', 'liściast*': 'loose leaf', 'w torebkach': 'tea bags', 'puch*': 'down', 'syntetyczn*': 'synthetic', 'mumi*': 'mummy', 'spalinow*': 'petrol', 'samojezdn*': 'self-propelled', 'bezlusterkow*': 'mirrorless', 'od urodzenia': 'from birth', 'kompaktow*': 'compact', 'regulowan*': 'adjustable',
    // Colours.
    'czarn*': 'black', 'biał*': 'white', 'czerwon*': 'red', 'niebiesk*': 'blue', 'zielon*': 'green', 'szar*': 'grey', 'różow*': 'pink', 'żółt*': 'yellow', 'fiolet*': 'purple', 'pomarańczow*': 'orange', 'srebrn*': 'silver', 'brązow*': 'brown',
  },
};
