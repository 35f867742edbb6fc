import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');

/** Module specifiers of every static import/export, dynamic import() and require() in a source text. */
function specifiersOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1]);
  return found;
}

/** The repository file a relative specifier names, or undefined for packages. */
function resolveRelative(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return base;
}

function tsFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

/** Every repository file reachable by imports from the entry files, with the import chain that reaches it. */
function reachable(entries: string[]): Map<string, string[]> {
  const chains = new Map<string, string[]>(entries.map((e) => [e, [rel(e)]]));
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    if (!file.endsWith('.ts') || !fs.existsSync(file)) continue;
    for (const spec of specifiersOf(fs.readFileSync(file, 'utf8'))) {
      const target = resolveRelative(file, spec);
      if (target === undefined || chains.has(target)) continue;
      chains.set(target, [...chains.get(file)!, rel(target)]);
      queue.push(target);
    }
  }
  return chains;
}

describe('infrastructure never loads runtime code', () => {
  it('finds every import form the check relies on', () => {
    const source = [
      "import { a } from '../../lambda/x';",
      "import type { B } from '../lambda/y';",
      "export * from './z';",
      "export { c } from \"./w\";",
      "import './side-effect';",
      "const m = await import('./dyn');",
      "const r = require('./req');",
      "import * as cdk from 'aws-cdk-lib';",
    ].join('\n');
    expect(specifiersOf(source).sort()).toEqual(['../../lambda/x', '../lambda/y', './dyn', './req', './side-effect', './w', './z', 'aws-cdk-lib'].sort());
  });

  it('no file under lib/ nor bin/app.ts reaches lambda/, directly or through another module', () => {
    const entries = [path.join(root, 'bin', 'app.ts'), ...tsFilesUnder(path.join(root, 'lib'))];
    const lambdaDir = path.join(root, 'lambda') + path.sep;
    const violations = [...reachable(entries)].filter(([file]) => file.startsWith(lambdaDir)).map(([, chain]) => chain.join(' -> '));
    expect(violations).toEqual([]);
  });

  it('contracts/ imports nothing but itself and zod/mini', () => {
    const contractsDir = path.join(root, 'contracts');
    const outside: string[] = [];
    for (const file of tsFilesUnder(contractsDir)) {
      for (const spec of specifiersOf(fs.readFileSync(file, 'utf8'))) {
        const target = resolveRelative(file, spec);
        const ok = target === undefined ? spec === 'zod/mini' : target.startsWith(contractsDir + path.sep);
        if (!ok) outside.push(`${rel(file)} imports ${spec}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
