import { z } from 'zod';
import { defineStrategy } from '../shared/index.ts';
import { whitewashIdentity } from '../whitewash-identity.ts';
import { DeceptiveParamsShape, deceptiveHandlers } from './deceptive.ts';

/** Parameters of the whitewasher: deceptive behaviour plus the identity epoch it currently trades under. */
export const WhitewasherParamsSchema = z
  .object({
    ...DeceptiveParamsShape,
    /** 0 = the original identity; each increment is a fresh id, name and domain. */
    identityEpoch: z.number().int().min(0).max(1_000_000).default(0),
    /** Keep the original domain across identities (a sloppy whitewasher the butler can link). */
    linkable: z.boolean().default(false),
  })
  .strict();

/** A deceptive brand that reappears under a new identity; the simulator bumps `identityEpoch` to re-register it. */
export const whitewasherStrategy = defineStrategy({
  id: 'whitewasher',
  summary: 'Deceptive, and re-registers under a fresh id, name and domain per identity epoch to shed its reputation.',
  paramsSchema: WhitewasherParamsSchema,
  createHandlers: (params) => deceptiveHandlers(params),
  identity: (base, params) => whitewashIdentity(base, params.identityEpoch, params.linkable),
});
