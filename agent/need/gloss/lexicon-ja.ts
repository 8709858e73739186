import type { GlossLexicon } from './gloss-lexicon.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The most days each month has in any year (February 29 in a leap year). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "12月24日" as "24 december"; an impossible date ("13月5日", "2月30日") as "an impossible date": no date, no figure. */
function plainDate(month: number, day: number): string {
  const days = MONTH_DAYS[month - 1];
  return days !== undefined && day >= 1 && day <= days ? ` ${day} ${MONTHS[month - 1]} ` : ' an impossible date ';
}

/**
 * Japanese figures and punctuation made plain: full-width forms as ASCII (NFKC), "、" and "。" as ", " and ". ",
 * "3万5千" as 35000 and "5千" as 5000, and a date "12月24日" as "24 december" (`plainDate`).
 */
export function plainJapanese(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[、，]/g, ', ')
    .replace(/[。]/g, '. ')
    .replace(/(\d+(?:\.\d+)?)万(?:(\d+)千)?/g, (_, man: string, sen: string | undefined) => String(Math.round(Number(man) * 10_000 + Number(sen ?? 0) * 1_000)))
    .replace(/(\d+(?:\.\d+)?)千/g, (_, sen: string) => String(Math.round(Number(sen) * 1_000)))
    .replace(/(\d{1,2})月(\d{1,2})日/g, (_, month: string, day: string) => plainDate(Number(month), Number(day)));
}

/** The people a gift is for, as the lexicon names them. */
const RELATIVES: Readonly<Record<string, string>> = {
  '母': 'mother', 'お母さん': 'mother', '父': 'father', 'お父さん': 'father', '息子': 'son', '娘': 'daughter', '子供': 'child', '子ども': 'child', '祖母': 'grandmother', 'おばあちゃん': 'grandmother', '祖父': 'grandfather', 'おじいちゃん': 'grandfather',
  '兄': 'brother', '弟': 'brother', '姉': 'sister', '妹': 'sister', '夫': 'husband', '主人': 'husband', '妻': 'wife', '彼女': 'girlfriend', '彼氏': 'boyfriend', '甥': 'nephew', '姪': 'niece', '友達': 'friend', '赤ちゃん': 'baby',
};

/**
 * A person followed by "に" (to), "へ" (towards) or "の" (of) is who the thing is for ("娘に", "母への", "夫の誕生日"):
 * "for daughter". Built from the relatives, not listed word by word.
 */
function forRelatives(): Record<string, string> {
  return Object.fromEntries(Object.entries(RELATIVES).flatMap(([word, english]) => ['に', 'へ', 'の', 'にも'].map((particle) => [`${word}${particle}`, `for ${english}`])));
}

/**
 * Japanese, read through a gloss into the reader's English words. It is written without spaces, so the text is read by
 * the longest entry at each point; particles say nothing the reader needs ("を", "の") or are postpositions written
 * before the word or figure they follow ("1万円以下": under 10000 yen, "金曜日までに": by friday).
 */
