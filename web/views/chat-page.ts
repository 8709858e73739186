import { html, type SafeHtml } from './safe-html.ts';

/** What the chat page shows besides the conversation. */
export interface ChatPageData {
  readonly brandCount: number;
  readonly directorySource: string;
  readonly unreachable: ReadonlyArray<{ readonly id: string; readonly code: string; readonly message: string }>;
  readonly maxRequestChars: number;
}

const EXAMPLES = [
  'waterproof trail shoes size 43 under 150 euros',
  'noise cancelling headphones under 300 euros',
  'organic coffee beans, 1 kg',
];

/** The chat page: the conversation, the request box and the purchase confirmation dialog (filled in by chat.js). */
export function chatPage(data: ChatPageData): SafeHtml {
  return html`<section class="intro">
<h1>What can I find for you?</h1>
<p>I ask ${data.brandCount} brands (${data.directorySource}), check their claims, negotiate within your budget without revealing it, and rank what they offer for fit, honesty and pressure. I never buy without your confirmation.</p>
${data.unreachable.length ? html`<ul class="problems">${data.unreachable.map((u) => html`<li>${u.id} is unreachable: [${u.code}] ${u.message}</li>`)}</ul>` : ''}
<p class="examples">Try: ${EXAMPLES.map((e) => html`<button type="button" class="example" data-example="${e}">${e}</button>`)}</p>
</section>
<section id="conversation" class="conversation" aria-live="polite"></section>
<form id="ask-form" class="ask" autocomplete="off">
<label for="need-input">Your request</label>
<textarea id="need-input" name="text" rows="2" maxlength="${data.maxRequestChars}" required placeholder="e.g. waterproof trail shoes size 43 under 150 euros"></textarea>
<button type="submit" id="ask-button" class="primary">Ask the butler</button>
</form>
<dialog id="confirm-dialog" aria-labelledby="confirm-title">
<form method="dialog" class="confirm">
<h2 id="confirm-title">Confirm your purchase</h2>
<p id="confirm-summary" class="summary"></p>
<dl id="confirm-details" class="details"></dl>
<p class="note">Nothing is bought until you press “Confirm purchase”. The butler issues a mandate for exactly this offer and checks the receipt against it.</p>
<p id="confirm-error" class="error" hidden></p>
<div class="actions"><button type="submit" value="cancel" id="confirm-cancel">Cancel</button><button type="button" id="confirm-buy" class="primary">Confirm purchase</button></div>
</form>
</dialog>`;
}
