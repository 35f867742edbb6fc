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
require(file);
