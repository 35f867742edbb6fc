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
// V8's code cache for the bundle (Node 22+): later starts skip parsing and compiling 2 MB of JavaScript.
require('node:module').enableCompileCache?.(path.join(os.tmpdir(), 'private-ai-jp-scan-cache'));
// A run of a few megabytes spends about a third of its CPU in V8's optimizing compiler (on
// background threads that compete with the scanning ones on two cores). Half of V8's default
// inlining budget cuts that compile time by about a sixth without slowing the compiled code
// measurably (bench: scan CLI). Set before any of the guard is compiled, on the V8 versions known
// to have the option (an unknown one would only print a warning).
const v8Major = Number(process.versions.v8.split('.')[0]);
if (v8Major >= 10 && v8Major <= 13) require('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');

/**
 * Whether the CLI will run on two threads (bin/scan.ts decides: --jobs 2, or a JSONL input file
 * over 512 KB on two or more cores without --jobs). Only a hint: a worker started here and not
 * used is simply left behind (it does not keep the process alive).
 */
function wantsFirstStageWorker(argv) {
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
  if (format !== 'jsonl') return false;
  if (jobs !== undefined) return jobs === '2';
  if (input === undefined) return false;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  try {
    return cores >= 2 && fs.statSync(input).size > 512 * 1024;
  } catch {
    return false;
  }
}

// The two-thread pipeline's worker loads the guard too: start it now, so that its start-up
// overlaps this thread's instead of following it.
if (wantsFirstStageWorker(process.argv.slice(2))) {
  const { Worker } = require('node:worker_threads');
  const worker = new Worker(file, { workerData: { role: 'first-stage' } });
  worker.unref();
  // Until bin/scan.ts takes it over (and listens itself), a failure to start is its to report.
  worker.on('error', () => {});
  globalThis[Symbol.for('private-ai-jp.scan.first-stage-worker')] = worker;
}
require(file);
