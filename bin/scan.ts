/**
 * Scan CLI: shows security teams what the guard would do to their own texts.
 *
 *   npm run --silent scan -- --format jsonl --input IN.jsonl --output OUT.jsonl
 *   npm run --silent scan -- --format text < in.txt > masked.txt
 *   npm run --silent scan -- --config prod.json --group hr-staff --input IN.jsonl
 *
 * JSONL lines in: {"id": "...", "text": "..."}; out, same order and id:
 * {"id", "findings": [{"type","start","end","score"}], "masked", "injection": {...}}
 * (with --config also "decision" and "blockedTypes"). Offsets are UTF-16 indices into the
 * original text, end exclusive. A malformed line yields an error line naming its line number;
 * the other lines are still processed, and the exit code is 1 when any line failed (2 for bad
 * usage or a bad config, whose messages are the same as synth's).
 *
 * Input is read and written as a stream. With --jobs 2 (the default for input files over 512 KB
 * when two cores are available) a worker thread runs the first detection stage (up to and
 * including the name detector) while the main thread reads, screens for injection, runs the
 * other detectors on the worker's findings and writes: each part of the guard is compiled and
 * warmed up in one thread only, which on short texts is what two full copies would spend their
 * time on. With --jobs 3 or more, whole batches of lines are spread over the threads instead.
 */
import fs from 'node:fs';
import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { detectEntities, detectFirstStage, detectSecondStage, type DetectOptions } from '../lambda/guard/detect';
import type { RawFinding } from '../lambda/guard/detectors';
import { guardInput } from '../lambda/guard/guard-input';
import { screenInjection } from '../lambda/guard/injection';
import { maskFindingsOnce, type MaskedText } from '../lambda/guard/mask';
import { DEFAULT_GUARD_POLICY, type GuardPolicy } from '../lambda/guard/policy';
import { ENTITY_TYPES, type EntityType } from '../lambda/guard/types';

const USAGE = `usage: scan [--format jsonl|text] [--input FILE] [--output FILE] [--config FILE [--group NAME]...] [--jobs N]
  --format  jsonl (default): lines {"id","text"} in, findings + masked text out
            text: plain text in, masked text out; injection verdict and findings summary on stderr
  --input   read from FILE instead of stdin
  --output  write to FILE instead of stdout
  --config  apply the guard policy of this deployment config file (merged over cdk.json
            context like synth; the same validation and messages)
  --group   apply the policy of this configured group (repeatable: strictest combination)
  --jobs    threads for jsonl input, the main one included (default: 2 for input files over 512 KB, else 1;
            2 splits the detection stages between the threads, 3 or more split the lines)
`;

interface CliOptions {
  format: 'jsonl' | 'text';
  input?: string;
  output?: string;
  config?: string;
  groups: string[];
  jobs?: number;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { format: 'jsonl', groups: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`missing value for ${flag}`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const f = value();
        if (f !== 'jsonl' && f !== 'text') throw new UsageError(`unknown format: ${f}`);
        options.format = f;
        break;
      }
      case '--input':
        options.input = value();
        break;
      case '--output':
        options.output = value();
        break;
      case '--config':
        options.config = value();
        break;
      case '--group':
        options.groups.push(value());
        break;
      case '--jobs': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 16) throw new UsageError('--jobs must be an integer from 1 to 16');
        options.jobs = n;
        break;
      }
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        process.exit(0);
        break;
      default:
        throw new UsageError(`unknown argument: ${arg}`);
    }
  }
  if (options.groups.length > 0 && options.config === undefined) throw new UsageError('--group needs --config');
  return options;
}

