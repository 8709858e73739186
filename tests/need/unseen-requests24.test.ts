import { describeBlindSet } from './describe-blind-set.ts';
import { UNSEEN_NOW_24, UNSEEN_REQUESTS_24 } from './unseen-requests24-table.ts';

// Eighty requests written blind (requests24, see the table's header: voice-assistant transcriptions with fillers and
// spoken numbers, SMS/chat shorthand, budget ranges, imperial and US units, dislikes and exclusions from past
// purchases, gifts with the recipient in odd places, several wishes joined with "also"/"and maybe", questions that are
// requests, typos and missing spaces, all caps, emoji, very short requests, pasted product titles; 46 English
// requests, 2 each in Italian, Dutch, Portuguese, Polish, Swedish, French, German and Spanish and in five languages
// not read before — Turkish, Danish, Hungarian, Korean, Japanese — and 8 a careful shop assistant could not act on —
// keyboard mash, a pasted 3 KB base64 blob, a pasted hash, "hiii 🙂", a short link alone, a question with no product,
// fillers only, emoji only — where the butler must ask what the person wants), read at the table's own clock
// (Wednesday 13 June 2029).
// Measured once on main (88f53d5) before any fix: 52/80 read right (rows failing per kind: hard 13, category 10,
// budget 7, recipient 1; by language: English requests 36/46, Italian 0/2, Dutch 2/2, Portuguese 1/2, Polish 0/2,
// Swedish 1/2, French 2/2, German 1/2, Spanish 0/2, Turkish 1/2, Danish 0/2, Hungarian 0/2, Korean 0/2, Japanese
// 2/2 — the Danish, Hungarian and Korean requests are refused as unsupported; requests to ask about 6/8 — the keyboard
// mash and "hiii 🙂" are refused as unsupported instead of asked about). The measurement ran on 81 rows: one extra
// English voice transcript (coffee beans; it read right) was then dropped to make eighty, taken from the largest group
// of the table without regard to how it read; and three rows found word for word in earlier tables ("kettle under 40",
// "cordless drill", "hi"; all three had read right) were replaced, before being read, by "glass kettle pls", "impact
// driver 18v" and "hiii 🙂", measured once in turn (the first two read right). Reading all 81 took 4.8 s of user CPU
// (`/usr/bin/time -v npx vitest run` of the throwaway measuring test; the 3 KB blob under 5 ms). Every row must read
// right but the ones listed in KNOWN_GAPS; their reasons are the judge's own findings at measurement time, not yet
// diagnosed. A gap that closes must be removed from the list.
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ["okay so running shoes for trail uh size forty three and I don't wanna spend more than one fifty", "measured, not yet read right: [budget] budget 5100 EUR, expected 15000"],
  ["uh a mattress a hundred and sixty by two hundred medium firmness under nine hundred", "measured, not yet read right: [hard] missing size ~ 160 x 200 cm"],
  ["u have wireless earbuds w/ anc? white pls, max 80 €", "measured, not yet read right: [hard] missing color in white"],
  ["espresso machine no less than 200 but under 400, with a milk frother", "measured, not yet read right: [budget] budget 20000 EUR, expected 40000"],
  ["Trail runners, women's US 8, waterproof, under $160", "measured, not yet read right: [hard] missing gender eq women"],
  ["LEGO Technic set max 120 — oh and it's for my nephew, he's 12", "measured, not yet read right: [hard] missing maker in LEGO"],
  ["headphnes noise cancleing overear under100", "measured, not yet read right: [hard] missing form eq over-ear"],
  ["elecrtic toothbrush for kdis, my daugther is 6, under 40eur", "measured, not yet read right: [category] got ask:brush_type: Toothbrushes: oscillating, sonic or manual? (brush type; say \"any\" if it does no; [hard] missing age_group eq kids; [recipient] recipient undefined, expected daughter; [recipient] recipient undefined, expected age 6"],
  ["☕️☕️ need a bean to cup machine w/ grinder 🙏 budget 600 💸", "measured, not yet read right: [category] got coffee; [hard] missing machine_type eq bean-to-cup; [hard] missing grinder eq true"],
  ["🏃‍♀️ road running shoes women 39 💜 purple pls, max 130 👟", "measured, not yet read right: [hard] missing gender eq women; [hard] missing color in purple"],
  ["mi serve un frullatore a immersione, massimo ottanta euro, non Braun per favore", "measured, not yet read right: [budget] budget none, expected 8000"],
  ["cuffie over-ear senza fili per mia sorella, massimo duecento euro, consegna entro sabato", "measured, not yet read right: [budget] budget none, expected 20000"],
  ["queria uma mochila de caminhada de 30 litros, impermeável, até cento e vinte euros", "measured, not yet read right: [budget] budget 2000 EUR, expected 12000"],
  ["szukam czajnika elektrycznego ze stali nierdzewnej z regulacją temperatury, do dwustu złotych", "measured, not yet read right: [budget] budget none, expected 20000"],
  ["potrzebuję twardego materaca 140x200 dla syna, max 1500 zł", "measured, not yet read right: [hard] missing size ~ 140 x 200 cm; [hard] missing firmness eq firm"],
  ["jag vill ha en regnjacka med luva i storlek L, högst tusen kronor", "measured, not yet read right: [hard] missing hood eq true"],
  ["HALLO ICH SUCHE EINEN AKKU-RASENMÄHER FÜR 400 QM RASEN BIS DREIHUNDERT EURO", "measured, not yet read right: [hard] missing lawn_area_m2 gte 400"],
  ["oye tienes una aspiradora escoba sin cable por menos de doscientos cincuenta euros", "measured, not yet read right: [budget] budget 5000 EUR, expected 25000"],
  ["Regalo para mi sobrino de 8 años 🎁 un set de LEGO City, máx 60€ 🙏", "measured, not yet read right: [hard] missing maker in LEGO"],
  ["kablosuz kulak içi kulaklık arıyorum, gürültü engelleme olsun, en fazla iki bin lira", "measured, not yet read right: [hard] missing form eq in-ear"],
  ["jeg søger en robotstøvsuger til lejligheden, maks tre tusind kroner", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["hej, har I en vandtæt vandrerygsæk på 40 liter til under 1200 kr?", "measured, not yet read right: [category] got unsupported: Read in Swedish; I answer in English. I can only shop for running shoes, headpho"],
  ["vezeték nélküli fejhallgatót keresek zajszűréssel, legfeljebb ötvenezer forintért", "measured, not yet read right: [category] got unsupported: Pour l’instant, je ne sais acheter que chaussures de running, casque audio, café"],
  ["elektromos fogkefét szeretnék venni a lányomnak, 9 éves, 15000 Ft alatt", "measured, not yet read right: [category] got unsupported: Pour l’instant, je ne sais acheter que chaussures de running, casque audio, café"],
  ["노이즈 캔슬링 무선 헤드폰 찾고 있어요. 30만 원 이하로요.", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["아버지 선물로 전동 칫솔 사고 싶어요, 10만원 이하", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["jkjkjk asdf ;lkj qwerqwer zxcv", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["hiii 🙂", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
]);

describeBlindSet('requests24: eighty blind requests as voice transcripts, chat shorthand, budget ranges, imperial units, past-purchase exclusions, odd-place recipients, joined wishes, questions, typos, caps, emoji, short requests and pasted titles, in fourteen languages, and eight to ask about (demo market)', UNSEEN_REQUESTS_24, KNOWN_GAPS, { rows: 80, french: 2, now: UNSEEN_NOW_24 });
