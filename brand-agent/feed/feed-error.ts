import { MajordomeError } from '../../protocol/index.ts';

/** Why a whole feed cannot be served (row-level problems are FeedIssues instead, and the other rows still serve). */
export const FEED_ERROR_CODES = {
  FEED_UNREADABLE: 'the file cannot be read',
  FEED_TOO_LARGE: 'the file is larger than the configured limit',
  FEED_UNSAFE_XML: 'the XML declares a DTD or entities (refused: entity-expansion attacks)',
  FEED_MALFORMED: 'the file is not a well-formed feed of the detected format',
  FEED_EMPTY: 'no row of the feed can be served',
  FEED_CURRENCY_MISSING: 'the file states no currency and none was given (--currency)',
  FEED_UNRECOGNISED: 'the file is none of the product feed formats Majordome reads',
} as const;

/** A feed error code. */
export type FeedErrorCode = keyof typeof FEED_ERROR_CODES;

/** A feed that cannot be served at all: unreadable, too large, unsafe or without a single valid row. */
export class FeedError extends MajordomeError<FeedErrorCode> {
  override readonly name = 'FeedError';
}

/** One problem with one row of a feed: which row (1-based, as a person counts them), which field, and why. */
export interface FeedIssue {
  readonly row: number;
  readonly field: string;
  readonly why: string;
}

/** One raw feed row: its number and its fields by normalised name (lower case, no "g:" prefix). */
export interface FeedRecord {
  readonly row: number;
  readonly fields: Readonly<Record<string, string>>;
  /** The shop's own name of a field when its file is not in Merchant Center words ("variant 2 price"), for problem reports. */
  readonly fieldNames?: Readonly<Record<string, string>>;
}

/** Normalises a feed field name: "g:Google_Product_Category" and "google product category" both become "google_product_category". */
export function normaliseFieldName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/^(g|c):/, '')
    .replace(/[\s-]+/g, '_');
}
