import type { CliCommand } from '../command.ts';

/** A command as listed by `--help`; its module is loaded only when it runs, so the CLI starts fast. */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  load(): Promise<CliCommand>;
}

/** Every sub-command of `majordome`, in the order `--help` lists them. Add one entry per command. */
export const commands: readonly CommandEntry[] = [
  { name: 'chat', summary: 'Chat with your butler in the terminal (the demo market by default)', load: async () => (await import('./chat.ts')).chatCommand },
  { name: 'serve', summary: 'Serve the web app on 127.0.0.1 and print its URL (with the per-install token)', load: async () => (await import('./serve.ts')).serveCommand },
  { name: 'ask', summary: 'Ask the butler once, non-interactively (for scripts: --json)', load: async () => (await import('./ask.ts')).askCommand },
  { name: 'report', summary: 'Report what happened with an order (once per order): the ledger learns from it', load: async () => (await import('./report.ts')).reportCommand },
  { name: 'brands', summary: 'List the brands the butler can reach (the demo market or your brands.json)', load: async () => (await import('./brands.ts')).brandsCommand },
  { name: 'profile', summary: 'Show or edit your rules: spend caps, banned brands, values, disclosure, exploration', load: async () => (await import('./profile.ts')).profileCommand },
  { name: 'brand serve', summary: 'Serve a built-in reference brand, or a shop\'s product feed or export (--feed), over stdio or Streamable HTTP', load: async () => (await import('./brand-serve.ts')).brandServeCommand },
  { name: 'conformance', summary: 'Run the protocol conformance checks against a brand agent (builtin, stdio command or HTTP URL)', load: async () => (await import('./conformance.ts')).conformanceCommand },
  { name: 'inspect', summary: 'Detect pressure tactics and injected instructions in JSON lines {"text": ...} from stdin', load: async () => (await import('./inspect.ts')).inspectCommand },
  { name: 'simulate', summary: 'Simulate a marketplace of butlers and brands (scenario or sweep); writes metrics, CSVs and an HTML report', load: async () => (await import('./simulate.ts')).simulateCommand },
  { name: 'sim-worker', summary: 'Run simulation shards from a Redis job queue (BullMQ) until stopped; start one per machine', load: async () => (await import('./sim-worker.ts')).simWorkerCommand },
  { name: 'sim-status', summary: 'List the studies running on a simulation job queue and its live workers', load: async () => (await import('./sim-status.ts')).simStatusCommand },
  { name: 'mcp', summary: 'Serve the butler to an AI assistant as an MCP server over stdio (find, compare, explain; never buys)', load: async () => (await import('./mcp.ts')).mcpCommand },
  { name: 'trust', summary: "Show every brand's trust: combined score, uncertainty, honesty, fit and pressure", load: async () => (await import('./trust.ts')).trustCommand },
  { name: 'ledger', summary: "Show one brand's trust events with their evidence (and `ledger verify` to check the chain)", load: async () => (await import('./ledger.ts')).ledgerCommand },
  { name: 'ledger verify', summary: "Check the trust ledger's hash chain and cached scores (exit 3 on tampering)", load: async () => (await import('./ledger-verify.ts')).ledgerVerifyCommand },
  { name: 'ledger anchor', summary: 'Print the ledger head (trust events and orders) and record it in the anchor file', load: async () => (await import('./ledger-anchor.ts')).ledgerAnchorCommand },
];
