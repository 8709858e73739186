/**
 * Where in a brand's messages a text was read, parsed from its path (`counters[x:c1].message`, `revisions[2].pitch`),
 * so a sentence can name the place in words. The path itself never reaches the person: its brackets hold ids the brand
 * chose.
 */
export type BrandField =
  | {
      readonly kind:
        | 'pitch'
        | 'title'
        | 'maker'
        | 'claim'
        | 'claim-issuer'
        | 'claim-evidence'
        | 'answer'
        | 'answer-evidence'
        | 'counter'
        | 'decline'
        | 'brand-name'
        | 'brand-description'
        | 'error'
        | 'other';
    }
  | { readonly kind: 'attribute'; readonly attribute: string }
  | { readonly kind: 'earlier'; readonly field: BrandField };

/** A brand field path as what it is. Unknown paths are `other` ("its text"). */
export function parseBrandField(field: string): BrandField {
  const earlier = /^revisions\[[^\]]*\]\.(.+)$/.exec(field);
  if (earlier) return { kind: 'earlier', field: parseBrandField(earlier[1]!) };
  const attribute = /^product\.attributes\.([a-z0-9_]+)$/.exec(field);
  if (attribute) return { kind: 'attribute', attribute: attribute[1]! };
  if (field === 'pitch') return { kind: 'pitch' };
  if (field === 'product.title') return { kind: 'title' };
  if (field === 'product.maker') return { kind: 'maker' };
  if (/^claims\[\d+\]\.asserted$/.test(field)) return { kind: 'claim' };
  if (/^claims\[\d+\]\.evidence\.issuer$/.test(field)) return { kind: 'claim-issuer' };
  if (/^claims\[\d+\]\.evidence/.test(field)) return { kind: 'claim-evidence' };
  if (/^answers\[[^\]]*\]\.text$/.test(field)) return { kind: 'answer' };
  if (/^answers\[/.test(field)) return { kind: 'answer-evidence' };
  if (/^counters\[[^\]]*\]\.message$/.test(field)) return { kind: 'counter' };
  if (/^declines?(\[\d+\])?\.(suggestion|message)$/.test(field)) return { kind: 'decline' };
  if (field === 'brand.name' || field === 'card.name') return { kind: 'brand-name' };
  if (field === 'card.description') return { kind: 'brand-description' };
  if (/^(order\.)?error\.message$/.test(field)) return { kind: 'error' };
  return { kind: 'other' };
}

/** The place in English words, as the scorers write it in their sentences ("urgency wording in its pitch"). */
export function brandFieldInEnglish(field: BrandField): string {
  switch (field.kind) {
    case 'earlier':
      return `${brandFieldInEnglish(field.field)} (an earlier version)`;
    case 'attribute':
      return 'its product data';
    case 'pitch':
      return 'its pitch';
    case 'title':
      return 'the product name';
    case 'maker':
      return "the maker's name";
    case 'claim':
      return 'a claim';
    case 'claim-issuer':
      return "a claim's certifier";
    case 'claim-evidence':
      return "a claim's evidence";
    case 'answer':
      return 'an answer to your butler';
    case 'answer-evidence':
      return "an answer's evidence";
    case 'counter':
      return 'a negotiation message';
    case 'decline':
      return 'its decline';
    case 'brand-name':
      return 'its name';
    case 'brand-description':
      return 'its description';
    case 'error':
      return 'an error message';
    default:
      return 'its text';
  }
}

/** A field path straight to English words (`brandFieldInEnglish(parseBrandField(path))`). */
export function fieldInEnglish(path: string): string {
  return brandFieldInEnglish(parseBrandField(path));
}
