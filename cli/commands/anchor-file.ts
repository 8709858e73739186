import { dirname, join } from 'node:path';
import { LEDGER_ANCHOR_FILE } from '../../storage/index.ts';

/** Where anchors of the database at `dbPath` are recorded: `$MAJORDOME_HOME/ledger-anchors.jsonl`, else beside the database. */
export function anchorFileFor(dbPath: string, env: NodeJS.ProcessEnv): string {
  return join(env.MAJORDOME_HOME ?? dirname(dbPath), LEDGER_ANCHOR_FILE);
}
