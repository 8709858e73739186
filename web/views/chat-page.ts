import type { Language } from '../../agent/language/index.ts';
import type { ChatLabels } from '../chat-labels.ts';
import { html, type SafeHtml } from './safe-html.ts';

/** What the chat page shows besides the conversation. */
export interface ChatPageData {
  readonly brandCount: number;
  readonly directorySource: string;
  readonly unreachable: ReadonlyArray<{ readonly id: string; readonly code: string; readonly message: string }>;
  readonly maxRequestChars: number;
  /** The page's language before any request (the greeting, the examples, the request box), and its words. */
  readonly language: Language;
  readonly labels: ChatLabels;
}

/**
 * The chat page: the greeting, the conversation, the request box and the purchase confirmation dialog (filled in by
 * chat.js, which takes the dialog's words from each proposal, in the turn's language).
 */
export function chatPage(data: ChatPageData): SafeHtml {
  const say = data.labels.greeting;
  const confirm = data.labels.confirm;
  return html`<section class="intro" lang="${data.language}">
<h1>${say.heading}</h1>
<p>${say.intro(data.brandCount, data.directorySource)}</p>
${data.unreachable.length ? html`<ul class="problems">${data.unreachable.map((u) => html`<li>${u.id}${say.unreachable}[${u.code}] ${u.message}</li>`)}</ul>` : ''}
<p class="examples">${say.tryExamples}${say.examples.map((e) => html`<button type="button" class="example" data-example="${e}">${e}</button>`)}</p>
</section>
<section id="conversation" class="conversation" aria-live="polite"></section>
<form id="ask-form" class="ask" autocomplete="off" lang="${data.language}" data-reading="${say.reading}">
<label for="need-input">${say.requestLabel}</label>
<textarea id="need-input" name="text" rows="2" maxlength="${data.maxRequestChars}" required placeholder="${say.placeholder}"></textarea>
<button type="submit" id="ask-button" class="primary">${say.ask}</button>
</form>
<dialog id="confirm-dialog" aria-labelledby="confirm-title">
<form method="dialog" class="confirm">
<h2 id="confirm-title">${confirm.title}</h2>
<p id="confirm-summary" class="summary"></p>
<dl id="confirm-details" class="details"></dl>
<p id="confirm-note" class="note">${confirm.note}</p>
<p id="confirm-error" class="error" hidden></p>
<div class="actions"><button type="submit" value="cancel" id="confirm-cancel">${confirm.cancel}</button><button type="button" id="confirm-buy" class="primary">${confirm.buy}</button></div>
</form>
</dialog>`;
}
