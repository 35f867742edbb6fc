import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildEvidenceReport } from '../../lib/report/build-report';
import { renderHtml } from '../../lib/report/render/html';
import { renderMarkdown } from '../../lib/report/render/markdown';
import { assemblyHash, gitState } from '../../lib/report/source';
import { key, model, stack } from './synthetic';

const ROOT = path.join(__dirname, '..', '..');

describe('the report says what it was built from', () => {
  const m = model(stack('Foundation', { K: key() }), stack('Audit', { K2: key(false) }));

  test('the assembly hash depends on the templates only: same templates, same hash; one property changed, another', () => {
    const again = model(stack('Audit', { K2: key(false) }), stack('Foundation', { K: key() }));
    expect(assemblyHash(again)).toBe(assemblyHash(m));
    expect(assemblyHash(m)).toMatch(/^[0-9a-f]{64}$/);
    expect(assemblyHash(model(stack('Foundation', { K: key(false) }), stack('Audit', { K2: key(false) })))).not.toBe(assemblyHash(m));
  });

  test('commit, config file and hash are printed at the top of both documents, byte-identical for the same input', () => {
    const options = { commit: 'a'.repeat(40), configFile: 'config/prod.json' };
    const report = buildEvidenceReport(m, options);
    expect(report.source).toEqual({ assemblySha256: assemblyHash(m), commit: 'a'.repeat(40), configFile: 'config/prod.json' });
    const md = renderMarkdown(report);
    expect(md).toContain(`Built from: commit ${'a'.repeat(40)}; config file config/prod.json; templates SHA-256 ${assemblyHash(m)}`);
    expect(md).toContain(`作成元: コミット ${'a'.repeat(40)}; 設定ファイル config/prod.json; テンプレートの SHA-256 ${assemblyHash(m)}`);
    expect(renderMarkdown(buildEvidenceReport(m, options))).toBe(md);
    expect(renderHtml(buildEvidenceReport(m, options))).toBe(renderHtml(report));
  });

  test('without a commit or config file it says so, and uncommitted changes are marked', () => {
    expect(renderMarkdown(buildEvidenceReport(m))).toContain('Built from: no git commit (not a repository); config file (none: cdk.json only);');
    expect(renderMarkdown(buildEvidenceReport(m, { commit: 'b'.repeat(40), uncommittedChanges: true }))).toContain(`commit ${'b'.repeat(40)} (with uncommitted changes to tracked files)`);
  });

  test('gitState reads the repository, and gives nothing (no error) outside one', () => {
    const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
    if (head.status === 0) expect(gitState(ROOT).commit).toBe(head.stdout.trim());
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'no-repo-'));
    try {
      expect(gitState(outside)).toEqual({});
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('a failed synth leaves no report behind', () => {
  test('bin/app.ts removes <outdir>/evidence before synthesizing, so a rejected config leaves none', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'failed-synth-'));
    try {
      fs.mkdirSync(path.join(outdir, 'evidence'));
      fs.writeFileSync(path.join(outdir, 'evidence', 'report.md'), 'a report of an earlier synth');
      const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['bin/app.ts'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CDK_OUTDIR: outdir, CDK_CONTEXT_JSON: JSON.stringify({ privateAiJp: { account: '1', region: 'ap-northeast-1' } }) },
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('account');
      expect(fs.existsSync(path.join(outdir, 'evidence'))).toBe(false);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  }, 60_000);
});

