import type { App, Stack } from 'aws-cdk-lib';
import type { DeploymentConfig } from '../config';
import { HOME_REGION } from '../config/sections/core';
import type { AuditReplication } from '../constructs/audit-replication';
import type { DriftRules } from '../constructs/drift-rules';
import type { AuditStack } from '../stacks/audit-stack';
import { OrganizationPolicyStack } from '../stacks/governance-stack';
import { OsakaRecoveryStack } from '../stacks/resilience-stack';
import { type OsakaRecoveryNames, osakaRecoveryNames } from './osaka-recovery-names';

export interface OsakaRecovery {
  readonly stack: OsakaRecoveryStack;
  readonly names: OsakaRecoveryNames;
  /** What the conversation table needs for its Osaka replica. */
  readonly tableReplica: { readonly region: string; readonly keyArn: string };
}

/** The Osaka recovery stack, when `resilience.osaka.enabled`. */
export function createOsakaRecovery(app: App, config: DeploymentConfig): OsakaRecovery | undefined {
  if (!config.resilience.osaka.enabled) return undefined;
  const names = osakaRecoveryNames(config.prefix, config.account);
  const stack = new OsakaRecoveryStack(app, names.stackName, {
    env: { account: config.account, region: names.region },
    config,
    description: 'private-ai-jp recovery: Osaka key, object-locked replica of the audit bucket, key of the conversation-table replica (Osaka)',
    terminationProtection: config.retainData,
  });
  return { stack, names, tableReplica: { region: names.region, keyArn: names.keyAliasArn } };
}

export interface GovernanceStacks {
  readonly organizationPolicy?: OrganizationPolicyStack;
  readonly driftRules?: DriftRules;
  readonly auditReplication?: AuditReplication;
}

/**
 * The optional governance parts across the kit's stacks: the Tokyo stacks wait for the Osaka
 * recovery stack they name, and the SCP stack for the management account is added. (The audit
 * stack builds its own replication to Osaka and drift rules.)
 */
export function addGovernance(
  app: App,
  config: DeploymentConfig,
  kit: { readonly audit: AuditStack; readonly dependents: readonly Stack[]; readonly osaka?: OsakaRecovery },
): GovernanceStacks {
  const { audit, osaka } = kit;
  if (osaka) {
    // The replica bucket and the Osaka key must exist before Tokyo refers to them by name.
    for (const stack of kit.dependents) stack.addStackDependency(osaka.stack, 'refers to the Osaka recovery key and replica bucket by name');
  }

  const organization = config.governance.organization;
  const organizationPolicy = organization.enabled
    ? new OrganizationPolicyStack(app, `${config.prefix}-OrganizationPolicy`, {
        env: { account: organization.managementAccount ?? config.account, region: HOME_REGION },
        config,
        description: 'private-ai-jp organization policy: Japan-residency SCP for the management account (Tokyo)',
      })
    : undefined;

  return { organizationPolicy, driftRules: audit.driftRules, auditReplication: audit.osakaReplication };
}
