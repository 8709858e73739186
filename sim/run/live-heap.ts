/**
 * The live JS heap of this thread, after a full GC when the process runs with --expose-gc (the bench does): what a
 * shard really holds while its state is alive. Reported, never part of metrics.
 */
export function liveHeapBytes(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return process.memoryUsage().heapUsed;
}
