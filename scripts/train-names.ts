/**
 * Trains the learned pass for Japanese person names (lambda/guard/detectors/ja-name-model.ts)
 * on the named-entity labels of UD Japanese GSD (data/names/, CC BY-SA 4.0, see
 * data/names/SOURCES.md) and writes lambda/guard/data/ja-name-model.ts.
 *
 *   npm run train:names
 *
 * Every kanji and katakana run candidate (nameCandidates) is an example (with the score the rules
 * gave it as a feature; at run time only the candidates the rules leave are scored): positive when it is exactly a PERSON span, negative when it overlaps none
 * (partial overlaps are left out). Logistic regression with AdaGrad over hashed features,
 * seeded shuffling, so the output is reproducible. Trained on the GSD train split and the WAC
 * train documents, with two name-swapped copies of each sentence that holds a name; the
 * threshold is the lowest whose F1 of rules and model together on the held-out dev + test
 * splits (50% overlap, as the eval scripts count it) is within 0.0075 of the best (and at least 0.4).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RawFinding } from '../lambda/guard/detectors/detector';
import { candidateFeatures, FEATURE_BITS, ruledOut, nameCandidates, vetoable, type NameCandidate } from '../lambda/guard/detectors/ja-name-model';
import { detectJapaneseRuleNames } from '../lambda/guard/detectors/person-name';
import * as LEXICON from '../lambda/guard/data/ja-names';
import { createRandom } from './seeded-random';

const root = path.resolve(__dirname, '..');
const dataDir = path.join(root, 'data', 'names');
const outFile = path.join(root, 'lambda', 'guard', 'data', 'ja-name-model.ts');
const reportFile = path.join(dataDir, 'REPORT.json');

interface Sentence {
  text: string;
  spans: Array<{ start: number; end: number }>;
}

/** Sentences of a stanza .bio file (token TAB BIO-label, blank line between sentences). */
function readBio(file: string): Sentence[] {
  const out: Sentence[] = [];
  let text = '';
  let spans: Array<{ start: number; end: number }> = [];
  let open: { start: number; end: number } | null = null;
  const close = () => {
    if (open !== null) spans.push(open);
    open = null;
  };
  for (const line of fs.readFileSync(path.join(dataDir, file), 'utf8').split('\n')) {
    if (line.trim() === '') {
      close();
      if (text.length > 0) out.push({ text, spans });
      text = '';
      spans = [];
      continue;
    }
    const [rawToken, label] = line.split('\t');
    // The guard scans NFKC text: so does training.
    const token = rawToken.normalize('NFKC');
    const start = text.length;
    text += token;
    if (label === 'B-PERSON') {
      close();
      open = { start, end: text.length };
    } else if (label === 'I-PERSON' && open !== null) open.end = text.length;
    else close();
  }
  close();
  if (text.length > 0) out.push({ text, spans });
  return out;
}

interface Example {
  features: number[];
  label: number;
}

interface Scored {
  sentence: Sentence;
  rules: RawFinding[];
  /** Features of the katakana candidate a weak rule finding is exactly (rules[i]), for the veto. */
  vetoFeatures: Array<number[] | null>;
  candidates: Array<NameCandidate & { features: number[]; label: number; covered: boolean }>;
}

function prepare(sentences: Sentence[]): Scored[] {
  return sentences.map((sentence) => {
    const rules: RawFinding[] = [];
    detectJapaneseRuleNames(sentence.text, rules);
    const list: NameCandidate[] = [];
    nameCandidates(sentence.text, list);
    const candidates: Scored['candidates'] = [];
    for (const cand of list) {
      let ruleScore = 0;
      let covered = false;
      for (const f of rules) {
        if (f.end <= cand.start || f.start >= cand.end) continue;
        if (f.score >= 0.5) covered = true;
        ruleScore = Math.max(ruleScore, f.score);
      }
      // Loanword compounds (マイナンバー) and company names are never names at run time: no examples of them.
      // Spans the rules already report are examples too (the rule score is one of their features),
      // though only the others are scored at run time: more names to learn their shapes from.
      if (ruledOut(sentence.text, cand)) continue;
      const exact = sentence.spans.some((s) => s.start === cand.start && s.end === cand.end);
      const overlaps = sentence.spans.some((s) => s.start < cand.end && s.end > cand.start);
      const features: number[] = [];
      candidateFeatures(sentence.text, cand, ruleScore, features);
      candidates.push({ ...cand, features: [...features], label: exact ? 1 : overlaps ? -1 : 0, covered });
    }
    const kept = rules.filter((f) => f.score >= 0.5);
    const vetoFeatures = kept.map((f) => {
      const cand = list.find((c) => vetoable(c, f, sentence.text));
      if (cand === undefined) return null;
      const features: number[] = [];
      candidateFeatures(sentence.text, cand, f.score, features);
      return [...features];
    });
    return { sentence, rules: kept, vetoFeatures, candidates };
  });
}


