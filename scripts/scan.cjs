#!/usr/bin/env node
/**
 * `npm run scan` entry: bundles bin/scan.ts with esbuild into one CommonJS file and runs it with
 * plain Node. Compiling TypeScript on the fly at every start would cost more than scanning a few
 * megabytes of text. The bundle is cached in the OS temp directory under a key made of the
 * sources' paths, sizes and modification times, so an unchanged tree starts without esbuild.
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
// Everything bin/scan.ts can import: the guard, the config schema, the shared contracts.
const SOURCE_DIRS = ['bin', 'lambda', path.join('lib', 'config'), 'contracts'];

function sourceKey() {
  const hash = crypto.createHash('sha256');
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(?:ts|json|cjs|mjs|js)$/.test(e.name)) {
        const st = fs.statSync(full);
        hash.update(`${full}\0${st.size}\0${st.mtimeMs}\n`);
      }
    }
  };
  for (const d of SOURCE_DIRS) walk(path.join(root, d));
  hash.update(process.version);
  return hash.digest('hex').slice(0, 16);
}

const file = path.join(os.tmpdir(), `private-ai-jp-scan-${sourceKey()}.cjs`);
if (!fs.existsSync(file)) {
  const result = require('esbuild').buildSync({
    entryPoints: [path.join(root, 'bin', 'scan.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, result.outputFiles[0].text);
  fs.renameSync(partial, file);
}
// A run of a few megabytes spends about a third of its CPU in V8's optimizing compiler (on
// background threads that compete with the scanning ones on two cores). Half of V8's default
// inlining budget cuts that compile time by about a sixth without slowing the compiled code
// measurably (bench: scan CLI). Set before any of the guard is compiled, on the V8 versions known
// to have the option (an unknown one would only print a warning), and before the code cache is
// opened: Node keeps one cache directory per set of V8 flags, and one opened under the default
// flags would hold code compiled under these, rejected (and written again) by any run whose
// flags differ.
//
// Regular expressions: V8 first runs each one in its bytecode interpreter and compiles it to
// machine code only after it has run a while (regexp tier-up). The guard runs a few hundred
// long alternations once per text, so most are compiled anyway, and interpreting them first costs
// more than compiling them at once (about 0.1 s of CPU per thread on a few megabytes: bench, scan
// CLI). Maglev (V8's mid-tier compiler, on by default from Node 22) compiles the same hot
// functions TurboFan compiles a moment later; on short runs that is background CPU taken from the
// scanning threads on two cores.
const v8Major = Number(process.versions.v8.split('.')[0]);
if (v8Major >= 10 && v8Major <= 13) {
  const v8 = require('node:v8');
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');
  v8.setFlagsFromString('--no-regexp-tier-up');
  if (v8Major >= 11) v8.setFlagsFromString('--no-maglev');
}
// V8's code cache for the bundle (Node 22+): later starts skip parsing and compiling 2.5 MB of
// JavaScript. The worker threads open it through the environment (they do not run this file, and
// without it each compiled the bundle afresh).
const cacheDir = path.join(os.tmpdir(), 'private-ai-jp-scan-cache');
if (require('node:module').enableCompileCache?.(cacheDir) !== undefined) process.env.NODE_COMPILE_CACHE ??= cacheDir;

/**
 * How many threads the CLI will run on (bin/scan.ts decides: --jobs N, or for a JSONL input file
 * over 512 KB the cores available, at most 4). Only a hint: a worker started here and not used
 * is simply left behind (it does not keep the process alive) or ended by bin/scan.ts.
 */
/** The cores this process may use, counted as bin/scan.ts counts them (CPUs, fewer under a CPU quota). */
function availableCores() {
  const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const read = (f) => {
    try {
      return fs.readFileSync(f, 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  const v2 = read('/sys/fs/cgroup/cpu.max')?.split(/\s+/);
  const [quota, period] = v2 ? [Number(v2[0]), Number(v2[1])] : [Number(read('/sys/fs/cgroup/cpu/cpu.cfs_quota_us')), Number(read('/sys/fs/cgroup/cpu/cpu.cfs_period_us'))];
  return quota > 0 && period > 0 ? Math.max(1, Math.min(cpus, Math.floor(quota / period))) : cpus;
}

function expectedThreads(argv) {
  let format = 'jsonl';
  let input;
  let jobs;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => (eq > 0 ? arg.slice(eq + 1) : argv[++i]);
    if (flag === '--format') format = value();
    else if (flag === '--input') input = value();
    else if (flag === '--jobs') jobs = value();
    else if (flag === '--output' || flag === '--config' || flag === '--group') value();
  }
  if (format !== 'jsonl') return 1;
  if (jobs !== undefined) return /^(?:[1-9]|1[0-6])$/.test(jobs) ? Number(jobs) : 1;
  if (input === undefined) return 1;
  const cores = availableCores();
  try {
    return cores >= 2 && fs.statSync(input).size > 512 * 1024 ? Math.min(cores, 4) : 1;
  } catch {
    return 1;
  }
}

// The stage workers load the guard too: start them now, so that their start-up overlaps this
// thread's instead of following it.
const threads = expectedThreads(process.argv.slice(2));
if (threads > 1) {
  const { Worker } = require('node:worker_threads');
  const workers = [];
  for (let i = 1; i < threads; i++) {
    const worker = new Worker(file);
    worker.unref();
    // Until bin/scan.ts takes it over (and listens itself), a failure to start is its to report.
    worker.on('error', () => {});
    workers.push(worker);
  }
  globalThis[Symbol.for('private-ai-jp.scan.stage-workers')] = workers;
}
require(file);
