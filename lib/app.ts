import { type App, Tags } from 'aws-cdk-lib';
import type { DeploymentConfig } from './config';
import { applyPolicyGate } from './nag/policy-gate';
import { FoundationStack } from './stacks/foundation-stack';

export interface KitStacks {
  readonly foundation: FoundationStack;
}

export interface CreateStacksOptions {
  /** Run the policy gate (nag packs, template validation). @default true */
  readonly policyGate?: boolean;
}

/** Build every stack of the kit for one deployment config. */
export function createStacks(app: App, config: DeploymentConfig, options: CreateStacksOptions = {}): KitStacks {
  const env = { account: config.account, region: config.region };
  const foundation = new FoundationStack(app, `${config.prefix}-Foundation`, {
    env,
    config,
    description: 'private-ai-jp foundation: KMS keys, isolated VPC with endpoints, access-log bucket (Tokyo)',
    terminationProtection: config.retainData,
  });

  for (const [key, value] of Object.entries(config.tags)) Tags.of(app).add(key, value);
  if (options.policyGate !== false) applyPolicyGate(app, config);
  return { foundation };
}