function train(examples: Example[], epochs: number, rate: number, l2: number, positiveWeight: number): { w: Float64Array; bias: number } {
  const size = 1 << FEATURE_BITS;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let gb = 1e-8;
  const random = createRandom(20261201);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const ex = examples[idx];
      let z = bias;
      for (const f of ex.features) z += w[f];
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - ex.label) * (ex.label === 1 ? positiveWeight : 1);
      gb += g * g;
      bias -= (rate * g) / Math.sqrt(gb);
      for (const f of ex.features) {
        const gf = g + l2 * w[f];
        g2[f] += gf * gf;
        w[f] -= (rate * gf) / Math.sqrt(g2[f]);
      }
    }
  }
  return { w, bias };
}

function quantize(w: Float64Array): { q: Int8Array; scale: number } {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max / 127;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i] / scale);
  return { q, scale };
}

/** Span-level recall and precision of rules + model at `threshold` (50% overlap, as the eval counts). */
function evaluate(set: Scored[], prob: (features: number[]) => number, threshold: number, veto = 0) {
  let gold = 0;
  let found = 0;
  let predicted = 0;
  let correct = 0;
  for (const s of set) {
    const preds: Array<{ start: number; end: number; p: number }> = s.rules
      .filter((_, i) => { const v = s.vetoFeatures[i]; return v === null || prob(v) >= veto; })
      .map((f) => ({ start: f.start, end: f.end, p: 2 }));
    let last: { start: number; end: number; p: number } | null = null;
    for (const c of s.candidates) {
      if (c.covered) continue;
      const p = prob(c.features);
      if (p < threshold) continue;
      if (last !== null && c.start < last.end) {
        if (p > last.p) Object.assign(last, { start: c.start, end: c.end, p });
        continue;
      }
      last = { start: c.start, end: c.end, p };
      preds.push(last);
    }
    gold += s.sentence.spans.length;
    for (const g of s.sentence.spans) {
      let covered = 0;
      for (const p of preds) covered += Math.max(0, Math.min(p.end, g.end) - Math.max(p.start, g.start));
      if (covered >= 0.5 * (g.end - g.start)) found++;
    }
    predicted += preds.length;
    for (const p of preds) if (s.sentence.spans.some((g) => g.start < p.end && g.end > p.start)) correct++;
  }
  return { recall: found / Math.max(1, gold), precision: predicted === 0 ? 1 : correct / predicted, gold, predicted };
}

/** Sentences of data/names/wac.jsonl (scripts/train-names-import.ts) in the given splits. */
function readWac(splits: string[]): Sentence[] {
  const out: Sentence[] = [];
  for (const line of fs.readFileSync(path.join(dataDir, 'wac.jsonl'), 'utf8').split('\n')) {
    if (line.length === 0) continue;
    const r = JSON.parse(line) as { split: string; text: string; spans: Sentence['spans'] };
    if (!splits.includes(r.split)) continue;
    // NFKC per span boundary: the texts hold full-width spaces and digits.
    const pieces: string[] = [];
    const cuts = [0, ...r.spans.flatMap((s) => [s.start, s.end]), r.text.length];
    const spans: Sentence['spans'] = [];
    let text = '';
    for (let k = 0; k + 1 < cuts.length; k++) {
      const piece = r.text.slice(cuts[k], cuts[k + 1]).normalize('NFKC');
      if (k % 2 === 1) spans.push({ start: text.length, end: text.length + piece.length });
      text += piece;
      pieces.push(piece);
    }
    out.push({ text, spans });
  }
  return out;
}

