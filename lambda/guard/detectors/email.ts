import type { Detector } from './detector';

// The lookbehind makes matching start only at token starts, keeping long runs linear.
const PATTERN =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

export const emailDetector: Detector = {
  type: 'EMAIL',
  detect(text, _options, out) {
    // Anchor on '@' and match only in a window around it: the regex alone would be tried at every letter.
    let scannedTo = 0;
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      if (at < scannedTo) continue;
      const windowStart = Math.max(scannedTo, at - 64);
      const windowText = text.slice(windowStart, Math.min(text.length, at + 256));
      PATTERN.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = PATTERN.exec(windowText)) !== null) {
        const start = windowStart + m.index;
        // The window edge is not a real boundary: skip a match cut off at the left edge.
        if (m.index === 0 && windowStart > 0 && /[A-Za-z0-9._%+-]/.test(text[windowStart - 1])) continue;
        out.push({ type: 'EMAIL', start, end: start + m[0].length, score: 0.99 });
        scannedTo = start + m[0].length;
      }
      scannedTo = Math.max(scannedTo, at + 1);
    }
  },
};