/** The policy the deployment config gives the named groups (or its default policy). */
async function policyFromConfig(file: string, groups: string[]): Promise<GuardPolicy> {
  // Loaded only with --config: the config schema is not needed to scan with the built-in policy.
  const { loadConfig } = await import('../lib/config/load.js');
  const { policyForGroups } = await import('../lambda/shared/caller-policy.js');
  let context: Record<string, unknown> = {};
  try {
    const cdkJson = JSON.parse(fs.readFileSync('cdk.json', 'utf8')) as { context?: Record<string, unknown> };
    context = cdkJson.context ?? {};
  } catch {
    // No cdk.json here: the file alone over the schema defaults.
  }
  const config = loadConfig((key: string) => (key === 'config' ? file : context[key]));
  const guard = config.chat.guard;
  // A group without its own guard overrides gets the default policy, as in the chat function.
  const known = new Set([...config.identity.groups.map((g) => g.name), ...Object.keys(guard.groups)]);
  const unknown = groups.filter((g) => !known.has(g));
  if (unknown.length > 0) {
    throw new UsageError(`group(s) ${unknown.map((g) => `"${g}"`).join(', ')} not defined in ${file} (identity.groups or chat.guard.groups); defined: ${[...known].join(', ') || '(none)'}`);
  }
  return policyForGroups(groups, guard);
}

/** One input line read: the record's id and text, or the error line to write in its place. */
type ParsedLine = { id: string; text: string; output?: undefined; error?: undefined } | { output: string; error: string };

function parseLine(line: string, lineNumber: number): ParsedLine {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    const error = `line ${lineNumber}: not valid JSON`;
    return { output: JSON.stringify({ line: lineNumber, error }), error };
  }
  const r = record as { id?: unknown; text?: unknown } | null;
  const id = r !== null && typeof r === 'object' && (typeof r.id === 'string' || typeof r.id === 'number') ? String(r.id) : undefined;
  if (id === undefined || typeof r?.text !== 'string') {
    const what = id === undefined ? 'a string "id"' : 'a string "text"';
    const error = `line ${lineNumber}: expected an object with ${what}`;
    return { output: JSON.stringify({ ...(id !== undefined ? { id } : {}), line: lineNumber, error }), error };
  }
  return { id, text: r.text };
}

type Injection = ReturnType<typeof screenInjection>;

function jsonNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : 'null';
}

/** The output line for one scanned text (without its newline). */
function formatLine(id: string, result: MaskedText, injection: Injection, withDecision: boolean): string {
  // Written out by hand in the order JSON.stringify would use: no intermediate objects per line.
  let findings = '';
  // Entity types are plain identifiers (no escaping); a finite number prints as JSON.stringify prints it.
  for (const f of result.findings) findings += `${findings === '' ? '' : ','}{"type":"${f.type}","start":${f.start},"end":${f.end},"score":${jsonNumber(f.score)}}`;
  const reasons = injection.reasons.length === 0 ? '[]' : JSON.stringify(injection.reasons);
  let output = `{"id":${JSON.stringify(id)},"findings":[${findings}],"masked":${JSON.stringify(result.masked)},"injection":{"score":${jsonNumber(injection.score)},"flagged":${injection.flagged},"reasons":${reasons}}`;
  if (withDecision) output += `,"decision":"${result.blocked || injection.flagged ? 'block' : 'allow'}","blockedTypes":${JSON.stringify(result.blockedTypes)}`;
  return `${output}}`;
}

/** One input line to one output line. */
function scanLine(line: string, lineNumber: number, policy: GuardPolicy, withDecision: boolean): { output: string; error?: string } {
  const parsed = parseLine(line, lineNumber);
  if (parsed.output !== undefined) return parsed;
  const result = maskFindingsOnce(parsed.text, detectEntities(parsed.text, detectOptions(policy)), policy);
  const injection = screenInjection(parsed.text, { threshold: policy.injectionThreshold });
  return { output: formatLine(parsed.id, result, injection, withDecision) };
}

/** Consecutive input lines as one string (one structured-clone copy to a worker, not one per line). */
interface Batch {
  seq: number;
  firstLine: number;
  /** The lines joined by "\n", without a final newline. */
  text: string;
}

