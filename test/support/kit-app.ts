import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, type AppProps } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { type KitStacks, createStacks } from '../../lib/app';
import { type DeploymentConfig, type DeploymentConfigInput, parseConfig } from '../../lib/config';

export interface KitAppOptions {
  /** Run the policy gate (nag packs + template validation). @default false */
  readonly policyGate?: boolean;
  /** Bundle Lambda code with esbuild. @default false (tests that do not need the asset skip it) */
  readonly bundle?: boolean;
}

export interface KitApp {
  readonly app: App;
  readonly config: DeploymentConfig;
  readonly stacks: KitStacks;
}

/** The feature flags and context of `cdk.json`, so tests synthesize what `cdk synth` does. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'cdk.json'), 'utf8'));
  return cdkJson.context ?? {};
}

/** An App with the project's cdk.json context; Lambda bundling skipped unless asked for. */
export function newTestApp(options: { bundle?: boolean } & AppProps = {}): App {
  const { bundle, context, ...rest } = options;
  return new App({
    builtinCloudFormationValidation: false,
    ...rest,
    // An empty bundling-stacks list makes NodejsFunction skip esbuild (a placeholder asset is used).
    context: { ...cdkJsonContext(), ...(bundle ? {} : { 'aws:cdk:bundling-stacks': [] }), ...context },
  });
}

/** Build the kit's stacks for a config override, without bundling Lambda assets. */
export function buildKit(overrides: DeploymentConfigInput = {}, options: KitAppOptions = {}): KitApp {
  const app = newTestApp({ bundle: options.bundle });
  const config = parseConfig(overrides);
  const stacks = createStacks(app, config, { policyGate: options.policyGate ?? false });
  return { app, config, stacks };
}

/** Template of one stack of a freshly built kit. */
export function templateOf(stack: Parameters<typeof Template.fromStack>[0]): Template {
  return Template.fromStack(stack);
}

/** Build and synthesize the whole kit under the policy gate; throws with the findings on failure. */
export function synthWithGate(overrides: DeploymentConfigInput = {}): App {
  const { app } = buildKit(overrides, { policyGate: true });
  app.synth();
  return app;
}
