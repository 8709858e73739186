import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { CONFORMANCE_CHECKS } from '../../brand-agent/conformance/index.ts';
import { serveBrandOverHttp } from '../../brand-agent/index.ts';
import { CliUsageError, type CliIo } from '../../cli/command.ts';
import { createConformanceCommand, type BuiltinBrandSource } from '../../cli/commands/conformance.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';
import { z } from 'zod';

function capture(): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        append(String(chunk));
        done();
      },
    });
  return {
    io: { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), stdin: process.stdin, env: {} },
    out: () => out,
    err: () => err,
  };
}

/** Two in-process brands: the honest fixture and one that answers counters with the wrong round. */
const builtins: BuiltinBrandSource = {
  ids: ['fixture-shoes', 'wrong-rounds'],
  create: (id) => (id === 'wrong-rounds' ? fixtureBrand({ id, faults: { wrongRound: true } }) : fixtureBrand()),
};
const command = createConformanceCommand(async () => builtins);

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const JsonOutputSchema = z.object({
  ok: z.boolean(),
  reports: z.array(z.object({ brandId: z.string().optional(), ok: z.boolean(), results: z.array(z.object({ id: z.string(), status: z.string(), reason: z.string() })) })),
});

describe('majordome conformance', () => {
  it('prints a pass table and exits 0 for a conformant builtin brand', async () => {
    const { io, out } = capture();
    expect(await command.run(['builtin:fixture-shoes'], io)).toBe(0);
    expect(out()).toMatch(/order\.idempotent-replay\s+PASS/);
    // Every check of the kit runs: passed + skipped is the whole list, none fails.
    const summary = /OK: (\d+) passed, 0 failed, (\d+) skipped/.exec(out());
    expect(summary).not.toBeNull();
    expect(Number(summary![1]) + Number(summary![2])).toBe(CONFORMANCE_CHECKS.length);
    // The content-dependent checks it cannot exercise: no discount claimed, every capability advertised, no publicKey on its card.
    expect(Number(summary![2])).toBeLessThanOrEqual(3);
  });

  it('runs builtin:all, names the failing brand and check, and exits 1', async () => {
    const { io, out } = capture();
    expect(await command.run(['builtin:all'], io)).toBe(1);
    expect(out()).toMatch(/counter\.first-round\s+FAIL/);
    expect(out()).toContain('1 of 2 brands conformant; not conformant: wrong-rounds');
  });

  it('prints JSON for machines with --json, limited by --only', async () => {
    const { io, out } = capture();
    expect(await command.run(['builtin:wrong-rounds', '--json', '--only', 'hello.negotiate,counter.first-round'], io)).toBe(1);
    const json = JsonOutputSchema.parse(JSON.parse(out()));
    expect(json.ok).toBe(false);
    expect(json.reports[0]!.results.map((r) => [r.id, r.status])).toEqual([
      ['hello.negotiate', 'pass'],
      ['counter.first-round', 'fail'],
    ]);
  });

  it('checks a brand over HTTP by URL, and runs the command after -- over stdio', async () => {
    const server = await serveBrandOverHttp(fixtureBrand());
    cleanups.push(server.close);
    const http = capture();
    expect(await command.run([server.url, '--json'], http.io)).toBe(0);
    expect(JsonOutputSchema.parse(JSON.parse(http.out())).reports[0]!.results).toHaveLength(CONFORMANCE_CHECKS.length);
    // Everything after -- is the command line, flags included (a full stdio run is covered in transports.test.ts).
    const stdio = capture();
    expect(await command.run(['--timeout', '2000', '--', 'majordome-no-such-binary', '--stdio'], stdio.io)).toBe(1);
    expect(stdio.err()).toContain('cannot reach stdio: majordome-no-such-binary --stdio');
  });

  it('says clearly when the target cannot be reached, and exits 1', async () => {
    const { io, out, err } = capture();
    expect(await command.run(['http://127.0.0.1:1/mcp', '--timeout', '2000'], io)).toBe(1);
    expect(err()).toMatch(/cannot reach http:\/\/127\.0\.0\.1:1\/mcp/);
    expect(out()).toMatch(/server\.initialize\s+FAIL/);
  });

  it('refuses bad usage with CliUsageError (exit code 2 through the CLI)', async () => {
    const { io } = capture();
    await expect(command.run([], io)).rejects.toThrow(CliUsageError);
    await expect(command.run(['builtin:nope'], io)).rejects.toThrow(/unknown builtin brand "nope"/);
    await expect(command.run(['a', 'b'], io)).rejects.toThrow(/one target/);
    await expect(command.run(['x', '--', 'node'], io)).rejects.toThrow(/not both/);
    await expect(command.run(['builtin:all', '--only', 'no.such-check'], io)).rejects.toThrow(/unknown check/);
    await expect(command.run(['builtin:all', '--timeout', 'soon'], io)).rejects.toThrow(/--timeout/);
    await expect(command.run(['builtin:all', '--bogus'], io)).rejects.toThrow(CliUsageError);
    // Imported here: the CLI entry loads every registered command.
    const { runCli } = await import('../../cli/main.ts');
    const viaCli = capture();
    expect(await runCli(['conformance'], viaCli.io)).toBe(2);
    expect(viaCli.err()).toContain('missing target');
  });
});
