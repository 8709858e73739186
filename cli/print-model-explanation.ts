import type { ShoppingResult } from '../agent/butler/index.ts';
import { answerLanguage } from '../agent/language/index.ts';
import { modelExplanation, type ButlerSession } from '../app/index.ts';
import { SHOPPING_LABELS } from './shopping-labels.ts';
import { terminalSafeText } from './terminal-safe-text.ts';

/**
 * Streams the configured language model's explanation of `result` to the terminal, after Majordome's own (already
 * printed): a heading saying the model wrote it, the screened sentences as they come (terminal-safe: the model read
 * brand text), then one line per note. When the model fails or nothing it wrote passes the screen, only a one-line note
 * is printed and Majordome's explanation stands. Without a model it prints nothing.
 */
export async function printModelExplanation(out: NodeJS.WritableStream, session: Pick<ButlerSession, 'chatModel' | 'butler'>, result: ShoppingResult): Promise<void> {
  const explanation = modelExplanation(session, result);
  if (explanation === undefined) return;
  const say = SHOPPING_LABELS[answerLanguage(result.need.language)];
  let started = false;
  for await (const event of explanation.events) {
    if (event.type === 'token') {
      const text = terminalSafeText(event.text, { multiline: true });
      if (!started) {
        if (text.trim() === '') continue;
        started = true;
        out.write(`\n${terminalSafeText(explanation.heading)}\n`);
      }
      out.write(text);
    } else if (event.type === 'done') {
      // Ends the model's last line, or sets the notes apart from Majordome's explanation when the model wrote nothing shown.
      if (started || event.notices.length > 0) out.write('\n');
      for (const note of event.notices) out.write(`${say.modelNote(terminalSafeText(note))}\n`);
    }
  }
}
