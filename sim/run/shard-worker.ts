// A worker thread that simulates one shard of consumers and posts its progress and result to the parent.
import { parentPort, workerData } from 'node:worker_threads';
import { adoptDefaultPressureModel, type PressureModel } from '../../agent/pressure/index.ts';
import { ScenarioSchema } from '../scenario/scenario-schema.ts';
import { runShard } from './run-shard.ts';
import { ShardWorkerInputSchema, type ShardWorkerMessage } from './shard-messages.ts';

const post = (message: ShardWorkerMessage) => parentPort!.postMessage(message);
try {
  const input = ShardWorkerInputSchema.parse(workerData);
  // From our own parent thread: the default pressure model it trained (see runInWorker).
  const pressureModel = (workerData as { pressureModel?: PressureModel }).pressureModel;
  if (pressureModel !== undefined && pressureModel.model.weights instanceof Float32Array) adoptDefaultPressureModel(pressureModel);
  const scenario = ScenarioSchema.parse(input.scenario);
  const result = await runShard({
    scenario,
    consumers: input.consumers,
    mode: input.mode,
    events: input.events,
    validateTrustEvents: input.validateTrustEvents,
    onRound: (round, decisions) => post({ type: 'round', round, decisions }),
  });
  post({ type: 'done', result });
} catch (error) {
  const code = (error as { code?: unknown }).code;
  post({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error), ...(typeof code === 'string' ? { code } : {}) });
}