/** The lexicon's names (data/ja-names.ts lists, likeliest first). */
function lexiconList(base64: string, limit: number): string[] {
  return Buffer.from(base64, 'base64').toString('utf16le').split(' ').filter((w) => w.length > 0).slice(0, limit);
}

/**
 * Copies of the training sentences that hold a name, with each name replaced by another one of
 * the same script drawn from the lexicon (kanji surname + given name; katakana given name ・
 * surname, or one katakana name): the contexts are real, the names more varied than ~2,000
 * examples can show. Only positives change; every other candidate of a copy is an example as
 * in the original.
 */
function augment(sentences: Sentence[], copies: number, random: () => number): Sentence[] {
  const KATA = /^[\u30a1-\u30fa\u30fc]+$/;
  const HAN = /^[\p{Script=Han}々]+$/u;
  const surnames = lexiconList(LEXICON.SURNAME, 4000).filter((w) => HAN.test(w));
  const given = lexiconList(LEXICON.GIVEN, 4000).filter((w) => HAN.test(w));
  const kataNames = [...lexiconList(LEXICON.GIVEN, 20000), ...lexiconList(LEXICON.SURNAME, 20000)].filter((w) => KATA.test(w) && w.length >= 2);
  const pick = (list: string[]) => list[Math.floor(random() * list.length)];
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (s.spans.length === 0) continue;
    for (let k = 0; k < copies; k++) {
      let text = '';
      let from = 0;
      const spans: Sentence['spans'] = [];
      for (const span of s.spans) {
        const old = s.text.slice(span.start, span.end);
        const isKata = /^[\u30a1-\u30fa\u30fc・=]+$/.test(old);
        const name = isKata ? (old.includes('・') || random() < 0.5 ? `${pick(kataNames)}・${pick(kataNames)}` : pick(kataNames)) : random() < 0.8 ? pick(surnames) + pick(given) : pick(surnames);
        text += s.text.slice(from, span.start);
        spans.push({ start: text.length, end: text.length + name.length });
        text += name;
        from = span.end;
      }
      text += s.text.slice(from);
      out.push({ text, spans });
    }
  }
  return out;
}

const AUGMENT_COPIES = Number(process.env.NAMES_AUGMENT ?? 2);
const originals = [...readBio('gsd-train.bio'), ...readWac(['train'])];
const trainSet = prepare([...originals, ...augment(originals, AUGMENT_COPIES, createRandom(7))]);
const heldOut = prepare([...readBio('gsd-dev.bio'), ...readBio('gsd-test.bio'), ...readWac(['dev', 'test'])]);
{
  // The most a candidate-span model can find on the held-out set (rules included).
  let gold = 0;
  let reachable = 0;
  for (const s of heldOut) {
    for (const g of s.sentence.spans) {
      gold++;
      const byRule = s.rules.some((f) => Math.min(f.end, g.end) - Math.max(f.start, g.start) >= 0.5 * (g.end - g.start));
      if (byRule || s.candidates.some((c) => c.label === 1 && c.start === g.start && c.end === g.end)) reachable++;
    }
  }
  process.stdout.write(`held out: ${gold} names, ${reachable} reachable by rules or a candidate (${(reachable / gold).toFixed(3)})\n`);
}
const examples: Example[] = [];
for (const s of trainSet) for (const c of s.candidates) if (c.label >= 0) examples.push({ features: c.features, label: c.label });
const positives = examples.filter((e) => e.label === 1).length;
process.stdout.write(`train: ${trainSet.length} sentences, ${examples.length} candidates (${positives} names); held out: ${heldOut.length} sentences\n`);

