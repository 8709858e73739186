import { DEFAULT_LANGUAGE, LanguageSchema, type Language } from '../agent/language/index.ts';

/**
 * The language the person's terminal is set to (POSIX precedence: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, e.g.
 * "fr_FR.UTF-8" → fr), when the butler speaks it; English otherwise. It is what the terminal says before any request
 * (the chat's greeting and help) and the fallback when a text says nothing of its own language ("ok").
 */
export function terminalLanguage(env: NodeJS.ProcessEnv): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  const parsed = LanguageSchema.safeParse(locale?.slice(0, 2).toLowerCase());
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}
