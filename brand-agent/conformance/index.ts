// Public API of the conformance kit: run named protocol checks against any brand agent over MCP.
export { runConformance } from './run-conformance.ts';
export type { ConformanceOptions, ConformanceReport } from './run-conformance.ts';
export { CONFORMANCE_CHECKS } from './conformance-checks.ts';
export type { CheckStatus, CheckVerdict } from './check-verdict.ts';
export type { CheckResult, ConformanceCheck } from './conformance-check.ts';
export { conformanceTargetFromText, describeConformanceTarget, splitCommandLine } from './conformance-target.ts';
export type { ConformanceTarget } from './conformance-target.ts';
export type { ConformanceContext } from './conformance-context.ts';
export { formatConformanceReport } from './format-conformance-report.ts';
