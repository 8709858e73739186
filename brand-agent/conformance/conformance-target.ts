import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';

/** Which brand agent to test: a command spoken to over stdio, a Streamable HTTP URL, or an already linked transport. */
export type ConformanceTarget =
  | {
      readonly kind: 'stdio';
      readonly command: string;
      readonly args?: readonly string[];
      readonly env?: Readonly<Record<string, string>>;
      readonly cwd?: string;
    }
  | { readonly kind: 'http'; readonly url: string }
  | { readonly kind: 'transport'; readonly transport: Transport; readonly label?: string };

/** A short human description of a target, for reports. */
export function describeConformanceTarget(target: ConformanceTarget): string {
  switch (target.kind) {
    case 'stdio':
      return `stdio: ${[target.command, ...(target.args ?? [])].join(' ')}`;
    case 'http':
      return target.url;
    case 'transport':
      return target.label ?? 'in-memory transport';
  }
}

/** An opened client transport, plus what the brand wrote to stderr (stdio only) for error messages. */
export interface OpenedTransport {
  readonly transport: Transport;
  /** The last part of the child's stderr, when there is one. */
  stderrTail(): string;
}

const STDERR_TAIL_CHARS = 600;

/** Opens the client side of the target's MCP transport (spawning the child process for stdio). */
export function openConformanceTransport(target: ConformanceTarget): OpenedTransport {
  switch (target.kind) {
    case 'stdio': {
      const transport = new StdioClientTransport({
        command: target.command,
        args: [...(target.args ?? [])],
        env: { ...getDefaultEnvironment(), ...(target.env ?? {}) },
        ...(target.cwd ? { cwd: target.cwd } : {}),
        stderr: 'pipe',
      });
      let tail = '';
      // Always drained, so a chatty brand never blocks on a full pipe; only the tail is kept for messages.
      transport.stderr?.on('data', (chunk: Buffer | string) => {
        tail = (tail + String(chunk)).slice(-STDERR_TAIL_CHARS);
      });
      return { transport, stderrTail: () => tail.trim() };
    }
    case 'http':
      return { transport: new StreamableHTTPClientTransport(new URL(target.url)), stderrTail: () => '' };
    case 'transport':
      return { transport: target.transport, stderrTail: () => '' };
  }
}

/** Splits a command line into words, honouring single and double quotes and backslash escapes (no other shell syntax). */
export function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length) current += line[++i];
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      current += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote) throw new Error(`unterminated ${quote} quote in command line`);
  if (inWord) words.push(current);
  return words;
}

/** Reads a target written as text: an http(s) URL, or a command line run over stdio. */
export function conformanceTargetFromText(text: string): ConformanceTarget {
  const trimmed = text.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    // Validates the URL now, so a typo is a usage error rather than a connection failure.
    return { kind: 'http', url: new URL(trimmed).href };
  }
  const [command, ...args] = splitCommandLine(trimmed);
  if (!command) throw new Error('empty command line');
  return { kind: 'stdio', command, args };
}
