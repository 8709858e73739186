import type { ConnectionOptions } from 'bullmq';
import type { QueueTarget } from './queue-url.ts';

/**
 * BullMQ connection options for a target. A worker's connections retry forever (BullMQ requires it for its blocking
 * reads); a study's queue fails fast while Redis is away, so the study can say so and decide to wait or stop.
 */
export function bullConnection(target: QueueTarget, role: 'worker' | 'study'): ConnectionOptions {
  return {
    host: target.host,
    port: target.port,
    db: target.db,
    ...(target.username ? { username: target.username } : {}),
    ...(target.password ? { password: target.password } : {}),
    ...(target.tls ? { tls: { servername: target.host } } : {}),
    ...(role === 'worker' ? { maxRetriesPerRequest: null } : { enableOfflineQueue: false, maxRetriesPerRequest: 1 }),
  };
}
