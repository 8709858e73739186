import { openDatabase, type MajordomeDatabase } from '../../storage/index.ts';
import { TrustLedger, type TrustEventInput } from '../../agent/trust/index.ts';

/** Day 0 of every scenario; one interaction per day unless a test says otherwise. */
export const T0 = Date.UTC(2026, 0, 5, 10, 0, 0);
export const DAY = 86_400_000;

/** The ISO time of day `day` (fractions allowed). */
export function at(day: number): string {
  return new Date(T0 + Math.round(day * DAY)).toISOString();
}

/** A ledger over a fresh in-memory database, with a settable clock. */
export function memoryLedger(): { db: MajordomeDatabase; ledger: TrustLedger; setDay(day: number): void } {
  const db = openDatabase({ path: ':memory:' });
  let now = T0;
  const ledger = new TrustLedger(db, { clock: () => now });
  return { db, ledger, setDay: (day) => (now = T0 + Math.round(day * DAY)) };
}

/** Event builders with realistic evidence. */
export const ev = {
  verified: (brandId: string, day: number, n = 0): TrustEventInput => ({
    kind: 'claim-verified',
    brandId,
    occurredAt: at(day),
    evidence: { offerId: `${brandId}-offer-${day}-${n}`, claim: { attribute: 'waterproof_rating', asserted: 'IPX7', observed: 'IPX7' }, source: 'certification' },
  }),
  contradicted: (brandId: string, day: number, stakeMinor = 8_000): TrustEventInput => ({
    kind: 'claim-contradicted',
    brandId,
    occurredAt: at(day),
    evidence: {
      offerId: `${brandId}-offer-${day}`,
      claim: { attribute: 'waterproof_rating', asserted: 'IPX7', observed: 'IPX4' },
      source: 'certification',
      excerpt: { text: 'Fully waterproof to IPX7, guaranteed.', field: 'pitch' },
      stake: { amountMinor: stakeMinor, currency: 'EUR' },
    },
  }),
  /** A clean request: nothing caught false and no pressure, or only one of the two (`only`). */
  clean: (brandId: string, day: number, only?: 'honesty' | 'pressure'): TrustEventInput => ({
    kind: 'clean-interaction',
    brandId,
    occurredAt: at(day),
    evidence: { requestId: `req-${day}`, offerId: `${brandId}-offer-${day}`, ...(only ? { clean: [only] } : {}) },
  }),
  tactic: (brandId: string, day: number, tactic = 'urgency'): TrustEventInput => ({
    kind: 'pressure-tactic',
    brandId,
    occurredAt: at(day),
    evidence: { tactic, offerId: `${brandId}-offer-${day}`, excerpt: { text: 'Only 2 left — order in the next 10 minutes!', field: 'pitch' } },
  }),
  fit: (brandId: string, day: number, fit: number): TrustEventInput => ({
    kind: 'offer-fit',
    brandId,
    occurredAt: at(day),
    evidence: { offerId: `${brandId}-offer-${day}`, fit },
  }),
};

/** An honest, calm interaction: a verified claim and no pressure. */
export function honest(brandId: string, day: number): TrustEventInput[] {
  return [ev.verified(brandId, day), ev.clean(brandId, day)];
}

/** A lie without pressure: a contradicted claim (with a €80 stake by default), in a request clean of pressure only. */
export function lie(brandId: string, day: number, stakeMinor?: number): TrustEventInput[] {
  return [ev.contradicted(brandId, day, stakeMinor), ev.clean(brandId, day, 'pressure')];
}

/** An honest but pushy interaction: a verified claim delivered with a pressure tactic. */
export function pushy(brandId: string, day: number): TrustEventInput[] {
  return [ev.verified(brandId, day), ev.tactic(brandId, day)];
}