interface BatchResult {
  seq: number;
  /** The output lines, each ending in "\n". */
  output: string;
  errors: string[];
}

/** Calls `each` for every non-blank line of the batch with its line number. */
function forEachLine(batch: Batch, each: (line: string, lineNumber: number) => void): void {
  const text = batch.text;
  let lineNumber = batch.firstLine;
  for (let from = 0; from <= text.length; lineNumber++) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    let line = text.slice(from, nl);
    from = nl + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') continue;
    each(line, lineNumber);
  }
}

function scanBatch(batch: Batch, policy: GuardPolicy, withDecision: boolean): BatchResult {
  let output = '';
  const errors: string[] = [];
  forEachLine(batch, (line, lineNumber) => {
    const r = scanLine(line, lineNumber, policy, withDecision);
    output += `${r.output}\n`;
    if (r.error !== undefined) errors.push(r.error);
  });
  return { seq: batch.seq, output, errors };
}

/** Buffered writer with backpressure on the output stream. */
class Output {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly stream: NodeJS.WritableStream) {}
  async add(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
  async end(): Promise<void> {
    await this.flush();
    if (this.stream === process.stdout) return;
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}

const BATCH_LINES = 256;

/** Lines of the input stream, BATCH_LINES at a time as one string each, as they arrive. */
async function* batches(input: NodeJS.ReadableStream): AsyncGenerator<Batch> {
  let rest = '';
  let lineNumber = 1;
  let seq = 0;
  // Bytes are decoded here rather than by the stream: TextDecoder is about twice as fast as the
  // streams' string decoder. It keeps a leading BOM and replaces malformed bytes as that does.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    let from = 0;
    let count = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
      if (++count < BATCH_LINES) continue;
      yield { seq: seq++, firstLine: lineNumber, text: text.slice(from, nl) };
      lineNumber += count;
      count = 0;
      from = nl + 1;
    }
    rest = text.slice(from);
  }
  rest += decoder.decode();
  // The last lines (with or without a final newline).
  if (rest.length > 0) yield { seq: seq++, firstLine: lineNumber, text: rest.endsWith('\n') ? rest.slice(0, -1) : rest };
}

interface WorkerSetup {
  policy: GuardPolicy;
  withDecision: boolean;
  /** 'lines': whole batches (scanParallel); 'first-stage': the first detection stage (scanStaged). */
  role?: 'lines' | 'first-stage';
}

/**
 * Where scripts/scan.cjs leaves a first-stage worker it started before loading the guard on the
 * main thread (when the arguments ask for two threads), so that the two start-ups overlap.
 */
const PRESTARTED_WORKER = Symbol.for('private-ai-jp.scan.first-stage-worker');

/** Worker thread: scan the batches the main thread sends. */
function runWorker(): void {
  const { role } = workerData as { role?: WorkerSetup['role'] };
  if (role === 'first-stage') {
    // The policy arrives as the first message (the worker may be started before it is known).
    let options: DetectOptions | null = null;
    parentPort?.on('message', (message: { setup: WorkerSetup } | FirstStageJob) => {
      if ('setup' in message) {
        options = detectOptions(message.setup.policy);
        return;
      }
      const job = message;
      if (options === null) throw new Error('first-stage worker: a batch before the setup');
      const data = firstStage(job.texts, options);
      parentPort?.postMessage({ seq: job.seq, data } satisfies FirstStageResult, [data.buffer as ArrayBuffer]);
    });
    return;
  }
  const { policy, withDecision } = workerData as WorkerSetup;
  parentPort?.on('message', (batch: Batch) => parentPort?.postMessage(scanBatch(batch, policy, withDecision)));
}

// ---- Two threads, one detection stage each ----
// With two cores, splitting the texts between two full guards makes each thread compile and warm
// up all of the guard's code, which on short texts costs about as much as it saves. Splitting the
// work instead keeps each code path in one thread: the worker runs the first detection stage (up
// to and including the name detector), the main thread reads, parses, screens for injection, runs
// the rest of the detectors on the worker's findings, masks and writes.

