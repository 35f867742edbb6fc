import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DeploymentConfig } from '../config';
import { residencyGuardPolicy } from '../constructs/drift-rules';
import { approvedRegions, assertScpFits, japanResidencyScp, type PolicyDocument, SCP_MAX_CHARACTERS, scpCharacterCount } from './japan-residency-scp';

/** Folder under the cloud assembly that holds the organization artefacts. */
export const GOVERNANCE_DIR = 'governance';
export const SCP_FILE = 'scp-japan-residency.json';
/** The residency Guard rule, for deploying as an AWS Config rule in every region (StackSet, conformance pack). */
export const RESIDENCY_GUARD_FILE = 'config-rule-residency.guard';

/** Osaka is approved for every service only where the recovery stack (or the config) needs it. */
export function osakaServicesApproved(config: DeploymentConfig): boolean {
  return config.governance.scp.osakaServices ?? config.resilience.osaka.enabled;
}

/** The SCP for a deployment config, checked against the Organizations size limit. */
export function residencyScpFor(config: DeploymentConfig): PolicyDocument {
  const policy = japanResidencyScp({
    japanInferenceProfiles: config.allowOsaka,
    osakaServices: osakaServicesApproved(config),
    extraGlobalActions: config.governance.scp.extraGlobalActions,
    breakGlassPrincipals: config.governance.scp.breakGlassPrincipals,
  });
  assertScpFits(policy);
  return policy;
}

/** The short README written beside the policy file. */
export function governanceReadme(config: DeploymentConfig, policy: PolicyDocument): string {
  const regions = approvedRegions(osakaServicesApproved(config)).join(' and ');
  const breakGlass = config.governance.scp.breakGlassPrincipals;
  return [
    '# Japan-residency service control policy',
    '',
    `\`${SCP_FILE}\` denies every request outside ${regions}, for every principal in the accounts it is attached to`,
    breakGlass.length ? `except the break-glass principals (${breakGlass.join(', ')}).` : '(no break-glass principal is configured).',
    '',
    '- Global services with endpoints outside Japan (IAM, STS, Organizations, Route 53, billing, support, ...) are exempt;',
    '  CloudFront, Global Accelerator, S3 Multi-Region Access Points and ACM are not, since they carry data out of Japan.',
    '- `bedrock:InvokeModel` and `bedrock:InvokeModelWithResponseStream` are exempt from the region statement and governed by',
    config.allowOsaka
      ? '  statements of their own: outside the approved regions they are denied unless the request comes through a `jp.` inference\n  profile (so Tokyo requests Bedrock routes to Osaka keep working), and'
      : '  statements of their own: outside Tokyo they are denied (`allowOsaka` is false, so `jp.` profiles are denied too), and',
    '  every other inference profile is denied (`apac.`, `global.`, `us.`, `eu.`, ...; application profiles in an approved region pass).',
    `- Size: ${scpCharacterCount(policy)} of ${SCP_MAX_CHARACTERS} characters (synth fails above the limit).`,
    '',
    '## Order of operations',
    '',
    '1. In the management account, enable the SERVICE_CONTROL_POLICY policy type for the organization root.',
    '2. Create a sandbox OU with one test account; attach this policy there first (`governance.organization.targetIds: ["ou-..."]`',
    '   and `governance.organization.enabled: true`, or paste the file into the Organizations console).',
    '3. In the test account, check: the kit deploys and chats (jp. profiles); `aws s3 mb s3://<new-bucket> --region us-east-1` and',
    '   `aws lambda list-functions --region us-east-1` are denied; `aws sts get-caller-identity` and IAM still work.',
    '4. Attach to the workload OU. SCPs never apply to the management account itself.',
    '',
    'Rollback: detach the policy (the break-glass principals keep working meanwhile).',
    '',
    `\`${RESIDENCY_GUARD_FILE}\` is the AWS Config Guard rule (runtime guard-2.x.x) that flags any recorded resource outside`,
    'Japan. Config evaluates a rule only on what its own region records: deploy it in every region with a recorder',
    '(a StackSet or an organization conformance pack) to see resources created abroad despite the SCP.',
    '',
  ].join('\n');
}

/** Write the SCP and its README under `<outdir>/governance/`. Returns the policy file path. */
export function writeGovernanceArtefacts(outdir: string, config: DeploymentConfig): string {
  const policy = residencyScpFor(config);
  const dir = path.join(outdir, GOVERNANCE_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, SCP_FILE);
  fs.writeFileSync(file, `${JSON.stringify(policy, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'README.md'), governanceReadme(config, policy));
  fs.writeFileSync(path.join(dir, RESIDENCY_GUARD_FILE), residencyGuardPolicy());
  return file;
}
