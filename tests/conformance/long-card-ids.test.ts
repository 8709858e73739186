// The summary of `majordome conformance builtin:all` names each brand that is not conformant by its card id. Ids are up
// to 128 characters: cut at 80, two ids sharing their first 80 characters read the same, and the person cannot tell
// which brand failed. Long ids are shortened with a hash of the whole id (protocol's shortenId), never cut.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/command.ts';
import { createConformanceCommand, type BuiltinBrandSource } from '../../cli/commands/conformance.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';

function capture(): { io: CliIo; out: () => string } {
  let out = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  return { io: { stdout: sink, stderr: new Writable({ write: (_c, _e, done) => done() }), stdin: process.stdin, env: {} }, out: () => out };
}

const SHARED = `trailco-official-european-distribution-network-${'x'.repeat(40)}`;
const IDS = [`${SHARED}-one`, `${SHARED}-two`];

describe('conformance summary with long card ids', () => {
  it('(fixed) two failing brands whose ids share their first 80 characters are named apart', async () => {
    const builtins: BuiltinBrandSource = { ids: IDS, create: (id) => fixtureBrand({ id, faults: { wrongRound: true } }) };
    const { io, out } = capture();
    expect(await createConformanceCommand(async () => builtins).run(['builtin:all', '--only', 'counter.first-round'], io)).toBe(1);
    const summary = out().split('\n').find((l) => l.startsWith('0 of 2 brands conformant'));
    expect(summary).toBeDefined();
    const named = summary!.slice(summary!.indexOf('not conformant: ') + 'not conformant: '.length).split(', ');
    expect(named).toHaveLength(2);
    expect(new Set(named).size).toBe(2);
    for (const n of named) expect(n.length).toBeLessThanOrEqual(80);
  });

  it('a short id is named whole', async () => {
    const builtins: BuiltinBrandSource = { ids: ['fixture-shoes', 'wrong-rounds'], create: (id) => fixtureBrand({ id, faults: { wrongRound: id === 'wrong-rounds' } }) };
    const { io, out } = capture();
    await createConformanceCommand(async () => builtins).run(['builtin:all', '--only', 'counter.first-round'], io);
    expect(out()).toContain('1 of 2 brands conformant; not conformant: wrong-rounds\n');
  });
});
