/** A brand's sku for a reference product: `<SKU-PREFIX>:<product-id>`, so the product is recoverable from the sku. */
export function skuFor(skuPrefix: string, productId: string): string {
  return `${skuPrefix}:${productId}`;
}

/** The product id inside a sku (the part after the last ":"), or the sku itself when it has no prefix. */
export function productIdOfSku(sku: string): string {
  const at = sku.lastIndexOf(':');
  return at === -1 ? sku : sku.slice(at + 1);
}
