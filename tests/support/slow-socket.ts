// A raw TCP client for the slow-client tests of an HTTP server (the brand server's, the web page's).
import { connect, type Socket } from 'node:net';

/** A raw connection to `port` on 127.0.0.1: what it received, and when (ms after opening) it closed; `undefined` while open. */
export function rawSocket(port: number): { socket: Socket; received: () => string; closedAfter: () => number | undefined; opened: Promise<void> } {
  const socket = connect(port, '127.0.0.1');
  const start = Date.now();
  let data = '';
  let closedAt: number | undefined;
  socket.on('data', (chunk) => (data += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  socket.on('close', () => (closedAt = Date.now() - start));
  const opened = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { socket, received: () => data, closedAfter: () => closedAt, opened };
}

/** Writes `text` a byte at a time, one every `everyMs`, until the socket closes. */
export function trickle(socket: Socket, text: string, everyMs: number): void {
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || i >= text.length) return clearInterval(timer);
    socket.write(text[i++]!);
  }, everyMs);
  socket.once('close', () => clearInterval(timer));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
