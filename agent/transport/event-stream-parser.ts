/** One server-sent event: its `data` lines joined by newlines, with its `event` type and `id` when the stream gave them. */
export interface ServerSentEvent {
  readonly id: string | undefined;
  readonly event: string | undefined;
  readonly data: string;
}

/** What an `EventStreamParser` reports. */
export interface EventStreamHandlers {
  readonly onEvent: (event: ServerSentEvent) => void;
  /** A `retry:` field with a valid number of milliseconds. */
  readonly onRetry?: (ms: number) => void;
}

/**
 * The text/event-stream format (WHATWG HTML, "Server-sent events"), read from decoded text as it arrives: lines end at
 * CR LF, LF or CR; a blank line ends an event, which is reported only when it had at least one `data` line; `:` starts
 * a comment; one space after the colon is dropped; an `id` holding NUL is ignored; unknown fields are ignored. A
 * leading byte order mark is dropped. The same reading as `eventsource-parser`, which the MCP SDK's client uses.
 */
export class EventStreamParser {
  private pending = '';
  private first = true;
  private id: string | undefined;
  private event: string | undefined;
  private data = '';
  private dataLines = 0;
  /** The previous chunk ended in CR: a LF at the start of the next one belongs to the same line ending. */
  private afterCr = false;

  constructor(private readonly handlers: EventStreamHandlers) {}

  /** Reads the next piece of decoded text (any split: mid-line, mid-line-ending). */
  feed(text: string): void {
    if (text.length === 0) return;
    let chunk = text;
    if (this.first) {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (this.afterCr && chunk.charCodeAt(0) === 0x0a) chunk = chunk.slice(1);
    this.afterCr = false;
    const input = this.pending.length > 0 ? this.pending + chunk : chunk;
    let start = 0;
    while (start < input.length) {
      let end = start;
      let code = 0;
      while (end < input.length) {
        code = input.charCodeAt(end);
        if (code === 0x0a || code === 0x0d) break;
        end++;
      }
      if (end === input.length) break;
      this.line(input, start, end);
      start = end + 1;
      if (code === 0x0d) {
        if (start === input.length) this.afterCr = true;
        else if (input.charCodeAt(start) === 0x0a) start++;
      }
    }
    this.pending = input.slice(start);
  }

  private line(text: string, start: number, end: number): void {
    if (start === end) {
      if (this.dataLines > 0) this.handlers.onEvent({ id: this.id, event: this.event, data: this.data });
      this.id = undefined;
      this.event = undefined;
      this.data = '';
      this.dataLines = 0;
      return;
    }
    if (text.charCodeAt(start) === 0x3a) return;
    const colon = text.indexOf(':', start);
    const hasValue = colon !== -1 && colon < end;
    const field = text.slice(start, hasValue ? colon : end);
    let valueStart = hasValue ? colon + 1 : end;
    if (hasValue && text.charCodeAt(valueStart) === 0x20) valueStart++;
    const value = text.slice(valueStart, end);
    switch (field) {
      case 'data':
        this.data = this.dataLines === 0 ? value : `${this.data}\n${value}`;
        this.dataLines++;
        return;
      case 'event':
        this.event = value || undefined;
        return;
      case 'id':
        if (!value.includes('\0')) this.id = value;
        return;
      case 'retry':
        if (/^\d+$/.test(value)) this.handlers.onRetry?.(Number.parseInt(value, 10));
        return;
      default:
        return;
    }
  }
}
