import { categoryWords, loadGoogleTaxonomy, matchTaxonomyCategory } from '../../protocol/index.ts';
import { categoryTextInEnglish } from './category-word-translations.ts';
import { nodeNamedInAnyLanguage, nodeOfTitleInAnyLanguage } from './localized-category-words.ts';

/** Where a shop's own category words put a product: a Google taxonomy id (with a note when it is a fallback), or why none. */
export type ShopCategoryMapping = { readonly ok: true; readonly category: string; readonly note?: string } | { readonly ok: false; readonly why: string };

/** Maps a shop's free-text category and title to a Google taxonomy id; see `shopCategoryMapper`. */
export type ShopCategoryMapper = (texts: readonly string[], title: string | undefined) => ShopCategoryMapping;

const SEGMENT_BREAK = /\s*(?:>|»|›|\/|\|)\s*/;

/**
 * A label's alternatives as words. "Kitchen & Dining" is "kitchen" or "dining", but a lone word before a longer last
 * alternative is a modifier sharing its head: "Sports & Energy Drinks" is "sports drinks" or "energy drinks", "Fresh &
 * Frozen Vegetables" fresh or frozen vegetables — so a shop's "Sport" is no energy drink. (A lone last word, "Folding
 * Chairs & Stools", is a head noun and kept as written: a shop's "Stools" are stools.) Such a lone last word after a
 * longer alternative is `lone`: English may as well mean the first alternative's modifier for it ("Reloading Supplies &
 * Equipment" is reloading equipment), so a shop's "Equipment" names that node only weakly.
 */
function labelAlternatives(label: string): Array<{ words: string; lone: boolean }> {
  const alternatives = label.split(/\s*(?:&|,| and )\s*/).map((a) => categoryWords(a)).filter((w) => w.length > 0);
  const last = alternatives[alternatives.length - 1];
  const head = last !== undefined && last.length > 1 ? last[last.length - 1]! : undefined;
  const longerBefore = alternatives.slice(0, -1).some((words) => words.length > 1);
  return alternatives.map((words) => ({
    words: (head !== undefined && words !== last && words.length === 1 ? [...words, head] : words).join(' '),
    lone: words === last && words.length === 1 && longerBefore,
  }));
}

interface LabelIndex {
  readonly whole: Map<string, string[]>;
  readonly part: Map<string, string[]>;
  /** By a lone last alternative (see `labelAlternatives`): "equipment" for Reloading Supplies & Equipment. */
  readonly lone: Map<string, string[]>;
}
let labelIndex: LabelIndex | undefined;

/** Taxonomy nodes by their label's words ("kitchen dining") and by each alternative of it ("kitchen", "dining"). */
function labels(): LabelIndex {
  if (labelIndex) return labelIndex;
  const whole = new Map<string, string[]>();
  const part = new Map<string, string[]>();
  const lone = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, key: string, id: string) => {
    if (key === '') return;
    const list = index.get(key);
    if (list) list.push(id);
    else index.set(key, [id]);
  };
  for (const node of loadGoogleTaxonomy().nodes) {
    add(whole, categoryWords(node.label).join(' '), node.id);
    for (const alternative of labelAlternatives(node.label)) add(alternative.lone ? lone : part, alternative.words, node.id);
  }
  labelIndex = { whole, part, lone };
  return labelIndex;
}

/** The most general of some nodes, when exactly one is shallowest. */
function shallowest(ids: readonly string[] | undefined): string | undefined {
  if (!ids || ids.length === 0) return undefined;
  const taxonomy = loadGoogleTaxonomy();
  const depth = Math.min(...ids.map((id) => taxonomy.get(id)!.depth));
  const top = ids.filter((id) => taxonomy.get(id)!.depth === depth);
  return top.length === 1 ? top[0] : undefined;
}

/** The most general node whose label, or one alternative of it, is exactly these words (a lone last alternative last). */
function nodeLabelled(text: string): string | undefined {
  const said = categoryWords(text.slice(0, 300)).join(' ');
  return shallowest(labels().whole.get(said)) ?? shallowest(labels().part.get(said)) ?? shallowest(labels().lone.get(said));
}

/** True when these words name a node only as a lone last alternative of its label ("Equipment"; see `labelAlternatives`). */
function namesOnlyLoneAlternative(text: string): boolean {
  const said = categoryWords(text.slice(0, 300)).join(' ');
  return shallowest(labels().whole.get(said)) === undefined && shallowest(labels().part.get(said)) === undefined && shallowest(labels().lone.get(said)) !== undefined;
}

