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
 * Input is read and written as a stream. With two threads (--jobs 2, the default for input files
 * over 512 KB on two cores) a worker thread runs the first detection stage (up to and including
 * the name detector) while the main thread reads, screens for injection, runs the other detectors
 * on the worker's findings and writes: each part of the guard is compiled and warmed up in one
 * thread only, which on short texts is what two full copies would spend their time on. With
 * three threads or more (the default on more cores, up to four) the screen runs on a worker of
 * its own and the further workers share the first stage and the screen by batch.
 */
import fs from 'node:fs';
import os from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import type { DetectOptions } from '../lambda/guard/detect';
import { guardInput } from '../lambda/guard/guard-input';
import { DEFAULT_GUARD_POLICY, type GuardPolicy } from '../lambda/guard/policy';
import {
  type Batch,
  type BatchResult,
  detectOptions,
  finishStaged,
  firstStage,
  type FirstStage,
  NO_FIRST_STAGE,
  NO_SCREENS,
  parseBatch,
  scanBatch,
  type Screened,
  screenTexts,
  type StagedBatch,
} from './scan-lines';

const USAGE = `usage: scan [--format jsonl|text] [--input FILE] [--output FILE] [--config FILE [--group NAME]...] [--jobs N]
  --format  jsonl (default): lines {"id","text"} in, findings + masked text out
            text: plain text in, masked text out; injection verdict and findings summary on stderr
  --input   read from FILE instead of stdin
  --output  write to FILE instead of stdout
  --config  apply the guard policy of this deployment config file (merged over cdk.json
            context like synth; the same validation and messages)
  --group   apply the policy of this configured group (repeatable: strictest combination)
  --jobs    threads for jsonl input, the main one included (default for input files over 512 KB:
            the cores available, at most 4; else 1). 2 splits the detection stages between the
            threads, 3 or more also give the injection screen a thread; the output is the same
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
}

/** 'first-stage': the first detection stage of a batch; 'screen': the injection screen of a batch. */
type Stage = 'first-stage' | 'screen';

/**
 * Where scripts/scan.cjs leaves the stage workers it started before loading the guard on the
 * main thread (when the arguments ask for more than one thread), so that the start-ups overlap.
 */
const PRESTARTED_WORKERS = Symbol.for('private-ai-jp.scan.stage-workers');

/** CPU time of the calling thread in ms (the process's on Node versions without threadCpuUsage). */
function threadCpuMs(): number {
  // process.threadCpuUsage: Node 22.19 and later (not in the Node 20 type definitions).
  const perThread = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  const usage = typeof perThread === 'function' ? perThread.call(process) : process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Worker thread: run the stage each job names on its batch. */
function runWorker(): void {
  // The policy arrives as the first message (the worker may be started before it is known).
  let setup: WorkerSetup | null = null;
  let options: DetectOptions | null = null;
  const busy: WorkerReport['stages'] = { 'first-stage': { busyMs: 0, batches: 0 }, screen: { busyMs: 0, batches: 0 } };
  parentPort?.on('message', (message: { setup: WorkerSetup } | { report: true } | StageJob) => {
    if ('setup' in message) {
      setup = message.setup;
      options = detectOptions(setup.policy);
      return;
    }
    if ('report' in message) {
      parentPort?.postMessage({ report: { cpuMs: threadCpuMs(), stages: busy } satisfies WorkerReport });
      return;
    }
    if (setup === null || options === null) throw new Error('scan worker: a batch before the setup');
    const started = threadCpuMs();
    if (message.stage === 'first-stage') {
      const { data, normalized } = firstStage(message.texts, options);
      const busyMs = threadCpuMs() - started;
      parentPort?.postMessage({ seq: message.seq, data, normalized, busyMs } satisfies FirstStageResult, [data.buffer as ArrayBuffer]);
    } else {
      const screens = screenTexts(message.texts, setup.policy);
      const busyMs = threadCpuMs() - started;
      parentPort?.postMessage({ seq: message.seq, screens, busyMs } satisfies ScreenResult);
    }
    busy[message.stage].busyMs += threadCpuMs() - started;
    busy[message.stage].batches++;
  });
}

// ---- Detection stages and the screen on threads of their own ----
// With two cores, splitting the texts between two full guards makes each thread compile and warm
// up all of the guard's code, which on short texts costs about as much as it saves. Splitting the
// work instead keeps each code path in one thread: a worker runs the first detection stage (up
// to and including the name detector), the main thread reads, parses, screens for injection, runs
// the rest of the detectors on the worker's findings, masks and writes. With three threads or
// more the screen moves to a worker of its own, and further threads share the first stage (by
// batch) and the screen: those given either stage as it falls behind, by the measured cost per text
// of each stage (business texts spend most in the first stage, English prompts in the screen).
// The main thread keeps parsing, the second stage, masking and output.

interface StageJob {
  seq: number;
  stage: Stage;
  texts: string[];
}
interface FirstStageResult extends FirstStage {
  seq: number;
  /** CPU time the batch took. */
  busyMs: number;
}
interface ScreenResult {
  seq: number;
  screens: Screened[];
  busyMs: number;
}
interface WorkerReport {
  /** The worker thread's CPU time from its start (loading the guard included). */
  cpuMs: number;
  /** Of which running each stage on batches. */
  stages: Record<Stage, { busyMs: number; batches: number }>;
}

/** Batches parsed ahead of the workers, at most (bounds memory, not speed). */
const STAGED_AHEAD = 32;

/**
 * The stages each worker of `threads` threads (2 or more, the main one included) runs: on two,
 * one worker for the first stage (the main thread screens); on three, one for each stage; beyond
 * that, the further workers run either stage, whichever has fallen behind.
 */
function workerStages(threads: number): Stage[][] {
  if (threads <= 2) return [['first-stage']];
  const stages: Stage[][] = [['first-stage'], ['screen']];
  while (stages.length < threads - 1) stages.push(['first-stage', 'screen']);
  return stages;
}

/** Jobs sent to a worker and not yet answered, at most: one running and the next ones ready (fewer for a worker that runs either stage, so that it picks late). */
const IN_FLIGHT_ONE_STAGE = 3;
const IN_FLIGHT_EITHER_STAGE = 2;

/**
 * Hands the parsed batches' stage jobs to the workers as they become free, oldest batch first:
 * a worker that runs either stage takes the stage whose oldest waiting batch is older (the output
 * is written in order, so that is the one holding it up), else the one with more texts waiting
 * by its cost per text so far.
 */
class StageDispatch {
  private readonly inFlight: number[];
  private readonly waiting: Record<Stage, StagedBatch[]> = { 'first-stage': [], screen: [] };
  private readonly spent: Record<Stage, { ms: number; texts: number }> = { 'first-stage': { ms: 0, texts: 0 }, screen: { ms: 0, texts: 0 } };
  private readonly sent = new Map<string, number>();
  constructor(
    private readonly workers: Worker[],
    private readonly stages: Stage[][],
  ) {
    this.inFlight = workers.map(() => 0);
  }
  runs(stage: Stage): boolean {
    return this.stages.some((s) => s.includes(stage));
  }
  enqueue(stage: Stage, staged: StagedBatch): void {
    this.waiting[stage].push(staged);
    this.pump();
  }
  done(worker: number, stage: Stage, seq: number, busyMs: number): void {
    this.inFlight[worker]--;
    this.spent[stage].ms += busyMs;
    this.spent[stage].texts += this.sent.get(`${stage}:${seq}`) ?? 0;
    this.sent.delete(`${stage}:${seq}`);
    this.pump();
  }
  private backlog(stage: Stage): number {
    const spent = this.spent[stage];
    let texts = 0;
    for (const b of this.waiting[stage]) texts += b.texts.length;
    return texts * (spent.texts > 0 ? spent.ms / spent.texts : 1);
  }
  private pick(runs: Stage[]): Stage | undefined {
    const ready = runs.filter((stage) => this.waiting[stage].length > 0);
    if (ready.length <= 1) return ready[0];
    const [a, b] = ready;
    const oldestA = this.waiting[a][0].seq;
    const oldestB = this.waiting[b][0].seq;
    if (oldestA !== oldestB) return oldestA < oldestB ? a : b;
    return this.backlog(a) >= this.backlog(b) ? a : b;
  }
  private pump(): void {
    // Workers that run one stage come first in the list, so they are served first.
    for (let i = 0; i < this.workers.length; i++) {
      const limit = this.stages[i].length === 1 ? IN_FLIGHT_ONE_STAGE : IN_FLIGHT_EITHER_STAGE;
      while (this.inFlight[i] < limit) {
        const stage = this.pick(this.stages[i]);
        if (stage === undefined) break;
        const staged = this.waiting[stage].shift() as StagedBatch;
        this.inFlight[i]++;
        this.sent.set(`${stage}:${staged.seq}`, staged.texts.length);
        this.workers[i].postMessage({ seq: staged.seq, stage, texts: staged.texts } satisfies StageJob);
      }
    }
  }
}

async function scanStaged(source: AsyncGenerator<Batch>, threads: number, setup: WorkerSetup, emit: (r: BatchResult) => Promise<void>, report?: (line: string) => void): Promise<void> {
  const stages = workerStages(threads);
  const global = globalThis as { [PRESTARTED_WORKERS]?: Worker[] };
  const prestarted = global[PRESTARTED_WORKERS] ?? [];
  delete global[PRESTARTED_WORKERS];
  const workers: Worker[] = stages.map((_, i) => prestarted[i] ?? new Worker(__filename));
  // Prestarted workers left over (the arguments asked for fewer threads than scan.cjs guessed).
  for (const extra of prestarted.slice(workers.length)) void extra.terminate();
  const dispatch = new StageDispatch(workers, stages);
  const screenHere = !dispatch.runs('screen');
  const firstStages = new Map<number, FirstStage>();
  const screens = new Map<number, Screened[]>();
  const reports = new Map<number, WorkerReport>();
  const queue: StagedBatch[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  workers.forEach((worker, i) => {
    // A worker started early does not keep the process alive until it is used.
    worker.ref();
    worker.postMessage({ setup });
    worker.on('message', (r: FirstStageResult | ScreenResult | { report: WorkerReport }) => {
      if ('report' in r) reports.set(i, r.report);
      else if ('data' in r) {
        firstStages.set(r.seq, r);
        dispatch.done(i, 'first-stage', r.seq, r.busyMs);
      } else {
        screens.set(r.seq, r.screens);
        dispatch.done(i, 'screen', r.seq, r.busyMs);
      }
      wake?.();
    });
    worker.on('error', (e) => {
      failure = e;
      wake?.();
    });
  });
  const ready = () => queue.length > 0 && firstStages.has(queue[0].seq) && (queue[0].screens !== undefined || screens.has(queue[0].seq));
  const waitFor = (condition: () => boolean) => (condition() || failure !== null ? Promise.resolve() : new Promise<void>((resolve) => (wake = resolve)));
  // A macrotask turn, so worker messages that arrived while this thread was busy are seen.
  const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));
  const times = { parse: 0, screen: 0, finish: 0 };
  const drain = async (): Promise<void> => {
    while (ready()) {
      const staged = queue.shift() as StagedBatch;
      const first = firstStages.get(staged.seq) as FirstStage;
      firstStages.delete(staged.seq);
      const verdicts = staged.screens ?? (screens.get(staged.seq) as Screened[]);
      screens.delete(staged.seq);
      const started = threadCpuMs();
      const result = finishStaged(staged, first, verdicts, setup.policy, setup.withDecision);
      times.finish += threadCpuMs() - started;
      await emit(result);
    }
  };
  try {
    for await (const batch of source) {
      if (failure !== null) throw failure;
      let started = threadCpuMs();
      const staged = parseBatch(batch);
      times.parse += threadCpuMs() - started;
      if (staged.texts.length > 0) {
        dispatch.enqueue('first-stage', staged);
        if (!screenHere) dispatch.enqueue('screen', staged);
      } else {
        firstStages.set(staged.seq, NO_FIRST_STAGE);
        if (!screenHere) screens.set(staged.seq, NO_SCREENS);
      }
      if (screenHere) {
        // On two threads the screen is done here while the worker runs its stage. Not on both:
        // the screen's code and its hundreds of regular expressions are compiled per thread, and
        // a worker screening some batches (when it idled) paid about 0.3 s of CPU to compile them
        // again, more than it saved on 6 MB of short texts.
        started = threadCpuMs();
        staged.screens = screenTexts(staged.texts, setup.policy);
        times.screen += threadCpuMs() - started;
      }
      queue.push(staged);
      await yieldToEvents();
      await drain();
      while (queue.length >= STAGED_AHEAD && failure === null) {
        await waitFor(ready);
        await drain();
      }
    }
    while (queue.length > 0 && failure === null) {
      await waitFor(ready);
      await drain();
    }
    if (failure !== null) throw failure;
    if (report !== undefined) {
      for (const w of workers) w.postMessage({ report: true });
      while (reports.size < workers.length && failure === null) await waitFor(() => reports.size >= workers.length);
      const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      report(`main thread ${s(threadCpuMs())} CPU (parse ${s(times.parse)}, screen ${s(times.screen)}, second stage + mask + output lines ${s(times.finish)})`);
      stages.forEach((runs, i) => {
        const r = reports.get(i) as WorkerReport;
        const parts = runs.map((stage) => `${stage} ${s(r.stages[stage].busyMs)} on ${r.stages[stage].batches} batches`);
        report(`${runs.length === 1 ? runs[0] : 'either-stage'} worker ${s(r.cpuMs)} CPU (${parts.join(', ')})`);
      });
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Below this input size the workers' start-up (about 0.1 s of loading the guard) costs more than they save. */
const STAGED_MIN_BYTES = 512 * 1024;
/** Threads used by default at most: more would add start-ups and compiles for little on short runs. */
const DEFAULT_MAX_THREADS = 4;

/**
 * The cores this process may use: the CPUs it may run on, fewer when a CPU quota (a container's
 * --cpus, cgroup v2 cpu.max or v1 cfs_quota_us) allows less. scripts/scan.cjs counts the same way.
 */
function availableCores(): number {
  const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const read = (file: string): string | undefined => {
    try {
      return fs.readFileSync(file, 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  const v2 = read('/sys/fs/cgroup/cpu.max')?.split(/\s+/);
  const [quota, period] = v2 ? [Number(v2[0]), Number(v2[1])] : [Number(read('/sys/fs/cgroup/cpu/cpu.cfs_quota_us')), Number(read('/sys/fs/cgroup/cpu/cpu.cfs_period_us'))];
  return quota > 0 && period > 0 ? Math.max(1, Math.min(cpus, Math.floor(quota / period))) : cpus;
}

function defaultJobs(options: CliOptions): number {
  if (options.input === undefined) return 1;
  try {
    const cores = availableCores();
    return fs.statSync(options.input).size > STAGED_MIN_BYTES && cores >= 2 ? Math.min(cores, DEFAULT_MAX_THREADS) : 1;
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
    // PRIVATE_AI_JP_SCAN_THREADS=1: each thread's CPU time and stages on stderr (the CLI bench prints them).
    const report = process.env.PRIVATE_AI_JP_SCAN_THREADS === '1' ? (line: string) => process.stderr.write(`scan: ${line}\n`) : undefined;
    if (jobs >= 2) await scanStaged(batches(input), jobs, { policy, withDecision }, emit, report);
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