export const JAPANESE: GlossLexicon = {
  language: 'ja',
  name: 'Japanese',
  markers: ['を', 'の', 'が', 'は', 'に', 'で', 'です', 'ます', 'ください', '探しています', '欲しい', 'ほしい', 'まで', '以下', '円'],
  letters: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
  ownLetters: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  spaceless: true,
  plainText: plainJapanese,
  compounds: false,
  words: {
    // Greetings, asking, politeness; particles that say nothing the reader needs.
    'こんにちは': '', 'すみません': '', 'ありがとう': 'thanks', 'ありがとうございます': 'thanks', 'ください': 'please', 'お願いします': 'please', 'よろしく': 'please',
    '探しています': 'looking for', '探してます': 'looking for', 'を探しています': 'looking for', '探している': 'looking for', '探す': 'looking for', 'が欲しい': 'I want', '欲しい': 'I want', 'ほしい': 'I want', 'が欲しいです': 'I want', '欲しいです': 'I want',
    '必要': 'I need', 'が必要': 'I need', '買いたい': 'I want to buy', '購入したい': 'I want to buy', 'おすすめ': 'recommend',
    'を': '', 'が': '', 'は': '', 'の': '', 'で': '', 'に': '', 'へ': '', 'です': '', 'ます': '', 'がいい': '', 'が良い': '', 'いい': '', 'もの': '', 'な': '', 'だ': '',
    'と': 'and', 'や': 'and', 'または': 'or', 'か': 'or', 'でも': 'but', 'も': 'also', 'とても': 'very', 'できれば': 'if possible', 'なるべく': 'ideally', '私の': 'my', '私': 'I',
    'のために': { afterWord: 'for' }, 'ために': { afterWord: 'for' }, 'への': { afterWord: 'for' }, '向け': { afterWord: 'for' }, '用': { afterWord: 'for' }, '付き': { afterWord: 'with' }, 'つき': { afterWord: 'with' },
    // Budget cues.
    '円': 'yen', '予算': 'budget', '予算は': 'budget', '最大': 'max', '最高': 'max', '高くても': 'at most', '安い': 'cheap', 'ユーロ': 'euros', 'ドル': 'dollars',
    '以下': { afterFigure: 'up to', afterWord: 'or less' }, '以内': { afterFigure: 'up to', afterWord: 'within' }, '以内で': { afterFigure: 'up to', afterWord: 'within' }, 'まで': { afterFigure: 'up to', afterWord: 'by' }, 'までで': { afterFigure: 'up to', afterWord: 'by' }, 'までに': { afterFigure: 'up to', afterWord: 'by' },
    '未満': { afterFigure: 'under', afterWord: 'under' }, '以上': { afterFigure: 'at least', afterWord: 'over' }, '前後': { afterFigure: 'about', afterWord: '' }, 'くらい': { afterFigure: 'about', afterWord: '' }, 'ぐらい': { afterFigure: 'about', afterWord: '' }, '程度': { afterFigure: 'about', afterWord: '' }, 'ほど': { afterFigure: 'about', afterWord: '' },
    '送料込み': 'incl shipping', '税込': 'incl VAT', '税込み': 'incl VAT',
    // Negation.
    '以外': { afterWord: 'except' }, '以外で': { afterWord: 'except' }, '以外の': { afterWord: 'except' }, 'ではなく': { afterWord: 'not' }, 'じゃなく': { afterWord: 'not' }, 'ではない': { afterWord: 'not' }, 'じゃない': { afterWord: 'not' }, 'なし': { afterWord: 'without' }, 'は不要': { afterWord: 'not' }, 'はいらない': { afterWord: 'not' }, '不要': { afterWord: 'not' },
    // Recipients and ages.
    'プレゼント': 'gift', '贈り物': 'gift', 'ギフト': 'gift', '歳': 'years old', '才': 'years old',
    '母': 'mother', 'お母さん': 'mother', '母親': 'mother', '父': 'father', 'お父さん': 'father', '父親': 'father', '息子': 'son', '娘': 'daughter', '子供': 'child', '子ども': 'child', 'こども': 'child', 'キッズ': 'kids', '子供用': 'kids', '子ども用': 'kids',
    '祖母': 'grandmother', 'おばあちゃん': 'grandmother', '祖父': 'grandfather', 'おじいちゃん': 'grandfather', '兄': 'brother', '弟': 'brother', '姉': 'sister', '妹': 'sister', '夫': 'husband', '主人': 'husband', '旦那': 'husband', '妻': 'wife', '嫁': 'wife',
    '彼女': 'girlfriend', '彼氏': 'boyfriend', '甥': 'nephew', '姪': 'niece', '叔母': 'aunt', '伯母': 'aunt', '叔父': 'uncle', '伯父': 'uncle', '友達': 'friend', '友人': 'friend', '赤ちゃん': 'baby',
    ...forRelatives(),
    // Numbers said as words.
    '一つ': 'one', '二つ': 'two', '三つ': 'three', '二人': 'two people', '二人用': 'two person', '三人用': 'three person', '四人用': 'four person', '人用': 'person', '人': 'people', 'ペア': 'pair', '足': 'pair', '個': 'pieces', '台': '',
    // Dates and deadlines.
    '前に': { afterWord: 'before' }, 'より前': { afterWord: 'before' }, 'できるだけ早く': 'asap', '至急': 'urgent', '急ぎ': 'urgent', '急いで': 'urgent',
    '来月末': 'end of next month', '月末': 'end of month', '来月': 'next month', '来週': 'next week', '明日': 'tomorrow', '今日': 'today',
    '月曜日': 'monday', '月曜': 'monday', '火曜日': 'tuesday', '火曜': 'tuesday', '水曜日': 'wednesday', '水曜': 'wednesday', '木曜日': 'thursday', '木曜': 'thursday', '金曜日': 'friday', '金曜': 'friday', '土曜日': 'saturday', '土曜': 'saturday', '日曜日': 'sunday', '日曜': 'sunday',
    'クリスマス': 'christmas', '誕生日': 'birthday',
    // Products.
    'ランニングシューズ': 'running shoes', 'スニーカー': 'sneakers', '靴': 'shoes', 'シューズ': 'shoes', 'サイズ': 'size', 'サイズは': 'size', 'ヘッドホン': 'headphones', 'ヘッドフォン': 'headphones', 'イヤホン': 'earbuds', 'コーヒー': 'coffee', 'コーヒー豆': 'coffee beans', '豆': 'beans', '粉': 'ground', '焙煎': 'roast',
    '自転車': 'bike', 'ヘルメット': 'helmet', 'リュック': 'backpack', 'リュックサック': 'backpack', 'バックパック': 'backpack', '寝袋': 'sleeping bag', 'テント': 'tent', 'スーツケース': 'suitcase', 'ボードゲーム': 'board game',
    'カメラ': 'camera', 'オフィスチェア': 'office chair', 'デスクチェア': 'office chair', '椅子': 'chair', 'お茶': 'tea', '紅茶': 'black tea', '緑茶': 'green tea', 'スピーカー': 'speaker', '洗濯機': 'washing machine', '電動ドリル': 'drill', 'ドリル': 'drill', '振動ドリル': 'hammer drill', 'ハンマードリル': 'hammer drill',
    'スマホ': 'phone', 'スマートフォン': 'phone', '携帯': 'phone', 'マットレス': 'mattress', 'ノートパソコン': 'laptop', 'ドッグフード': 'dog food', '電子書籍リーダー': 'e-reader', 'ヨガマット': 'yoga mat', 'テレビ': 'tv', 'タブレット': 'tablet',
    'ドライヤー': 'hair dryer', 'ヘアドライヤー': 'hair dryer', 'ミキサー': 'blender', 'ブレンダー': 'blender', 'ハンドブレンダー': 'hand blender', '電動歯ブラシ': 'electric toothbrush', '歯ブラシ': 'toothbrush', 'ジャケット': 'jacket', 'コート': 'coat', 'ベビーカー': 'stroller',
    '空気清浄機': 'air purifier', 'ロボット掃除機': 'robot vacuum', 'スティック掃除機': 'stick vacuum', '掃除機': 'vacuum', '芝刈り機': 'lawn mower', 'コーヒーメーカー': 'coffee machine', 'エスプレッソマシン': 'espresso machine', '電気ケトル': 'electric kettle', 'ケトル': 'kettle', 'やかん': 'kettle', 'パズル': 'puzzle', 'ジグソーパズル': 'puzzle',
    // Features and attribute values.
    'ワイヤレス': 'wireless', 'ノイズキャンセリング': 'noise cancelling', 'ノイキャン': 'noise cancelling', '防水': 'waterproof', '静か': 'quiet', '静音': 'quiet', '軽量': 'light', '軽い': 'light', '折りたたみ': 'foldable', '折り畳み': 'foldable', '電動': 'electric', '自立式': 'freestanding',
    'ステンレス': 'stainless steel', 'ガラス': 'glass', 'プラスチック': 'plastic', '木製': 'wooden', 'アルミ': 'aluminium', 'カーボン': 'carbon', '温度調節': 'temperature control', '温度設定': 'temperature control', 'ミルクフォーマー': 'milk frother', 'ミル付き': 'with grinder', 'カプセル式': 'capsule', 'カプセル': 'capsules',
    '紙パック不要': 'bagless', 'サイクロン': 'bagless', 'リットル': 'litres', 'インチ': 'inch', '変速': 'gears', 'ピース': 'pieces', 'マウンテンバイク': 'mountain bike', 'ロードバイク': 'road bike', 'シティサイクル': 'city bike', '登山': 'hiking', 'ハイキング': 'hiking', 'メンズ': "men's", 'レディース': "women's",
    'バッテリー': 'battery', '充電式': 'cordless', 'コードレス': 'cordless', 'ライト': 'light', '硬め': 'hard', '柔らかめ': 'soft', '普通': 'medium', '低反発': 'memory foam', 'ポケットコイル': 'pocket spring', 'オーガニック': 'organic', '有機': 'organic', 'デカフェ': 'decaf', 'カフェインレス': 'decaf', '滑り止め': 'non slip',
    '画面': 'screen', '大きい': 'big', '小さい': 'small', '新品': 'new', '中古': 'used', 'フード': 'hood', '通学': 'school', '旅行': 'travel', '機内持ち込み': 'cabin size', 'ランバーサポート': 'lumbar support', '肘掛け': 'armrests', 'アームレスト': 'armrests', 'ヘッドレスト': 'headrest', 'メッシュ': 'mesh',
    '子犬': 'puppy', 'パピー': 'puppy', 'グレインフリー': 'grain free', 'ドライ': 'dry', 'ウェット': 'wet', '茶葉': 'loose leaf', 'ティーバッグ': 'tea bags', 'ダウン': 'down', '化繊': 'synthetic', 'マミー型': 'mummy', 'エンジン式': 'petrol', '自走式': 'self-propelled', 'ミラーレス': 'mirrorless', '新生児から': 'from birth', 'コンパクト': 'compact', '調節可能': 'adjustable', '調整可能': 'adjustable',
    // Colours.
    '黒い': 'black', '白い': 'white', '赤い': 'red', '青い': 'blue', '黄色い': 'yellow', '茶色い': 'brown',
    '色': 'color', 'カラー': 'color', '黒': 'black', 'ブラック': 'black', '白': 'white', 'ホワイト': 'white', '赤': 'red', 'レッド': 'red', '青': 'blue', 'ブルー': 'blue', '緑': 'green', 'グリーン': 'green', 'グレー': 'grey', '灰色': 'grey', 'ピンク': 'pink', '黄色': 'yellow', '紫': 'purple', 'オレンジ': 'orange', 'シルバー': 'silver', '銀': 'silver', '茶色': 'brown', 'ブラウン': 'brown',
  },
};
