import { describe, expect, it } from 'vitest';
import { understandNeedText } from '../../agent/need/deterministic-need-engine.ts';

const NOW = new Date('2029-03-06T10:00:00Z');

/**
 * Requests in languages the butler has no lexicon for: each refused naming its language, never read through another.
 * Known limit: Ukrainian is told from Russian by its own letters (і ї є ґ); a sentence with none is read as Russian.
 */
const UNREAD: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Finnish', ['Haluan ostaa kahvinkeittimen, hinta enintään 120 euroa', 'Etsin lapselleni pyöräilykypärää, koko M, alle 60 euroa', 'Tarvitsen juoksukengät, koko 43, ja niiden pitää olla vedenpitävät']],
  ['Norwegian', ['Jeg trenger en ny kaffetrakter, ikke for dyr, maks 1500 kroner', 'Jeg ønsker meg løpesko til terreng, størrelse 42', 'Kan du finne en sykkelhjelm til datteren min? Ikke over 800 kroner']],
  ['Danish', ['Jeg søger et par høretelefoner med støjreduktion, gerne under 1500 kroner', 'Jeg vil gerne købe en elkedel af stål til mig selv', 'Vi søger efter en cykelhjelm til vores søn, størrelse S']],
  ['Vietnamese', ['Tôi muốn tìm một đôi giày chạy bộ cỡ 42, giá dưới 2 triệu đồng', 'Bạn giúp tôi mua tai nghe chống ồn không dây nhé', 'Cần mua một cái mũ bảo hiểm xe đạp cho con trai tôi']],
  ['Indonesian', ['Saya ingin beli headphone nirkabel untuk kerja, harga maksimal 1 juta', 'Tolong carikan helm sepeda untuk anak saya yang berumur 8 tahun', 'Aku butuh mesin kopi yang murah dan bisa buat espresso']],
  ['Hebrew', ['אני רוצה לקנות נעלי ריצה מידה 43', 'אני מחפשת קומקום חשמלי מנירוסטה עד 300 שקלים', 'קסדת אופניים לילד בן 6, בבקשה']],
  ['Arabic', ['أريد شراء سماعات رأس لاسلكية بسعر معقول', 'أبحث عن حذاء جري مقاس 42 للطرق', 'هل يمكنك أن تجد لي آلة قهوة بأقل من 500 درهم؟']],
  ['Hungarian', ['Keresek egy vezeték nélküli fülhallgatót, legfeljebb 30 000 forint', 'Szeretnék egy kávéfőzőt, ami nem túl drága és könnyű', 'Futócipőt keresek, méret 42, és vízálló legyen']],
  ['Ukrainian', ['Шукаю кавоварку для офісу, до 5000 гривень', 'Потрібні кросівки для бігу, розмір 43, не дорожче ніж 3000 грн', 'Шолом для велосипеда, дитячий, розмір S']],
  ['Korean', ['무선 헤드폰을 사고 싶어요, 20만원 이하로', '러닝화 찾고 있어요, 사이즈 270', '아들 자전거 헬멧 추천해 주세요']],
];

describe('a request in a language the butler cannot read is refused naming that language', () => {
  for (const [name, texts] of UNREAD) {
    for (const text of texts) {
      it(`${name}: ${text}`, () => {
        const understood = understandNeedText(text, { now: NOW, defaultCurrency: 'EUR' });
        expect(understood.kind).toBe('unsupported');
        if (understood.kind !== 'unsupported') return;
        expect(understood.message).toContain(`can't read ${name}`);
        expect(understood.message).not.toMatch(/can only shop|ne sais acheter|Read in /);
      });
    }
  }
});

describe('a request in a language the butler reads is never named as one it cannot read', () => {
  for (const text of [
    'waterproof trail running shoes size 43, under 150 euros',
    'je cherche un casque sans fil, 200 euros max',
    'Jag behöver en sladdlös dammsugare, max 3000 kronor',
    'Suche kabellose Kopfhörer mit Geräuschunterdrückung bis 200 Euro',
    'busco unas zapatillas de trail, talla 42, hasta 120 euros',
    'Ищу беспроводные наушники до 10000 рублей',
    'ワイヤレスイヤホンを探しています、2万円まで',
  ]) {
    it(text, () => {
      const understood = understandNeedText(text, { now: NOW, defaultCurrency: 'EUR' });
      if (understood.kind === 'unsupported') expect(understood.message).not.toMatch(/can't read/);
    });
  }
});
