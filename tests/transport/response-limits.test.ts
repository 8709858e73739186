import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fanOutBrief } from '../../agent/butler/index.ts';
import { BrandClient } from '../../agent/transport/index.ts';
import { serveBrandOverHttp, type HttpBrandServer } from '../../brand-agent/index.ts';
import { createReferenceBrand } from '../../brand-agent/reference/index.ts';
import { PROTOCOL_VERSION, type NeedBriefInput } from '../../protocol/index.ts';
import { startHostileHttpBrand, type HostileHttpBrand } from './hostile-http-brand.ts';

const brief: NeedBriefInput = {
  protocolVersion: PROTOCOL_VERSION,
  requestId: 'limits-1',
  buyerId: 'buyer-limits',
  category: 'running-shoes',
  hardConstraints: [{ attribute: 'size_eu', op: 'eq', value: 43 }],
  softPreferences: [],
  quantity: 1,
  currency: 'EUR',
  maxOffers: 3,
  issuedAt: '2026-11-23T10:00:00.000Z',
};

let hostile: HostileHttpBrand;
let client: BrandClient;

beforeAll(async () => {
  hostile = await startHostileHttpBrand();
  const connected = await BrandClient.connect({ kind: 'http', url: hostile.url }, { callTimeoutMs: 2_000 });
  if (!connected.ok) throw new Error(connected.error.message);
  client = connected.value;
});

afterAll(async () => {
  await client?.close();
  await hostile?.close();
});

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe('HTTP brand answers are bounded in size and time', () => {
  it('a 400 MB streamed answer fails with PAYLOAD_TOO_LARGE quickly, reading well under 1% of it', async () => {
    hostile.mode = 'huge';
    const before = process.memoryUsage();
    const { value: result, ms } = await timed(() => client.requestOffers(brief));
    const after = process.memoryUsage();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(ms).toBeLessThan(1_500);
    // The server could only push what fits in the socket buffers before we hung up.
    expect(hostile.stats.bytesSent).toBeLessThan(4 * 1024 * 1024);
    expect(after.rss - before.rss).toBeLessThan(64 * 1024 * 1024);
  });

  it('a declared Content-Length past the limit is refused before reading the body', async () => {
    hostile.mode = 'huge-declared';
    const { value: result, ms } = await timed(() => client.requestOffers(brief));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(ms).toBeLessThan(1_000);
  });

  it('an event stream with one endless event fails with PAYLOAD_TOO_LARGE', async () => {
    hostile.mode = 'huge-event';
    const result = await client.requestOffers(brief);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a message over 256 KB that fits in the wire frame is still refused', async () => {
    hostile.mode = 'oversized-message';
    const result = await client.requestOffers(brief);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(result.error.message).toMatch(/over 262144/);
    }
  });

  it('a slow-drip body is cut at the call budget (TIMEOUT), the connection is closed and the brand told', async () => {
    hostile.mode = 'drip';
    const closedBefore = hostile.stats.closedByPeer;
    const cancelledBefore = hostile.stats.cancellations;
    const { value: result, ms } = await timed(() => client.requestOffers(brief, 400));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('TIMEOUT');
    expect(ms).toBeGreaterThanOrEqual(390);
    expect(ms).toBeLessThan(1_200);
    await expect.poll(() => hostile.stats.closedByPeer, { timeout: 2_000 }).toBeGreaterThan(closedBefore);
    await expect.poll(() => hostile.stats.cancellations, { timeout: 2_000 }).toBeGreaterThan(cancelledBefore);
  });

  it('after hostile answers the same connection still carries honest ones', async () => {
    hostile.mode = 'honest';
    const result = await client.requestOffers(brief);
    expect(result.ok).toBe(true);
  });
});

describe('the butler carries on with other brands', () => {
  let honest: HttpBrandServer;
  beforeAll(async () => {
    honest = await serveBrandOverHttp(createReferenceBrand('stride-lab'));
  });
  afterAll(async () => {
    await honest?.close();
  });

  it('a brand sending 400 MB fails alone while the honest brand answers', async () => {
    const connected = await BrandClient.connect({ kind: 'http', url: honest.url }, { callTimeoutMs: 3_000 });
    if (!connected.ok) throw new Error(connected.error.message);
    hostile.mode = 'huge';
    const recipients = [
      { id: 'hostile', timeoutMs: 3_000, requestOffers: (b: NeedBriefInput, t?: number) => client.requestOffers(b, t) },
      { id: connected.value.card.id, timeoutMs: 3_000, requestOffers: (b: NeedBriefInput, t?: number) => connected.value.requestOffers(b, t) },
    ];
    const { value: outcome, ms } = await timed(() => fanOutBrief(recipients, () => brief, { now: () => new Date('2026-11-23T10:00:00Z') }));
    await connected.value.close();
    const byId = new Map(outcome.replies.map((r) => [r.brandId, r]));
    expect(byId.get('hostile')?.kind).toBe('failed');
    expect(byId.get(connected.value.card.id)?.kind).toBe('answered');
    expect(ms).toBeLessThan(2_000);
  });
});
