/**
 * One spelling per GTIN. GS1 compares GTIN-8, -12, -13 and -14 as the same 14-digit number, padded with leading zeros,
 * so '6925281035098', '06925281035098' and a UPC-A '012345678905' / EAN-13 '0012345678905' pair each name one product.
 * The canonical form is that number in 13 digits (the EAN-13 most sellers write) when it fits, else its 14 digits: a
 * GTIN already written as EAN-13 keeps its spelling. The input is what `ProductSchema` accepts (8 to 14 digits); the
 * check digit is not judged here (a wrong one names no product anybody else sells).
 * @example canonicalGtin('06925281035098') // '6925281035098'
 * @example canonicalGtin('012345678905') // '0012345678905'
 */
export function canonicalGtin(gtin: string): string {
  const digits = gtin.replace(/^0+/, '');
  return digits.length >= 14 ? digits : digits.padStart(13, '0');
}
