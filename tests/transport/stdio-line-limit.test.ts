import { describe, expect, it } from 'vitest';
import { BrandClient } from '../../agent/transport/index.ts';
import { PROTOCOL_VERSION, type NeedBriefInput } from '../../protocol/index.ts';

const brief: NeedBriefInput = {
  protocolVersion: PROTOCOL_VERSION,
  requestId: 'stdio-limit-1',
  buyerId: 'buyer-limits',
  category: 'running-shoes',
  hardConstraints: [],
  softPreferences: [],
  quantity: 1,
  currency: 'EUR',
  maxOffers: 3,
  issuedAt: '2026-11-23T10:00:00.000Z',
};

describe('stdio brand answers are bounded per line', () => {
  it('an endless line fails with PAYLOAD_TOO_LARGE quickly and ends the brand process', async () => {
    const connected = await BrandClient.connect(
      { kind: 'stdio', command: process.execPath, args: ['bin/run-ts.js', 'tests/transport/hostile-stdio-brand.ts'] },
      { connectTimeoutMs: 20_000, callTimeoutMs: 15_000 },
    );
    if (!connected.ok) throw new Error(connected.error.message);
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const result = await connected.value.requestOffers(brief);
    const ms = performance.now() - started;
    const grown = process.memoryUsage().rss - before;
    await connected.value.close();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('PAYLOAD_TOO_LARGE');
    // Well before the call budget: the oversized line ends the call, not the clock.
    expect(ms).toBeLessThan(1_500);
    expect(grown).toBeLessThan(64 * 1024 * 1024);
    // The connection is gone: the brand sent a frame we cannot resynchronise after.
    const again = await connected.value.requestOffers(brief);
    expect(again.ok).toBe(false);
  });
});
