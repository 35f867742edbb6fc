/**
 * Whether a chat message itself carries pasted material (an e-mail, a web page, a long
 * document) rather than only the user's own words. The audit event records it, because such a
 * message is the usual carrier of indirect prompt injection; the injection screen, which
 * includes the indirect-injection detector, runs over the whole message either way.
 */

/** A message this long is treated as pasted material whatever it looks like. */
export const PASTED_MIN_CHARS = 1_500;
export const PASTED_MIN_LINES = 20;

/** E-mail header lines as mail clients quote them, in English and Japanese. */
const HEADER_LINE = /^[ \t]*(?:from|to|cc|subject|date|sent|reply-to|差出人|送信者|宛先|件名|送信日時|日付|cc)[ \t]*[:：]/gimu;
/** Forwarded or replied-to mail markers. */
const FORWARD_MARKER = /-{2,}\s*(?:original message|forwarded message)\s*-{2,}|^[ \t]*(?:転送|元のメッセージ)[ \t]*[-―ー]{2,}|^on .{4,80} wrote:$/imu;
const QUOTED_LINE = /^[ \t]*>/gmu;
const MARKUP = /^```|<(?:html|body|div|table|p|meta|script)\b/imu;

export function carriesPastedMaterial(message: string): boolean {
  if (message.length >= PASTED_MIN_CHARS) return true;
  if (message.split('\n').length >= PASTED_MIN_LINES) return true;
  if ((message.match(HEADER_LINE)?.length ?? 0) >= 2) return true;
  if ((message.match(QUOTED_LINE)?.length ?? 0) >= 2) return true;
  return FORWARD_MARKER.test(message) || MARKUP.test(message);
}
