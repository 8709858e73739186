import { PassThrough } from 'node:stream';
import type { CliCommand, CliIo } from '../../cli/command.ts';
import { runCli } from '../../cli/main.ts';

/** What a CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `run` with captured stdout/stderr and `env`; stdin is empty, or carries `input` and then ends. */
async function captured(run: (io: CliIo) => Promise<number>, env: NodeJS.ProcessEnv, input?: string, tty = false): Promise<CliRun> {
  const stdin = Object.assign(new PassThrough(), tty ? { isTTY: true } : {});
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  if (input !== undefined) stdin.end(input);
  const code = await run({ stdout, stderr, stdin, env });
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

/** Runs an interactive command (`majordome chat`) in process: each of `lines` typed in turn, then end of input. */
export function runConversation(command: CliCommand, args: string[], env: NodeJS.ProcessEnv, lines: readonly string[]): Promise<CliRun> {
  return captured((io) => command.run(args, io), env, lines.map((l) => `${l}\n`).join(''));
}

/** Runs a command as a person at an interactive terminal (stdin is a TTY): each of `lines` typed in turn, then end of input. */
export function runAtTerminal(command: CliCommand, args: string[], env: NodeJS.ProcessEnv, lines: readonly string[]): Promise<CliRun> {
  return captured((io) => command.run(args, io), env, lines.map((l) => `${l}\n`).join(''), true);
}
