import fc from 'fast-check';

/**
 * Property tests run on a fixed seed by default, so `npm test` checks the same cases on every
 * machine and a CI result can be reproduced. `npm run test:fuzz` explores new seeds
 * (FC_SEED=random, or a number to replay the seed a failure printed).
 */
const requested = process.env.FC_SEED;
if (requested !== 'random') {
  const seed = requested === undefined || requested === '' ? 20261122 : Number(requested);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got "${requested}"`);
  fc.configureGlobal({ seed });
}
