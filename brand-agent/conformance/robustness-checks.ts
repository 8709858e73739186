import {
  BRAND_CARD_RESOURCE_URI,
  CAPABILITIES,
  PROTOCOL_LIMITS,
  PROTOCOL_TOOLS,
  PROTOCOL_VERSION,
  jsonByteLength,
  type Capability,
} from '../../protocol/index.ts';
import { describeOutcome, type ProbeOutcome } from './brand-probe.ts';
import { fail, pass, skip } from './check-verdict.ts';
import type { ConformanceCheck } from './conformance-check.ts';
import type { ConformanceContext } from './conformance-context.ts';

const CONCURRENT_BRIEFS = 20;

/** A schema-valid call to some tool gated by `capability`, used to see that an unadvertised capability is refused. */
function callNeeding(ctx: ConformanceContext, capability: Capability): Promise<ProbeOutcome> | undefined {
  const common = { protocolVersion: PROTOCOL_VERSION, buyerId: ctx.buyerId };
  switch (capability) {
    case 'questions':
      return ctx.call(PROTOCOL_TOOLS.askQuestion.name, {
        ...common, questionId: ctx.nextId('question'), requestId: ctx.nextId('req'), offerId: ctx.nextId('offer'), text: 'Is it in stock?',
      });
    case 'counters':
      return ctx.call(PROTOCOL_TOOLS.counterOffer.name, {
        ...common, counterId: ctx.nextId('counter'), requestId: ctx.nextId('req'), offerId: ctx.nextId('offer'), round: 1, inReplyTo: ctx.nextId('offer'),
        proposedPrice: { amountMinor: 100, currency: 'EUR' },
      });
    case 'orders':
      return ctx.call(PROTOCOL_TOOLS.getOrder.name, { ...common, idempotencyKey: ctx.nextId('idem') });
    case 'cancellations':
      return ctx.call(PROTOCOL_TOOLS.cancelOrder.name, { ...common, orderId: ctx.nextId('order'), reason: 'changed_mind' });
    case 'offers':
    case 'decline':
      return undefined;
  }
}

/** Checks on behaviour under load, message sizes and capability honesty. */
export const robustnessChecks: readonly ConformanceCheck[] = [
  {
    id: 'concurrency.briefs',
    title: `${CONCURRENT_BRIEFS} concurrent briefs are all answered validly`,
    capability: 'offers',
    run: (ctx) =>
      ctx.withCard(async (card) => {
        const briefs = Array.from({ length: CONCURRENT_BRIEFS }, (_, i) => ctx.brief(card, card.categories[i % card.categories.length]!, 'guided'));
        const answers = await Promise.all(briefs.map((b) => ctx.sendBrief(b)));
        const broken = answers.filter((a) => !a.answer.ok);
        if (broken.length > 0) {
          const first = broken[0]!.answer;
          return fail(`${broken.length} of ${CONCURRENT_BRIEFS} concurrent briefs failed: ${first.ok ? '' : first.reason}`);
        }
        return pass(`${CONCURRENT_BRIEFS} concurrent briefs each got a valid answer to their own request`);
      }),
  },
  {
    id: 'limits.response-size',
    title: `Answers stay under the ${PROTOCOL_LIMITS.maxPayloadBytes / 1024} KB message limit`,
    run: (ctx) =>
      ctx.withCard(async (card) => {
        const sizes: Array<{ what: string; bytes: number }> = [];
        const measure = (what: string, outcome: ProbeOutcome) => {
          if (outcome.kind === 'result' && outcome.structured !== undefined) sizes.push({ what, bytes: jsonByteLength(outcome.structured) });
        };
        measure('hello', await ctx.call(PROTOCOL_TOOLS.hello.name, { protocolVersion: PROTOCOL_VERSION, capabilities: [...CAPABILITIES] }));
        const resource = await ctx.probe.readTextResource(BRAND_CARD_RESOURCE_URI);
        if (resource.ok) sizes.push({ what: 'card', bytes: Buffer.byteLength(resource.text, 'utf8') });
        if (card.capabilities.includes('offers')) {
          for (const category of card.categories) {
            const { outcome } = await ctx.sendBrief(ctx.brief(card, category, 'open', PROTOCOL_LIMITS.maxOffersPerBrief));
            measure(`brief ${category}`, outcome);
          }
        }
        if (sizes.length === 0) return fail('no answer to measure');
        const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
        if (largest.bytes > PROTOCOL_LIMITS.maxPayloadBytes) return fail(`${largest.what} answer is ${largest.bytes} bytes, over ${PROTOCOL_LIMITS.maxPayloadBytes}`);
        return pass(`largest of ${sizes.length} answers: ${largest.what}, ${largest.bytes} bytes`);
      }),
  },
  {
    id: 'capability.unadvertised-refused',
    title: 'Tools of capabilities the card does not advertise are refused',
    run: (ctx) =>
      ctx.withCard(async (card) => {
        const missing = CAPABILITIES.filter((c) => !card.capabilities.includes(c));
        const probes = missing.map((c) => ({ capability: c, call: callNeeding(ctx, c) })).filter((p) => p.call !== undefined);
        if (probes.length === 0) return skip(`the card advertises every capability with a tool`);
        const problems: string[] = [];
        const seen: string[] = [];
        for (const probe of probes) {
          const outcome = (await probe.call)!;
          const refused = outcome.kind === 'fault' || (outcome.kind === 'result' && outcome.isError);
          if (!refused) problems.push(`${probe.capability}: ${describeOutcome(outcome)}`);
          else seen.push(`${probe.capability}: ${describeOutcome(outcome)}`);
        }
        if (problems.length > 0) return fail(`unadvertised capabilities still served: ${problems.join('; ')}`);
        return pass(seen.join('; '));
      }),
  },
];
