import { z } from 'zod';
import { LOOPBACK_HOSTNAMES, MAX_BODY_BYTES, createWebApp, defaultReportsDir, isLoopbackHost, loadOrCreateWebToken, serveWebApp } from '../../web/index.ts';
import { HTTP_LIMIT_OPTIONS, HTTP_LIMIT_USAGE, httpLimitsHelp, limitsFromFlags } from '../http-limit-flags.ts';
import { defaultDatabasePath } from '../../storage/index.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { SESSION_OPTIONS, openSession } from '../open-session.ts';
import { parseOptions } from '../parse-options.ts';
import { renderBrandMessage } from '../render-brand-message.ts';
import { terminalSafeText } from '../terminal-safe-text.ts';

const PortSchema = z.coerce.number().int().min(0).max(65_535);
const HostSchema = z.string().min(1).max(253).regex(/^[A-Za-z0-9.:[\]-]+$/, 'a host name or IP address');

/** Which Host headers the app accepts when bound to `host` (every name for a wildcard bind). */
function allowedHostnames(host: string): readonly string[] | 'any' {
  if (host === '0.0.0.0' || host === '::' || host === '[::]') return 'any';
  const shown = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return [...new Set<string>([...LOOPBACK_HOSTNAMES, shown.toLowerCase()])];
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(signal);
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
  });
}

/** `majordome serve`: the consumer's web page on 127.0.0.1, printed with its per-install token, until Ctrl-C. */
export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Serve the web app (chat, offers, trust dashboard, settings, reports) on 127.0.0.1',
  usage: `majordome serve [--port 8700] [--host 127.0.0.1] [--db <file>] [--brands <brands.json>] [--reports <dir>] [--seed <n>] ${HTTP_LIMIT_USAGE}\n\n${httpLimitsHelp(`${MAX_BODY_BYTES} bytes`)}`,
  async run(args, io) {
    const { values } = parseOptions(args, { ...SESSION_OPTIONS, port: { type: 'string' }, host: { type: 'string' }, reports: { type: 'string' }, ...HTTP_LIMIT_OPTIONS }, false);
    const { maxBodyBytes, ...limits } = limitsFromFlags(values);
    const port = PortSchema.safeParse(values.port ?? '8700');
    if (!port.success) throw new CliUsageError(`--port: ${port.error.issues[0]?.message ?? 'a port number'}`);
    const host = HostSchema.safeParse(values.host ?? '127.0.0.1');
    if (!host.success) throw new CliUsageError(`--host: ${host.error.issues[0]?.message ?? 'a host'}`);
    const session = await openSession(values, io);
    try {
      const token = loadOrCreateWebToken(values.db ?? defaultDatabasePath(io.env), new Date());
      const reportsDir = values.reports ?? defaultReportsDir(io.env);
      const app = createWebApp({ session, token, reportsDir, allowedHostnames: allowedHostnames(host.data), log: (m) => io.stderr.write(`${m}\n`), maxBodyBytes });
      const server = await serveWebApp(app, { host: host.data, port: port.data, limits });
      if (!isLoopbackHost(host.data)) {
        io.stderr.write(`WARNING: listening on ${host.data}, not on loopback: anyone who can reach this machine can reach the page (the token still guards it). Use --host 127.0.0.1 to keep it local.\n`);
      }
      for (const u of session.directory.unreachable) io.stderr.write(`  ! ${terminalSafeText(u.id)} unreachable: [${u.error.code}] ${renderBrandMessage(u.error.message)}\n`);
      io.stdout.write(`Majordome is serving ${session.butler.brands().length} brands (${session.directory.source}).\nOpen ${server.url}/?token=${token}\nReports: ${reportsDir}\nPress Ctrl-C to stop.\n`);
      const signal = await untilStopped();
      io.stdout.write(`\n${signal}: stopping…\n`);
      await server.close();
    } finally {
      await session.close();
    }
    return 0;
  },
};
