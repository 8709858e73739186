import type { AttributeValue } from '../../protocol/index.ts';
import type { ProductRecord } from './data-schemas.ts';
import type { ProductTruth } from './ground-truth.ts';
import { ReferenceMarketError } from './reference-market-error.ts';

/** The products read so far, by id and by GTIN (both must stay unique across every file of a market). */
export interface ProductIndex {
  readonly products: ProductTruth[];
  readonly byId: Map<string, ProductTruth>;
  readonly gtins: Map<string, string>;
}

/**
 * Cross-checks one product file's records and adds them to the index as ground truth: ids and GTINs unique across the
 * market, attributes valid for the category (`attributeProblems`), certifications only for attributes the product has.
 * Throws ReferenceMarketError INVALID_DATA naming the file, the record and the problem.
 */
export function addProductRecords(
  index: ProductIndex,
  file: { readonly category: string; readonly currency: string; readonly products: readonly ProductRecord[] },
  relative: string,
  attributeProblems: (attributes: Readonly<Record<string, AttributeValue>>) => string[],
): void {
  const invalid = (message: string): never => {
    throw new ReferenceMarketError('INVALID_DATA', message);
  };
  for (const [i, record] of file.products.entries()) {
    const where = `${relative}: products.${i} (${record.id})`;
    if (index.byId.has(record.id)) invalid(`${where}: duplicate product id`);
    const other = index.gtins.get(record.gtin);
    if (other) invalid(`${where}: GTIN ${record.gtin} already used by ${other}`);
    const problems = attributeProblems(record.attributes);
    if (problems.length > 0) invalid(`${where}: ${problems.join('; ')}`);
    for (const cert of record.certifications) {
      if (record.attributes[cert.attribute] === undefined) invalid(`${where}: certification for missing attribute "${cert.attribute}"`);
    }
    const truth: ProductTruth = {
      productId: record.id,
      gtin: record.gtin,
      maker: record.maker,
      model: record.model,
      title: record.title,
      category: file.category,
      attributes: record.attributes,
      certifications: record.certifications,
      rrp: { amountMinor: record.rrp, currency: file.currency },
      quality: record.quality,
    };
    index.products.push(truth);
    index.byId.set(record.id, truth);
    index.gtins.set(record.gtin, record.id);
  }
}
