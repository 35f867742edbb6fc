/**
 * Property tests on fresh random seeds (`npm run test:fuzz [rounds]`). The default `npm test`
 * runs them on one fixed seed; this explores further and prints the seed of any failure so it
 * can be replayed with `FC_SEED=<seed> npx jest <file>`.
 */
import { spawnSync } from 'node:child_process';

const rounds = Number(process.argv[2] ?? 20);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`rounds must be a positive integer, got "${process.argv[2]}"`);
  process.exit(2);
}
const PROPERTY_SUITES = ['properties', 'fast-paths-equivalence', 'fast-path', 'typed-evasions'];
let failed = 0;
for (let round = 1; round <= rounds; round++) {
  const seed = Math.floor(Math.random() * 2 ** 31);
  const started = Date.now();
  const run = spawnSync('npx', ['jest', '--silent', '--testPathPatterns', PROPERTY_SUITES.join('|')], {
    env: { ...process.env, FC_SEED: String(seed) },
    encoding: 'utf8',
  });
  const ok = run.status === 0;
  if (!ok) failed++;
  console.log(`round ${round}/${rounds} seed ${seed}: ${ok ? 'pass' : 'FAIL'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) console.log(run.stdout + run.stderr);
}
console.log(`${rounds - failed}/${rounds} rounds passed`);
process.exit(failed === 0 ? 0 : 1);
