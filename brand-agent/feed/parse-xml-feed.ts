import { FeedError, normaliseFieldName, type FeedIssue, type FeedRecord } from './feed-error.ts';
import { MERCHANT_FIELD_ALIASES, inMerchantNames } from './merchant-field-aliases.ts';
import { notForSale } from './row-for-sale.ts';

const MAX_DEPTH = 32;
const MAX_FIELD_CHARS = 10_000;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references; anything else stays as written (never expanded). */
function decodeText(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return safeCodePoint(parseInt(ref.slice(2), 16), whole);
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10), whole);
    return PREDEFINED[ref] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

function attributeOf(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeText(match[2] ?? match[3] ?? '') : undefined;
}

/** How many tags are looked at to find a feed's offer element. */
const SCAN_TAGS = 200_000;

/**
 * The element each offer of an XML feed is: RSS's <item> or Atom's <entry> when it has them; else, as price-comparison
 * feeds write (Kelkoo's <product>, Ceneo's <o price="…">, Heureka's <SHOPITEM>), the element occurring most often among
 * those that directly hold a price — a child element named price (or another name for it) or a price attribute — and
 * are not inside another such element. One that is (Skroutz's <variation> inside its <product>) is the offer's
 * variant element: each variant is an offer of its own, with the product's fields. Undefined when none holds a price.
 */
function offerElementOf(text: string): { offer: string; variant?: string } | undefined {
  const priceNames = new Set(['price', ...(MERCHANT_FIELD_ALIASES.price ?? [])]);
  const counts = new Map<string, number>();
  const pricing = new Set<string>();
  /** Each element seen inside another element, with the names of the elements it was inside. */
  const within = new Map<string, Set<string>>();
  const stack: string[] = [];
  const tags = /<(\/?)([A-Za-z_][\w.:-]*)([^>]*?)(\/?)>/g;
  let seen = 0;
  for (let match = tags.exec(text); match !== null && seen < SCAN_TAGS; match = tags.exec(text), seen++) {
    const [, closing, qualified, rest, selfClosing] = match;
    const name = localName(qualified!);
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (name === 'item' || name === 'entry') return { offer: name };
    counts.set(name, (counts.get(name) ?? 0) + 1);
    let outer = within.get(name);
    if (!outer) within.set(name, (outer = new Set()));
    for (const ancestor of stack) outer.add(ancestor);
    if (/\sprice\s*=/.test(rest!)) pricing.add(name);
    const parent = stack[stack.length - 1];
    if (parent !== undefined && priceNames.has(normaliseFieldName(name))) pricing.add(parent);
    if (!selfClosing) stack.push(name);
  }
  const nested = (name: string) => [...pricing].some((other) => other !== name && within.get(name)?.has(other));
  const offer = [...pricing].filter((name) => !nested(name)).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b))[0];
  if (offer === undefined) return undefined;
  const variant = [...pricing].filter((name) => name !== offer && within.get(name)?.has(offer)).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b))[0];
  return variant === undefined ? { offer } : { offer, variant };
}

/**
 * Parses an RSS 2.0 (`<item>`) or Atom (`<entry>`) product feed with Merchant Center `g:` fields. A small scanner, not
 * a general XML parser: documents declaring a DTD or entities are refused outright (no entity is ever expanded), depth
 * and field sizes are bounded, and a field's nested elements (g:shipping → g:country, g:price) are joined with ":".
 * A price-comparison feed's offers (see `offerElementOf`) are read the same way, their attributes as fields too
 * (<o id="1021" price="1299.00">), a nested element named by a name attribute as that field (<a name="EAN">), and
 * their fields under other names taken as Merchant's (see `MERCHANT_FIELD_ALIASES`); a draft or inactive one is not served.
 */