/** The detection options maskPersonalData uses for a policy. */
function detectOptions(policy: GuardPolicy): DetectOptions {
  return { minScore: policy.minScore, codeNames: policy.codeNames };
}

interface FirstStageJob {
  seq: number;
  texts: string[];
}

interface FirstStageResult {
  seq: number;
  /** Per text: the number of raw findings, then type index (ENTITY_TYPES), start, end and score of each. */
  data: Float64Array;
}

const TYPE_INDEX = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));

function firstStage(texts: string[], options: DetectOptions): Float64Array {
  const values: number[] = [];
  const raw: RawFinding[] = [];
  for (const text of texts) {
    raw.length = 0;
    detectFirstStage(text, options, raw);
    values.push(raw.length);
    for (const f of raw) {
      const type = TYPE_INDEX.get(f.type);
      if (type === undefined) throw new Error(`unknown entity type ${f.type}`);
      values.push(type, f.start, f.end, f.score);
    }
  }
  return Float64Array.from(values);
}

/** A batch on the main thread while the worker runs its first stage. */
interface StagedBatch {
  seq: number;
  /** Per non-blank line in order: the error line, or null for the next scanned text. */
  errorLines: Array<string | null>;
  errors: string[];
  ids: string[];
  texts: string[];
  injections: Injection[];
}

function parseBatch(batch: Batch): StagedBatch {
  const staged: StagedBatch = { seq: batch.seq, errorLines: [], errors: [], ids: [], texts: [], injections: [] };
  forEachLine(batch, (line, lineNumber) => {
    const parsed = parseLine(line, lineNumber);
    if (parsed.output !== undefined) {
      staged.errorLines.push(parsed.output);
      staged.errors.push(parsed.error);
      return;
    }
    staged.errorLines.push(null);
    staged.ids.push(parsed.id);
    staged.texts.push(parsed.text);
  });
  return staged;
}

const NO_FINDINGS = new Float64Array(0);

/** The second stage, masking and output lines of a batch, given the worker's first-stage findings. */
function finishStaged(staged: StagedBatch, data: Float64Array, policy: GuardPolicy, withDecision: boolean): BatchResult {
  const options = detectOptions(policy);
  let output = '';
  let t = 0;
  let p = 0;
  for (const errorLine of staged.errorLines) {
    if (errorLine !== null) {
      output += `${errorLine}\n`;
      continue;
    }
    const text = staged.texts[t];
    const raw: RawFinding[] = [];
    const count = data[p++];
    for (let k = 0; k < count; k++, p += 4) raw.push({ type: ENTITY_TYPES[data[p]] as EntityType, start: data[p + 1], end: data[p + 2], score: data[p + 3] });
    const result = maskFindingsOnce(text, detectSecondStage(text, options, raw), policy);
    output += `${formatLine(staged.ids[t], result, staged.injections[t], withDecision)}\n`;
    t++;
  }
  return { seq: staged.seq, output, errors: staged.errors };
}

/** Batches parsed and screened ahead of the worker, at most (bounds memory, not speed). */
const STAGED_AHEAD = 32;

