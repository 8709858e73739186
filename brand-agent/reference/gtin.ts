/** The GS1 check digit for a GTIN body (all digits but the last), weights 3,1,3,… from the right. */
export function gtinCheckDigit(body: string): number {
  if (!/^\d{7,13}$/.test(body)) throw new RangeError(`GTIN body must be 7 to 13 digits, got "${body}"`);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = Number(body[body.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the string is a GTIN-8/12/13/14 whose last digit is the correct check digit. */
export function isValidGtin(gtin: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(gtin)) return false;
  return gtinCheckDigit(gtin.slice(0, -1)) === Number(gtin[gtin.length - 1]);
}
