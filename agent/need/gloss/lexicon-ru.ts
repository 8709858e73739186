import type { GlossLexicon } from './gloss-lexicon.ts';

/**
 * Russian, read through a gloss into the reader's English words. Nouns and adjectives change their ending with their
 * case ("наушники", "наушников"; "беспроводные", "беспроводных"), so most content words are stems ("наушник*"); "ё" is
 * read as the "е" most people type.
 */
export const RUSSIAN: GlossLexicon = {
  language: 'ru',
  name: 'Russian',
  markers: ['и', 'в', 'с', 'со', 'для', 'без', 'до', 'мой', 'моя', 'моей', 'моему', 'ищу', 'нужен', 'нужна', 'нужно', 'нужны', 'хочу', 'не', 'или', 'около', 'спасибо', 'пожалуйста'],
  letters: /\p{Script=Cyrillic}/u,
  // The rouble sign is read as the word.
  plainText: (text) => text.replace(/₽/g, ' руб'),
  compounds: false,
  words: {
    // Greetings, asking, politeness.
    'здравствуйте': '', 'привет': '', 'добрый день': '', 'спасибо': 'thanks', 'пожалуйста': 'please', 'мне': '', 'я': 'I',
    'ищу': 'looking for', 'я ищу': 'looking for', 'нужен': 'I need', 'нужна': 'I need', 'нужно': 'I need', 'нужны': 'I need', 'мне нужен': 'I need', 'мне нужна': 'I need', 'мне нужно': 'I need', 'мне нужны': 'I need',
    'хочу': 'I want', 'хотел бы': 'I would like', 'хотела бы': 'I would like', 'купить': 'buy', 'подберите': 'find',
    // Prepositions, conjunctions, pronouns.
    'и': 'and', 'или': 'or', 'либо': 'or', 'но': 'but', 'с': 'with', 'со': 'with', 'без': 'without', 'для': 'for', 'на': 'for', 'в': 'in', 'во': 'in', 'от': 'from', 'из': 'of', 'к': 'by',
    'очень': 'very', 'тоже': 'also', 'желательно': 'ideally', 'лучше': 'ideally', 'если можно': 'if possible', 'который': 'that', 'которая': 'that', 'которое': 'that', 'которые': 'that', 'это': '', 'чтобы': '', 'был': '', 'была': '', 'было': '',
    'мой': 'my', 'моя': 'my', 'мое': 'my', 'мои': 'my', 'моей': 'my', 'моему': 'my', 'моего': 'my', 'моих': 'my', 'его': 'his', 'ее': 'her',
    // Budget cues.
    'до': { beforeFigure: 'up to', otherwise: 'by' }, 'максимум': 'max', 'макс': 'max', 'не дороже': 'no more than', 'не более': 'no more than', 'не больше': 'no more than', 'дешевле': 'under', 'меньше': 'under', 'менее': 'under', 'в пределах': 'within',
    'между': 'between', 'около': 'about', 'примерно': 'about', 'приблизительно': 'about', 'порядка': 'about', 'бюджет': 'budget', 'как минимум': 'at least', 'не менее': 'at least', 'дешев*': 'cheap', 'недорог*': 'cheap',
    'с доставкой': 'incl delivery', 'руб*': 'roubles', 'р': 'roubles', 'евро': 'euros', 'доллар*': 'dollars', 'тысяч': 'thousand', 'тысячи': 'thousand', 'тыс': 'thousand',
    // Negation.
    'не': 'not', 'ни': 'nor', 'никаких': 'no', 'кроме': 'except', 'только не': 'anything but', 'любой цвет кроме': 'any color except', 'любого цвета кроме': 'any color except',
    // Recipients and ages.
    'подарок': 'gift', 'подарка': 'gift', 'в подарок': 'as a gift', 'лет': 'years old', 'года': 'years old', 'год': 'year old', 'летн*': 'year old',
    'мам*': 'mother', 'мать': 'mother', 'матер*': 'mother', 'пап*': 'father', 'отец': 'father', 'отц*': 'father', 'сын': 'son', 'сына': 'son', 'сыну': 'son', 'доч*': 'daughter', 'ребенок': 'child', 'ребенка': 'child', 'ребенку': 'child', 'дети': 'kids', 'детей': 'kids',
    'бабушк*': 'grandmother', 'дедушк*': 'grandfather', 'брат': 'brother', 'брата': 'brother', 'брату': 'brother', 'сестр*': 'sister', 'муж': 'husband', 'мужа': 'husband', 'мужу': 'husband', 'жена': 'wife', 'жены': 'wife', 'жене': 'wife',
    'девушк*': 'girlfriend', 'парень': 'boyfriend', 'парня': 'boyfriend', 'племянник*': 'nephew', 'племянниц*': 'niece', 'тет*': 'aunt', 'дяд*': 'uncle', 'друг': 'friend', 'друга': 'friend', 'другу': 'friend', 'подруг*': 'friend', 'малыш*': 'baby',
    // Numbers said as words.
    'один': 'one', 'одна': 'one', 'два': 'two', 'две': 'two', 'три': 'three', 'четыре': 'four', 'пять': 'five', 'шесть': 'six', 'семь': 'seven', 'восемь': 'eight', 'девять': 'nine', 'десять': 'ten', 'двенадцать': 'twelve',
    'двадцать': 'twenty', 'пятьдесят': 'fifty', 'сто': 'hundred', 'тысяча': 'thousand', 'пара': 'pair', 'пару': 'pair',
    // Dates and deadlines.
    'не позднее': 'by', 'перед': 'before', 'как можно скорее': 'asap', 'срочно': 'urgent',
    'до конца следующего месяца': 'by end of next month', 'конец следующего месяца': 'end of next month', 'до конца месяца': 'by end of month', 'конец месяца': 'end of month', 'в следующем месяце': 'next month', 'на следующей неделе': 'next week', 'завтра': 'tomorrow', 'сегодня': 'today',
    'понедельник*': 'monday', 'вторник*': 'tuesday', 'среда': 'wednesday', 'среды': 'wednesday', 'среду': 'wednesday', 'четверг*': 'thursday', 'пятниц*': 'friday', 'суббот*': 'saturday', 'воскресень*': 'sunday',
    'январ*': 'january', 'феврал*': 'february', 'марта': 'march', 'март': 'march', 'апрел*': 'april', 'мая': 'may', 'май': 'may', 'июн*': 'june', 'июл*': 'july',
    'августа': 'august', 'август': 'august', 'сентябр*': 'september', 'октябр*': 'october', 'ноябр*': 'november', 'декабр*': 'december', 'рождеств*': 'christmas', 'день рождения': 'birthday', 'дня рождения': 'birthday', 'дню рождения': 'birthday',
    // Products.
    'кроссовки для бега': 'running shoes', 'беговые кроссовки': 'running shoes', 'кроссовк* для бега': 'running shoes', 'кроссовк*': 'sneakers', 'обув*': 'shoes', 'размер*': 'size', 'наушник*': 'headphones', 'кофе': 'coffee', 'в зернах': 'beans', 'зерн*': 'beans', 'молот*': 'ground', 'обжарк*': 'roast',
    'велосипед*': 'bike', 'велошлем*': 'bike helmet', 'шлем*': 'helmet', 'рюкзак*': 'backpack', 'спальн* мешок': 'sleeping bag', 'спальн* мешк*': 'sleeping bag', 'спальник*': 'sleeping bag', 'палатк*': 'tent', 'чемодан*': 'suitcase', 'настольн* игр*': 'board game',
    'фотоаппарат*': 'camera', 'камер*': 'camera', 'офисн* кресл*': 'office chair', 'компьютерн* кресл*': 'office chair', 'кресл*': 'chair', 'чай': 'tea', 'чая': 'tea', 'колонк*': 'speaker', 'стиральн* машин*': 'washing machine', 'дрел*': 'drill', 'перфоратор*': 'hammer drill', 'шуруповерт*': 'cordless drill driver',
    'телефон*': 'phone', 'смартфон*': 'phone', 'матрас*': 'mattress', 'ноутбук*': 'laptop', 'корм* для собак': 'dog food', 'корм*': 'food', 'собак*': 'dog', 'электронн* книг*': 'e-reader', 'коврик* для йоги': 'yoga mat', 'телевизор*': 'tv', 'планшет*': 'tablet',
    'фен': 'hair dryer', 'фена': 'hair dryer', 'блендер*': 'blender', 'погружн* блендер*': 'hand blender', 'электрическ* зубн* щетк*': 'electric toothbrush', 'зубн* щетк*': 'toothbrush', 'куртк*': 'jacket', 'пальто': 'coat', 'коляск*': 'stroller',
    'очистител* воздуха': 'air purifier', 'робот-пылесос*': 'robot vacuum', 'пылесос*': 'vacuum', 'газонокосилк*': 'lawn mower', 'кофемашин*': 'coffee machine', 'кофеварк*': 'coffee machine', 'чайник*': 'kettle', 'пазл*': 'puzzle', 'конструктор*': 'building set', 'фитнес-браслет*': 'fitness tracker',
    // Features and attribute values.
    'беспроводн*': 'wireless', 'шумоподавлени*': 'noise cancelling', 'водонепроницаем*': 'waterproof', 'непромокаем*': 'waterproof', 'тих*': 'quiet', 'бесшумн*': 'quiet', 'легк*': 'light', 'складн*': 'foldable', 'электрическ*': 'electric', 'отдельностоящ*': 'freestanding', 'самостоящ*': 'freestanding',
    'нержавеющ* стал*': 'stainless steel', 'нержавейк*': 'stainless steel', 'стекл*': 'glass', 'пластик*': 'plastic', 'пластиков*': 'plastic', 'деревянн*': 'wooden', 'дерев*': 'wood', 'алюмини*': 'aluminium', 'карбон*': 'carbon',
    'регулировк* температуры': 'temperature control', 'вспенивател* молока': 'milk frother', 'капучинатор*': 'milk frother', 'кофемолк*': 'grinder', 'капсульн*': 'capsule', 'капсул*': 'capsules', 'рожков*': 'espresso',
    'без мешка': 'bagless', 'человек*': 'people', 'местн*': 'person', 'литр*': 'litres', 'л': 'l', 'дюйм*': 'inch', 'колес*': 'wheels', 'скорост*': 'gears', 'детал*': 'pieces',
    'горн*': 'mountain', 'шоссейн*': 'road', 'городск*': 'city', 'туристическ*': 'hiking', 'походн*': 'hiking', 'детск*': 'kids', 'для детей': 'for kids', 'мужск*': "men's", 'женск*': "women's", 'ударн*': 'hammer',
    'аккумуляторн*': 'cordless', 'аккумулятор*': 'battery', 'со встроенным фонарем': 'with integrated light', 'фонар*': 'light', 'тепл* свет*': 'warm light', 'жестк*': 'hard', 'мягк*': 'soft', 'средн*': 'medium',
    'пен* с памятью': 'memory foam', 'с эффектом памяти': 'memory foam', 'независим* пружин*': 'pocket spring', 'органическ*': 'organic', 'био': 'organic', 'без кофеина': 'decaf', 'нескользящ*': 'non slip', 'без пвх': 'pvc free',
    'ионизаци*': 'ionic', 'фронтальн* загрузк*': 'front loader', 'вертикальн* загрузк*': 'top loader', 'класс* энергоэффективности': 'energy class', 'экран*': 'screen', 'больш*': 'big', 'маленьк*': 'small', 'нов*': 'new',
    'капюшон*': 'hood', 'школьн*': 'school', 'дорожн*': 'travel', 'ручн* клад*': 'cabin size', 'вертикальн* пылесос*': 'stick vacuum',
    'поясничн* поддержк*': 'lumbar support', 'подлокотник*': 'armrests', 'подголовник*': 'headrest', 'сетк*': 'mesh', 'щен*': 'puppy', 'беззернов*': 'grain free', 'сух*': 'dry', 'влажн*': 'wet', 'зелен* ча*': 'green tea', 'черн* ча*': 'black tea', 'листов*': 'loose leaf', 'в пакетиках': 'tea bags',
    'пух*': 'down', 'синтетическ*': 'synthetic', 'синтетик*': 'synthetic', 'кокон*': 'mummy', 'бензинов*': 'petrol', 'самоходн*': 'self-propelled', 'беззеркальн*': 'mirrorless', 'с рождения': 'from birth', 'компактн*': 'compact', 'регулируем*': 'adjustable',
    // Colours.
    'цвет*': 'color', 'черн*': 'black', 'бел*': 'white', 'красн*': 'red', 'син*': 'blue', 'голуб*': 'blue', 'зелен*': 'green', 'серый': 'grey', 'серая': 'grey', 'серое': 'grey', 'серые': 'grey', 'серого': 'grey', 'серой': 'grey', 'серую': 'grey', 'серых': 'grey', 'розов*': 'pink', 'желт*': 'yellow', 'фиолетов*': 'purple', 'оранжев*': 'orange', 'серебрист*': 'silver', 'коричнев*': 'brown',
  },
};
