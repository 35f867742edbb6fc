import { App } from 'aws-cdk-lib';
import { type DeploymentConfigInput, parseConfig } from '../../lib/config';
import { applyPolicyGate } from '../../lib/nag/policy-gate';
import { ApiStack } from '../../lib/stacks/api-stack';
import { FoundationStack } from '../../lib/stacks/foundation-stack';
import { IdentityStack } from '../../lib/stacks/identity-stack';

/**
 * Synthesize only the foundation, identity and API stacks under the full policy gate (nag
 * packs, residency pack, strict template validation); throws with the findings on failure.
 * Building just these stacks keeps the test about them and fast.
 */
export function gateMyStacks(overrides: DeploymentConfigInput = {}): App {
  const app = new App({ builtinCloudFormationValidation: false, context: { 'aws:cdk:bundling-stacks': [] } });
  const config = parseConfig(overrides);
  const env = { account: config.account, region: config.region };
  const foundation = new FoundationStack(app, `${config.prefix}-Foundation`, {
    env,
    config,
    extraInterfaceEndpoints: config.edge.api.endpointType === 'private' ? ['execute-api'] : [],
  });
  const identity = new IdentityStack(app, `${config.prefix}-Identity`, { env, config });
  new ApiStack(app, `${config.prefix}-Api`, {
    env,
    config,
    keys: foundation.keys,
    network: foundation.network,
    userPool: identity.directory.userPool,
  });
  applyPolicyGate(app, config);
  app.synth();
  return app;
}
