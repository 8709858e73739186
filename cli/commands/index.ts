import type { CliCommand } from '../command.ts';

/** Every sub-command of `majordome`, in the order `--help` lists them. Add one line per command. */
export const commands: readonly CliCommand[] = [
];
