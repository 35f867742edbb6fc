import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertSupportedNode } from './node-version';

/**
 * Jest global setup: every temporary directory a test run makes (each App's cdk.out, CLI runs,
 * scan files) goes under one root, which global-teardown.ts removes, so repeated runs on a CI
 * machine do not fill its temp directory. Workers inherit the environment.
 */
export const ROOT_VARIABLE = 'PRIVATE_AI_JP_TEST_TMP';
export const ROOT_PREFIX = 'private-ai-jp-test-';

export default function setup(): void {
  assertSupportedNode();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), ROOT_PREFIX));
  process.env[ROOT_VARIABLE] = root;
  process.env.TMPDIR = root;
  process.env.TMP = root;
  process.env.TEMP = root;
}
