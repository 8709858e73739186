import { parseQueueUrl, type QueueTarget } from '../sim/index.ts';
import { CliUsageError } from './command.ts';

/** Reads `--queue redis[s]://…` (the password may come from MAJORDOME_REDIS_PASSWORD); a bad URL is a usage error. */
export function queueTargetOf(url: string, env: NodeJS.ProcessEnv): QueueTarget {
  try {
    return parseQueueUrl(url, env.MAJORDOME_REDIS_PASSWORD);
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
}