async function scanStaged(source: AsyncGenerator<Batch>, setup: WorkerSetup, emit: (r: BatchResult) => Promise<void>): Promise<void> {
  const global = globalThis as { [PRESTARTED_WORKER]?: Worker };
  const worker = global[PRESTARTED_WORKER] ?? new Worker(__filename, { workerData: { role: 'first-stage' } });
  delete global[PRESTARTED_WORKER];
  // A worker started early does not keep the process alive until it is used.
  worker.ref();
  worker.postMessage({ setup });
  const queue: StagedBatch[] = [];
  const firstStages = new Map<number, FirstStageResult>();
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  worker.on('message', (r: FirstStageResult) => {
    firstStages.set(r.seq, r);
    wake?.();
  });
  worker.on('error', (e) => {
    failure = e;
    wake?.();
  });
  const ready = () => queue.length > 0 && firstStages.has(queue[0].seq);
  const waitForWorker = () => (ready() || failure !== null ? Promise.resolve() : new Promise<void>((resolve) => (wake = resolve)));
  // A macrotask turn, so worker messages that arrived while this thread was busy are seen.
  const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));
  const drain = async (): Promise<void> => {
    while (ready()) {
      const staged = queue.shift() as StagedBatch;
      const first = firstStages.get(staged.seq) as FirstStageResult;
      firstStages.delete(staged.seq);
      await emit(finishStaged(staged, first.data, setup.policy, setup.withDecision));
    }
  };
  try {
    for await (const batch of source) {
      if (failure !== null) throw failure;
      const staged = parseBatch(batch);
      if (staged.texts.length > 0) worker.postMessage({ seq: staged.seq, texts: staged.texts } satisfies FirstStageJob);
      else firstStages.set(staged.seq, { seq: staged.seq, data: NO_FINDINGS });
      // The screen needs nothing from the worker: done here while it runs its stage. Always here:
      // the screen's code and its hundreds of regular expressions are compiled per thread, and a
      // worker screening some batches (when it idled) paid about 0.3 s of CPU to compile them
      // again, more than it saved on 6 MB of short texts.
      for (const text of staged.texts) staged.injections.push(screenInjection(text, { threshold: setup.policy.injectionThreshold }));
      queue.push(staged);
      await yieldToEvents();
      await drain();
      while (queue.length >= STAGED_AHEAD && failure === null) {
        await waitForWorker();
        await drain();
      }
    }
    while (queue.length > 0 && failure === null) {
      await waitForWorker();
      await drain();
    }
    if (failure !== null) throw failure;
  } finally {
    await worker.terminate();
  }
}

/**
 * Scan batches on `jobs` threads, writing results in input order: `jobs - 1` worker threads and
 * the main thread itself, which takes a batch whenever every worker already has two queued (so
 * it works while the workers are still starting).
 */
async function scanParallel(source: AsyncGenerator<Batch>, jobs: number, setup: WorkerSetup, emit: (r: BatchResult) => Promise<void>): Promise<void> {
  const workers = Array.from({ length: jobs - 1 }, () => new Worker(__filename, { workerData: { ...setup, role: 'lines' } satisfies WorkerSetup }));
  const pending = workers.map(() => 0);
  const done = new Map<number, BatchResult>();
  let nextToWrite = 0;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  workers.forEach((w, i) => {
    w.on('message', (r: BatchResult) => {
      done.set(r.seq, r);
      pending[i]--;
      inFlight--;
      wake?.();
    });
    w.on('error', (e) => {
      failure = e;
      wake?.();
    });
  });
  const waitForResult = () => new Promise<void>((resolve) => (wake = resolve));
  // A macrotask turn, so worker messages that arrived while the main thread was scanning are seen.
  const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));
  const drain = async (): Promise<void> => {
    while (done.has(nextToWrite)) {
      const r = done.get(nextToWrite) as BatchResult;
      done.delete(nextToWrite);
      nextToWrite++;
      await emit(r);
    }
  };
  try {
    for await (const batch of source) {
      if (failure !== null) throw failure;
      let target = -1;
      for (let i = 0; i < workers.length; i++) if (pending[i] < 2 && (target < 0 || pending[i] < pending[target])) target = i;
      if (target >= 0) {
        workers[target].postMessage(batch);
        pending[target]++;
        inFlight++;
      } else {
        done.set(batch.seq, scanBatch(batch, setup.policy, setup.withDecision));
        await yieldToEvents();
      }
      await drain();
    }
    while (inFlight > 0 && failure === null) {
      await waitForResult();
      await drain();
    }
    if (failure !== null) throw failure;
    await drain();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Below this input size the worker's start-up (about 0.1 s of loading the guard) costs more than it saves. */
const STAGED_MIN_BYTES = 512 * 1024;

function defaultJobs(options: CliOptions): number {
  if (options.input === undefined) return 1;
  try {
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    return fs.statSync(options.input).size > STAGED_MIN_BYTES && cores >= 2 ? 2 : 1;
  } catch {
    return 1;
  }
}

function summary(findings: ReadonlyArray<{ type: string }>): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  return counts.size === 0 ? 'none' : [...counts].map(([type, n]) => `${type} ${n}`).join(', ');
}

