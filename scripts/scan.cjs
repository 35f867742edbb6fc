#!/usr/bin/env node
/**
 * `npm run scan` entry: bundles bin/scan.ts with esbuild into one CommonJS file (cached in the
 * OS temp directory under the bundle's hash) and runs it with plain Node. Compiling TypeScript
 * on the fly at every start would cost more than scanning a few megabytes of text.
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const esbuild = require('esbuild');

const result = esbuild.buildSync({
  entryPoints: [path.join(__dirname, '..', 'bin', 'scan.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  write: false,
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;
const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 16);
const file = path.join(os.tmpdir(), `private-ai-jp-scan-${hash}.cjs`);
if (!fs.existsSync(file)) {
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, code);
  fs.renameSync(partial, file);
}
require(file);
