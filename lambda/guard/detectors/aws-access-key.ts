import type { Detector } from './detector';

const PATTERN =
  /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g;

export const awsAccessKeyDetector: Detector = {
  type: 'AWS_ACCESS_KEY',
  detect(text, _options, out) {
    PATTERN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PATTERN.exec(text)) !== null) {
      out.push({ type: 'AWS_ACCESS_KEY', start: m.index, end: m.index + m[0].length, score: 0.99 });
    }
  },
};
