/** Per-detector time on the benchmark corpus, to find hot spots (run with tsx). */
import { DETECTORS, type RawFinding } from '../../lambda/guard/detectors';
import { normalize } from '../../lambda/guard/normalize';
import { buildCorpus } from './corpus';

const corpus = buildCorpus(1024 * 1024);
const times = new Map<string, number>();
let normalizeMs = 0;
for (let round = 0; round < 2; round++) {
  for (const prompt of corpus) {
    const t0 = process.hrtime.bigint();
    const n = normalize(prompt);
    normalizeMs += round ? Number(process.hrtime.bigint() - t0) / 1e6 : 0;
    for (const d of DETECTORS) {
      const out: RawFinding[] = [];
      const t = process.hrtime.bigint();
      d.detect(n.text, { codeNames: [] }, out);
      if (round) times.set(d.type, (times.get(d.type) ?? 0) + Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
}
process.stdout.write(`normalize ${normalizeMs.toFixed(1)}ms\n`);
for (const [k, v] of [...times].sort((a, b) => b[1] - a[1])) process.stdout.write(`${k.padEnd(26)} ${v.toFixed(1)}ms\n`);
