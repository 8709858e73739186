import { readFileSync } from 'node:fs';

const SCHEDSTAT = '/proc/thread-self/schedstat';

function readSchedstat(): number | undefined {
  try {
    const ns = Number(readFileSync(SCHEDSTAT, 'utf8').split(' ', 1)[0]);
    return Number.isFinite(ns) ? ns / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

const available = readSchedstat() !== undefined;

/**
 * CPU time of the calling thread alone, in milliseconds (Linux: `/proc/thread-self/schedstat`, nanoseconds), or
 * undefined where the system does not tell. `process.cpuUsage` adds every thread of the process: V8's optimizing
 * compiler and garbage-collector helpers run beside the JavaScript thread, so a process's CPU time can exceed its wall
 * time on a machine with a free core.
 */
export function threadCpuMs(): number | undefined {
  return available ? readSchedstat() : undefined;
}
