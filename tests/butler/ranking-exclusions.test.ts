// The exclusions a ranking keeps (what `purchase` refuses) are replaced as a whole when the same request is ranked
// again, the rows its "anything cheaper?" round stored under `<requestId>.cheaper` included, and the in-memory and
// SQLite memories keep exactly the same ones.
import { describe, expect, it } from 'vitest';
import { InMemoryButlerMemory, SqliteButlerMemory, cheaperBrief, type ButlerMemory, type RankingExclusion } from '../../agent/butler/index.ts';
import type { ExclusionCode } from '../../agent/decision/index.ts';
import type { NeedBriefInput } from '../../protocol/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';

const AT = '2026-03-02T10:00:00.000Z';

const memories: Array<[string, () => ButlerMemory]> = [
  ['in-memory', () => new InMemoryButlerMemory({ secret: 's' })],
  ['SQLite', () => new SqliteButlerMemory(new ButlerStore(openDatabase({ path: ':memory:' })), () => new Date(AT))],
];

const excluded = (requestId: string, offerId: string, ...codes: ExclusionCode[]): RankingExclusion => ({ requestId, offerId, reasons: codes.map((code) => ({ code, detail: `${code} of ${offerId}` })) });
const codesOf = (memory: ButlerMemory, requestId: string, offerId: string) => memory.rankingExclusion(requestId, offerId)?.reasons.map((r) => r.code);
const BRIEF: NeedBriefInput = {
  protocolVersion: '1.1',
  requestId: 'req-0',
  buyerId: 'buyer-1',
  category: 'headphones',
  hardConstraints: [],
  softPreferences: [],
  quantity: 1,
  currency: 'EUR',
  shipToCountry: 'FR',
  maxOffers: 3,
  issuedAt: AT,
};
/** The request id the follow-up round's offers carry, as `askForCheaper` makes it. */
const cheaperIdOf = (requestId: string) => cheaperBrief({ ...BRIEF, requestId }).requestId;

describe.each(memories)('ranking exclusions (%s)', (_label, make) => {
  it('re-ranking a request drops what its earlier ranking excluded in the "anything cheaper?" round', () => {
    const memory = make();
    const cheaper = cheaperIdOf('req-1');
    memory.recordRankingExclusions('req-1', [excluded('req-1', 'a-1', 'over-budget'), excluded(cheaper, 'a-2', 'injection')], AT);
    expect(codesOf(memory, cheaper, 'a-2')).toEqual(['injection']);
    memory.recordRankingExclusions('req-1', [], AT);
    expect(codesOf(memory, 'req-1', 'a-1')).toBeUndefined();
    expect(codesOf(memory, cheaper, 'a-2')).toBeUndefined();
  });

  it('re-ranking a request keeps the reasons of its latest ranking, not those of the earlier one', () => {
    const memory = make();
    const cheaper = cheaperIdOf('req-1');
    memory.recordRankingExclusions('req-1', [excluded(cheaper, 'a-2', 'injection'), excluded('req-1', 'a-1', 'hard-constraint')], AT);
    memory.recordRankingExclusions('req-1', [excluded(cheaper, 'a-2', 'no-surplus'), excluded('req-1', 'a-1', 'no-surplus')], AT);
    expect(codesOf(memory, cheaper, 'a-2')).toEqual(['no-surplus']);
    expect(codesOf(memory, 'req-1', 'a-1')).toEqual(['no-surplus']);
  });

  it('a long request id, truncated in its follow-up id, is replaced the same way', () => {
    const memory = make();
    const long = `req-${'x'.repeat(124)}`;
    const cheaper = cheaperIdOf(long);
    expect(cheaper.startsWith(long)).toBe(false);
    memory.recordRankingExclusions(long, [excluded(cheaper, 'a-2', 'injection')], AT);
    memory.recordRankingExclusions(long, [], AT);
    expect(codesOf(memory, cheaper, 'a-2')).toBeUndefined();
  });

  it("re-ranking one request leaves every other request's exclusions alone", () => {
    const memory = make();
    memory.recordRankingExclusions('req-1', [excluded('req-1', 'a-1', 'injection'), excluded(cheaperIdOf('req-1'), 'a-2', 'injection')], AT);
    memory.recordRankingExclusions('req-2', [excluded('req-2', 'b-1', 'below-honesty-floor'), excluded(cheaperIdOf('req-2'), 'b-2', 'over-budget')], AT);
    memory.recordRankingExclusions('req-1', [], AT);
    expect(codesOf(memory, 'req-2', 'b-1')).toEqual(['below-honesty-floor']);
    expect(codesOf(memory, cheaperIdOf('req-2'), 'b-2')).toEqual(['over-budget']);
  });

  it('an exclusion belongs to the latest ranking that gave it: re-ranking an earlier one leaves it', () => {
    const memory = make();
    memory.recordRankingExclusions('rank-a', [excluded('req-1', 'a-1', 'injection')], AT);
    memory.recordRankingExclusions('rank-b', [excluded('req-1', 'a-1', 'hard-constraint')], AT);
    memory.recordRankingExclusions('rank-a', [], AT);
    expect(codesOf(memory, 'req-1', 'a-1')).toEqual(['hard-constraint']);
  });
});
