import * as fs from 'node:fs';
import * as path from 'node:path';

/** The lowest Node.js major version package.json's `engines.node` (">=N") admits. */
export function requiredNodeMajor(packageJsonPath = path.join(__dirname, '..', '..', 'package.json')): number {
  const range = JSON.parse(fs.readFileSync(packageJsonPath, 'utf8')).engines?.node;
  const match = typeof range === 'string' ? /^>=\s*(\d+)(\.\d+){0,2}$/.exec(range.trim()) : null;
  if (!match) throw new Error(`package.json engines.node must read ">=N", got ${JSON.stringify(range)}`);
  return Number(match[1]);
}

/**
 * Fail the run when the tests run on an older Node.js than users must have. `npm test` puts
 * node_modules/.bin first on PATH, so jest (`#!/usr/bin/env node`) runs on the `node` devDependency
 * even where the machine's own Node.js is older; a plain `npx jest` outside npm might not.
 */
export function assertSupportedNode(version = process.versions.node, required = requiredNodeMajor()): void {
  const major = Number(version.split('.')[0]);
  if (!(major >= required)) {
    throw new Error(`The tests run on Node.js ${version}, but the kit requires ${required} or later (package.json engines). Run them with \`npm test\`, which uses the node devDependency in node_modules/.bin.`);
  }
}