export function parseXmlFeed(text: string, maxRows: number): { records: FeedRecord[]; issues: FeedIssue[]; offerFeed: boolean } {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new FeedError('FEED_UNSAFE_XML', 'the XML declares a DOCTYPE or ENTITY; feeds with a DTD are refused (entity expansion, e.g. "billion laughs", is an attack) — remove the DOCTYPE');
  }
  const records: FeedRecord[] = [];
  const issues: FeedIssue[] = [];
  const stack: string[] = [];
  const elements = offerElementOf(text) ?? { offer: 'item' };
  const offer = elements.offer;
  const merchantShaped = offer === 'item' || offer === 'entry';
  let item: { row: number; fields: Record<string, string>; depth: number; variants: Array<Record<string, string>> } | undefined;
  let variant: { fields: Record<string, string>; depth: number } | undefined;
  let offers = 0;
  let field: { name: string; text: string; parts: string[]; children: string[]; depth: number; named?: string; target: Record<string, string> } | undefined;
  /** An offer feed's row, in Merchant names unless it is withdrawn (then the reason is an issue). */
  const emit = (row: number, fields: Record<string, string>) => {
    if (merchantShaped) {
      records.push({ row, fields });
      return;
    }
    const withdrawn = notForSale(fields);
    if (withdrawn !== undefined) issues.push({ row, field: withdrawn.field, why: withdrawn.why });
    else {
      const named = inMerchantNames(fields);
      records.push({ row, fields: named.fields, ...(Object.keys(named.fieldNames).length > 0 ? { fieldNames: named.fieldNames } : {}) });
    }
  };
  let sawRoot = false;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
    if (field && chunk.trim() !== '') field.text += decodeText(chunk);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) throw new FeedError('FEED_MALFORMED', 'an XML comment is never closed');
      i = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) throw new FeedError('FEED_MALFORMED', 'a CDATA section is never closed');
      if (field) field.text += text.slice(lt + 9, end);
      i = end + 3;
      continue;
    }
    const gt = text.indexOf('>', lt + 1);
    if (gt < 0) throw new FeedError('FEED_MALFORMED', `a tag starting at character ${lt} is never closed`);
    const tag = text.slice(lt, gt + 1);
    i = gt + 1;
    if (tag.startsWith('<?') || tag.startsWith('<!')) continue;
    if (tag.startsWith('</')) {
      const name = localName(tag.slice(2, -1).trim());
      if (stack[stack.length - 1] !== name) throw new FeedError('FEED_MALFORMED', `</${name}> closes <${stack[stack.length - 1] ?? 'nothing'}>`);
      stack.pop();
      if (field && stack.length === field.depth) {
        const value = (field.parts.length > 0 ? field.parts.join(':') : field.text).trim().slice(0, MAX_FIELD_CHARS);
        // Heureka's <PARAM><PARAM_NAME>Velikost</PARAM_NAME><VAL>24</VAL></PARAM>: a field named by its name child.
        const pair = field.parts.length === 2 && /name$/i.test(field.children[0] ?? '') && field.parts[0] !== '';
        if (item && pair) {
          if (field.parts[1] !== '') field.target[normaliseFieldName(field.parts[0]!)] ??= field.parts[1]!.slice(0, MAX_FIELD_CHARS);
        } else if (item && value !== '') field.target[field.name] ??= value;
        field = undefined;
      } else if (field && stack.length === field.depth + 1) {
        // <attrs><a name="EAN">…</a></attrs>: a field named by its element's name attribute.
        if (field.named !== undefined && item) {
          const value = field.text.trim().slice(0, MAX_FIELD_CHARS);
          if (value !== '') field.target[field.named] ??= value;
        } else {
          field.parts.push(field.text.trim());
          field.children.push(name);
        }
        field.text = '';
        delete field.named;
      }
      if (variant && stack.length === variant.depth) {
        item?.variants.push(variant.fields);
        variant = undefined;
      }
      if (item && stack.length === item.depth) {
        if (item.variants.length === 0) emit(item.row, item.fields);
        else {
          // Each variant is an offer with its product's fields (its own, in Merchant names, winning), grouped by the
          // product's id; the variants share the product's row.
          const product = inMerchantNames(item.fields).fields;
          for (const own of item.variants) {
            const fields: Record<string, string> = { ...product, ...inMerchantNames(own).fields };
            if (product.id !== undefined) fields.item_group_id ??= product.id;
            emit(item.row, fields);
          }
        }
        item = undefined;
      }
      continue;
    }
    const selfClosing = tag.endsWith('/>');
    const name = localName(tag.slice(1).split(/[\s/>]/, 1)[0] ?? '');
    if (!/^[A-Za-z_][\w.-]*$/.test(name)) throw new FeedError('FEED_MALFORMED', `"${tag.slice(0, 40)}" is not an XML tag`);
    sawRoot = true;
    if (!item && name === offer) {
      if (offers >= maxRows) {
        issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} items are served (the row limit)` });
        break;
      }
      const fields: Record<string, string> = {};
      if (!merchantShaped) {
        for (const [, attribute, , double, single] of tag.matchAll(/\s([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
          const value = decodeText(double ?? single ?? '').trim();
          if (value !== '') fields[normaliseFieldName(localName(attribute!))] ??= value.slice(0, MAX_FIELD_CHARS);
        }
      }
      if (!selfClosing) item = { row: ++offers, fields, depth: stack.length, variants: [] };
    } else if (item && !variant && elements.variant !== undefined && name === elements.variant && !selfClosing) {
      // A variant inside the offer (in a wrapper like <variations> or not): its children are its own fields.
      if (field && field.depth < stack.length) field = undefined;
      variant = { fields: {}, depth: stack.length };
    } else if (variant && !field && stack.length === variant.depth + 1) {
      const href = attributeOf(tag, 'href');
      if (selfClosing) {
        if (href) variant.fields[normaliseFieldName(name)] ??= href;
      } else field = { name: normaliseFieldName(name), text: '', parts: [], children: [], depth: stack.length, target: variant.fields };
    } else if (field && !merchantShaped && stack.length === field.depth + 1) {
      const named = attributeOf(tag, 'name');
      if (named !== undefined && !selfClosing) field.named = normaliseFieldName(named);
    } else if (item && !field && stack.length === item.depth + 1) {
      const fieldName = normaliseFieldName(name);
      // Atom writes the product page as <link href="…"/>.
      const href = attributeOf(tag, 'href');
      if (selfClosing) {
        if (href) item.fields[fieldName] ??= href;
      } else field = { name: fieldName, text: '', parts: [], children: [], depth: stack.length, target: item.fields };
    }
    if (!selfClosing) {
      stack.push(name);
      if (stack.length > MAX_DEPTH) throw new FeedError('FEED_MALFORMED', `elements nest deeper than ${MAX_DEPTH} levels`);
    }
  }
  if (!sawRoot) throw new FeedError('FEED_MALFORMED', 'no XML element found');
  if (stack.length > 0 && records.length === 0) throw new FeedError('FEED_MALFORMED', `<${stack[stack.length - 1]}> is never closed`);
  if (stack.length > 0) issues.push({ row: records.length + 1, field: '(file)', why: `the file ends inside <${stack[stack.length - 1]}> (truncated?)` });
  return { records, issues, offerFeed: !merchantShaped };
}
