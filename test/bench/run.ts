/**
 * Benchmark (not a test): single-core throughput and per-prompt latency of the guard core
 * versus the peers a user would otherwise pick, measured in the same run on the same corpus.
 * Peers are far slower, so they run on a deterministic subset of the prompts; MB/s is comparable.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { screenInjection } from '../../lambda/guard/injection';
import { maskPersonalData } from '../../lambda/guard/mask';
import { buildCorpus, buildShortBusinessJsonl, buildShortTextsJsonl } from './corpus';
import { runChatOverheadBench } from './chat-overhead';
import { runStreamBench } from './stream-overhead';
import { formatBusinessQuality, formatJapaneseQuality, measureBusinessQuality, measureJapaneseQuality } from './ja-quality';
import { formatNameFamilies, measureNameFamilies } from './name-families';
import { formatIdentifierFamilies, measureIdentifierFamilies } from './identifier-families';
import { measureInjectionQuality } from './injection-quality';

interface Result {
  name: string;
  prompts: number;
  bytes: number;
  /** Timed passes over the prompts; the figures below are from the median pass. */
  passes: number;
  mbPerSecond: number;
  minMbPerSecond: number;
  maxMbPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Timed passes per engine: single passes on this shared machine vary by up to 2x. */
const PASSES = 7;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Pass {
  mbPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

function timedPass(prompts: string[], bytes: number, run: (text: string) => unknown): Pass {
  const latencies: number[] = new Array(prompts.length);
  const start = process.hrtime.bigint();
  for (let i = 0; i < prompts.length; i++) {
    const t0 = process.hrtime.bigint();
    run(prompts[i]);
    latencies[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  latencies.sort((a, b) => a - b);
  return { mbPerSecond: bytes / 1048576 / seconds, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}

/**
 * Steady state, as a warm Lambda sees it: one untimed pass over the prompts (JIT, regex
 * compilation, inline caches), then PASSES timed passes; the median pass is reported.
 */
function measure(name: string, prompts: string[], run: (text: string) => unknown): Result {
  const bytes = prompts.reduce((n, p) => n + Buffer.byteLength(p), 0);
  for (const p of prompts) run(p);
  const passes = Array.from({ length: PASSES }, () => timedPass(prompts, bytes, run)).sort((a, b) => a.mbPerSecond - b.mbPerSecond);
  const median = passes[Math.floor(passes.length / 2)];
  return {
    name,
    prompts: prompts.length,
    bytes,
    passes: passes.length,
    ...median,
    minMbPerSecond: passes[0].mbPerSecond,
    maxMbPerSecond: passes[passes.length - 1].mbPerSecond,
  };
}

function format(r: Result): string {
  return `${r.name.padEnd(36)} prompts=${String(r.prompts).padStart(5)} MB=${(r.bytes / 1048576).toFixed(2).padStart(5)} MB/s=${r.mbPerSecond.toFixed(2).padStart(6)} (${r.minMbPerSecond.toFixed(1)}-${r.maxMbPerSecond.toFixed(1)} over ${r.passes} passes) p50=${r.p50Ms.toFixed(3)}ms p99=${r.p99Ms.toFixed(3)}ms`;
}

/** What each engine does to one prompt; each is measured in its own process. */
const ENGINES: Record<string, { label: string; subset: boolean; load: () => Promise<(text: string) => unknown> }> = {
  mask: { label: 'private-ai-jp guard (mask)', subset: false, load: async () => (t) => maskPersonalData(t) },
  screen: { label: 'private-ai-jp injection screen', subset: false, load: async () => (t) => screenInjection(t) },
  guard: { label: 'private-ai-jp guard (mask + screen)', subset: false, load: async () => (t) => [maskPersonalData(t), screenInjection(t)] },
  openredaction: {
    label: '@openredaction/openredaction',
    subset: true,
    load: async () => {
      const { OpenRedaction } = await import('@openredaction/openredaction');
      const engine = new OpenRedaction();
      return (t) => engine.detect(t);
    },
  },
  'redact-pii': {
    label: 'redact-pii (SyncRedactor)',
    subset: true,
    load: async () => {
      const { SyncRedactor } = await import('redact-pii');
      const engine = new SyncRedactor();
      return (t) => engine.redact(t);
    },
  },
};

/** Child mode: measure one engine and print its result as JSON. */
async function measureEngine(name: string): Promise<void> {
  const engine = ENGINES[name];
  const corpus = buildCorpus();
  // Peers are far slower: a deterministic ~350 KB subset keeps the run short; MB/s stays comparable.
  const prompts = engine.subset ? corpus.filter((_, i) => i % 16 === 0) : corpus;
  process.stdout.write(JSON.stringify(measure(engine.label, prompts, await engine.load())));
}

/**
 * Each engine runs in a fresh Node process: loading the peers (or the other half of the guard)
 * into the same process changes the JIT's view of shared builtins and skews the figures.
 */
function runEngine(name: string): Result {
  const out = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--engine', name], {
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.toString()) as Result;
}

/**
 * The scan CLI end to end, as `npm run scan` starts it (node scripts/scan.cjs: bundle, then plain
 * Node), on three 5.8 MB JSONL corpora of 100-300-character texts (short Japanese business texts,
 * the same denser in personal data, and mixed Japanese/English prompts), with one thread, with two
 * (the detection stages split between them) and, on more cores, with the CLI's default (the screen
 * and further first-stage work on threads of their own); wall and CPU time (all threads) of the
 * best of three runs per setting, with each thread's CPU time in that run. CPU time is the
 * figure to compare on a shared machine: wall time with two threads needs a second idle core.
 */
function runCliBench(): string {
  const root = path.resolve(__dirname, '../..');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-bench-'));
  const rows = [`scan CLI end to end (node scripts/scan.cjs, as npm run scan starts it; ${os.availableParallelism()} cores, load average ${os.loadavg()[0].toFixed(1)} at the start)`];
  // One and two threads everywhere; on more cores also what the CLI picks by default (up to 4).
  const jobSettings = [1, 2];
  if (os.availableParallelism() > 2) jobSettings.push(Math.min(os.availableParallelism(), 4));
  // One untimed run builds the cached bundle and V8's code cache.
  spawnSync(process.execPath, ['scripts/scan.cjs', '--input', '/dev/null'], { cwd: root });
  const corpora: Array<[string, string]> = [
    ['Japanese business texts', buildShortBusinessJsonl()],
    // Seven sentences in ten with personal data: about half of the texts hold a name found by the
    // guard, nearly all two or more other identifiers (measured: 69 % four or more; the default, 9 %).
    ['PII-dense Japanese business texts', buildShortBusinessJsonl(5.8 * 1024 * 1024, 23, 100, 300, 0.7)],
    ['mixed Japanese/English', buildShortTextsJsonl(5.8 * 1024 * 1024)],
  ];
  for (const [name, jsonl] of corpora) {
    const input = path.join(dir, 'short.jsonl');
    fs.writeFileSync(input, jsonl);
    const bytes = fs.statSync(input).size;
    const lines = jsonl.split('\n').length - 1;
    rows.push(`  ${name}: ${lines} texts of 100-300 characters, ${(bytes / 1048576).toFixed(2)} MB`);
    for (const jobs of jobSettings) {
      let best = { wall: Infinity, cpu: Infinity, threads: [] as string[] };
      for (let run = 0; run < 3; run++) {
        const t0 = process.hrtime.bigint();
        const r = spawnSync(process.execPath, [path.join(__dirname, 'cli-cpu.cjs'), '--format', 'jsonl', '--input', input, '--output', path.join(dir, 'out.jsonl'), '--jobs', String(jobs)], {
          cwd: root,
          stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
          // Each thread's CPU time and stages, on stderr.
          env: { ...process.env, PRIVATE_AI_JP_SCAN_THREADS: '1' },
        });
        const wall = Number(process.hrtime.bigint() - t0) / 1e9;
        if (r.status !== 0) throw new Error(`scan exited ${r.status}: ${r.stderr}`);
        const cpu = (JSON.parse(String(r.output[3])) as { cpuMs: number }).cpuMs / 1000;
        const threads = String(r.stderr).split('\n').filter((l) => /^scan: .*(?:thread|worker) /.test(l)).map((l) => l.slice('scan: '.length));
        if (wall < best.wall) best = { wall, cpu, threads };
      }
      const what = jobs === 1 ? 'one thread ' : `${jobs} threads`;
      rows.push(`    --jobs ${jobs} (${what}): ${(bytes / 1048576 / best.wall).toFixed(1).padStart(4)} MB/s end to end (${best.wall.toFixed(2)} s wall, ${best.cpu.toFixed(2)} s CPU; best of 3)`);
      // The rest of the CPU time is V8's compiler and garbage collector on their own threads, and start-up.
      for (const t of best.threads) rows.push(`      ${t}`);
    }
  }
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, ['scripts/scan.cjs', '--input', '/dev/null'], { cwd: root });
  rows.push(`  start-up (bundle + Node + guard init, empty input): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms`);
  fs.rmSync(dir, { recursive: true, force: true });
  return rows.join('\n');
}

async function main(): Promise<void> {
  const write = (line: string) => process.stdout.write(line + '\n');
  const corpus = buildCorpus();
  const corpusBytes = corpus.reduce((a, p) => a + Buffer.byteLength(p), 0);
  write(`corpus: ${corpus.length} prompts of ~4 KB, ${(corpusBytes / 1048576).toFixed(2)} MB mixed Japanese/English (seeded), node ${process.version}, single thread, one process per engine, median of ${PASSES} timed passes after a warm-up pass`);

  const ours = runEngine('mask');
  write(format(ours));
  write(format(runEngine('screen')));
  const guard = runEngine('guard');
  write(format(guard));

  const peers = [runEngine('openredaction'), runEngine('redact-pii')];
  for (const p of peers) write(format(p));
  const best = peers.reduce((a, b) => (a.mbPerSecond >= b.mbPerSecond ? a : b));
  for (const p of peers) write(`ratio vs ${p.name}: masking throughput ${(ours.mbPerSecond / p.mbPerSecond).toFixed(1)}x, p99 latency ${(p.p99Ms / ours.p99Ms).toFixed(1)}x lower`);
  write(`targets (masking): throughput >= 20 MB/s: ${ours.mbPerSecond >= 20 ? 'met' : 'NOT met'} (${ours.mbPerSecond.toFixed(1)}); >= 50x best peer (${best.name}): ${ours.mbPerSecond / best.mbPerSecond >= 50 ? 'met' : 'NOT met'} (${(ours.mbPerSecond / best.mbPerSecond).toFixed(1)}x); p99 <= 1 ms: ${ours.p99Ms <= 1 ? 'met' : 'NOT met'} (${ours.p99Ms.toFixed(3)} ms)`);
  write('');
  write(formatJapaneseQuality(measureJapaneseQuality()));
  write('');
  write(formatBusinessQuality(measureBusinessQuality()));
  write(formatNameFamilies(measureNameFamilies()));
  write(formatIdentifierFamilies(measureIdentifierFamilies()));
  write('');
  write(runCliBench());
  write('');
  write(measureInjectionQuality());
  write('');
  write(await runChatOverheadBench());
  write('');
  write(await runStreamBench());
}

const engineArg = process.argv.indexOf('--engine');
if (process.argv.includes('--cli-only')) {
  // Only the scan CLI figures: npx tsx test/bench/run.ts --cli-only
  process.stdout.write(runCliBench() + '\n');
  process.exit(0);
}
(engineArg > 0 ? measureEngine(process.argv[engineArg + 1]) : main()).catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
