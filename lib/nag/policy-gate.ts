import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, NIST80053R5Checks } from 'cdk-nag';
import type { DeploymentConfig } from '../config';
import { ResidencyChecks } from './residency-checks';
import { StrictTemplateValidation } from './strict-template-validation';

/**
 * The policy gate that runs on every synth: AWS Solutions, NIST 800-53 rev 5, the kit's
 * residency pack and strict template validation. Any unacknowledged finding fails synth.
 * Acknowledgments are also written into template metadata (`cdk_nag.rules_to_suppress`)
 * so a reviewer, and the evidence report, can read the ledger from `cdk.out`.
 */
export function applyPolicyGate(app: App, config: DeploymentConfig): void {
  const packProps = { writeSuppressionsToCloudFormation: true };
  Validations.of(app).addPlugins(
    new AwsSolutionsChecks(app, packProps),
    new NIST80053R5Checks(app, packProps),
    new ResidencyChecks(app, {
      ...packProps,
      allowOsaka: config.allowOsaka,
      minLogRetentionDays: config.retention.logDays < config.retention.auditDays ? config.retention.logDays : config.retention.auditDays,
    }),
    new StrictTemplateValidation(),
  );
}
