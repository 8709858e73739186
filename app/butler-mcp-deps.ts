import type { ButlerMcpDeps } from '../agent/mcp/index.ts';
import { modelExplanation } from './model-explanation.ts';
import type { ButlerSession } from './open-butler.ts';

/** What the butler's MCP server reads from a session: finding, explaining, trust and proposals (never buying). */
export function butlerMcpDeps(session: ButlerSession): ButlerMcpDeps {
  const { butler } = session;
  return {
    needEngine: session.needEngine,
    ledger: session.trust,
    clock: () => butler.now(),
    brands: () => butler.brands(),
    understand: (text, previous) => session.needEngine.understand(text, previous),
    shop: (need) => butler.shop(need),
    propose: (offerId) => butler.propose(offerId),
    explainWithModel: (result, signal) => modelExplanation(session, result, { signal }),
  };
}
