import { checkLedgerAnchor, currentLedgerHeads, readLedgerAnchors, recordLedgerAnchor, type LedgerAnchor, type MajordomeDatabase } from '../storage/index.ts';

/** Records the current heads of both chains (trust events, order records) in the anchor file; returns the anchor. */
export function anchorLedger(db: MajordomeDatabase, anchorFile: string, now: Date): LedgerAnchor {
  const anchor: LedgerAnchor = { ...currentLedgerHeads(db), at: now.toISOString(), database: db.path };
  recordLedgerAnchor(anchorFile, anchor);
  return anchor;
}

/** The last anchor recorded for this database, if any. */
export function lastLedgerAnchor(db: MajordomeDatabase, anchorFile: string): LedgerAnchor | undefined {
  return readLedgerAnchors(anchorFile, db.path).anchors.at(-1);
}

/** True when the database is exactly at its last anchor (or was never anchored): nothing was written behind the butler. */
export function lastAnchorMatches(db: MajordomeDatabase, anchorFile: string): boolean {
  const last = lastLedgerAnchor(db, anchorFile);
  return last === undefined || checkLedgerAnchor(db, last).kind === 'matches';
}

/** Records an anchor only when either chain moved since the last one (so reading commands add no lines). */
export function anchorLedgerIfChanged(db: MajordomeDatabase, anchorFile: string, now: Date): LedgerAnchor | undefined {
  const last = lastLedgerAnchor(db, anchorFile);
  const heads = currentLedgerHeads(db);
  if (last && last.trust.seq === heads.trust.seq && last.trust.hash === heads.trust.hash && last.orders.seq === heads.orders.seq && last.orders.hash === heads.orders.hash) return undefined;
  return anchorLedger(db, anchorFile, now);
}
