#!/usr/bin/env node
import * as fs from 'node:fs';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { createStacks } from '../lib/app';
import { ConfigError, loadConfig } from '../lib/config';
import { residencyScpFor, writeGovernanceArtefacts } from '../lib/governance/write-governance';
import { CONFIG_FILE_CONTEXT_KEY } from '../lib/config/load';
import { EVIDENCE_DIR, writeEvidenceReport } from '../lib/report';
import { configFileLabel, gitState } from '../lib/report/source';

const app = new App({ builtinCloudFormationValidation: false });
// A report left from an earlier synth must never sit beside templates it does not describe:
// it goes before this synth starts, and is only written again once the gate has passed.
fs.rmSync(path.join(app.outdir, EVIDENCE_DIR), { recursive: true, force: true });
try {
  const config = loadConfig((key) => app.node.tryGetContext(key));
  // The SCP must fit AWS Organizations' size limit: checked before anything is synthesized.
  residencyScpFor(config);
  createStacks(app, config);
  app.synth();
  // The organization's Japan-residency SCP (cdk.out/governance/); fails on the 5,120-character limit.
  writeGovernanceArtefacts(app.outdir, config);
} catch (e) {
  // Config errors and policy-gate failures are reported without a stack trace.
  if (!(e instanceof ConfigError) && !/Validation failed/.test(String((e as Error)?.message))) throw e;
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}
// The gate passed: write the evidence report beside the templates (cdk.out/evidence/), stamped
// with the commit and config file it was built from.
const configFile = app.node.tryGetContext(CONFIG_FILE_CONTEXT_KEY);
writeEvidenceReport(app.outdir, {
  ...gitState(process.cwd()),
  ...(typeof configFile === 'string' ? { configFile: configFileLabel(configFile) } : {}),
});
