import type { Hono } from 'hono';
import { RECOMMENDATION_FLOOR, isRecommendable, recommendationStatus, type LedgerVerification } from '../../agent/trust/index.ts';
import { IdSchema } from '../../protocol/index.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../agent/language/index.ts';
import { pageLanguageOf } from '../page-language.ts';
import { PAGE_LABELS } from '../page-labels.ts';
import { sendPage } from '../send-page.ts';
import { trustHistory } from '../trust-history.ts';
import { brandTrustPage } from '../views/brand-trust-page.ts';
import { trustPage } from '../views/trust-page.ts';
import { brandNames, type WebContext } from '../web-context.ts';
import { WebError } from '../web-error.ts';

/** Events listed on a brand's page and in its API answer (newest first). */
const EVENTS_SHOWN = 200;

/** What the ledger's verification found, in `language` (the API answers in English). */
function verification(v: LedgerVerification, language: Language): { ok: boolean; detail: string } {
  const say = PAGE_LABELS[language].trust.verification;
  if (!v.chain.ok) return { ok: false, detail: say.chainBroken(v.chain.firstBadSeq, v.chain.fault, v.chain.message) };
  if (v.cache && !v.cache.ok) return { ok: false, detail: say.cacheDiffers(v.cache.problem, v.cache.message) };
  return { ok: true, detail: v.chain.events === 0 ? say.noEvents : say.head(v.chain.head.seq, v.chain.head.hash.slice(0, 12)) };
}

/**
 * The trust dashboard (GET /trust, GET /trust/:brandId) in the page's language (`pageLanguageOf`) and its JSON (GET
 * /api/trust, GET /api/trust/:brandId).
 */
export function registerTrustRoutes(app: Hono, ctx: WebContext): void {
  const { session } = ctx;
  const floor = () => session.butler.profile().honestyFloor ?? RECOMMENDATION_FLOOR;

  const overview = (language: Language = DEFAULT_LANGUAGE) => {
    const nameOf = brandNames(session);
    const atMs = session.butler.now().getTime();
    const rows = session.trust.scores(atMs).map((score) => ({
      brandId: score.brandId,
      name: nameOf(score.brandId),
      score,
      recommendable: isRecommendable(score, floor()),
      status: recommendationStatus(score, floor()),
      history: trustHistory(score.brandId, session.trust.eventsFor(score.brandId)),
    }));
    return { rows, events: session.trust.eventCount(), verified: verification(session.trust.verify(), language), floor: floor() };
  };

  const brand = (raw: string) => {
    const id = IdSchema.safeParse(raw);
    if (!id.success || !session.trust.hasBrand(id.data)) throw new WebError('NOT_FOUND', 'the ledger knows no such brand');
    const events = session.trust.eventsFor(id.data);
    return {
      brandId: id.data,
      name: brandNames(session)(id.data),
      score: session.trust.scoreOf(id.data, session.butler.now().getTime()),
      history: trustHistory(id.data, events),
      events: events.slice(-EVENTS_SHOWN).reverse(),
      totalEvents: events.length,
      floor: floor(),
    };
  };

  app.get('/trust', (c) => {
    const language = pageLanguageOf(c);
    return sendPage(c, { page: 'trust', language, title: PAGE_LABELS[language].layout.pages.trust, token: ctx.token, body: trustPage(overview(language), language) });
  });
  app.get('/trust/:brandId', (c) => {
    const language = pageLanguageOf(c);
    const data = brand(c.req.param('brandId'));
    return sendPage(c, { page: 'trust', language, title: `${PAGE_LABELS[language].layout.pages.trust} · ${data.name}`, token: ctx.token, body: brandTrustPage(data, language) });
  });

  app.get('/api/trust', (c) => {
    const o = overview();
    return c.json({
      events: o.events,
      verified: o.verified,
      floor: o.floor,
      brands: o.rows.map((r) => ({
        brandId: r.brandId,
        name: r.name,
        trust: r.score.trust,
        uncertainty: r.score.uncertainty,
        honesty: r.score.honesty.score,
        fit: r.score.fit.score,
        pressure: r.score.pressure.score,
        estimatedHonesty: r.score.estimatedHonesty,
        events: r.score.events,
        recommendable: r.recommendable,
        linkedIdentities: r.score.linkedIdentities,
      })),
    });
  });
  app.get('/api/trust/:brandId', (c) => c.json(brand(c.req.param('brandId'))));
}