const TITLE_BREAKS = new Set(['with', 'without', 'for', 'in', 'by', 'from', 'and']);
/** Articles a head-first (French) title may start with before its head noun ("La gourde isotherme"). */
const LEADING_ARTICLES = new Set(['le', 'la', 'les', 'un', 'une', 'des']);

/** A title's last word when it is a model code or an amount, not a word ("KD-55X74L", "010-02810-10", "32", "fl oz" after one). */
const TRAILING_CODE = /\s+(?:\S*\d\S*(?:\s+(?:fl\.?\s?oz|oz|ml|cl|l|g|kg|mm|cm|m|lbs?|in|inch(?:es)?|ct|count|pcs?|pack|x))?|\d+)\s*$/i;

/**
 * A title without the model codes and amounts it ends with, as long as two words are left before them: a lone word
 * before a code ("Model X-200") is the product's name more than its kind.
 */
function withoutTrailingCodes(title: string): string {
  let text = title.trim();
  for (let k = 0; k < 6; k++) {
    const match = TRAILING_CODE.exec(text);
    if (match === null || (text.slice(0, match.index).match(/\p{L}+/gu) ?? []).length < 2) break;
    text = text.slice(0, match.index);
  }
  return text;
}

/**
 * The node a product title names, only when the words naming it include the title's head noun — in English the last
 * word before any "with", "for"… ("Leather belt", "Gift card"), in a head-first language (French: "Peluche lapin 30 cm",
 * "Train en bois") the first word after any article — so "Linen tote bag" is not filed under linens, nor "Gift wrap
 * service" under tortilla wraps. The variant part ("Hoodie - S", "Mug (Sage)", "Mug, blue") is left out.
 */
