// A long-lived worker thread of a queue worker: runs one shard per 'run' message, so modules load once per thread.
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { runShard } from '../run/run-shard.ts';
import { ScenarioSchema } from '../scenario/scenario-schema.ts';

const RunMessageSchema = z.object({
  type: z.literal('run'),
  id: z.number().int(),
  scenario: z.unknown(),
  consumers: z.array(z.number().int().nonnegative()),
  mode: z.enum(['fast', 'mcp']),
  events: z.boolean(),
  validateTrustEvents: z.boolean(),
});

parentPort!.on('message', (raw: unknown) => {
  const parsed = RunMessageSchema.safeParse(raw);
  if (!parsed.success) return;
  const task = parsed.data;
  void (async () => {
    try {
      const scenario = ScenarioSchema.parse(task.scenario);
      const result = await runShard({
        scenario,
        consumers: task.consumers,
        mode: task.mode,
        events: task.events,
        validateTrustEvents: task.validateTrustEvents,
        onRound: (round, decisions) => parentPort!.postMessage({ type: 'round', id: task.id, round, decisions }),
      });
      parentPort!.postMessage({ type: 'done', id: task.id, result });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      parentPort!.postMessage({ type: 'failed', id: task.id, message: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}) });
    }
  })();
});
