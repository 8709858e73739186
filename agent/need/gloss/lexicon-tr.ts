import type { GlossLexicon } from './gloss-lexicon.ts';

/**
 * Turkish, read through a gloss into the reader's English words. Endings stack on a stem ("kulaklık|lar|ım",
 * "anne|m|e"), so entries are stems and `suffixes` strips the endings; words said after what they govern
 * ("annem için", "500 TL'ye kadar", "cumaya kadar") are postpositions, written before it in English.
 */
export const TURKISH: GlossLexicon = {
  language: 'tr',
  name: 'Turkish',
  markers: ['ve', 'için', 'bir', 'arıyorum', 'istiyorum', 'lazım', 'kadar', 'değil', 'olsun', 'olmasın', 'ile', 'çok', 'merhaba', 'lütfen', 'teşekkürler', 'veya', 'en fazla', 'altında'],
  sharedWithReader: ['de', 'da', 'max', 'mama', 'cam', 'mont', 'pil', 'bin', 'yol', 'mor', 'ama', 'az', 'gibi', 'visco'],
  // The lira sign is read as the word.
  plainText: (text) => text.replace(/₺/g, ' TL'),
  compounds: false,
  // Plural, possessive, case and "with" endings, spelled as folded (ı is i, ü is u): vowel harmony doubles each.
  suffixes: [
    'lar', 'ler', 'im', 'in', 'i', 'u', 'm', 'n', 'imiz', 'umuz', 'iniz', 'unuz', 'si', 'su', 'leri', 'lari', 'sini', 'sunu',
    'a', 'e', 'ya', 'ye', 'na', 'ne', 'da', 'de', 'ta', 'te', 'nda', 'nde', 'dan', 'den', 'tan', 'ten', 'ndan', 'nden',
    'yi', 'yu', 'ni', 'nu', 'nin', 'nun', 'yla', 'yle', 'la', 'le', 'ki', 'li', 'lu',
  ],
  words: {
    // Greetings, asking, politeness.
    'merhaba': '', 'selam': '', 'iyi günler': '', 'teşekkürler': 'thanks', 'teşekkür ederim': 'thanks', 'lütfen': 'please', 'rica ederim': 'please',
    'arıyorum': 'looking for', 'bakıyorum': 'looking for', 'istiyorum': 'I want', 'almak istiyorum': 'I want to buy', 'lazım': 'I need', 'ihtiyacım var': 'I need', 'gerekiyor': 'I need', 'almak': 'buy', 'olsun': '', 'olan': '', 'olmalı': '',
    // Conjunctions, pronouns, postpositions.
    've': 'and', 'veya': 'or', 'ya da': 'or', 'ama': 'but', 'ile': 'with', 'bir': 'a', 'çok': 'very', 'de': 'also', 'da': 'also', 'tercihen': 'ideally', 'mümkünse': 'if possible', 'benim': 'my',
    'için': { afterWord: 'for' }, 'gibi': { afterWord: 'like' },
    // Budget cues.
    'en fazla': 'at most', 'en çok': 'at most', 'maksimum': 'max', 'max': 'max', 'kadar': { afterFigure: 'up to', afterWord: 'by' }, 'altında': { afterWord: 'under' }, 'altı': { afterFigure: 'under', afterWord: 'six' },
    'az': { afterFigure: 'under', afterWord: 'less' }, 'geçmesin': { afterFigure: 'no more than', afterWord: 'not over' }, 'geçmeyen': { afterFigure: 'no more than', afterWord: 'not over' }, 'aşmasın': { afterFigure: 'no more than', afterWord: 'not over' },
    'arası': { afterWord: 'between' }, 'civarı': { afterWord: 'about' }, 'civarında': { afterWord: 'about' }, 'yaklaşık': 'about', 'aşağı yukarı': 'about', 'bütçe': 'budget', 'en az': 'at least', 'ucuz': 'cheap',
    'kargo dahil': 'incl shipping', 'kdv dahil': 'incl VAT', 'tl': 'lira', 'lira': 'lira', 'euro': 'euros', 'avro': 'euros', 'dolar': 'dollars', 'bin': 'thousand',
    // Negation.
    'değil': { afterWord: 'not' }, 'olmasın': { afterWord: 'not' }, 'olmayan': { afterWord: 'not' }, 'istemiyorum': { afterWord: 'not' }, 'hariç': { afterWord: 'except' }, 'dışında': { afterWord: 'except' }, 'hiç': 'no', 'yok': { afterWord: 'no' },
    'herhangi bir renk ama': 'any color except',
    // Recipients and ages.
    'hediye': 'gift', 'hediye olarak': 'as a gift', 'olarak': '', 'hediyelik': 'as a gift', 'yaşında': 'years old', 'yaşındaki': 'year old', 'yaş': 'years old',
    'anne': 'mother', 'annem': 'mother', 'baba': 'father', 'oğul': 'son', 'oğl': 'son', 'kız': 'daughter', 'kız kardeş': 'sister', 'abla': 'sister', 'erkek kardeş': 'brother', 'ağabey': 'brother', 'abi': 'brother',
    'çocuk': 'child', 'çocuğ': 'child', 'bebek': 'baby', 'bebeğ': 'baby', 'büyükanne': 'grandmother', 'anneanne': 'grandmother', 'babaanne': 'grandmother', 'dede': 'grandfather', 'büyükbaba': 'grandfather',
    'koca': 'husband', 'kocam': 'husband', 'karı': 'wife', 'sevgili': 'girlfriend', 'kız arkadaş': 'girlfriend', 'erkek arkadaş': 'boyfriend', 'yeğen': 'nephew', 'teyze': 'aunt', 'hala': 'aunt', 'amca': 'uncle', 'dayı': 'uncle', 'arkadaş': 'friend',
    // Numbers said as words.
    'iki': 'two', 'üç': 'three', 'dört': 'four', 'beş': 'five', 'yedi': 'seven', 'sekiz': 'eight', 'dokuz': 'nine', 'on iki': 'twelve', 'yirmi': 'twenty', 'elli': 'fifty', 'yüz': 'hundred', 'çift': 'pair',
    // Dates and deadlines.
    'en geç': 'by', 'önce': { afterWord: 'before' }, 'sonra': { afterWord: 'after' }, 'en kısa sürede': 'asap', 'acil': 'urgent', 'acele': 'urgent',
    'gelecek ay sonu': 'end of next month', 'ay sonu': 'end of month', 'gelecek ay': 'next month', 'önümüzdeki ay': 'next month', 'gelecek hafta': 'next week', 'önümüzdeki hafta': 'next week', 'haftaya': 'next week', 'yarın': 'tomorrow', 'bugün': 'today',
    'pazartesi': 'monday', 'salı': 'tuesday', 'çarşamba': 'wednesday', 'perşembe': 'thursday', 'cuma': 'friday', 'cumartesi': 'saturday', 'pazar': 'sunday',
    'ocak': 'january', 'şubat': 'february', 'mart': 'march', 'nisan': 'april', 'mayıs': 'may', 'haziran': 'june', 'temmuz': 'july', 'ağustos': 'august', 'eylül': 'september', 'ekim': 'october', 'kasım': 'november', 'aralık': 'december',
    'noel': 'christmas', 'yılbaşı': 'new year', 'doğum günü': 'birthday',
    // Products.
    'koşu ayakkabı': 'running shoes', 'spor ayakkabı': 'sneakers', 'ayakkabı': 'shoes', 'numara': { afterWord: 'size' }, 'beden': { afterWord: 'size' }, 'kulaklık': 'headphones', 'kahve': 'coffee', 'çekirdek kahve': 'coffee beans', 'çekirdek': 'beans', 'öğütülmüş': 'ground', 'kavrulmuş': 'roast',
    'bisiklet': 'bike', 'bisiklet kask': 'bike helmet', 'kask': 'helmet', 'sırt çanta': 'backpack', 'çanta': 'bag', 'uyku tulum': 'sleeping bag', 'çadır': 'tent', 'valiz': 'suitcase', 'bavul': 'suitcase', 'kutu oyun': 'board game', 'masa oyun': 'board game',
    'fotoğraf makine': 'camera', 'kamera': 'camera', 'ofis sandalye': 'office chair', 'çalışma sandalye': 'office chair', 'sandalye': 'chair', 'çay': 'tea', 'hoparlör': 'speaker', 'çamaşır makine': 'washing machine', 'matkap': 'drill', 'darbeli matkap': 'hammer drill',
    'telefon': 'phone', 'yatak': 'mattress', 'yatağ': 'mattress', 'dizüstü bilgisayar': 'laptop', 'köpek mama': 'dog food', 'mama': 'food', 'köpek': 'dog', 'e-kitap okuyucu': 'e-reader', 'yoga mat': 'yoga mat', 'televizyon': 'tv',
    'saç kurutma makine': 'hair dryer', 'fön makine': 'hair dryer', 'el blender': 'hand blender', 'elektrikli diş fırça': 'electric toothbrush', 'diş fırça': 'toothbrush', 'mont': 'jacket', 'ceket': 'jacket', 'kaban': 'coat', 'bebek araba': 'stroller',
    'hava temizleyici': 'air purifier', 'robot süpürge': 'robot vacuum', 'dikey süpürge': 'stick vacuum', 'elektrikli süpürge': 'vacuum', 'süpürge': 'vacuum', 'çim biçme makine': 'lawn mower', 'kahve makine': 'coffee machine', 'espresso makine': 'espresso machine', 'su ısıtıcı': 'kettle', 'yapboz': 'puzzle',
    // Features and attribute values.
    'kablosuz': 'wireless', 'gürültü engelleme': 'noise cancelling', 'aktif gürültü engelleme': 'noise cancelling', 'su geçirmez': 'waterproof', 'sessiz': 'quiet', 'hafif': 'light', 'katlanabilir': 'foldable', 'elektrikli': 'electric',
    'paslanmaz çelik': 'stainless steel', 'cam': 'glass', 'plastik': 'plastic', 'ahşap': 'wooden', 'alüminyum': 'aluminium', 'karbon': 'carbon', 'sıcaklık ayar': 'temperature control', 'süt köpürtücü': 'milk frother', 'öğütücü': 'grinder', 'kapsül': 'capsule',
    'torbasız': 'bagless', 'kişilik': 'person', 'kişi': 'people', 'litre': 'litres', 'inç': 'inch', 'jant': 'inch', 'vites': 'gears', 'parça': 'pieces', 'dağ': 'mountain', 'yol': 'road', 'şehir': 'city', 'yürüyüş': 'hiking', 'kamp': 'hiking', 'erkek': "men's", 'kadın': "women's",
    'pil': 'battery', 'şarjlı': 'cordless', 'akülü': 'cordless', 'ışık': 'light', 'sert': 'hard', 'yumuşak': 'soft', 'orta': 'medium', 'hafızalı köpük': 'memory foam', 'visco': 'memory foam', 'organik': 'organic', 'kafeinsiz': 'decaf', 'kaymaz': 'non slip',
    'ekran': 'screen', 'büyük': 'big', 'küçük': 'small', 'yeni': 'new', 'ikinci el': 'used', 'kapüşon': 'hood', 'okul': 'school', 'seyahat': 'travel', 'kabin boy': 'cabin size', 'bel desteğ': 'lumbar support', 'kolçak': 'armrests', 'yavru': 'puppy', 'tahılsız': 'grain free', 'kuru': 'dry', 'yaş mama': 'wet food',
    'yeşil çay': 'green tea', 'siyah çay': 'black tea', 'kaz tüyü': 'down', 'sentetik': 'synthetic', 'benzinli': 'petrol', 'aynasız': 'mirrorless', 'kompakt': 'compact', 'ayarlanabilir': 'adjustable',
    // Colours.
    'renk': 'color', 'reng': 'color', 'siyah': 'black', 'beyaz': 'white', 'kırmızı': 'red', 'mavi': 'blue', 'yeşil': 'green', 'gri': 'grey', 'pembe': 'pink', 'sarı': 'yellow', 'mor': 'purple', 'turuncu': 'orange', 'gümüş': 'silver', 'kahverengi': 'brown',
  },
};
