import { shortenId } from '../protocol/index.ts';
import type { TrustView } from '../app/index.ts';
import { quoteBrandText } from './quote-brand-text.ts';
import { terminalSafeText } from './terminal-safe-text.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4);

/** A terminal table of every brand the ledger knows: trust, uncertainty and per-dimension scores. */
export function renderTrustTable(trust: Pick<TrustView, 'scores' | 'brands'>, now: Date): string {
  const scores = trust.scores(now.getTime());
  if (scores.length === 0) return 'The ledger is empty: I have not dealt with any brand yet. Ask me for something first.';
  // Display names come from brands: quoted as their words (`quoteBrandText`); an id without a name is printed terminal-safe.
  const names = new Map(trust.brands().map((b) => [b.brandId, b.displayName && b.displayName !== b.brandId ? quoteBrandText(b.displayName, 60) : terminalSafeText(shortenId(b.brandId, 60))]));
  const rows = [...scores].sort((a, b) => b.trust - a.trust || (a.brandId < b.brandId ? -1 : 1));
  const nameOf = (brandId: string) => names.get(brandId) ?? terminalSafeText(shortenId(brandId, 60));
  const width = Math.max(5, ...rows.map((r) => nameOf(r.brandId).length));
  const lines = [`${'brand'.padEnd(width)}  trust  unc.  honesty  fit  pressure  events`];
  for (const r of rows) {
    lines.push(`${nameOf(r.brandId).padEnd(width)}  ${pct(r.trust)}   ${pct(r.uncertainty)}  ${pct(r.honesty.score)}    ${pct(r.fit.score)}  ${pct(r.pressure.score)}      ${r.events}`);
  }
  return lines.join('\n');
}
