import { parseConfig } from '../../lib/config';
import { maxCharsFor } from '../../lib/config/sections/edge';
import { parseChatRequest } from '../../lambda/shared/chat-request';

/**
 * The WAF body limit and the chat function's limits agree for every JSON encoding: the longest
 * request the function accepts fits the WAF limit even with every character \u-escaped, and the
 * function parses every body of that size.
 */

/** JSON with every character of every string escaped as \uXXXX (valid JSON, the worst case). */
function escapeAll(value: unknown): string {
  return JSON.stringify(value).replace(/"((?:[^"\\]|\\.)*)"/g, (_m, inner: string) => {
    const text = JSON.parse(`"${inner}"`) as string;
    // Every UTF-16 unit: a character outside the BMP becomes its two surrogates, as JSON requires.
    return `"${text.split('').map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`;
  });
}

describe('body limits: WAF and the chat function agree in raw UTF-8 and \\u-escaped JSON', () => {
  test.each([64, 32, 16])('at %i KB, the largest request the config admits fits the WAF limit escaped and is accepted by the function', (kb) => {
    const maxTotalChars = maxCharsFor(kb);
    const documentChars = Math.floor(maxTotalChars / 2);
    const config = parseConfig({
      edge: { waf: { maxRequestBodyKb: kb } },
      chat: { maxMessageChars: maxTotalChars - documentChars, maxTotalChars, documents: { maxCount: 5, maxChars: documentChars, maxTotalChars: documentChars } },
    });
    const { chat } = config;
    const settings = {
      allowedModels: [...config.allowedModels],
      limits: { maxMessages: chat.maxMessages, maxMessageChars: chat.maxMessageChars, maxTotalChars: chat.maxTotalChars, historyTurns: chat.historyTurns, documents: { ...chat.documents } },
    } as Parameters<typeof parseChatRequest>[1];
    const name = '議事録.txt';
    const request = {
      message: '日'.repeat(chat.maxMessageChars),
      documents: [{ name, text: '本'.repeat(documentChars - name.length) }],
      model: config.allowedModels[0],
      conversationId: '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b',
      knowledgeBase: false,
    };
    const raw = JSON.stringify(request);
    const escaped = escapeAll(request);
    expect(JSON.parse(escaped)).toEqual(request);
    expect(Buffer.byteLength(raw, 'utf8')).toBeLessThan(Buffer.byteLength(escaped, 'utf8'));
    expect(Buffer.byteLength(escaped, 'utf8')).toBeLessThanOrEqual(kb * 1024);
    for (const body of [raw, escaped]) expect(parseChatRequest(body, settings).message).toBe(request.message);
    // One character more is refused by the function whatever the encoding.
    const over = { ...request, message: `${request.message}日` };
    expect(() => parseChatRequest(JSON.stringify(over), { ...settings, limits: { ...settings.limits, maxMessageChars: chat.maxMessageChars + 1 } })).toThrow(/at most \d+ characters in total/);
  });

  test('the default config is within the 64 KB limit at 6 bytes a character', () => {
    const { chat, edge } = parseConfig({});
    expect(chat.maxTotalChars).toBeLessThanOrEqual(maxCharsFor(edge.waf.maxRequestBodyKb));
    expect(maxCharsFor(64)).toBe(10_240);
  });
});
