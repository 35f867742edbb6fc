import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');

test('bin/app.ts fails before synthesizing when the SCP would exceed 5,120 characters, naming the fields', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paj-scp-'));
  try {
    const file = path.join(dir, 'config.json');
    const extraGlobalActions = Array.from({ length: 50 }, (_, i) => `service${i}abcdefghijklmnopqrstuvwxyz:SomeVeryLongActionName${i}`);
    fs.writeFileSync(file, JSON.stringify({ governance: { scp: { extraGlobalActions } } }));
    const outdir = path.join(dir, 'out');
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'bin', 'app.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CDK_OUTDIR: outdir, CDK_CONTEXT_JSON: JSON.stringify({ config: file }) },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/The Japan-residency SCP is \d+ characters; AWS Organizations accepts at most 5120\. Shorten governance\.scp\.extraGlobalActions/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(outdir, 'manifest.json'))).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
