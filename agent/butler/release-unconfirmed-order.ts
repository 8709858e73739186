import { atomicallyIn, type ButlerMemory, type OrderRecord, type OrderRelease, type OrderStatus } from './butler-memory.ts';

/** The person's "nothing was charged" for one order, made on one of their surfaces (never by a tool, never by a brand). */
export interface PersonRelease {
  readonly statement: 'nothing-charged';
  readonly by: 'person';
  readonly channel: OrderRelease['channel'];
  readonly at: string;
}

/** The outcome of releasing an order. */
export type ReleaseResult =
  | { readonly kind: 'released'; readonly order: OrderRecord }
  | { readonly kind: 'already-released'; readonly order: OrderRecord }
  | { readonly kind: 'not-unconfirmed'; readonly status: OrderStatus }
  | { readonly kind: 'unknown-order' };

/**
 * Records the person's word that nothing was charged for an `unconfirmed` order the brand never answered: the amount its
 * mandate held stops counting against the caps (`spendOfOrder`). Nothing is deleted: the order stays unconfirmed, with
 * its mandate, and the statement is saved with it (a new state of the order's hash-chained record, which keeps the
 * states before). The brand's trust is untouched (the person's word about their account is no evidence about the brand,
 * for or against it), and the brand's answer still settles the order when it comes: a receipt makes it placed and its
 * charge counts again, its "no such order" ends it failed. Any other order is left as it is.
 */
export function releaseUnconfirmedOrder(orderId: string, release: PersonRelease, deps: { readonly memory: ButlerMemory }): ReleaseResult {
  const { memory } = deps;
  if (release.by !== 'person' || release.statement !== 'nothing-charged') throw new TypeError('only the person can say that nothing was charged');
  return atomicallyIn(memory, (): ReleaseResult => {
    const order = memory.order(orderId);
    if (!order) return { kind: 'unknown-order' };
    if (order.status !== 'unconfirmed') return { kind: 'not-unconfirmed', status: order.status };
    if (order.release !== undefined) return { kind: 'already-released', order };
    const released: OrderRecord = { ...order, release: { statement: release.statement, by: release.by, channel: release.channel, at: release.at } };
    memory.saveOrder(released);
    return { kind: 'released', order: released };
  });
}
