/** Words for the brand field a quote or finding comes from, instead of a path like `counters[x:c1].message`. */
export function plainField(field: string): string {
  const earlier = /^revisions\[[^\]]*\]\.(.+)$/.exec(field);
  if (earlier) return `an earlier version's ${plainField(earlier[1]!).replace(/^(its|the|a|an) /, '')}`;
  const attribute = /^product\.attributes\.([a-z0-9_]+)$/.exec(field);
  if (attribute) return `the product's ${attribute[1]!.replace(/_/g, ' ')}`;
  if (field === 'pitch') return 'its pitch';
  if (field === 'product.title') return 'the product title';
  if (field === 'product.maker') return 'the maker name';
  if (/^claims\[\d+\]\.asserted$/.test(field)) return 'a claim';
  if (/^claims\[\d+\]\.evidence\.issuer$/.test(field)) return "a claim's certifier";
  if (/^claims\[\d+\]\.evidence/.test(field)) return "a claim's evidence";
  if (/^answers\[[^\]]*\]\.text$/.test(field)) return 'an answer to your butler';
  if (/^answers\[/.test(field)) return "an answer's evidence";
  if (/^counters\[[^\]]*\]\.message$/.test(field)) return 'a negotiation message';
  if (/^declines?(\[\d+\])?\.suggestion$/.test(field)) return 'its decline';
  if (/^declines?(\[\d+\])?\.message$/.test(field)) return 'its decline';
  if (field === 'brand.name') return 'its name';
  return 'its text';
}

/** A finding's sentence with the field path it names, if any, put into words. */
export function plainDetail(detail: string, field: string | undefined): string {
  return field && detail.includes(field) ? detail.replace(field, plainField(field)) : detail;
}
