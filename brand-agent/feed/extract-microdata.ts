/**
 * schema.org microdata (itemscope/itemtype/itemprop attributes in a page's HTML), or RDFa Lite (typeof/property, in the
 * schema.org vocab), read as the JSON-LD nodes it states,
 * so the schema.org reader serves a page that marks its products up so (many shop themes do) as one that embeds
 * JSON-LD: `<li itemscope itemtype="https://schema.org/Product"><h3 itemprop="name">…</h3>` is
 * `{ "@type": "Product", "name": "…" }`. A small scanner, not an HTML parser: tags are read left to right once, script
 * and style bodies skipped, an end tag closes the nearest open element of its name (elements HTML lets go unclosed
 * close with their parent), nesting depth and text sizes are bounded.
 */

type Node = Record<string, unknown>;

/** A page that marks up a schema.org product, offer, product group or item list with microdata. */
const MICRODATA_PRODUCT = /\sitemtype\s*=\s*["']?https?:\/\/schema\.org\/(?:Product|ProductGroup|IndividualProduct|ProductModel|Offer|AggregateOffer|ItemList)\b/i;
/** The same in RDFa (Lite): a typeof naming one, in the schema.org vocabulary a vocab attribute or a schema: prefix says. */
const RDFA_PRODUCT = /\stypeof\s*=\s*["']?(?:schema:|https?:\/\/schema\.org\/)?(?:Product|ProductGroup|IndividualProduct|ProductModel|Offer|AggregateOffer|ItemList)\b/i;
const SCHEMA_VOCAB = /\s(?:vocab\s*=\s*["']?https?:\/\/schema\.org|prefix\s*=\s*["'][^"']*schema:\s*https?:\/\/schema\.org|typeof\s*=\s*["']?(?:schema:|https?:\/\/schema\.org\/))/i;

/** True when an HTML page marks up a schema.org Product (or its offers, group or list) with microdata or RDFa. */
export function hasMicrodataProduct(text: string): boolean {
  return MICRODATA_PRODUCT.test(text) || (RDFA_PRODUCT.test(text) && SCHEMA_VOCAB.test(text));
}

/**
 * An RDFa property attribute's schema.org names: plain terms ("price", read in the page's vocab), "schema:price" and
 * full schema.org URLs; other vocabularies' terms (Open Graph's "og:title") are no schema.org property.
 */
function rdfaProperties(property: string | undefined): string[] | undefined {
  if (property === undefined) return undefined;
  return property.split(/\s+/).filter((p) => p !== '' && (!p.includes(':') || /^(?:schema:|https?:\/\/schema\.org\/)/i.test(p))).map(localName);
}

/** Elements that never have content or an end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose property value is a URL attribute (HTML's microdata rules), and which attribute. */
const URL_ATTRIBUTE: Readonly<Record<string, string>> = { a: 'href', area: 'href', link: 'href', img: 'src', audio: 'src', video: 'src', source: 'src', iframe: 'src', embed: 'src', track: 'src', object: 'data' };
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', euro: '€', pound: '£', yen: '¥', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', times: '×' };
const MAX_DEPTH = 256;
const MAX_TEXT = 10_000;
const MAX_ITEMS = 200_000;

function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** A start tag's attributes by lower-case name (an attribute without a value, `itemscope`, is ""). */
function attributesOf(rest: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, , double, single, bare] of rest.matchAll(/([^\s=/"'<>]+)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const key = name!.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decodeEntities(double ?? single ?? bare ?? ''));
  }
  return attributes;
}

/** A property name as JSON-LD writes it: "https://schema.org/price" is "price". */
const localName = (name: string) => name.replace(/^.*[/:#]/, '');

function addProperty(item: Node, names: readonly string[], value: unknown): void {
  for (const name of names) {
    const existing = item[name];
    item[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
}

/** Where the end tag of a script or style body starts (any case), or -1. */
function indexOfEndTag(text: string, name: string, from: number): number {
  const end = new RegExp(`</${name}`, 'gi');
  end.lastIndex = from;
  return end.exec(text)?.index ?? -1;
}

interface OpenElement {
  readonly name: string;
  /** The item this element starts (itemscope). */
  readonly item?: Node;
  /** A property whose value is this element's text, for the item that owns it. */
  readonly capture?: { readonly names: readonly string[]; readonly owner: Node; text: string };
}

/**
 * The top-level microdata items of an HTML page (those no other item holds as a property), as JSON-LD nodes: an item's
 * itemtype is its @type, each itemprop a property whose value is a nested item, a meta's content, a link's or image's
 * URL, a time's datetime, a data or meter's value, a content attribute, or else the element's text (whitespace
 * collapsed). Never throws: markup it cannot read is left out.
 */
export function extractMicrodata(text: string): Node[] {
  const top: Node[] = [];
  const stack: OpenElement[] = [];
  let items = 0;
  const ownerItem = (): Node | undefined => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.item !== undefined) return stack[k]!.item;
    return undefined;
  };
  const close = (element: OpenElement) => {
    if (element.capture !== undefined) addProperty(element.capture.owner, element.capture.names, element.capture.text.replace(/\s+/g, ' ').trim());
  };
  const addText = (raw: string) => {
    if (raw === '') return;
    const decoded = decodeEntities(raw);
    for (const element of stack) if (element.capture !== undefined && element.capture.text.length < MAX_TEXT) element.capture.text += decoded.slice(0, MAX_TEXT);
  };
  // Read once, left to right: each "<" is a tag's start (a comment skipped), its ">" the next one.
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    addText(text.slice(i, lt));
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      i = end < 0 ? text.length : end + 3;
      continue;
    }
    const start = /^<(\/?)([a-zA-Z][\w:-]{0,63})/.exec(text.slice(lt, lt + 66));
    if (start === null) {
      addText('<');
      i = lt + 1;
      continue;
    }
    const gt = text.indexOf('>', lt);
    if (gt < 0) {
      i = text.length;
      break;
    }
    const [head, closing, rawName] = start;
    const rest = text.slice(lt + head.length, gt);
    i = gt + 1;
    const name = rawName!.toLowerCase();
    if (closing) {
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.name !== name) k--;
      if (k < 0) continue;
      while (stack.length > k) close(stack.pop()!);
      continue;
    }
    if (name === 'script' || name === 'style' || name === 'template' || name === 'textarea') {
      // Their bodies are no markup: skipped to their end tag.
      const end = indexOfEndTag(text, name, i);
      i = end < 0 ? text.length : end;
      continue;
    }
    const attributes = attributesOf(rest);
    const selfClosing = VOID.has(name) || /\/\s*$/.test(rest);
    // RDFa (Lite) says the same with other attributes: typeof starts an item of that type, property names a property.
    const itemprop = attributes.get('itemprop')?.split(/\s+/).filter((p) => p !== '').map(localName) ?? rdfaProperties(attributes.get('property'));
    const owner = itemprop !== undefined && itemprop.length > 0 ? ownerItem() : undefined;
    let element: OpenElement = { name };
    const rdfaType = attributes.has('itemscope') ? undefined : attributes.get('typeof')?.trim();
    if ((attributes.has('itemscope') || (rdfaType !== undefined && rdfaType !== '')) && items < MAX_ITEMS) {
      items++;
      const types = (attributes.get('itemtype') ?? rdfaType ?? '').split(/\s+/).filter((t) => t !== '').map(localName);
      const item: Node = types.length === 0 ? {} : { '@type': types.length === 1 ? types[0] : types };
      if (owner !== undefined) addProperty(owner, itemprop!, item);
      else top.push(item);
      element = { name, item };
    } else if (owner !== undefined) {
      const urlAttribute = URL_ATTRIBUTE[name];
      const value =
        name === 'meta'
          ? attributes.get('content')
          : urlAttribute !== undefined && attributes.has(urlAttribute)
            ? attributes.get(urlAttribute)
            : name === 'time' && attributes.has('datetime')
              ? attributes.get('datetime')
              : (name === 'data' || name === 'meter') && attributes.has('value')
                ? attributes.get('value')
                : attributes.get('content');
      if (value !== undefined) addProperty(owner, itemprop!, value.trim());
      else if (!selfClosing) element = { name, capture: { names: itemprop!, owner, text: '' } };
    }
    if (selfClosing) continue;
    if (stack.length >= MAX_DEPTH) {
      // Deeper than any page nests: the element is not tracked (its text still goes to the captures open above it).
      if (element.capture !== undefined) close(element);
      continue;
    }
    stack.push(element);
  }
  if (i < text.length) addText(text.slice(i));
  while (stack.length > 0) close(stack.pop()!);
  return top;
}
