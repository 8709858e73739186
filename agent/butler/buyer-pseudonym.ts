import { createHmac } from 'node:crypto';

/** A stable per-brand pseudonym: brands cannot link the same person across brands, nor learn who it is. */
export function buyerPseudonym(installSecret: string, brandId: string): string {
  return `buyer-${createHmac('sha256', installSecret).update(brandId).digest('hex').slice(0, 20)}`;
}
