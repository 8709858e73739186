import type { OfferContext } from '../../definition.ts';
import { whenReady, type MaybePromise } from '../../when-ready.ts';
import type { Answer, Question } from '../../../protocol/index.ts';
import { answerFromFacts } from './answer-question.ts';
import { catalogEntries, entryBySku } from './catalog-entries.ts';

/** Answers from the brand's catalog record of the product (what it knows), not from what the offer said. */
export function honestAnswer(question: Question, ctx: OfferContext): MaybePromise<Answer> {
  return whenReady(catalogEntries(ctx), (entries) => {
    const entry = entryBySku(entries, ctx.offer.product.sku);
    const product = entry?.product ?? ctx.offer.product;
    return answerFromFacts(question, product, product.attributes, entry?.claims ?? ctx.offer.claims);
  });
}
