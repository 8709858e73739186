import type { LedgerAnchor } from './ledger-anchor.ts';
import type { MajordomeDatabase } from './open-database.ts';
import { OrderEventLog } from './order-event-log.ts';
import { TrustEventStore } from './trust-event-store.ts';

/** How the database compares with an anchor recorded outside it. */
export type AnchorCheck =
  | { readonly kind: 'matches'; readonly anchor: LedgerAnchor }
  /** The anchored history is intact and events were appended after it: the butler's, or forged if it did not write them. */
  | { readonly kind: 'after-anchor'; readonly anchor: LedgerAnchor; readonly trustEvents: number; readonly orderEvents: number }
  /** The anchored history was rewritten (or cut short). */
  | { readonly kind: 'mismatch'; readonly anchor: LedgerAnchor; readonly chain: 'trust' | 'orders'; readonly seq: number; readonly message: string };

/** Compares both chains with an anchor: the anchored events must still be there with the anchored hashes. */
export function checkLedgerAnchor(db: MajordomeDatabase, anchor: LedgerAnchor): AnchorCheck {
  const trust = new TrustEventStore(db);
  const orders = new OrderEventLog(db);
  return db.readTransaction((): AnchorCheck => {
    const trustHead = trust.head();
    const orderHead = orders.head();
    if (anchor.trust.seq > 0) {
      const row = trust.readRowPage(anchor.trust.seq - 1, 1)[0];
      if (!row || row.seq !== anchor.trust.seq || row.hash !== anchor.trust.hash) {
        return { kind: 'mismatch', anchor, chain: 'trust', seq: anchor.trust.seq, message: row ? `trust event #${anchor.trust.seq} differs from the anchor recorded at ${anchor.at}` : `anchored trust event #${anchor.trust.seq} is missing` };
      }
    }
    if (anchor.orders.seq > 0 && orders.hashAt(anchor.orders.seq) !== anchor.orders.hash) {
      return { kind: 'mismatch', anchor, chain: 'orders', seq: anchor.orders.seq, message: `order event #${anchor.orders.seq} differs from (or is missing since) the anchor recorded at ${anchor.at}` };
    }
    if (trustHead.seq < anchor.trust.seq) return { kind: 'mismatch', anchor, chain: 'trust', seq: anchor.trust.seq, message: `the trust chain ends at #${trustHead.seq}, before the anchored #${anchor.trust.seq}` };
    if (orderHead.seq < anchor.orders.seq) return { kind: 'mismatch', anchor, chain: 'orders', seq: anchor.orders.seq, message: `the order chain ends at #${orderHead.seq}, before the anchored #${anchor.orders.seq}` };
    const trustEvents = trustHead.seq - anchor.trust.seq;
    const orderEvents = orderHead.seq - anchor.orders.seq;
    return trustEvents === 0 && orderEvents === 0 ? { kind: 'matches', anchor } : { kind: 'after-anchor', anchor, trustEvents, orderEvents };
  });
}

/** The current heads of both chains, as an anchor to record. */
export function currentLedgerHeads(db: MajordomeDatabase): Pick<LedgerAnchor, 'trust' | 'orders'> {
  return db.readTransaction(() => ({ trust: new TrustEventStore(db).head(), orders: new OrderEventLog(db).head() }));
}
