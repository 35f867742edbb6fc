import fc from 'fast-check';
import { SseParser } from '../../lambda/web/sse';

/** The web client's text/event-stream parser (lambda/web/sse.ts) on the chat stream's framing. */
describe('web client SSE parser', () => {
  const events = [
    { event: 'meta', data: JSON.stringify({ conversationId: '2837b7ac-c2cd-4914-b8d2-c008819f681d', masked: { byType: { EMAIL: 1 } } }) },
    { event: 'delta', data: JSON.stringify({ text: '伏せ字 [EMAIL_1] と改行\n入り' }) },
    { event: 'delta', data: JSON.stringify({ text: 'data: と : で始まる本文' }) },
    { event: 'done', data: JSON.stringify({ stopReason: 'end_turn' }) },
  ];
  const wire = (eol: string) => events.map((e) => `event: ${e.event}${eol}data: ${e.data}${eol}${eol}`).join('');

  test('whole stream, with LF, CRLF or CR line ends', () => {
    for (const eol of ['\n', '\r\n', '\r']) expect(new SseParser().push(wire(eol))).toEqual(events);
  });

  test('comments, multi-line data and events without a name', () => {
    const parser = new SseParser();
    expect(parser.push(': keep-alive\n\ndata: a\ndata: b\n\nevent: x\ndata\n\n')).toEqual([{ event: 'message', data: 'a\nb' }, { event: 'x', data: '' }]);
  });

  test('any chunking yields the same events, and nothing before an event is complete', () => {
    fc.assert(
      fc.property(fc.constantFrom('\n', '\r\n', '\r'), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 60 }), (eol, sizes) => {
        const text = wire(eol);
        const parser = new SseParser();
        const got: unknown[] = [];
        let at = 0;
        for (let i = 0; at < text.length; i++) {
          const size = sizes[i % sizes.length];
          got.push(...parser.push(text.slice(at, at + size)));
          at += size;
          // Only complete events: each one ends where the wire has a blank line (a CR already ends a line).
          expect(got.length).toBeLessThanOrEqual(text.slice(0, at).split(`${eol}${eol[0]}`).length - 1);
        }
        expect(got).toEqual(events);
      }),
    );
  });
});
