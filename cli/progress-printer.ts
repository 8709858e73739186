import type { ShoppingProgress } from '../agent/butler/index.ts';

/** Prints shopping progress to stderr: one updating line on a terminal, plain lines otherwise. */
export function progressPrinter(stream: NodeJS.WritableStream & { isTTY?: boolean }): (event: ShoppingProgress) => void {
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
        write(`asking ${asked} brands…`);
        break;
      case 'answered':
        done++;
        write(`[${done}/${asked}] ${event.brandId}: ${event.offers} offer(s) in ${event.elapsedMs} ms`);
        break;
      case 'declined':
        done++;
        write(`[${done}/${asked}] ${event.brandId}: declined (nothing fits)`);
        break;
      case 'failed':
        done++;
        write(`[${done}/${asked}] ${event.brandId}: failed [${event.error.code}]`);
        break;
      case 'negotiating':
        write(`checking claims and negotiating on ${event.offers} offer(s)…`);
        break;
      case 'ranked':
        write(`ranked ${event.ranked} offer(s), excluded ${event.excluded}`, true);
        break;
    }
  };
}
