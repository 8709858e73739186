import { commands, type CommandEntry } from './commands/index.ts';
import { CliUsageError, type CliIo } from './command.ts';
import { describeError } from './describe-error.ts';

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'majordome — your own AI butler: it asks brands, compares, negotiates, checks claims and remembers.',
    '',
    'Usage: majordome <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `majordome <command> --help` for a command\'s options.',
    '',
  ].join('\n');
}

/** Finds the longest command name that prefixes argv (so "brand serve" wins over "brand"). */
function resolveCommand(argv: readonly string[]): { command: CommandEntry; rest: string[] } | undefined {
  const sorted = [...commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of sorted) {
    const parts = command.name.split(' ');
    if (parts.every((p, i) => argv[i] === p)) return { command, rest: argv.slice(parts.length) };
  }
  return undefined;
}

/** Runs the CLI with the given arguments; the one place where unknown errors become messages and exit codes. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout.write(helpText());
    return 0;
  }
  if (argv[0] === '--version') {
    io.stdout.write('0.1.0\n');
    return 0;
  }
  const found = resolveCommand(argv);
  if (!found) {
    io.stderr.write(`majordome: unknown command "${argv.join(' ')}"\n\n${helpText()}`);
    return 2;
  }
  const command = await found.command.load();
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    io.stdout.write(`${found.command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(found.rest, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr.write(`majordome ${found.command.name}: ${error.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    io.stderr.write(`majordome ${found.command.name}: ${describeError(error)}\n`);
    return 1;
  }
}

const isEntry = process.argv[1] !== undefined && /majordome(\.js)?$|cli[\\/]main\.ts$/.test(process.argv[1]);
if (isEntry) {
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
  });
  process.exitCode = code;
}
