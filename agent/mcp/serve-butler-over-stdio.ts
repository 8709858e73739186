import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createButlerMcpServer, type ButlerMcpDeps, type ButlerMcpOptions } from './create-butler-mcp-server.ts';

/** A butler MCP server running over stdio. */
export interface StdioButlerServer {
  /** Resolves when the connection ends (the client closes stdin, or `close()` is called). */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

/** Serves the butler over stdin/stdout (stdout carries only protocol messages; log to stderr). */
export async function serveButlerOverStdio(
  deps: ButlerMcpDeps,
  streams: { stdin?: NodeJS.ReadableStream; stdout?: NodeJS.WritableStream } = {},
  options: ButlerMcpOptions = {},
): Promise<StdioButlerServer> {
  const server = createButlerMcpServer(deps, options);
  const stdin = (streams.stdin ?? process.stdin) as typeof process.stdin;
  const transport = new StdioServerTransport(stdin, (streams.stdout ?? process.stdout) as typeof process.stdout);
  let markClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => (markClosed = resolve));
  await server.connect(transport);
  // connect() installed the SDK's own close handler; keep it and add ours.
  const sdkOnClose = transport.onclose;
  transport.onclose = () => {
    sdkOnClose?.();
    markClosed();
  };
  // The stdio transport does not notice the end of stdin by itself.
  stdin.once('end', () => void server.close().finally(markClosed));
  return { closed, close: () => server.close() };
}