async function main(): Promise<number> {
  let options: CliOptions;
  let policy: GuardPolicy = DEFAULT_GUARD_POLICY;
  try {
    options = parseArgs(process.argv.slice(2));
    if (options.config !== undefined) policy = await policyFromConfig(options.config, options.groups);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`scan: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof Error && e.name === 'ConfigError') {
      process.stderr.write(`scan: ${e.message}\n`);
      return 2;
    }
    throw e;
  }

  let input: NodeJS.ReadableStream;
  if (options.input !== undefined) {
    try {
      fs.accessSync(options.input, fs.constants.R_OK);
    } catch {
      process.stderr.write(`scan: cannot read input ${options.input}\n`);
      return 2;
    }
    input = fs.createReadStream(options.input, { encoding: options.format === 'text' ? 'utf8' : undefined, highWaterMark: 1 << 20 });
  } else {
    if (options.format === 'text') process.stdin.setEncoding('utf8');
    input = process.stdin;
  }
  const stream = options.output !== undefined ? fs.createWriteStream(options.output) : process.stdout;
  const output = new Output(stream);
  const writeFailed = new Promise<number>((resolve) =>
    stream.once('error', () => {
      process.stderr.write(`scan: cannot write output ${options.output ?? 'stdout'}\n`);
      resolve(2);
    }),
  );

  const work = async (): Promise<number> => {
    if (options.format === 'text') {
      let text = '';
      for await (const chunk of input as AsyncIterable<string>) text += chunk;
      const r = guardInput(text, policy);
      await output.add(r.masked);
      await output.end();
      const verdict = r.injection.flagged ? 'flagged' : 'not flagged';
      const reasons = r.injection.reasons.length > 0 ? `; reasons: ${r.injection.reasons.join(', ')}` : '';
      process.stderr.write(`injection: ${verdict} (score ${r.injection.score.toFixed(2)}${reasons})\n`);
      process.stderr.write(`findings: ${r.findings.length} (${summary(r.findings)})\n`);
      if (options.config !== undefined) process.stderr.write(`decision: ${r.decision}${r.blockedTypes.length > 0 ? ` (blocked: ${r.blockedTypes.join(', ')})` : ''}\n`);
      return 0;
    }
    const withDecision = options.config !== undefined;
    let failures = 0;
    const emit = async (r: BatchResult): Promise<void> => {
      for (const e of r.errors) process.stderr.write(`scan: ${e}\n`);
      failures += r.errors.length;
      if (r.output.length > 0) await output.add(r.output);
    };
    const jobs = options.jobs ?? defaultJobs(options);
    if (jobs === 2) await scanStaged(batches(input), { policy, withDecision }, emit);
    else if (jobs > 2) await scanParallel(batches(input), jobs, { policy, withDecision }, emit);
    else for await (const batch of batches(input)) await emit(scanBatch(batch, policy, withDecision));
    await output.end();
    if (failures > 0) process.stderr.write(`scan: ${failures} line(s) failed\n`);
    return failures > 0 ? 1 : 0;
  };
  const readFailed = new Promise<number>((resolve) =>
    input.once('error', () => {
      process.stderr.write(`scan: cannot read input ${options.input ?? 'stdin'}\n`);
      resolve(2);
    }),
  );
  return Promise.race([work(), writeFailed, readFailed]);
}

if (isMainThread) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`scan: ${(e as Error).message}\n`);
      process.exitCode = 2;
    },
  );
} else {
  runWorker();
}
