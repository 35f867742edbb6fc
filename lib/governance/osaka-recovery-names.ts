import { PARTNER_REGION } from '../config/sections/core';

/**
 * Names the Tokyo stacks use to reach the Osaka recovery resources. CloudFormation exports do not
 * cross regions, so the Osaka stack gives its key alias and replica bucket fixed names and the
 * Tokyo side refers to them by those names (the Osaka stack is deployed first).
 */
export interface OsakaRecoveryNames {
  /** The Osaka stack's name; CloudFormation names its other buckets `<stack name lower-cased>-...`. */
  readonly stackName: string;
  readonly region: string;
  /** Alias of the Osaka key, e.g. `alias/private-ai-jp/osaka-recovery`. */
  readonly keyAlias: string;
  /** `arn:aws:kms:ap-northeast-3:<account>:alias/...`: what S3 replication and DynamoDB replicas accept as the key. */
  readonly keyAliasArn: string;
  /** The object-locked replica of the audit bucket. */
  readonly auditReplicaBucketName: string;
  readonly auditReplicaBucketArn: string;
}

export function osakaRecoveryNames(prefix: string, account: string): OsakaRecoveryNames {
  const keyAlias = 'alias/private-ai-jp/osaka-recovery';
  // Prefix up to 24 characters + 28 fixed = at most 52 of S3's 63.
  const auditReplicaBucketName = `${prefix.toLowerCase()}-audit-replica-${account}`;
  return {
    stackName: `${prefix}-OsakaRecovery`,
    region: PARTNER_REGION,
    keyAlias,
    keyAliasArn: `arn:aws:kms:${PARTNER_REGION}:${account}:${keyAlias}`,
    auditReplicaBucketName,
    auditReplicaBucketArn: `arn:aws:s3:::${auditReplicaBucketName}`,
  };
}
