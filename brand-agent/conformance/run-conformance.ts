import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { BrandProbe, type ProbeCall } from './brand-probe.ts';
import { fail, skip, type CheckVerdict } from './check-verdict.ts';
import type { CheckResult, ConformanceCheck } from './conformance-check.ts';
import { CONFORMANCE_CHECKS } from './conformance-checks.ts';
import { ConformanceContext } from './conformance-context.ts';
import { describeConformanceTarget, type ConformanceTarget } from './conformance-target.ts';

/** Options of a conformance run. */
export interface ConformanceOptions {
  /** Milliseconds allowed for the MCP initialise (default 10,000). */
  readonly connectTimeoutMs?: number;
  /** Milliseconds allowed per call (default 5,000). */
  readonly callTimeoutMs?: number;
  /** The tester's clock, used for timestamps and "in the future" (default: system time). */
  readonly now?: () => Date;
  /** Makes the run's ids unique (default: random), so repeated runs against one brand never collide. */
  readonly runId?: string;
  /** Run only the checks with these ids (default: all). */
  readonly only?: readonly string[];
  /** The checks to run (default: CONFORMANCE_CHECKS). */
  readonly checks?: readonly ConformanceCheck[];
  /** Record every request sent and every answer per check in `CheckResult.trace` (default: false). */
  readonly trace?: boolean;
}

/** The outcome of running the conformance checks against one brand agent. */
export interface ConformanceReport {
  /** The target as a human reads it. */
  readonly target: string;
  /** The brand id and name from its card, when it had one. */
  readonly brandId: string | undefined;
  readonly brandName: string | undefined;
  /** False when the MCP connection could not be established (then `connectError` says why). */
  readonly reachable: boolean;
  readonly connectError: string | undefined;
  readonly results: readonly CheckResult[];
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  /** True when no check failed and the target was reachable. */
  readonly ok: boolean;
  readonly durationMs: number;
}

async function runOne(check: ConformanceCheck, ctx: ConformanceContext): Promise<CheckResult> {
  const started = performance.now();
  let verdict: CheckVerdict;
  try {
    if (check.capability !== undefined) {
      const card = await ctx.card();
      if (!card.ok) verdict = fail(`cannot tell whether "${check.capability}" is supported: ${card.reason}`);
      else if (!card.card.capabilities.includes(check.capability)) verdict = skip(`the card does not advertise "${check.capability}"`);
      else verdict = await check.run(ctx);
    } else {
      verdict = await check.run(ctx);
    }
  } catch (error) {
    verdict = fail(`the check crashed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { id: check.id, title: check.title, ...verdict, durationMs: Math.round((performance.now() - started) * 100) / 100 };
}

function summarise(
  target: ConformanceTarget,
  results: CheckResult[],
  started: number,
  extra: { brandId?: string | undefined; brandName?: string | undefined; connectError?: string | undefined },
): ConformanceReport {
  const count = (status: CheckResult['status']) => results.filter((r) => r.status === status).length;
  const failed = count('fail');
  return {
    target: describeConformanceTarget(target),
    brandId: extra.brandId,
    brandName: extra.brandName,
    reachable: extra.connectError === undefined,
    connectError: extra.connectError,
    results,
    passed: count('pass'),
    failed,
    skipped: count('skip'),
    ok: failed === 0 && extra.connectError === undefined,
    durationMs: Math.round(performance.now() - started),
  };
}

/**
 * Runs the conformance checks against any brand agent reachable over MCP (stdio command, HTTP URL or a linked
 * transport) and reports pass / fail / skip with a reason per check. Never throws for a faulty brand.
 *
 * @example
 * const report = await runConformance({ kind: 'http', url: 'http://127.0.0.1:8080/mcp' });
 * if (!report.ok) console.log(formatConformanceReport(report));
 */
export async function runConformance(target: ConformanceTarget, options: ConformanceOptions = {}): Promise<ConformanceReport> {
  const started = performance.now();
  const all = options.checks ?? CONFORMANCE_CHECKS;
  const checks = options.only ? all.filter((c) => options.only!.includes(c.id)) : all;
  let probe: BrandProbe;
  try {
    probe = await BrandProbe.connect(target, { connectTimeoutMs: options.connectTimeoutMs ?? 10_000, callTimeoutMs: options.callTimeoutMs ?? 5_000 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const results = checks.map((c) => ({
      id: c.id,
      title: c.title,
      ...(c.id === 'server.initialize' ? fail(`cannot reach the brand: ${message}`) : skip('not run: the server did not initialise')),
      durationMs: 0,
    }));
    return summarise(target, results, started, { connectError: message });
  }
  try {
    const ctx = new ConformanceContext(probe, { runId: options.runId ?? randomBytes(4).toString('hex'), now: options.now ?? (() => new Date()) });
    const results: CheckResult[] = [];
    // One after another: checks share one connection and the brand's state, and reports stay in a stable order.
    for (const check of checks) {
      const calls: ProbeCall[] = [];
      // Shared lookups (the card, the category sweep) are traced under the check that first needed them.
      probe.onCall = options.trace ? (call) => calls.push(call) : undefined;
      const result = await runOne(check, ctx);
      results.push(options.trace ? { ...result, trace: calls } : result);
    }
    probe.onCall = undefined;
    const card = await ctx.card();
    return summarise(target, results, started, card.ok ? { brandId: card.card.id, brandName: card.card.name } : {});
  } finally {
    await probe.close();
  }
}
