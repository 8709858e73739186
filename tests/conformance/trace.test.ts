import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/command.ts';
import { createConformanceCommand } from '../../cli/commands/conformance.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';

function capture(): { io: CliIo; out: () => string } {
  let out = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  return { io: { stdout: sink, stderr: sink, stdin: process.stdin, env: {} }, out: () => out };
}

const command = createConformanceCommand(async () => ({
  ids: ['overcharger', 'invalid-offers'],
  create: (id) => fixtureBrand(id === 'overcharger' ? { id, faults: { overcharge: true } } : { id, faults: { invalidOffer: true } }),
}));

describe('majordome conformance --trace', () => {
  it('prints each request and answer of a check, and on a failure the field path and the expected value', async () => {
    const { io, out } = capture();
    expect(await command.run(['builtin:overcharger', '--trace', '--only', 'order.receipt'], io)).toBe(1);
    const text = out();
    expect(text).toMatch(/order\.receipt\s+FAIL/);
    expect(text).toMatch(/→ request_offers \{"protocolVersion":"1\.\d+","requestId":"conf-/);
    expect(text).toMatch(/← result \{"requestId":"conf-/);
    expect(text).toMatch(/→ place_order \{.*"termsHash":"[0-9a-f]{64}"/);
    expect(text).toContain('at charged: expected {"amountMinor":13900,"currency":"EUR"}, got {"amountMinor":15900,"currency":"EUR"}');
  });

  it('without --trace prints no messages, but still names the offending field', async () => {
    const { io, out } = capture();
    expect(await command.run(['builtin:overcharger', '--only', 'order.receipt'], io)).toBe(1);
    expect(out()).not.toContain('→ place_order');
    expect(out()).toContain('at charged: expected');
  });

  it('names the offending field of an INVALID_OUTPUT fault in the reason and shows the fault data', async () => {
    const { io, out } = capture();
    expect(await command.run(['builtin:invalid-offers', '--trace', '--only', 'brief.valid-per-category'], io)).toBe(1);
    expect(out()).toMatch(/INVALID_OUTPUT at offers\.0\.price\.amountMinor/);
    expect(out()).toMatch(/← JSON-RPC error -32603 \{"code":"INVALID_OUTPUT".*"details":\{"issues":\[\{"path":"offers\.0\.price\.amountMinor"/);
  });
});
