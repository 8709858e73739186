import { PassThrough } from 'node:stream';
import type { CliCommand, CliIo } from '../../cli/command.ts';
import { runCli } from '../../cli/main.ts';

/** What a CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `run` with captured stdout/stderr, an empty stdin and `env`. */
async function captured(run: (io: CliIo) => Promise<number>, env: NodeJS.ProcessEnv): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  const code = await run({ stdout, stderr, stdin: new PassThrough(), env });
  return { code, out, err };
}

/** Runs one CLI command in process with captured stdout/stderr. */
export function runCommand(command: CliCommand, args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return captured((io) => command.run(args, io), env);
}

/** Runs `majordome <argv>` (the whole CLI: command dispatch and usage errors) in process with captured stdout/stderr. */
export function runMajordome(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return captured((io) => runCli(argv, io), env);
}
