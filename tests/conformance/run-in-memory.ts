// Test helper: runs the conformance kit against a brand linked in-memory and returns the report.
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { linkBrandInMemory, type BrandAgentDefinition } from '../../brand-agent/index.ts';
import { runConformance, type ConformanceReport } from '../../brand-agent/conformance/index.ts';

/** Runs every check against a brand definition served by the SDK in-process. */
export async function conformanceOf(definition: BrandAgentDefinition): Promise<ConformanceReport> {
  const link = await linkBrandInMemory(definition);
  try {
    return await runConformance({ kind: 'transport', transport: link.clientTransport, label: 'in-memory' }, { runId: 'test' });
  } finally {
    await link.close();
  }
}

/** Runs every check against an already linked transport and closes it afterwards. */
export async function conformanceOfLinked(linked: { transport: Transport; close: () => Promise<void> }): Promise<ConformanceReport> {
  try {
    return await runConformance({ kind: 'transport', transport: linked.transport, label: 'raw' }, { runId: 'test' });
  } finally {
    await linked.close();
  }
}

/** The ids of the checks with a given status, sorted. */
export function idsWith(report: ConformanceReport, status: 'pass' | 'fail' | 'skip'): string[] {
  return report.results.filter((r) => r.status === status).map((r) => r.id).sort();
}
