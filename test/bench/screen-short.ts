/**
 * The injection screen's cost per short text (100-300 characters, as the scan CLI's corpora):
 * `npx tsx test/bench/screen-short.ts`. Prints CPU microseconds per text of screenInjection on
 * the bench's short-text corpora (corpus.ts: business text, its PII-dense variant, mixed
 * Japanese/English) and on 4 KB prompts: over the first 2,000 texts, over the first pass (each
 * text once, as the CLI runs it, JIT warm-up included) and at steady state (the best of four more
 * rounds). Each corpus runs in a process of its own, bundled and started with the scan CLI's V8
 * flags (scripts/scan.cjs), so one corpus' warm-up does not help the next. CPU time is the
 * process's, background compiler threads included. Numbers only: nothing is asserted.
 * SCREEN_MODULE=<path of another copy of lambda/guard/injection> measures that copy instead (A/B runs).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { buildCorpus, buildShortBusinessJsonl, buildShortTextsJsonl } from './corpus';

/** The driver, run in the child: reads one JSONL corpus, screens every text, prints the figures. */
const DRIVER = `
import { readFileSync } from 'node:fs';
import { screenInjection } from ${JSON.stringify(process.env.SCREEN_MODULE ?? path.resolve(__dirname, '../../lambda/guard/injection'))};
const texts = readFileSync(process.argv[2], 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l).text);
const cpu = () => { const u = process.cpuUsage(); return u.user + u.system; };
let t0 = cpu();
let first2k = 0;
for (let i = 0; i < texts.length; i++) {
  screenInjection(texts[i]);
  if (i === 1999) first2k = (cpu() - t0) / 2000;
}
const firstPass = (cpu() - t0) / texts.length;
let steady = Infinity;
for (let r = 0; r < 4; r++) {
  t0 = cpu();
  for (const t of texts) screenInjection(t);
  steady = Math.min(steady, (cpu() - t0) / texts.length);
}
console.log(JSON.stringify({ texts: texts.length, first2k, firstPass, steady }));
`;

/** The scan CLI's V8 flags (scripts/scan.cjs sets them the same way, on the same versions). */
function cliFlags(): string[] {
  const major = Number(process.versions.v8.split('.')[0]);
  if (major < 10 || major > 13) return [];
  return ['--max-inlined-bytecode-size-cumulative=460', '--no-regexp-tier-up', ...(major >= 11 ? ['--no-maglev'] : [])];
}

function main(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'screen-short-'));
  try {
    writeFileSync(path.join(dir, 'driver.ts'), DRIVER);
    const bundle = path.join(dir, 'driver.cjs');
    buildSync({ entryPoints: [path.join(dir, 'driver.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning' });
    const prompts = buildCorpus(1.5 * 1024 * 1024)
      .map((text, i) => JSON.stringify({ id: `p${i}`, text }))
      .join('\n');
    const corpora: [string, string][] = [
      ['short business text (ja)', buildShortBusinessJsonl(2.5 * 1024 * 1024)],
      ['short business text, PII-dense', buildShortBusinessJsonl(2.5 * 1024 * 1024, 13, 100, 300, 0.7)],
      ['short mixed ja/en texts', buildShortTextsJsonl(2.5 * 1024 * 1024)],
      ['4 KB prompts', prompts],
    ];
    console.log('injection screen, CPU us per text (first 2,000 / first pass / steady):');
    for (const [name, jsonl] of corpora) {
      const file = path.join(dir, 'corpus.jsonl');
      writeFileSync(file, jsonl);
      const r = spawnSync(process.execPath, [...cliFlags(), bundle, file], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
      const m = JSON.parse(r.stdout.trim().split('\n').pop()!) as { texts: number; first2k: number; firstPass: number; steady: number };
      const f = (x: number) => (x > 0 ? x.toFixed(1) : '-');
      console.log(`  ${name.padEnd(32)} ${String(m.texts).padStart(6)} texts  ${f(m.first2k).padStart(7)} ${f(m.firstPass).padStart(7)} ${f(m.steady).padStart(7)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
