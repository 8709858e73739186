import { z } from 'zod';
import type { BrandHandlers } from '../../definition.ts';
import { TimestampSchema } from '../../../protocol/index.ts';
import { defineStrategy } from '../shared/index.ts';
import { CheatBehavioursShape, cheatBehaviours } from './cheat-behaviours.ts';
import { refundInFull } from '../../refund-in-full.ts';

const DAY_MS = 86_400_000;

/** Parameters of the on-off strategy: the time cycle, how it cheats, and the params of each behaviour (`CheatBehavioursShape`). */
export const OnOffParamsSchema = z
  .object({
    /** Start of the first honest window; the cycle repeats before and after it. */
    cycleStart: TimestampSchema.default('2026-01-01T00:00:00.000Z'),
    /** Length of each honest window, in days (fractions allowed). */
    honestDays: z.number().positive().max(3650).default(21),
    /** Length of each cheating window, in days (fractions allowed). */
    cheatDays: z.number().positive().max(3650).default(7),
    ...CheatBehavioursShape,
  })
  .strict();
/** Validated on-off parameters. */
export type OnOffParams = z.output<typeof OnOffParamsSchema>;

/** Which window `now` falls in; depends only on the time, so sharded or replayed runs agree. */
export function onOffPhase(params: Pick<OnOffParams, 'cycleStart' | 'honestDays' | 'cheatDays'>, now: Date): 'honest' | 'cheat' {
  const period = (params.honestDays + params.cheatDays) * DAY_MS;
  const offset = (((now.getTime() - Date.parse(params.cycleStart)) % period) + period) % period;
  return offset < params.honestDays * DAY_MS ? 'honest' : 'cheat';
}

/** Honest for `honestDays`, then cheats for `cheatDays`, and again; the window is chosen per call from `ctx.now`. */
export const onOffStrategy = defineStrategy({
  id: 'on-off',
  summary: 'Alternates honest windows and cheating windows (deceptive offers and/or switched receipts) on a fixed time cycle.',
  paramsSchema: OnOffParamsSchema,
  createHandlers: (params): Required<BrandHandlers> => {
    const { honest, deceptive, switching } = cheatBehaviours(params);
    const pick = (now: Date) => (onOffPhase(params, now) === 'honest' ? honest : deceptive);
    return {
      requestOffers: (brief, ctx) => pick(ctx.now).requestOffers(brief, ctx),
      askQuestion: (question, ctx) => pick(ctx.now).askQuestion(question, ctx),
      counterOffer: (counter, ctx) => pick(ctx.now).counterOffer(counter, ctx),
      placeOrder: (order, ctx) => (onOffPhase(params, ctx.now) === 'honest' ? honest : switching).placeOrder(order, ctx),
      cancelOrder: refundInFull,
    };
  },
});
