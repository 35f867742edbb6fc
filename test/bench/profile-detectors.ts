/**
 * Per-detector time on the benchmark corpus, to find hot spots (run with tsx).
 * Runs several rounds and reports the fastest round per detector in ms per MB, which is far
 * less sensitive to other load on the machine than a single round.
 * Usage: npx tsx test/bench/profile-detectors.ts [rounds=5]
 */
import { DETECTORS, type RawFinding } from '../../lambda/guard/detectors';
import { hasKeyword } from '../../lambda/guard/detectors/context-window';
import { digitRuns } from '../../lambda/guard/detectors/digit-sequence';
import { maskPersonalData } from '../../lambda/guard/mask';
import { normalize } from '../../lambda/guard/normalize';
import { buildCorpus } from './corpus';

const rounds = Math.max(2, Number(process.argv[2] ?? 5));
const corpus = buildCorpus(1024 * 1024);
const megabytes = corpus.reduce((a, p) => a + Buffer.byteLength(p), 0) / 1048576;
const best = new Map<string, number>();
const record = (name: string, ms: number) => best.set(name, Math.min(best.get(name) ?? Infinity, ms / megabytes));

for (let round = 0; round < rounds; round++) {
  const times = new Map<string, number>();
  let normalizeMs = 0;
  let scanMs = 0;
  let keywordMs = 0;
  for (const prompt of corpus) {
    const t0 = process.hrtime.bigint();
    const n = normalize(prompt);
    normalizeMs += Number(process.hrtime.bigint() - t0) / 1e6;
    // The shared scans are cached per text; time them on their own so they are not charged to
    // whichever detector happens to run first.
    const ts = process.hrtime.bigint();
    digitRuns(n.text);
    scanMs += Number(process.hrtime.bigint() - ts) / 1e6;
    const tk = process.hrtime.bigint();
    hasKeyword(n.text, 'postal');
    keywordMs += Number(process.hrtime.bigint() - tk) / 1e6;
    for (const d of DETECTORS) {
      const out: RawFinding[] = [];
      const t = process.hrtime.bigint();
      d.detect(n.text, { codeNames: [] }, out);
      times.set(d.type, (times.get(d.type) ?? 0) + Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  const t1 = process.hrtime.bigint();
  for (const prompt of corpus) maskPersonalData(prompt);
  const maskMs = Number(process.hrtime.bigint() - t1) / 1e6;
  if (round === 0) continue; // warm-up
  record('(maskPersonalData total)', maskMs);
  record('(normalize)', normalizeMs);
  record('(shared digit/capital scan)', scanMs);
  record('(shared keyword scan)', keywordMs);
  let sum = scanMs + keywordMs;
  for (const [k, v] of times) {
    record(k, v);
    sum += v;
  }
  record('(sum: scans + detectors)', sum);
}
process.stdout.write(`best of ${rounds - 1} rounds, ms per MB (${megabytes.toFixed(2)} MB corpus)\n`);
for (const [k, v] of [...best].sort((a, b) => b[1] - a[1])) process.stdout.write(`${k.padEnd(30)} ${v.toFixed(1)}\n`);
