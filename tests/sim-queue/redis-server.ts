import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';

/** A redis-server this test started on a loopback port (no persistence), which it can stop and start again. */
export interface TestRedis {
  readonly port: number;
  /** redis://127.0.0.1:port (with the password when one was set). */
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function ping(port: number, password?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.on('data', (d: Buffer) => {
      reply += d.toString();
      if (reply.includes('+PONG')) done(true);
      else if (reply.includes('-')) done(false);
    });
    socket.once('connect', () => socket.write(`${password ? `AUTH ${password}\r\n` : ''}PING\r\n`));
  });
}

/**
 * Starts `redis-server` on a free loopback port with persistence off and waits for PONG. Throws with the reason when
 * it cannot start (no binary, crash), so a suite that needs Redis fails instead of skipping.
 */
export async function startTestRedis(options: { password?: string } = {}): Promise<TestRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  let output = '';
  const start = async () => {
    output = '';
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...(options.password ? ['--requirepass', options.password] : [])];
    const proc = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    proc.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const failed = new Promise<string>((resolve) => {
      proc.once('error', (error) => resolve(`could not run redis-server: ${error.message} (install it: apt-get install redis-server)`));
      proc.once('exit', (code) => resolve(`redis-server exited with code ${code}: ${output.trim().split('\n').slice(-3).join(' | ')}`));
    });
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const reason = await Promise.race([failed, new Promise<undefined>((r) => setTimeout(() => r(undefined), 100))]);
      if (reason !== undefined) throw new Error(`Redis for the queue tests did not start: ${reason}`);
      if (await ping(port, options.password)) return;
    }
    proc.kill('SIGKILL');
    throw new Error(`Redis for the queue tests did not answer PING on 127.0.0.1:${port} within 10 s: ${output.trim().slice(-300)}`);
  };
  const stop = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      // No persistence: SIGKILL loses nothing that SIGTERM would have kept, and is immediate.
      proc.kill('SIGKILL');
    });
  };
  await start();
  return { port, url: `redis://${options.password ? `:${encodeURIComponent(options.password)}@` : ''}127.0.0.1:${port}/0`, stop, start };
}
