// The brand core refuses a message whose JSON is over its size limit (PAYLOAD_TOO_LARGE, with the exact size) and lets
// one at or under it through, whatever its text is made of: it measures the message without serialising it when a bound
// of its size fits, so the verdict just under, at and just over the limit must still be the exact count's.
import { describe, expect, it } from 'vitest';
import { createBrandAgentCore } from '../../brand-agent/index.ts';
import { PROTOCOL_TOOLS } from '../../protocol/index.ts';
import { trailShoeBrief } from '../fixtures/briefs.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';

const LIMIT = 3_000;
const clock = () => new Date('2026-11-23T10:00:00Z');
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** A brief padded (an unknown field, which the schema tolerates) with `unit` and plain filler to exactly `size` bytes. */
function briefOfSize(size: number, unit: string): Record<string, unknown> {
  const base = bytes({ ...trailShoeBrief(), padding: '' });
  const unitBytes = bytes(unit) - 2;
  const units = Math.floor((size - base) / unitBytes);
  const brief = { ...trailShoeBrief(), padding: unit.repeat(units) + 'x'.repeat(size - base - units * unitBytes) };
  expect(bytes(brief)).toBe(size);
  return brief;
}

describe('the brand core’s size limit on incoming messages', () => {
  const core = createBrandAgentCore({ ...fixtureBrand({ clock }), limits: { maxPayloadBytes: LIMIT } });

  for (const unit of ['x', 'é', '€', '\u{1F45F}', '\ud800', '"', '\\', '\n', '\u0001']) {
    it(`measures a brief padded with ${JSON.stringify(unit)} exactly: under and at the limit it is read, one byte over it is refused`, async () => {
      for (const size of [LIMIT - 7, LIMIT - 1, LIMIT, LIMIT + 1, LIMIT + 6]) {
        const outcome = await core.call(PROTOCOL_TOOLS.requestOffers.name, briefOfSize(size, unit));
        if (size > LIMIT) {
          expect(outcome.ok, `${size} bytes`).toBe(false);
          if (!outcome.ok) expect(outcome.error.toData(), `${size} bytes`).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { size, limit: LIMIT } });
        } else {
          expect(outcome.ok ? 'ok' : outcome.error.code, `${size} bytes`).not.toBe('PAYLOAD_TOO_LARGE');
        }
      }
    });
  }

  it('refuses an oversized message before it reads its version or its schema', async () => {
    const outcome = await core.call(PROTOCOL_TOOLS.requestOffers.name, { ...briefOfSize(LIMIT + 1, '€'), protocolVersion: '9.0', quantity: -1 });
    expect(!outcome.ok && outcome.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
