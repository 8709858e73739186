import type { Language } from '../agent/language/index.ts';
import { CHAT_LABELS } from './chat-labels.ts';
import type { trustNow } from './web-context.ts';

type TrustFigures = ReturnType<typeof trustNow>;

/**
 * A brand's trust before and after something the person did (a purchase, a report), as one sentence in their language:
 * "Trailco in your ledger: 41% (12 events) → 47% (15 events)", or that it is unchanged (a plain purchase records nothing).
 */
export function trustChangeView(brandId: string, brandName: string, before: TrustFigures, after: TrustFigures, language: Language) {
  const say = CHAT_LABELS[language];
  if (after === undefined) return { brandId, before, after };
  const figure = (t: NonNullable<TrustFigures>) => say.trustFigure(say.percent(t.trust), t.events);
  const unchanged = before !== undefined && before.events === after.events;
  const text = unchanged ? say.trustUnchanged(brandName, figure(after)) : say.trustMoved(brandName, before ? figure(before) : say.noRecord, figure(after));
  return { brandId, before, after, unchanged, text, seeLedger: say.seeLedger };
}
