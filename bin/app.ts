#!/usr/bin/env node
import { App } from 'aws-cdk-lib';
import { createStacks } from '../lib/app';
import { ConfigError, loadConfig } from '../lib/config';
import { residencyScpFor, writeGovernanceArtefacts } from '../lib/governance/write-governance';
import { writeEvidenceReport } from '../lib/report';

const app = new App({ builtinCloudFormationValidation: false });
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
// The gate passed: write the evidence report beside the templates (cdk.out/evidence/).
writeEvidenceReport(app.outdir);
