import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Jest global setup and teardown: every temporary directory a test run makes (each App's
 * cdk.out, CLI runs, scan files) goes under one root that is removed afterwards, so repeated
 * runs on a CI machine do not fill its temp directory. Workers inherit the environment.
 */
const ROOT_VARIABLE = 'PRIVATE_AI_JP_TEST_TMP';

export function setup(): void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'private-ai-jp-test-'));
  process.env[ROOT_VARIABLE] = root;
  process.env.TMPDIR = root;
  process.env.TMP = root;
  process.env.TEMP = root;
}

export function teardown(): void {
  const root = process.env[ROOT_VARIABLE];
  if (root !== undefined && path.basename(root).startsWith('private-ai-jp-test-')) fs.rmSync(root, { recursive: true, force: true });
}
