import { BoundedMap, TAXONOMY, canonicalCategoryId, isBuiltinCategory, type Answer, type AttributeValue, type Claim, type Product, type Question } from '../../../protocol/index.ts';
import { formatValue } from './format.ts';

// Words people use for taxonomy attributes; the attribute name itself (with spaces) always counts too.
const SYNONYMS: Record<string, readonly string[]> = {
  waterproof: ['waterproof', 'gore-tex', 'goretex', 'gtx'],
  noise_cancelling: ['noise cancel', 'noise-cancel', 'anc'],
  battery_hours: ['battery', 'hours'],
  water_resistance: ['ipx', 'water resist', 'sweat'],
  codec_ldac: ['ldac', 'hi-res', 'hires'],
  multipoint: ['multipoint', 'two devices', 'multi-point'],
  organic: ['organic', 'bio '],
  fair_trade: ['fair trade', 'fairtrade', 'fair-trade'],
  decaf: ['decaf', 'caffeine'],
  arabica_percent: ['arabica', 'robusta'],
  weight_g: ['weight', 'heavy', 'grams'],
  drop_mm: ['drop'],
  size_eu: ['size'],
  recycled_materials: ['recycled'],
  cushioning: ['cushion'],
  width: ['width', 'wide', 'narrow'],
  vegan: ['vegan'],
  roast: ['roast'],
  origin: ['origin', 'from where', 'grown'],
};

/** The attribute a question is about: its `attribute` field, else the attribute its text names (by name over synonym). */
export function attributeOfQuestion(question: Question, product: Product): string | undefined {
  if (question.attribute) return question.attribute;
  const text = ` ${question.text.toLowerCase()} `;
  const category = canonicalCategoryId(product.category);
  const names = isBuiltinCategory(category) ? Object.keys(TAXONOMY[category].attributes) : Object.keys(product.attributes);
  let best: { name: string; score: number } | undefined;
  for (const name of names) {
    const score = text.includes(name.replaceAll('_', ' ')) ? 2 : (SYNONYMS[name] ?? []).some((w) => text.includes(w)) ? 1 : 0;
    if (score > (best?.score ?? 0)) best = { name, score };
  }
  return best?.name;
}

/**
 * Per product (a catalog snapshot's, or an offer's), the question texts already stripped of its identifiers: a buyer
 * asks about the same product in the same words across briefs, and lower-casing and splitting the text by the SKU,
 * GTIN and title was a quarter of an answer's cost. Bounded per product, so free-form questions never pile up.
 */
const askedTexts = new WeakMap<Product, BoundedMap<string, string>>();

/**
 * The question text without the product's own identifiers: a value word inside the SKU or title
 * (`…-bargain-beans-…`, "Ethiopia Guji 250 g") is not a value the buyer asked about.
 */
function askedText(question: Question, product: Product): string {
  let texts = askedTexts.get(product);
  if (texts === undefined) askedTexts.set(product, (texts = new BoundedMap(32)));
  let text = texts.get(question.text);
  if (text === undefined) {
    text = question.text.toLowerCase();
    for (const id of [product.sku, product.gtin, product.title]) {
      if (typeof id === 'string' && id.length > 0) text = text.split(id.toLowerCase()).join(' ');
    }
    texts.set(question.text, text);
  }
  return text;
}

function mentionedValue(text: string, category: string, attribute: string): string | number | undefined {
  const lower = text.toLowerCase();
  if (isBuiltinCategory(category)) {
    const spec = (TAXONOMY[category].attributes as Record<string, { type: string; values?: readonly string[] }>)[attribute];
    if (spec?.type === 'enum') return spec.values?.find((v) => lower.includes(v.toLowerCase()));
  }
  const number = /(\d+(?:[.,]\d+)?)/.exec(lower.replace(/ipx\d/g, ''));
  return number?.[1] !== undefined ? Number(number[1].replace(',', '.')) : undefined;
}

/** Whether a stated value answers the question "yes": booleans by value, others by the value the text names (if any). */
export function stanceOn(question: Question, category: string, attribute: string, value: AttributeValue | undefined, product?: Product): Answer['stance'] {
  if (value === undefined) return 'unknown';
  if (typeof value === 'boolean') return value ? 'confirmed' : 'denied';
  const asked = mentionedValue(product ? askedText(question, product) : question.text, category, attribute);
  if (asked === undefined) return 'confirmed';
  if (typeof value === 'string') return String(asked).toLowerCase() === value.toLowerCase() ? 'confirmed' : 'denied';
  if (typeof asked !== 'number') return 'denied';
  const lower = question.text.toLowerCase();
  if (/(at least|more than|over|above|minimum|or more)/.test(lower)) return value >= asked ? 'confirmed' : 'denied';
  if (/(at most|less than|under|below|maximum|or less)/.test(lower)) return value <= asked ? 'confirmed' : 'denied';
  return value === asked ? 'confirmed' : 'denied';
}

/**
 * Answers a question from a set of stated facts (attributes and the claims backing them): the stance the facts imply,
 * a one-line text and a claim restating the value with its evidence, if any.
 */
export function answerFromFacts(question: Question, product: Product, attributes: Readonly<Record<string, AttributeValue>>, claims: readonly Claim[]): Answer {
  const attribute = attributeOfQuestion(question, product);
  // Each answer spelled out with its ids first (a spread followed by new keys is a slow path on Node 20's V8).
  const { questionId, offerId } = question;
  if (attribute === undefined) {
    return { questionId, offerId, stance: 'unknown', text: `We can't tell which property of ${product.title} you mean; ask about one attribute, e.g. ${Object.keys(attributes).slice(0, 3).join(', ')}.`, claims: [] };
  }
  const value = attribute === 'maker' ? product.maker : attributes[attribute];
  const stance = stanceOn(question, product.category, attribute, value, product);
  if (value === undefined) return { questionId, offerId, stance, text: `We have no data on ${attribute.replaceAll('_', ' ')} for ${product.title}.`, claims: [] };
  const backing = claims.find((c) => c.attribute === attribute && c.evidence);
  const claim: Claim = { attribute, asserted: value, ...(backing?.evidence ? { evidence: backing.evidence } : {}) };
  const verdict = stance === 'confirmed' ? 'Yes' : stance === 'denied' ? 'No' : 'We are not sure';
  return { questionId, offerId, stance, text: `${verdict}: ${attribute.replaceAll('_', ' ')} of ${product.title} is ${formatValue(value)}.`, claims: [claim] };
}