const HYPER = { epochs: Number(process.env.NAMES_EPOCHS ?? 20), rate: Number(process.env.NAMES_RATE ?? 0.05), l2: Number(process.env.NAMES_L2 ?? 3e-5), positiveWeight: Number(process.env.NAMES_POS ?? 4) };
const { w, bias } = train(examples, HYPER.epochs, HYPER.rate, HYPER.l2, HYPER.positiveWeight);
const { q, scale } = quantize(w);
const prob = (features: number[]): number => {
  let z = bias;
  for (const f of features) z += q[f] * scale;
  return 1 / (1 + Math.exp(-z));
};
const rulesOnly = evaluate(heldOut, prob, 2);
const grid: Array<{ threshold: number; recall: number; precision: number }> = [];
for (let t = 0.05; t <= 0.951; t += 0.025) grid.push({ threshold: Number(t.toFixed(3)), ...evaluate(heldOut, prob, t) });
// The threshold with the best F1 of rules and model together on the held-out splits, or the
// lowest one whose F1 is within F1_TOLERANCE of it: where F1 is flat, a guard prefers recall.
const F1_TOLERANCE = 0.0075;
const f1 = (g: { recall: number; precision: number }): number => (g.precision + g.recall === 0 ? 0 : (2 * g.precision * g.recall) / (g.precision + g.recall));
// Below MIN_THRESHOLD the held-out precision falls under 0.7 for little recall: never lower.
const MIN_THRESHOLD = Number(process.env.NAMES_MIN_THRESHOLD ?? 0.4);
const allowed = grid.filter((g) => g.threshold >= MIN_THRESHOLD - 1e-9);
const best = allowed.reduce((a, g) => (f1(g) > f1(a) ? g : a), allowed[0]);
const chosen = allowed.find((g) => g.threshold <= best.threshold && f1(g) >= f1(best) - F1_TOLERANCE) ?? best;
// The veto of weak katakana rule findings: the highest whose held-out F1 at the chosen threshold
// is not below the F1 without it.
const vetoGrid = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3].map((veto) => ({ veto, ...evaluate(heldOut, prob, chosen.threshold, veto) }));
const veto = vetoGrid.filter((v) => f1(v) >= f1(vetoGrid[0])).reduce((a, v) => (v.veto > a.veto ? v : a), vetoGrid[0]).veto;
for (const v of vetoGrid) process.stdout.write(`  veto ${v.veto}: recall ${v.recall.toFixed(3)} precision ${v.precision.toFixed(3)}\n`);
for (const g of grid) process.stdout.write(`  threshold ${g.threshold.toFixed(3)}: recall ${g.recall.toFixed(3)} precision ${g.precision.toFixed(3)}\n`);
process.stdout.write(`held-out F1 ${f1(chosen).toFixed(3)}\n`);
process.stdout.write(`held out, rules only: recall ${rulesOnly.recall.toFixed(3)} precision ${rulesOnly.precision.toFixed(3)}; chosen threshold ${chosen.threshold}: recall ${chosen.recall.toFixed(3)} precision ${chosen.precision.toFixed(3)}\n`);

// Sparse storage: most hashed buckets are zero. Pairs of (gap to the previous non-zero index as
// a varint, int8 weight), base64.
const bytes: number[] = [];
let previous = -1;
let nonZero = 0;
for (let i = 0; i < q.length; i++) {
  if (q[i] === 0) continue;
  let gap = i - previous;
  previous = i;
  nonZero++;
  while (gap >= 0x80) {
    bytes.push((gap & 0x7f) | 0x80);
    gap >>>= 7;
  }
  bytes.push(gap, q[i] & 0xff);
}
const weights = Buffer.from(bytes).toString('base64');
const body = [
  '// Generated by scripts/train-names.ts (npm run train:names); do not edit by hand.',
  '// Weights derived from UD Japanese GSD (CC BY-SA 4.0), see ja-name-model.SOURCES.md beside this file.',
  `// ${nonZero} non-zero weights of ${q.length}: (varint gap to the previous index, int8) pairs, base64.`,
  `export const JA_NAME_MODEL = ${JSON.stringify({ weights, scale, bias, threshold: chosen.threshold, veto })};`,
  '',
].join('\n');
fs.writeFileSync(outFile, body);
fs.writeFileSync(
  reportFile,
  `${JSON.stringify({ train: { sentences: trainSet.length, candidates: examples.length, names: positives }, heldOut: { sentences: heldOut.length, rulesOnly, chosen, veto, vetoGrid, hyperparameters: HYPER, grid }, nonZeroWeights: nonZero, bytes: Buffer.byteLength(body) }, null, 2)}\n`,
);
process.stdout.write(`${path.relative(root, outFile)}: ${nonZero} weights, ${(Buffer.byteLength(body) / 1024).toFixed(0)} KB\n`);
