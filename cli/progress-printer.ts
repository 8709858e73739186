import type { ShoppingProgress } from '../agent/butler/index.ts';
import type { Language } from '../agent/language/index.ts';
import { PROGRESS_LABELS } from './progress-labels.ts';

/** Prints shopping progress to stderr, in the request's language: one updating line on a terminal, plain lines otherwise. */
export function progressPrinter(stream: NodeJS.WritableStream & { isTTY?: boolean }, language: Language = 'en'): (event: ShoppingProgress) => void {
  const say = PROGRESS_LABELS[language];
  let asked = 0;
  let done = 0;
  const tty = stream.isTTY === true;
  const write = (text: string, final = false) => {
    if (tty) stream.write(`\r\x1b[2K${text}${final ? '\n' : ''}`);
    else stream.write(`${text}\n`);
  };
  return (event) => {
    switch (event.type) {
      case 'asked':
        asked = event.brandIds.length;
        write(say.asking(asked));
        break;
      case 'answered':
        done++;
        write(`[${done}/${asked}] ${event.brandId}${say.answered(event.offers, event.elapsedMs)}`);
        break;
      case 'declined':
        done++;
        write(`[${done}/${asked}] ${event.brandId}${say.declined}`);
        break;
      case 'failed':
        done++;
        write(`[${done}/${asked}] ${event.brandId}${say.failed(event.error.code)}`);
        break;
      case 'negotiating':
        write(say.negotiating(event.offers));
        break;
      case 'ranked':
        write(say.ranked(event.ranked, event.excluded), true);
        break;
    }
  };
}
