import { createInterface } from 'node:readline';
import type { CliIo } from './command.ts';

/** Writes `question` to the terminal and reads the person's one-line answer (undefined when the input ends first). */
export async function askQuestion(io: CliIo, question: string): Promise<string | undefined> {
  io.stdout.write(`${question} `);
  const rl = createInterface({ input: io.stdin, terminal: false });
  try {
    for await (const line of rl) return line;
    return undefined;
  } finally {
    rl.close();
  }
}