function nodeOfTitle(title: string, headFirst: boolean): string | undefined {
  // Read as far as the matcher reads (300 characters), and no further: the split below went back over every run of
  // spaces of a longer title (80,000 spaces took 6.5 s), and the head noun is found among the words matched.
  const start = title.slice(0, 300);
  // A bracketed aside ("(55 inches)", "(Sage)") is left out, and so, in a language naming its product last, are the
  // model codes and amounts after the head noun ("… Google TV KD-55X74L", "… Concentrate 32 fl oz").
  const cut = start.replace(/\s*\([^()]*\)/g, ' ').split(/\s+[-–—|]\s+|\s*\(|,\s/)[0] ?? start;
  const base = headFirst ? cut : withoutTrailingCodes(cut);
  const exact = nodeLabelled(base);
  if (exact !== undefined) return exact;
  const match = matchTaxonomyCategory(base, headFirst ? { headFirst } : {});
  if (match.kind === 'none') return undefined;
  const words = categoryWords(base);
  let head: number;
  if (headFirst) {
    head = 0;
    while (head < words.length - 1 && LEADING_ARTICLES.has(words[head]!)) head++;
  } else {
    const breakAt = words.findIndex((w) => TITLE_BREAKS.has(w));
    head = (breakAt < 0 ? words.length : breakAt) - 1;
  }
  const namesHead = (candidate: { at: number; matched: string }) => head >= candidate.at && head < candidate.at + categoryWords(candidate.matched).length;
  if (match.kind === 'match') return namesHead(match.best) ? match.best.id : undefined;
  // Nodes the head noun names equally ("Pressure Cooker": the cookers, and their accessories) are read as their
  // closest common node below a top-level branch (Cookware & Bakeware), when every one of them names the head noun.
  return match.options.every(namesHead) ? commonNode(match.options.map((o) => o.id)) : undefined;
}

/** The closest node some nodes share, when it lies below a top-level branch. */
function commonNode(ids: readonly string[]): string | undefined {
  const taxonomy = loadGoogleTaxonomy();
  const lineages = ids.map((id) => taxonomy.lineageOf(id));
  let common: string | undefined;
  for (let depth = 0; lineages.every((l) => l[depth] !== undefined && l[depth]!.id === lineages[0]![depth]!.id); depth++) common = lineages[0]![depth]!.id;
  return common !== undefined && taxonomy.get(common)!.depth >= 2 ? common : undefined;
}

/**
 * The taxonomy node some words name. A shop's category is usually a label's own words ("Candles", "Kitchen"): the most
 * general node whose label, or one alternative of it ("Kitchen" in "Kitchen & Dining"), is exactly those words; else
 * the matcher the butler reads requests with, and when it finds the words naming unrelated nodes equally, their
 * closest common node below a top-level branch; otherwise none.
 */
function nodeNamedBy(text: string): string | undefined {
  const exact = nodeLabelled(text);
  if (exact !== undefined) return exact;
  const match = matchTaxonomyCategory(text.slice(0, 300));
  if (match.kind === 'match') return match.best.id;
  if (match.kind === 'none') return undefined;
  return commonNode(match.options.map((o) => o.id));
}

/**
 * A mapper from a shop's own category words (Shopify product type, WooCommerce categories, schema.org `category`) to the
 * Google product taxonomy, caching per text. In order: a Google id or path as written; the most specific segment of a
 * path ("Clothing > Hoodies" → "Hoodies") the taxonomy names; a broader segment ("Clothing"), refined by the title when
 * the title names a node inside it; `defaultCategory` (the shop's --category); the node the title names. Every fallback
 * carries a note saying where the product is served and why; when nothing maps, why not. `titlesHeadFirst` says the
 * file's titles are in a head-first language (French), which decides where a title's head noun is; `currency` is the
 * feed's, whose market's language (SEK: Swedish) a title is also read in.
 */
export function shopCategoryMapper(defaultCategory?: string, options: { readonly titlesHeadFirst?: boolean; readonly currency?: string } = {}): ShopCategoryMapper {
  const headFirst = options.titlesHeadFirst ?? false;
  const taxonomy = loadGoogleTaxonomy();
  const named = new Map<string, { id: string | undefined; weak: boolean }>();
  const reading = (text: string): { id: string | undefined; weak: boolean } => {
    const key = text.trim().toLowerCase();
    if (!named.has(key)) {
      if (named.size > 10_000) named.clear();
      // A category in the shop's language is read by Google's own label in that language ("Kaffekvarnar"), else in
      // English word by word ("Pfannen", "Caffettiere"), when its own words name nothing.
      const own = nodeNamedBy(text);
      const localized = own === undefined ? nodeNamedInAnyLanguage(text, options.currency) : undefined;
      const english = own === undefined && localized === undefined ? categoryTextInEnglish(text) : undefined;
      const id = own ?? localized ?? (english === undefined ? undefined : nodeNamedBy(english));
      named.set(key, { id, weak: own !== undefined ? namesOnlyLoneAlternative(text) : localized === undefined && id !== undefined && namesOnlyLoneAlternative(english!) });
    }
    return named.get(key)!;
  };
  const nodeOf = (text: string): string | undefined => reading(text).id;
  const titled = new Map<string, string | undefined>();
  const titleOf = (title: string): string | undefined => {
    if (!titled.has(title)) {
      if (titled.size > 10_000) titled.clear();
      titled.set(title, nodeOfTitle(title, headFirst) ?? nodeOfTitleInAnyLanguage(title, options.currency));
    }
    return titled.get(title);
  };
  const pathOf = (id: string): string => taxonomy.pathText(id) ?? id;
  /**
   * Whether a node belongs with the node of the path segment above it: one is within the other or the node is within
   * the context's parent ("Clothing > Shoes": both are Apparel & Accessories), or a node on its lineage is labelled
   * with the context's words. "Coffee > Beans" is neither: vegetable beans are no beverage, nothing above them says
   * coffee.
   */
  const related = (id: string, context: string): boolean => {
    const lineage = taxonomy.lineageOf(context);
    const parent = lineage[lineage.length - 2]?.id ?? context;
    if (taxonomy.isWithin(id, parent) || taxonomy.isWithin(context, id)) return true;
    const contextWords = labelAlternatives(taxonomy.get(context)!.label).map((a) => a.words.split(' '));
    return taxonomy.lineageOf(id).some((node) => {
      const words = new Set(categoryWords(node.label));
      return contextWords.some((alternative) => alternative.every((w) => words.has(w)));
    });
  };
  return (texts, title) => {
    const given = texts.map((t) => t.trim().slice(0, 300)).filter((t) => t !== '' && !/^https?:\/\//i.test(t));
    // Shops list a product's category paths with their ancestors ("Gear, Gear > Fitness"): the deepest one says most.
    const keys = given.map((t) => t.split(SEGMENT_BREAK).filter((s) => s !== '').map((s) => s.toLowerCase()));
    const written = given.filter((_, i) => !keys.some((other, j) => j !== i && other.length > keys[i]!.length && keys[i]!.every((s, k) => other[k] === s)));
    let broader: { id: string; text: string; segment: string; topLevel: boolean; astray?: string } | undefined;
    for (const text of written) {
      if (/^\d{1,9}$/.test(text) && taxonomy.has(text)) return { ok: true, category: text };
      const byPath = taxonomy.idOfPath(text);
      if (byPath !== undefined) return { ok: true, category: byPath };
      const segments = text.split(SEGMENT_BREAK).filter((s) => s !== '');
      const last = segments.length - 1;
      // "Bicycles > Accessories" is "Bicycle Accessories": the last two segments may name one node together.
      const pair = last >= 1 ? nodeLabelled(`${segments[last - 1]} ${segments[last]}`) : undefined;
      if (pair !== undefined && taxonomy.get(pair)!.depth > 1) return { ok: true, category: pair };
      // A whole top-level branch ("Apparel & Accessories" for "Accessories") is too broad to serve under silently:
      // a segment naming a deeper node is preferred, and the branch is only a last resort.
      let topLevel: string | undefined;
      let found = false;
      let astray: string | undefined;
      for (let k = last; k >= 0 && !found; k--) {
        const id = nodeOf(segments[k]!);
        if (id === undefined) continue;
        if (taxonomy.get(id)!.depth === 1) {
          topLevel ??= id;
          continue;
        }
        if (k === last) {
          // A path's segments narrow one another: "Shoes > Trail" is no trail mix. The last segment's word is
          // ambiguous when it names a node unrelated to the nearest segment above it that names one ("Coffee > Beans"
          // names vegetables; see `related`) or names its node only as a lone alternative ("Equipment"). Then the
          // product's own words decide: the node its title names, else the last two segments read together, when
          // that is another node than the word's and its context's; else an unrelated word is not taken (served under
          // its context, below), and a lone alternative is.
          const context = segments.slice(0, k).reverse().map(nodeOf).find((c) => c !== undefined);
          const outside = context !== undefined && !related(id, context);
          if (!outside && !reading(segments[k]!).weak) return { ok: true, category: id };
          const titleNode = title ? titleOf(title) : undefined;
          const together = k >= 1 ? nodeOf(`${segments[k - 1]} ${segments[k]}`) : undefined;
          const better = titleNode !== undefined && titleNode !== id ? { node: titleNode, by: 'the title' } : together !== undefined && together !== id && taxonomy.get(together)!.depth > 1 ? { node: together, by: `"${segments[k - 1]} ${segments[k]}"` } : undefined;
          if (better !== undefined && better.node !== context) {
            const ambiguity = outside ? `"${segments[k]}" names "${pathOf(id)}", outside the rest of "${text}"` : `"${segments[k]}" names "${pathOf(id)}" only as one word of its label`;
            return { ok: true, category: better.node, note: `${ambiguity}; served under "${pathOf(better.node)}", which ${better.by} names` };
          }
          if (!outside) return { ok: true, category: id };
          astray = id;
          continue;
        }
        if (!broader || broader.topLevel) broader = { id, text, segment: segments[last]!, topLevel: false, ...(astray !== undefined ? { astray } : {}) };
        found = true;
      }
      if (!found && topLevel !== undefined) broader ??= { id: topLevel, text, segment: segments[last]!, topLevel: true };
    }
    const fromTitle = title ? titleOf(title) : undefined;
    if (broader) {
      const unnamed = broader.topLevel && broader.segment === broader.text
        ? `"${broader.text}" names only a top-level Google category`
        : broader.astray !== undefined
          ? `"${broader.segment}" names "${pathOf(broader.astray)}", outside the rest of "${broader.text}"`
          : `no Google product category names "${broader.segment}" (in "${broader.text}")`;
      if (fromTitle !== undefined && fromTitle !== broader.id && taxonomy.isWithin(fromTitle, broader.id)) {
        return { ok: true, category: fromTitle, note: `${unnamed}; served under "${pathOf(fromTitle)}", which the title names` };
      }
      return { ok: true, category: broader.id, note: `${unnamed}; served under the broader "${pathOf(broader.id)}"` };
    }
    const unnamed = written.length > 0 ? `"${written[0]}" names no Google product category` : 'no category given';
    if (defaultCategory !== undefined) {
      return written.length > 0 ? { ok: true, category: defaultCategory, note: `${unnamed}; served under --category ${defaultCategory} ("${pathOf(defaultCategory)}")` } : { ok: true, category: defaultCategory };
    }
    if (fromTitle !== undefined) return { ok: true, category: fromTitle, note: `${unnamed}; served under "${pathOf(fromTitle)}", which the title names` };
    return { ok: false, why: `${unnamed}, nor does the title; give a product type the Google taxonomy names (e.g. "Mugs", "Road bikes") or --category <Google id>` };
  };
}
