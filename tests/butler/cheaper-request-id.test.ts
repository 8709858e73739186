// The "anything cheaper?" round of a request has a request id of its own (cheaperRequestId). Request ids are up to 128
// characters; cut to make room for the suffix, two long ids sharing their first 120 characters got one cheaper id, and
// a long request's cheaper id no longer led back to it: a brand refusing an order in both rounds of one request was
// recorded twice, and a refusal in another request's cheaper round was taken for one already on record (none recorded).
import { describe, expect, it } from 'vitest';
import { cheaperRequestId } from '../../agent/butler/index.ts';
import { IdSchema } from '../../protocol/index.ts';
import { NOW, offer, market } from './refusing-market.ts';

const LONG_A = `req-${'a'.repeat(120)}-one`;
const LONG_B = `req-${'a'.repeat(120)}-two`;

describe('cheaperRequestId', () => {
  it('(fixed) two long request ids sharing their first 120 characters get two cheaper ids, each a protocol id', () => {
    expect(LONG_A).toHaveLength(128);
    const a = cheaperRequestId(LONG_A);
    const b = cheaperRequestId(LONG_B);
    expect(a).not.toBe(b);
    for (const id of [a, b]) expect(IdSchema.safeParse(id).success).toBe(true);
  });

  it('a short id keeps its plain, readable form', () => {
    expect(cheaperRequestId('req-42')).toBe('req-42.cheaper');
  });

  it('(fixed) a long request refused in both rounds is recorded once', async () => {
    const m = market();
    const first = offer('a', LONG_A);
    const cheaper = offer('b', cheaperRequestId(LONG_A));
    m.memory.recordOffers([first, cheaper], NOW.toISOString());
    expect((await m.buy(first)).kind).toBe('failed');
    expect((await m.buy(cheaper)).kind).toBe('failed');
    expect(m.refusals()).toHaveLength(1);
  });

  it('(fixed) refusals in the cheaper rounds of two long requests sharing a beginning are two events', async () => {
    const m = market();
    const a = offer('a', cheaperRequestId(LONG_A));
    const b = offer('b', cheaperRequestId(LONG_B));
    m.memory.recordOffers([a, b], NOW.toISOString());
    await m.buy(a);
    await m.buy(b);
    expect(m.refusals()).toHaveLength(2);
  });
});
