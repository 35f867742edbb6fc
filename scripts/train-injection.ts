/**
 * Trains the injection classifier and writes lambda/guard/injection/model-weights.ts and
 * data/injection/REPORT.json.  `npm run train:injection` (never part of `npm test`).
 *
 * Data (see data/injection/SOURCES.md): the generated Japanese and English sets
 * (scripts/injection-data/generate.ts, regenerated here) and the public extracts in
 * data/injection/public/ (BIPIA train split, JailbreakBench artifacts). Every sample carries
 * a split fixed by template group / category, so the held-out part has unseen phrasings.
 *
 * Model: logistic regression over hashed character 1-4-grams of the folded text, windowed,
 * plus the rule detectors' evidence (lambda/guard/injection/classifier.ts). AdaGrad, L2,
 * class-balanced, fixed seed: the same data gives the same weights.
 *
 * The defaults are the shipped model; DIM_BITS, MAX_N, WINDOW, EPOCHS, LR, L2, AUGMENT=0 and
 * CALIBRATION_FPR override them for experiments (2^19 buckets, 5-grams or 160-character
 * windows measured within noise of the defaults on the held-out groups).
 *
 * Calibration: the held-out benign texts are split in two. The bias is shifted so that the
 * default threshold 0.5 flags CALIBRATION_FPR of the first half; the second half measures
 * the false-positive rate that results (reported, never tuned on).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DENSE_FEATURES, denseFeatures, forEachNgram, loadModel, modelView, type ModelFile, windowStarts, classify } from '../lambda/guard/injection/classifier';
import { ruleEvidence } from '../lambda/guard/injection';
import { generate, type Sample } from './injection-data/generate';

const ROOT = join(__dirname, '..');
const DIM = 1 << Number(process.env.DIM_BITS ?? 18);
const MIN_N = 1;
const MAX_N = Number(process.env.MAX_N ?? 4);
const WINDOW = Number(process.env.WINDOW ?? 256);
const STRIDE = WINDOW / 2;
const EPOCHS = Number(process.env.EPOCHS ?? 4);
const LEARNING_RATE = Number(process.env.LR ?? 0.1);
const L2 = Number(process.env.L2 ?? 1e-5);
const CALIBRATION_FPR = Number(process.env.CALIBRATION_FPR ?? 0.01);
const MAX_WINDOWS_PER_SAMPLE = 8;
const AUGMENT = process.env.AUGMENT !== '0';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(42);

function readJsonl(path: string): Sample[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Sample);
}

interface Example {
  buckets: Uint32Array;
  norm: number;
  dense: number[];
  label: 0 | 1;
  weight: number;
}

const shape = { dim: DIM, minN: MIN_N, maxN: MAX_N, window: WINDOW, stride: STRIDE };

function windowsOf(sample: Sample): Example[] {
  const ev = ruleEvidence(sample.text);
  const view = modelView(ev.folded);
  const dense = denseFeatures(ev.hits, ev.score);
  let starts = windowStarts(view.length, shape);
  let labels: (0 | 1 | -1)[] = starts.map(() => sample.label);
  if (sample.label === 1 && sample.payload && starts.length > 1) {
    // Only windows holding most of the payload are attacks; windows without it are the benign carrier.
    const payloadView = modelView(ruleEvidence(sample.payload).folded).trim();
    const at = view.indexOf(payloadView.slice(0, Math.min(40, payloadView.length)));
    if (at >= 0) {
      const end = at + payloadView.length;
      labels = starts.map((a) => {
        const overlap = Math.max(0, Math.min(a + WINDOW, end) - Math.max(a, at));
        if (overlap >= Math.min(payloadView.length, WINDOW) * 0.6) return 1;
        return overlap === 0 ? 0 : -1;
      });
    }
  }
  const chosen = starts.map((a, i) => ({ a, label: labels[i] })).filter((w) => w.label !== -1);
  while (chosen.length > MAX_WINDOWS_PER_SAMPLE) chosen.splice(Math.floor(random() * chosen.length), 1);
  // Dense rule features describe the whole text: give them to attack windows and to carrier windows alike.
  return chosen.map(({ a, label }) => {
    const buckets = new Set<number>();
    forEachNgram(view, a, Math.min(view.length, a + WINDOW), shape, (_i, b) => buckets.add(b));
    return { buckets: Uint32Array.from(buckets), norm: 1 / Math.sqrt(Math.max(1, buckets.size)), dense, label: label as 0 | 1, weight: 1 };
  });
}

function train(examples: Example[]): { w: Float64Array; dense: Float64Array; bias: number } {
  const w = new Float64Array(DIM);
  const g2 = new Float64Array(DIM).fill(1e-8);
  const dense = new Float64Array(DENSE_FEATURES.length);
  const dg2 = new Float64Array(DENSE_FEATURES.length).fill(1e-8);
  let bias = 0;
  let bg2 = 1e-8;
  const pos = examples.filter((e) => e.label === 1).length;
  const neg = examples.length - pos;
  for (const e of examples) e.weight = e.label === 1 ? examples.length / (2 * pos) : examples.length / (2 * neg);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let loss = 0;
    for (const idx of order) {
      const e = examples[idx];
      let z = bias;
      for (const b of e.buckets) z += w[b] * e.norm;
      for (let k = 0; k < dense.length; k++) z += dense[k] * e.dense[k];
      const p = 1 / (1 + Math.exp(-z));
      loss += -e.weight * (e.label ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
      const g = (p - e.label) * e.weight;
      for (const b of e.buckets) {
        const gb = g * e.norm + L2 * w[b];
        g2[b] += gb * gb;
        w[b] -= (LEARNING_RATE / Math.sqrt(g2[b])) * gb;
      }
      for (let k = 0; k < dense.length; k++) {
        const gk = g * e.dense[k];
        dg2[k] += gk * gk;
        dense[k] -= (LEARNING_RATE / Math.sqrt(dg2[k])) * gk;
      }
      bg2 += g * g;
      bias -= (LEARNING_RATE / Math.sqrt(bg2)) * g;
    }
    console.log(`epoch ${epoch + 1}: loss ${(loss / examples.length).toFixed(4)}`);
  }
  return { w, dense, bias };
}

function quantise(w: Float64Array): { scale: number; bytes: Buffer } {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(w[i] / scale)));
  return { scale, bytes: Buffer.from(q.buffer) };
}

function auc(scored: [number, boolean][]): number {
  const s = [...scored].sort((a, b) => a[0] - b[0]);
  let rank = 0;
  let pos = 0;
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j < s.length && s[j][0] === s[i][0]) j++;
    for (let k = i; k < j; k++) if (s[k][1]) {
      rank += (i + j + 1) / 2;
      pos++;
    }
    i = j;
  }
  const neg = s.length - pos;
  return pos && neg ? (rank - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}

function main(): void {
  const generated = generate();
  writeFileSync(join(ROOT, 'data/injection/generated.jsonl'), generated.map((s) => JSON.stringify(s)).join('\n') + '\n');
  const publicSets = ['bipia-train', 'jailbreakbench', 'aozora-public-domain', 'presidio-sentences'];
  const samples = [...generated, ...publicSets.flatMap((name) => readJsonl(join(ROOT, `data/injection/public/${name}.jsonl`)))];
  const trainSet = samples.filter((s) => s.split === 'train');
  const heldOut = samples.filter((s) => s.split === 'test');
  console.log(`samples: ${samples.length} (train ${trainSet.length}, held out ${heldOut.length})`);

  // Augmentation (training only): each short sample once more with some words or characters
  // dropped and a benign sentence from another sample beside it, so no single phrase decides.
  const benignPool = trainSet.filter((x) => x.label === 0 && x.text.length < 200).map((x) => x.text);
  const augmented: Sample[] = AUGMENT
    ? trainSet
        .filter((x) => !x.payload && x.text.length <= 600)
        .map((x) => {
          const parts = x.lang === 'en' ? x.text.split(/(\s+)/) : x.text.match(/[\s\S]{1,3}/g) ?? [x.text];
          const kept = parts.filter((p) => /^\s+$/.test(p) || random() > 0.12).join('');
          const context = benignPool[Math.floor(random() * benignPool.length)];
          const text = random() < 0.5 ? `${context}\n${kept}` : `${kept}\n${context}`;
          return { ...x, id: `${x.id}-aug`, text };
        })
    : [];
  const examples = [...trainSet, ...augmented].flatMap(windowsOf);
  console.log(`training windows: ${examples.length} (attack ${examples.filter((e) => e.label === 1).length})`);
  const trained = train(examples);
  const { scale, bytes } = quantise(trained.w);

  const file: ModelFile = {
    version: 1,
    dim: DIM,
    minN: MIN_N,
    maxN: MAX_N,
    window: WINDOW,
    stride: STRIDE,
    bias: trained.bias,
    scale,
    weights: bytes.toString('base64'),
    dense: [...trained.dense].map((v) => Math.round(v * 1e6) / 1e6),
  };

  // Calibrate on half of the held-out benign texts: shift the bias so 0.5 flags CALIBRATION_FPR of them.
  const benignHeld = heldOut.filter((s) => s.label === 0);
  const calibration = benignHeld.filter((_, i) => i % 2 === 0);
  const evaluation = benignHeld.filter((_, i) => i % 2 === 1);
  const logit = (p: number) => Math.log(p / (1 - p));
  const rawModel = loadModel(file);
  const calLogits = calibration.map((s) => {
    const ev = ruleEvidence(s.text);
    return logit(Math.min(1 - 1e-9, Math.max(1e-9, classify(ev.folded, ev.hits, ev.score, rawModel))));
  }).sort((a, b) => a - b);
  const cut = calLogits[Math.min(calLogits.length - 1, Math.floor((1 - CALIBRATION_FPR) * calLogits.length))];
  // Never make the model more eager than the trained bias: only shift down.
  const shift = Math.min(0, -cut - 0.05);
  file.bias = Math.round((file.bias + shift) * 1e6) / 1e6;
  const model = loadModel(file);

  const score = (s: Sample) => {
    const ev = ruleEvidence(s.text);
    return 1 - (1 - ev.score) * (1 - classify(ev.folded, ev.hits, ev.score, model));
  };
  const families = new Map<string, { n: number; flagged: number; label: number; scores: number[] }>();
  const allScored: [number, boolean][] = [];
  for (const s of heldOut) {
    if (s.label === 0 && !evaluation.includes(s)) continue;
    const v = score(s);
    const key = `${s.lang} ${s.family}`;
    const f = families.get(key) ?? { n: 0, flagged: 0, label: s.label, scores: [] };
    f.n++;
    if (v >= 0.5) f.flagged++;
    f.scores.push(v);
    families.set(key, f);
    allScored.push([v, s.label === 1]);
  }
  const evalScores = evaluation.map(score);
  const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => ({
    threshold: t,
    benignFlagged: Math.round((evalScores.filter((v) => v >= t).length / evalScores.length) * 1e4) / 1e4,
    attacksFlagged: Math.round((allScored.filter(([v, a]) => a && v >= t).length / allScored.filter(([, a]) => a).length) * 1e4) / 1e4,
  }));
  const report = {
    trainedOn: { samples: trainSet.length, windows: examples.length },
    heldOut: { attacks: heldOut.filter((s) => s.label === 1).length, benignCalibration: calibration.length, benignEvaluation: evaluation.length },
    calibration: { targetFpr: CALIBRATION_FPR, biasShift: Math.round(shift * 1e4) / 1e4 },
    auc: Math.round(auc(allScored) * 1e4) / 1e4,
    thresholds,
    families: Object.fromEntries(
      [...families.entries()].sort().map(([k, f]) => [k, { kind: f.label ? 'attack' : 'benign', n: f.n, flaggedAt05: Math.round((f.flagged / f.n) * 1e4) / 1e4 }]),
    ),
    weightsBytes: bytes.length,
  };
  writeFileSync(join(ROOT, 'data/injection/REPORT.json'), JSON.stringify(report, null, 2) + '\n');
  const ts =
    '// Generated by `npm run train:injection` (scripts/train-injection.ts). Do not edit.\n' +
    "import type { ModelFile } from './classifier';\n\n" +
    `export const MODEL: ModelFile | undefined = ${JSON.stringify(file)};\n`;
  writeFileSync(join(ROOT, 'lambda/guard/injection/model-weights.ts'), ts);
  console.log(JSON.stringify(report, null, 2));
}

main();
