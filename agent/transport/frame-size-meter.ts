// Byte counts of what a brand sends, per transport frame: a whole body, or one server-sent event.

/** Bytes of a whole body. */
export class TotalSizeMeter {
  private total = 0;
  add(chunk: Uint8Array): number {
    this.total += chunk.byteLength;
    return this.total;
  }
}

/** Bytes of the current server-sent event: the count restarts at each blank line (event boundary). */
export class EventSizeMeter {
  private inEvent = 0;
  private lineLength = 0;
  private previous = 0;
  add(chunk: Uint8Array): number {
    let largest = 0;
    for (const byte of chunk) {
      this.inEvent++;
      if (byte === 0x0a || byte === 0x0d) {
        // CR LF is one line ending, not an empty line.
        const crlf = byte === 0x0a && this.previous === 0x0d;
        if (!crlf) {
          if (this.lineLength === 0) {
            largest = Math.max(largest, this.inEvent);
            this.inEvent = 0;
          }
          this.lineLength = 0;
        }
      } else {
        this.lineLength++;
      }
      this.previous = byte;
    }
    return Math.max(largest, this.inEvent);
  }
}
