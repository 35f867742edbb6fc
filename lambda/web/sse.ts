/** One server-sent event. */
export interface SseEvent {
  readonly event: string;
  readonly data: string;
}

/**
 * Incremental text/event-stream parser: feed it decoded chunks as they arrive (boundaries
 * anywhere, even inside a line or a CRLF), get back the complete events.
 */
export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];
  /** The last chunk ended in \r: a \n at the start of the next one belongs to it. */
  private afterCr = false;

  push(chunk: string): SseEvent[] {
    if (this.afterCr && chunk.startsWith('\n')) chunk = chunk.slice(1);
    this.afterCr = false;
    this.buffer += chunk;
    const out: SseEvent[] = [];
    for (;;) {
      const nl = this.buffer.search(/\r\n|\r|\n/);
      if (nl < 0) break;
      const crlf = this.buffer.startsWith('\r\n', nl);
      if (this.buffer[nl] === '\r' && nl === this.buffer.length - 1) this.afterCr = true;
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + (crlf ? 2 : 1));
      if (line === '') {
        if (this.data.length) out.push({ event: this.event || 'message', data: this.data.join('\n') });
        this.event = '';
        this.data = [];
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') this.event = value;
      else if (field === 'data') this.data.push(value);
    }
    return out;
  }
}
