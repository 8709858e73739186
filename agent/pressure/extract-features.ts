/** A sparse, L2-normalised feature vector over hashed feature buckets. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/** Number of hashed feature buckets (2^18): collisions are rare for a corpus of a few thousand short texts. */
export const FEATURE_BUCKETS = 1 << 18;

const CLOCK = /\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?/g;
const MONEY = /[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|eur\b|euros?\b|usd\b|dollars?\b|gbp\b|pounds?\b)/g;
const PERCENT = /\d[\d.,]*\s?%/g;
const NUMBER = /\d[\d,.]*/g;
const TOKEN = /[a-z]+|<[a-z]+>|[!?#"]/g;
const CHAR_NGRAM_WEIGHT = 0.35;
/** Every regex tokenize reads the text with (the detector checks none can tell one digit from another). */
export const TOKENIZE_REGEXES: readonly RegExp[] = [/\d/, CLOCK, MONEY, PERCENT, NUMBER, /\D/g, /'/g, TOKEN];

/** Replaces numbers with shape tokens so "only 2 left" and "only 7 left" look alike to the model. */
export function tokenize(normalizedText: string): string[] {
  let shaped = normalizedText;
  if (/\d/.test(shaped)) {
    shaped = shaped
      .replace(CLOCK, ' <clock> ')
      .replace(MONEY, ' <money> ')
      .replace(PERCENT, ' <pct> ')
      .replace(NUMBER, (digits) => (digits.replace(/\D/g, '').length <= 2 ? ' <num> ' : ' <bignum> '));
  }
  return shaped.replace(/'/g, '').match(TOKEN) ?? [];
}

/** A deliberately light stemmer: folds plural and common verb endings, nothing clever. */
export function stem(token: string): string {
  if (token.startsWith('<') || token.length <= 3) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  if (token.endsWith('ing') && token.length > 5) return token.slice(0, -3);
  if (token.endsWith('ed') && token.length > 4) return token.slice(0, -2);
  if (token.endsWith('ly') && token.length > 4) return token.slice(0, -2);
  if (token.endsWith('s') && !token.endsWith('ss') && !token.endsWith('us')) return token.slice(0, -1);
  return token;
}

const FNV_OFFSET = 0x811c9dc5;
const step = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);
const hashOf = (hash: number, text: string): number => {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = step(h, text.charCodeAt(i));
  return h;
};
const WORD_SEED = hashOf(FNV_OFFSET, 'w:');
const BIGRAM_SEED = hashOf(FNV_OFFSET, 'b:');
const CHAR_SEED = hashOf(FNV_OFFSET, 'c:');
const CARET = '^'.charCodeAt(0);
const DOLLAR = '$'.charCodeAt(0);
const SPACE = ' '.charCodeAt(0);

// Scratch space reused across calls: the detector is synchronous, so one buffer is enough.
const scratch = new Float32Array(FEATURE_BUCKETS);
const touched = new Int32Array(4096);
let touchedCount = 0;
const overflow = new Map<number, number>();

function addFeature(hash: number, value: number): void {
  const bucket = (hash >>> 0) & (FEATURE_BUCKETS - 1);
  if (scratch[bucket] === 0) {
    if (touchedCount >= touched.length) {
      overflow.set(bucket, (overflow.get(bucket) ?? 0) + value);
      return;
    }
    touched[touchedCount++] = bucket;
  }
  scratch[bucket] = (scratch[bucket] ?? 0) + value;
}

function addCharGrams(token: string): void {
  const length = token.length + 2;
  for (let i = 0; i + 3 <= length; i++) {
    let h = CHAR_SEED;
    for (let j = i; j < i + 5 && j < length; j++) {
      h = step(h, j === 0 ? CARET : j === length - 1 ? DOLLAR : token.charCodeAt(j - 1));
      if (j - i >= 2) addFeature(h, CHAR_NGRAM_WEIGHT);
    }
  }
}

/**
 * Turns normalised text into hashed word unigrams and bigrams (with start/end markers) plus character 3–5-grams
 * of each word, L2-normalised.
 */
export function extractFeatures(normalizedText: string): SparseVector {
  const tokens = tokenize(normalizedText);
  touchedCount = 0;
  overflow.clear();
  let previous = '^';
  for (let i = 0; i <= tokens.length; i++) {
    const word = i < tokens.length ? stem(tokens[i] ?? '') : '$';
    if (i < tokens.length) addFeature(hashOf(WORD_SEED, word), 1);
    addFeature(hashOf(step(hashOf(BIGRAM_SEED, previous), SPACE), word), 1);
    if (i < tokens.length && word.length >= 3 && word.charCodeAt(0) !== 60) addCharGrams(word);
    previous = word;
  }
  const count = touchedCount;
  let norm = 0;
  for (let k = 0; k < count; k++) norm += (scratch[touched[k] ?? 0] ?? 0) ** 2;
  for (const value of overflow.values()) norm += value * value;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const size = count + overflow.size;
  const indices = new Int32Array(size);
  const values = new Float32Array(size);
  for (let k = 0; k < count; k++) {
    const bucket = touched[k] ?? 0;
    indices[k] = bucket;
    values[k] = (scratch[bucket] ?? 0) * scale;
    scratch[bucket] = 0;
  }
  let k = count;
  for (const [bucket, value] of overflow) {
    indices[k] = bucket;
    values[k] = value * scale;
    k++;
  }
  return { indices, values };
}
