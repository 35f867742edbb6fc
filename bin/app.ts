#!/usr/bin/env node
import { App } from 'aws-cdk-lib';
import { ConfigError, loadConfig } from '../lib/config';
import { createStacks } from '../lib/app';

const app = new App({ builtinCloudFormationValidation: false });
try {
  createStacks(app, loadConfig((key) => app.node.tryGetContext(key)));
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
}
app.synth();
