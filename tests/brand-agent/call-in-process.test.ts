import { describe, expect, it } from 'vitest';
import { createBrandAgentCore, isThenable, type BrandAgentDefinition, type ToolOutcome } from '../../brand-agent/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { PROTOCOL_TOOLS, PROTOCOL_VERSION, type BriefResponse, type Offer } from '../../protocol/index.ts';
import { trailShoeBrief } from '../fixtures/briefs.ts';
import { FIXTURE_ENTRIES, fixtureBrand } from '../fixtures/fixture-brand.ts';

const clock = () => new Date('2026-11-23T10:00:00Z');

/** The calls of one haggle over a brand's first offer: a brief, a question, two counters. */
function haggle(offer: Offer): Array<readonly [string, unknown]> {
  const base = { protocolVersion: PROTOCOL_VERSION, requestId: offer.requestId, offerId: offer.offerId, buyerId: 'buyer-7f3a' };
  const counter = (round: number, inReplyTo: string, amountMinor: number) => ({
    ...base,
    counterId: `counter-${round}`,
    round,
    inReplyTo,
    proposedPrice: { amountMinor, currency: offer.price.currency },
  });
  return [
    [PROTOCOL_TOOLS.askQuestion.name, { ...base, questionId: 'q-1', attribute: 'waterproof', text: 'Is it waterproof?' }],
    [PROTOCOL_TOOLS.counterOffer.name, counter(1, offer.offerId, Math.round(offer.price.amountMinor * 0.7))],
    // A stale inReplyTo: the core refuses it before the handler runs.
    [PROTOCOL_TOOLS.counterOffer.name, counter(2, offer.offerId, Math.round(offer.price.amountMinor * 0.8))],
    [PROTOCOL_TOOLS.askQuestion.name, { ...base, offerId: 'no-such-offer', questionId: 'q-2', attribute: 'waterproof', text: 'And this one?' }],
    ['no_such_tool', {}],
  ];
}

/** The outcomes of a brief and its haggle on a fresh core of `definition`, each call made by `call` or `callInProcess`. */
async function outcomes(definition: BrandAgentDefinition, inProcess: boolean): Promise<{ outcomes: ToolOutcome[]; synchronous: boolean[] }> {
  const core = createBrandAgentCore(definition);
  const synchronous: boolean[] = [];
  const run = async (tool: string, args: unknown) => {
    const outcome = inProcess ? core.callInProcess(tool, args) : core.call(tool, args);
    synchronous.push(!isThenable(outcome));
    return outcome;
  };
  const brief = await run(PROTOCOL_TOOLS.requestOffers.name, trailShoeBrief());
  if (!brief.ok) throw brief.error;
  const offer = (brief.value as BriefResponse).offers[0]!;
  const rest: ToolOutcome[] = [];
  for (const [tool, args] of haggle(offer)) rest.push(await run(tool, args));
  return { outcomes: [brief, ...rest], synchronous };
}

const comparable = (list: readonly ToolOutcome[]) => list.map((o) => (o.ok ? o : { ok: false, error: o.error.toData() }));

describe('BrandAgentCore.callInProcess: the in-process path of fast mode', () => {
  it('answers a reference brand (synchronous catalog) in the caller\'s turn, with the very outcomes call gives', async () => {
    const honest = createStrategyBrand({ id: 'honest-shoes', name: 'Honest Shoes', strategy: 'honest', categories: ['running-shoes'], catalog: FIXTURE_ENTRIES, clock });
    const pushy = createStrategyBrand({ id: 'pushy-shoes', name: 'Pushy Shoes', strategy: 'pushy', categories: ['running-shoes'], catalog: FIXTURE_ENTRIES, clock });
    for (const definition of [honest, pushy]) {
      const inProcess = await outcomes(definition, true);
      const viaCall = await outcomes(definition, false);
      expect(comparable(inProcess.outcomes)).toEqual(comparable(viaCall.outcomes));
      // Every call answered at once: no promise from the core, the deadline or the strategy.
      expect(inProcess.synchronous.every(Boolean)).toBe(true);
      expect(viaCall.synchronous.some(Boolean)).toBe(false);
      // The haggle reached the handlers (an answer and a revised offer), not only the core's refusals.
      expect(inProcess.outcomes.slice(1, 3).every((o) => o.ok)).toBe(true);
    }
  });

  it('gives the same outcomes as call for a brand whose handlers are partly asynchronous, awaiting only those', async () => {
    const definition = fixtureBrand({ clock });
    const inProcess = await outcomes(definition, true);
    const viaCall = await outcomes(definition, false);
    expect(comparable(inProcess.outcomes)).toEqual(comparable(viaCall.outcomes));
    // request_offers is an async function in the fixture; its questions and counters are synchronous.
    expect(inProcess.synchronous).toEqual([false, true, true, true, true, true]);
  });

  it('still times out an asynchronous handler past its deadline, aborting the signal it was handed', async () => {
    let signal: AbortSignal | undefined;
    const base = fixtureBrand({ clock, handlerTimeoutMs: 30 });
    const core = createBrandAgentCore({
      ...base,
      handlers: {
        ...base.handlers,
        requestOffers: (_brief, ctx) => {
          signal = ctx.signal;
          return new Promise<never>(() => {});
        },
      },
    });
    const outcome = await core.callInProcess(PROTOCOL_TOOLS.requestOffers.name, trailShoeBrief());
    expect(outcome.ok ? undefined : outcome.error.code).toBe('HANDLER_TIMEOUT');
    expect(signal?.aborted).toBe(true);
  });

  it('turns a handler that throws at once into the same failure call reports, never throwing itself', async () => {
    const definition = fixtureBrand({ clock, faults: { throwInternal: true } });
    const throwing: BrandAgentDefinition = {
      ...definition,
      handlers: {
        ...definition.handlers,
        requestOffers: () => {
          throw new Error('database exploded: secret connection string');
        },
      },
    };
    const inProcess = createBrandAgentCore(throwing).callInProcess(PROTOCOL_TOOLS.requestOffers.name, trailShoeBrief());
    expect(isThenable(inProcess)).toBe(false);
    const viaCall = await createBrandAgentCore(throwing).call(PROTOCOL_TOOLS.requestOffers.name, trailShoeBrief());
    expect(comparable([await inProcess])).toEqual(comparable([viaCall]));
    expect(viaCall.ok ? undefined : viaCall.error.code).toBe('INTERNAL_ERROR');
  });
});
