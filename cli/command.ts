import { MajordomeError } from '../protocol/index.ts';

/** The shape every `majordome` sub-command implements; `cli/main.ts` dispatches to it. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
}

/** One sub-command: a name (may contain a space, e.g. "brand serve"), help text and a runner returning an exit code. */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** The CLI's fault codes (anything else a command throws keeps the code of the folder that threw it). */
export const CLI_ERROR_CODES = { USAGE: 'USAGE' } as const;

/** A CLI fault code. */
export type CliErrorCode = (typeof CLI_ERROR_CODES)[keyof typeof CLI_ERROR_CODES];

/** A usage error: printed with the command's usage, exit code 2. */
export class CliUsageError extends MajordomeError<CliErrorCode> {
  override readonly name = 'CliUsageError';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super(CLI_ERROR_CODES.USAGE, message, options);
  }
}
