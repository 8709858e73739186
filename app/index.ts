// Public API of the composition root: opens the butler over the embedded database and the brand directory.
export { openButler } from './open-butler.ts';
export type { ButlerSession, OpenButlerOptions, SessionNeedEngine, TrustView, DirectoryInfo } from './open-butler.ts';
export { demoDirectory, resolveDirectory } from './brands-file.ts';
export { settleFromGroundTruth, demoGroundTruth } from './settle-from-ground-truth.ts';
export { anchorLedger, anchorLedgerIfChanged, lastLedgerAnchor, lastAnchorMatches } from './ledger-anchoring.ts';
export { butlerMcpDeps } from './butler-mcp-deps.ts';
export { modelExplanation } from './model-explanation.ts';
export type { ModelExplanation } from './model-explanation.ts';
