import { PassThrough } from 'node:stream';
import type { CliCommand, CliIo } from '../../cli/command.ts';

/** Runs one CLI command in process with captured stdout/stderr. */
export async function runCommand(command: CliCommand, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  const io: CliIo = { stdout, stderr, stdin: new PassThrough(), env };
  const code = await command.run(args, io);
  return { code, out, err };
}
