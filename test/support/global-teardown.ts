import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT_PREFIX, ROOT_VARIABLE } from './global-setup';

/** Jest global teardown: removes the temporary root global-setup.ts made. */
export default function teardown(): void {
  const root = process.env[ROOT_VARIABLE];
  if (root !== undefined && path.basename(root).startsWith(ROOT_PREFIX)) fs.rmSync(root, { recursive: true, force: true });
}
