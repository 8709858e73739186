import { describe, expect, it } from 'vitest';
import { detectReadLanguage, glossRequest, GLOSS_LEXICONS, glossLexiconOf } from '../../agent/need/gloss/index.ts';
import { judgeBlindSet, judgeUnseen, readUnseen } from './unseen-requests-judge.ts';
import type { UnseenRow } from './unseen-requests-table.ts';

/** Thursday 7 October 2027, 14:00 UTC: "пятница", "cuma", "Παρασκευή", "pátek", "vineri", "金曜日" are 8 October. */
const NOW = new Date('2027-10-07T14:00:00Z');
const FRIDAY = ['2027-10-07', '2027-10-08'];

// Requests written for lang38 (none is a row of a blind set), nine per language the butler read nothing of before:
// budget in the language's money words, size, colour, negation, recipient and age, deadline by weekday or date. The
// expectations are what a careful bilingual shop assistant would read.
const ROWS: readonly UnseenRow[] = [
  // Russian
  { text: 'Ищу беспроводные наушники с шумоподавлением, не Sony, до 15000 рублей', lang: 'ru', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true', 'maker not-in Sony'], budget: 15000, cur: 'RUB' },
  { text: 'Нужен электрический чайник из нержавеющей стали для мамы, около 3000 руб', lang: 'ru', expect: '751', hard: ['body eq stainless steel'], budget: 3300, cur: 'RUB', who: 'mother' },
  { text: 'Подарок для дочери (8 лет): детский велосипед 20 дюймов, максимум 20000 рублей, до пятницы', lang: 'ru', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 20'], budget: 20000, cur: 'RUB', who: 'daughter', age: 8, deadline: FRIDAY },
  { text: 'Хочу палатку на 4 человека, водонепроницаемую, не дороже 25000 ₽', lang: 'ru', expect: '1022', hard: ['capacity_persons ~ 4'], soft: ['waterhead_mm higher'], budget: 25000, cur: 'RUB' },
  { text: 'робот-пылесос без мешка, тихий, любой цвет кроме белого, до 30000 рублей', lang: 'ru', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true', 'color not-in white'], soft: ['noise_db lower'], budget: 30000, cur: 'RUB' },
  { text: 'Кофемашина с капучинатором для мужа к 20 декабря, не более 40000 рублей', lang: 'ru', expect: '736', hard: ['milk_frother eq true'], budget: 40000, cur: 'RUB', who: 'husband', deadline: ['2027-12-20', '2027-12-19'] },
  { text: 'рюкзак школьный синий для сына 9 лет, до 5000 руб', lang: 'ru', expect: '100', hard: ['backpack_type eq school', 'color in blue'], budget: 5000, cur: 'RUB', who: 'son', age: 9 },
  { text: 'куртка с капюшоном, размер M, черная, не Adidas', lang: 'ru', expect: '5598', hard: ['hood eq true', 'size eq M', 'color in black', 'maker not-in Adidas'] },
  { text: 'Кроссовки для бега, размер 42, для бабушки, до 8000 рублей', lang: 'ru', expect: 'running-shoes', hard: ['size_eu eq 42'], budget: 8000, cur: 'RUB', who: 'grandmother' },
  // Turkish
  { text: 'Kablosuz kulaklık arıyorum, gürültü engelleme olsun, Sony olmasın, en fazla 3000 TL', lang: 'tr', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true', 'maker not-in Sony'], budget: 3000, cur: 'TRY' },
  { text: "Annem için paslanmaz çelik su ısıtıcısı, 1500 TL'ye kadar", lang: 'tr', expect: '751', hard: ['body eq stainless steel'], budget: 1500, cur: 'TRY', who: 'mother' },
  { text: '8 yaşındaki kızım için 20 inç çocuk bisikleti, cumaya kadar, 5000 TL altında', lang: 'tr', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 20'], budget: 5000, cur: 'TRY', who: 'daughter', age: 8, deadline: FRIDAY },
  { text: '4 kişilik su geçirmez çadır istiyorum, yaklaşık 4000 lira', lang: 'tr', expect: '1022', hard: ['capacity_persons ~ 4'], soft: ['waterhead_mm higher'], budget: 4400, cur: 'TRY' },
  { text: 'torbasız robot süpürge, sessiz, kırmızı hariç, en fazla 12000 TL', lang: 'tr', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true', 'color not-in red'], soft: ['noise_db lower'], budget: 12000, cur: 'TRY' },
  { text: "Kocama hediye olarak süt köpürtücülü espresso makinesi, 20 Aralık'tan önce", lang: 'tr', expect: '736', hard: ['machine_type eq espresso', 'milk_frother eq true'], who: 'husband', deadline: ['2027-12-19', '2027-12-20'] },
  { text: "oğlum için mavi okul sırt çantası, 9 yaşında, 800 TL'yi geçmesin", lang: 'tr', expect: '100', hard: ['backpack_type eq school', 'color in blue'], budget: 800, cur: 'TRY', who: 'son', age: 9 },
  { text: 'kapüşonlu siyah mont, M beden, Adidas değil', lang: 'tr', expect: '5598', hard: ['hood eq true', 'size eq M', 'color in black', 'maker not-in Adidas'] },
  { text: 'Büyükannem için koşu ayakkabısı, 42 numara, en fazla 2500 TL', lang: 'tr', expect: 'running-shoes', hard: ['size_eu eq 42'], budget: 2500, cur: 'TRY', who: 'grandmother' },
  // Greek
  { text: 'Ψάχνω ασύρματα ακουστικά με ακύρωση θορύβου, όχι Sony, μέχρι 200 ευρώ', lang: 'el', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true', 'maker not-in Sony'], budget: 200 },
  { text: 'Ένας βραστήρας από ανοξείδωτο ατσάλι για τη μητέρα μου, περίπου 40 ευρώ', lang: 'el', expect: '751', hard: ['body eq stainless steel'], budget: 44, who: 'mother' },
  { text: 'Δώρο για την κόρη μου (8 ετών): παιδικό ποδήλατο 20 ιντσών, το πολύ 250 ευρώ, μέχρι την Παρασκευή', lang: 'el', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 20'], budget: 250, who: 'daughter', age: 8, deadline: FRIDAY },
  { text: 'θέλω μια αδιάβροχη σκηνή για 4 άτομα, κάτω από 300 ευρώ', lang: 'el', expect: '1022', hard: ['capacity_persons ~ 4'], soft: ['waterhead_mm higher'], budget: 300 },
  { text: 'σκούπα ρομπότ χωρίς σακούλα, αθόρυβη, οποιοδήποτε χρώμα εκτός από λευκό, έως 400 ευρώ', lang: 'el', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true', 'color not-in white'], soft: ['noise_db lower'], budget: 400 },
  { text: 'μηχανή εσπρέσο με αφρογαλιέρα για τον άντρα μου πριν από τις 20/12', lang: 'el', expect: '736', hard: ['machine_type eq espresso', 'milk_frother eq true'], who: 'husband', deadline: ['2027-12-19', '2027-12-20'] },
  { text: 'μπλε σχολικό σακίδιο για τον γιο μου 9 χρονών, μέχρι 50 ευρώ', lang: 'el', expect: '100', hard: ['backpack_type eq school', 'color in blue'], budget: 50, who: 'son', age: 9 },
  { text: 'μαύρο μπουφάν με κουκούλα, μέγεθος M, όχι Adidas', lang: 'el', expect: '5598', hard: ['hood eq true', 'size eq M', 'color in black', 'maker not-in Adidas'] },
  { text: 'Παπούτσια για τρέξιμο για τη γιαγιά μου, νούμερο 42, μέχρι 90 ευρώ', lang: 'el', expect: 'running-shoes', hard: ['size_eu eq 42'], budget: 90, who: 'grandmother' },
  // Czech
  { text: 'Hledám bezdrátová sluchátka s potlačením hluku, ne Sony, do 5000 Kč', lang: 'cs', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true', 'maker not-in Sony'], budget: 5000, cur: 'CZK' },
  { text: 'Rychlovarná konvice z nerezu pro mámu, kolem 1000 korun', lang: 'cs', expect: '751', hard: ['body eq stainless steel'], budget: 1100, cur: 'CZK', who: 'mother' },
  { text: 'Dárek pro dceru (8 let): dětské kolo 20 palců, maximálně 6000 Kč, do pátku', lang: 'cs', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 20'], budget: 6000, cur: 'CZK', who: 'daughter', age: 8, deadline: FRIDAY },
  { text: 'chci nepromokavý stan pro 4 osoby, pod 8000 Kč', lang: 'cs', expect: '1022', hard: ['capacity_persons ~ 4'], soft: ['waterhead_mm higher'], budget: 8000, cur: 'CZK' },
  { text: 'robotický vysavač bez sáčku, tichý, jakákoli barva kromě bílé, nejvýše 10000 Kč', lang: 'cs', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true', 'color not-in white'], soft: ['noise_db lower'], budget: 10000, cur: 'CZK' },
  { text: 'kávovar s napěňovačem mléka pro manžela do 20. 12.', lang: 'cs', expect: '736', hard: ['milk_frother eq true'], who: 'husband', deadline: ['2027-12-19', '2027-12-20'], budget: 0 },
  { text: 'modrý školní batoh pro syna 9 let, do 1500 korun', lang: 'cs', expect: '100', hard: ['backpack_type eq school', 'color in blue'], budget: 1500, cur: 'CZK', who: 'son', age: 9 },
  { text: 'černá bunda s kapucí, velikost M, ne Adidas', lang: 'cs', expect: '5598', hard: ['hood eq true', 'size eq M', 'color in black', 'maker not-in Adidas'] },
  { text: 'Běžecké boty pro babičku, velikost 42, maximálně 2500 Kč', lang: 'cs', expect: 'running-shoes', hard: ['size_eu eq 42'], budget: 2500, cur: 'CZK', who: 'grandmother' },
  // Romanian
  { text: 'Caut căști wireless cu anularea zgomotului, nu Sony, până la 1000 de lei', lang: 'ro', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true', 'maker not-in Sony'], budget: 1000, cur: 'RON' },
  { text: 'Un fierbător din inox pentru mama mea, în jur de 200 lei', lang: 'ro', expect: '751', hard: ['body eq stainless steel'], budget: 220, cur: 'RON', who: 'mother' },
  { text: 'Cadou pentru fiica mea (8 ani): bicicletă pentru copii de 20 inch, maxim 1200 lei, până vineri', lang: 'ro', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 20'], budget: 1200, cur: 'RON', who: 'daughter', age: 8, deadline: FRIDAY },
  { text: 'vreau un cort impermeabil pentru 4 persoane, sub 1500 lei', lang: 'ro', expect: '1022', hard: ['capacity_persons ~ 4'], soft: ['waterhead_mm higher'], budget: 1500, cur: 'RON' },
  { text: 'aspirator robot fără sac, silențios, orice culoare în afară de alb, cel mult 2000 lei', lang: 'ro', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true', 'color not-in white'], soft: ['noise_db lower'], budget: 2000, cur: 'RON' },
  { text: 'espressor cu spumant de lapte pentru soțul meu înainte de 20 decembrie', lang: 'ro', expect: '736', hard: ['machine_type eq espresso', 'milk_frother eq true'], who: 'husband', deadline: ['2027-12-19', '2027-12-20'] },
  { text: 'rucsac albastru de școală pentru fiul meu de 9 ani, până la 300 lei', lang: 'ro', expect: '100', hard: ['backpack_type eq school', 'color in blue'], budget: 300, cur: 'RON', who: 'son', age: 9 },
  { text: 'geacă neagră cu glugă, mărimea M, nu Adidas', lang: 'ro', expect: '5598', hard: ['hood eq true', 'size eq M', 'color in black', 'maker not-in Adidas'] },
  { text: 'Pantofi de alergare pentru bunica mea, mărimea 42, maxim 400 lei', lang: 'ro', expect: 'running-shoes', hard: ['size_eu eq 42'], budget: 400, cur: 'RON', who: 'grandmother' },
  // Japanese
  { text: 'ノイズキャンセリング付きのワイヤレスヘッドホンを探しています。Sony以外で、3万円以下', lang: 'ja', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true', 'maker not-in Sony'], budget: 30000, cur: 'JPY' },
  { text: '母へのプレゼントに、ステンレスの電気ケトル、5千円くらい', lang: 'ja', expect: '751', hard: ['body eq stainless steel'], budget: 5500, cur: 'JPY', who: 'mother' },
  { text: '8歳の娘の誕生日プレゼントに20インチの子供用自転車、2万5千円まで、金曜日までに', lang: 'ja', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 20'], budget: 25000, cur: 'JPY', who: 'daughter', age: 8, deadline: FRIDAY },
  { text: '4人用の防水テントが欲しいです、4万円未満', lang: 'ja', expect: '1022', hard: ['capacity_persons ~ 4'], soft: ['waterhead_mm higher'], budget: 40000, cur: 'JPY' },
  { text: '紙パック不要のロボット掃除機、静音、白以外、最大5万円', lang: 'ja', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true', 'color not-in white'], soft: ['noise_db lower'], budget: 50000, cur: 'JPY' },
  { text: '夫に、ミルクフォーマー付きのエスプレッソマシンを12月20日までに', lang: 'ja', expect: '736', hard: ['machine_type eq espresso', 'milk_frother eq true'], who: 'husband', deadline: ['2027-12-19', '2027-12-20'] },
  { text: '9歳の息子に青い通学用リュック、8000円まで', lang: 'ja', expect: '100', hard: ['backpack_type eq school', 'color in blue'], budget: 8000, cur: 'JPY', who: 'son', age: 9 },
  { text: 'フード付きの黒いジャケット、サイズはM、アディダス以外', lang: 'ja', expect: '5598', hard: ['hood eq true', 'size eq M', 'color in black', 'maker not-in Adidas'] },
  { text: '祖母にランニングシューズ、サイズ42、1万5千円以下', lang: 'ja', expect: 'running-shoes', hard: ['size_eu eq 42'], budget: 15000, cur: 'JPY', who: 'grandmother' },
];

/** Rows read wrong on this branch, and why: the tests fail when one closes, so the list stays true. */
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map([
  ['フード付きの黒いジャケット、サイズはM、アディダス以外', 'a maker written in katakana ("アディダス") is not matched to the maker written in Latin letters'],
  ["Kocama hediye olarak süt köpürtücülü espresso makinesi, 20 Aralık'tan önce", 'a recipient said by the dative ending alone ("kocama", to my husband) is not read as who it is for'],
]);

const LANGUAGES = ['ru', 'tr', 'el', 'cs', 'ro', 'ja'] as const;

describe('requests in Russian, Turkish, Greek, Czech, Romanian and Japanese are read through a gloss', () => {
  it('reads every row right but the known gaps', () => {
    const { report, unexpected, closed } = judgeBlindSet(ROWS, KNOWN_GAPS, NOW);
    expect(unexpected, report).toEqual([]);
    expect(closed, report).toEqual([]);
  });

  it('covers each new language with at least eight requests', () => {
    for (const language of LANGUAGES) {
      expect(glossLexiconOf(language)).toBeDefined();
      expect(ROWS.filter((r) => r.lang === language).length).toBeGreaterThanOrEqual(8);
    }
  });

  it('answers in English and says which language it read, keeping the words as typed', () => {
    const text = 'Ищу беспроводные наушники, до 15000 рублей';
    const u = readUnseen({ text, lang: 'ru', expect: '' }, NOW);
    expect(u.kind).toBe('need');
    if (u.kind !== 'need') return;
    expect(u.assumptions[0]).toBe('Read in Russian; I answer in English.');
    expect(u.need.text).toBe(text);
  });

  it('recognises a language by its own script however few of its words the lexicon names', () => {
    expect(detectReadLanguage('Sony WH-1000XM5 купить')).toBe('ru');
    expect(detectReadLanguage('Sony WH-1000XM5 φθηνά')).toBe('el');
    expect(detectReadLanguage('Sony WH-1000XM5 が欲しい')).toBe('ja');
    // A quoted name in another script says nothing of the request's language.
    expect(detectReadLanguage('a gift for my grandmother, the book «Война и мир»')).toBe('en');
  });

  it('writes a postposition before the word or figure it follows', () => {
    const turkish = glossLexiconOf('tr')!;
    expect(glossRequest("annem için, 500 TL'ye kadar, cumaya kadar", turkish).text).toBe('for mother, up to 500 lira, by friday');
    const japanese = glossLexiconOf('ja')!;
    expect(glossRequest('3万5千円以下、金曜日までに', japanese).text.trim()).toBe('up to 35000 yen, by friday');
  });

  it('strips Turkish endings down to a stem the lexicon names', () => {
    const turkish = glossLexiconOf('tr')!;
    expect(glossRequest('kulaklıklarım kızımın', turkish).text).toBe('headphones daughter');
  });

  it('folds accents but keeps the letters a mark makes', () => {
    const greek = glossLexiconOf('el')!;
    expect(glossRequest('φθηνο ασυρματα ακουστικα', greek).text).toBe('cheap wireless headphones');
    // "й" is its own letter: "мой" (my) is not "мои" folded away, and a kana's voicing mark stays ("ガラス" glass).
    expect(glossRequest('ガラス', glossLexiconOf('ja')!).text.trim()).toBe('glass');
  });

  it.each(LANGUAGES)('[%s] reads its rows in its own language', (language) => {
    for (const row of ROWS.filter((r) => r.lang === language)) {
      const failures = judgeUnseen(row, readUnseen(row, NOW)).filter((f) => f.kind === 'language' || f.kind === 'category');
      expect(failures.map((f) => `${row.text}: [${f.kind}] ${f.detail}`)).toEqual([]);
    }
  });

  it('keeps every glossed language distinct', () => {
    expect(new Set(GLOSS_LEXICONS.map((l) => l.language)).size).toBe(GLOSS_LEXICONS.length);
  });
});
