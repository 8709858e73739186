import { homedir } from 'node:os';
import { join } from 'node:path';

/** The database file name inside the data directory. */
export const DATABASE_FILE_NAME = 'majordome.db';

/**
 * Where the database lives by default: `$MAJORDOME_HOME/majordome.db`, else `$XDG_DATA_HOME/majordome/majordome.db`,
 * else the platform's data directory (`~/.local/share`, `~/Library/Application Support`, `%LOCALAPPDATA%`).
 */
export function defaultDatabasePath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.MAJORDOME_HOME) return join(env.MAJORDOME_HOME, DATABASE_FILE_NAME);
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'majordome', DATABASE_FILE_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'majordome', DATABASE_FILE_NAME);
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'majordome', DATABASE_FILE_NAME);
  return join(home, '.local', 'share', 'majordome', DATABASE_FILE_NAME);
}
