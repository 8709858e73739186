// Test helper: the terms a sample shop serves its feed on.
import type { FeedOptions } from '../../brand-agent/feed/index.ts';

/** A French bike shop's standard terms. */
export const SHOP: FeedOptions = { currency: 'EUR', returnDays: 30, warrantyMonths: 24, deliveryDays: 4, defaultStock: 10 };

/** Where the sample feeds live. */
export const FIXTURES = 'tests/feed/fixtures';
