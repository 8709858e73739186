// One time budget per brand per request: REQUEST_TIME_IN_CALL_TIMEOUTS of its call timeout from when the briefs go out,
// shared by all its calls. On f453a14 there was none: every call had its own full timeout (see
// tests/security/hostile-http-stall.test.ts for the brand that used that over real HTTP).
import { describe, expect, it } from 'vitest';
import { REQUEST_TIME_IN_CALL_TIMEOUTS, fanOutBrief, nextCallTimeout, requestTimeBudget, type BriefRecipient } from '../../agent/butler/index.ts';
import type { NeedBriefInput } from '../../protocol/index.ts';

const NOW = () => new Date('2026-12-03T10:00:00.000Z');

describe('requestTimeBudget', () => {
  it('gives each brand its own multiple of its call timeout, counted on the clock it is given', () => {
    let elapsed = 0;
    const timeLeft = requestTimeBudget([{ id: 'quick', timeoutMs: 200 }, { id: 'patient', timeoutMs: 1_000 }], () => elapsed);
    expect(timeLeft('quick')).toBe(REQUEST_TIME_IN_CALL_TIMEOUTS * 200);
    elapsed = 500;
    expect(timeLeft('quick')).toBe(REQUEST_TIME_IN_CALL_TIMEOUTS * 200 - 500);
    expect(timeLeft('patient')).toBe(REQUEST_TIME_IN_CALL_TIMEOUTS * 1_000 - 500);
    // A brand the request did not ask has no time.
    expect(timeLeft('stranger')).toBeLessThanOrEqual(0);
  });

  it('cuts a call timeout to the whole milliseconds left, and to 0 once spent', () => {
    expect(nextCallTimeout(500, 10_000)).toBe(500);
    expect(nextCallTimeout(500, 120.9)).toBe(120);
    expect(nextCallTimeout(500, 0.5)).toBe(0);
    expect(nextCallTimeout(500, -30)).toBe(0);
  });
});

describe('fanOutBrief within each brand time left', () => {
  /** A brand that answers at once with no offers, recording the timeout of each brief it receives. */
  const recipient = (id: string, timeoutMs: number, seen: Map<string, number | undefined>): BriefRecipient => ({
    id,
    timeoutMs,
    requestOffers: async (brief, t) => {
      seen.set(id, t);
      return { ok: true, value: { requestId: brief.requestId, outcome: 'offers', offers: [] } };
    },
  });
  const brief = { requestId: 'req-1' } as NeedBriefInput;

  it('does not ask a brand with no time left, and cuts the timeout of one with less than its own', async () => {
    const seen = new Map<string, number | undefined>();
    const left: Record<string, number> = { spent: 0, short: 250, roomy: 5_000 };
    const asked: string[][] = [];
    const out = await fanOutBrief([recipient('roomy', 1_000, seen), recipient('short', 1_000, seen), recipient('spent', 1_000, seen)], () => brief, {
      now: NOW,
      timeLeftMs: (id) => left[id]!,
      onProgress: (e) => {
        if (e.type === 'asked') asked.push([...e.brandIds]);
      },
    });
    expect(Object.fromEntries(seen)).toEqual({ roomy: 1_000, short: 250 });
    expect(out.replies.map((r) => r.brandId)).toEqual(['roomy', 'short']);
    // No brief recorded for the brand never sent one.
    expect(out.exchanges.filter((e) => e.brandId === 'spent')).toEqual([]);
    expect(asked).toEqual([['roomy', 'short']]);
  });

  it('without a budget, sends every brand its brief with its own timeout', async () => {
    const seen = new Map<string, number | undefined>();
    await fanOutBrief([recipient('a', 1_000, seen), recipient('b', 300, seen)], () => brief, { now: NOW });
    expect(Object.fromEntries(seen)).toEqual({ a: 1_000, b: 300 });
  });
});
