import type { Hono } from 'hono';
import { MAX_REQUEST_CHARS } from '../../agent/need/index.ts';
import { CHAT_LABELS } from '../chat-labels.ts';
import { pageLanguageOf } from '../page-language.ts';
import { PAGE_LABELS } from '../page-labels.ts';
import { sendPage } from '../send-page.ts';
import { brandText } from '../shopping-view.ts';
import { chatPage } from '../views/chat-page.ts';
import { ordersPage } from '../views/orders-page.ts';
import { brandNames, type WebContext } from '../web-context.ts';
import { WebError } from '../web-error.ts';

/**
 * The chat page (GET /), the orders page (GET /orders) and the static scripts and stylesheet (GET /static/:name); each
 * page in the browser's language or `?lang=` (`pageLanguageOf`).
 */
export function registerPageRoutes(app: Hono, ctx: WebContext): void {
  const { session } = ctx;

  app.get('/', (c) => {
    // Before any request the page greets the person in the browser's language (or `?lang=`); each turn then answers in its own.
    const language = pageLanguageOf(c);
    return sendPage(c, {
      page: 'chat',
      language,
      title: PAGE_LABELS[language].layout.chatTitle,
      token: ctx.token,
      scripts: ['chat.js'],
      body: chatPage({
        brandCount: session.butler.brands().length,
        directorySource: session.directory.source,
        unreachable: session.directory.unreachable.map((u) => ({ id: u.id, code: u.error.code, message: brandText('error.message', u.error.message, 200) })),
        maxRequestChars: MAX_REQUEST_CHARS,
        language,
        labels: CHAT_LABELS[language],
      }),
    });
  });

  app.get('/orders', (c) => {
    const language = pageLanguageOf(c);
    return sendPage(c, { page: 'orders', language, title: PAGE_LABELS[language].layout.pages.orders, token: ctx.token, scripts: ['orders.js'], body: ordersPage(session.butler.orders(), brandNames(session), language) });
  });

  app.get('/static/:name', (c) => {
    const asset = ctx.assets.get(c.req.param('name'));
    if (!asset) throw new WebError('NOT_FOUND', 'no such file');
    return c.body(asset.body, 200, { 'content-type': asset.contentType, 'cache-control': 'no-cache' });
  });
}
