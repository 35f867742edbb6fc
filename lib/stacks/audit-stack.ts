import { Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { AUDIT_TRAIL_METADATA, type AuditTrailMetadata } from '../../contracts/audit-trail';
import type { DeploymentConfig } from '../config';
import { defaultDeploymentRoleArn, objectLockDays, utcOffsetMinutes } from '../config/sections/audit';
import { AuditKey } from '../constructs/audit-key';
import { AuditReplication } from '../constructs/audit-replication';
import { DriftRules } from '../constructs/drift-rules';
import { type OsakaRecoveryNames, osakaRecoveryNames } from '../governance/osaka-recovery-names';
import { AuditTrail } from '../constructs/audit-trail';
import { EncryptedBucket, kitBucketArnPrefix } from '../constructs/encrypted-bucket';
import { InvocationLogging } from '../constructs/invocation-logging';
import { RequestAuditLog } from '../constructs/request-audit-log';
import { UsageAlarms } from '../constructs/usage-alarms';
import type { FoundationStack } from './foundation-stack';

export interface AuditStackProps extends StackProps {
  readonly config: DeploymentConfig;
  readonly foundation: FoundationStack;
}

/**
 * Audit and monitoring: the audit key, the object-locked audit bucket, the multi-region trail,
 * Bedrock model invocation logging, the request audit log group (the chat function's log group)
 * with saved Logs Insights queries, and alarms on unusual use.
 */
export class AuditStack extends Stack {
  public readonly auditKey: AuditKey;
  public readonly auditBucket: EncryptedBucket;
  /** The kit's trail; absent with `audit.trail.enabled: false` (an organization trail records the account). */
  public readonly trail?: AuditTrail;
  public readonly invocationLogging: InvocationLogging;
  public readonly requestAudit: RequestAuditLog;
  public readonly usageAlarms: UsageAlarms;
  /** Replication of the audit bucket to its Osaka replica; present with `resilience.osaka.enabled`. */
  public readonly osakaReplication?: AuditReplication;
  /** AWS Config drift rules; present with `governance.configRules.enabled`. */
  public readonly driftRules?: DriftRules;

  constructor(scope: Construct, id: string, props: AuditStackProps) {
    super(scope, id, props);
    const { config, foundation } = props;
    const retain = config.retainData;
    const auditDays = config.retention.auditDays;
    const lockDays = objectLockDays(config);
    const trailName = `${config.prefix}-audit-trail`;
    const alarmNamePrefix = `${config.prefix}-audit-`;

    const trailEnabled = config.audit.trail.enabled;
    const deploymentRoleArn = config.audit.deploymentRoleArn ?? defaultDeploymentRoleArn(config.account, config.region);
    const administrators = [deploymentRoleArn, ...config.audit.breakGlassRoleArns];

    this.auditKey = new AuditKey(this, 'Key', {
      aliasPrefix: 'private-ai-jp',
      trailName: trailEnabled ? trailName : undefined,
      alarmNamePrefix,
      administratorRoleArns: administrators,
      retain,
    });

    this.auditBucket = new EncryptedBucket(this, 'AuditBucket', {
      encryptionKey: this.auditKey.key,
      serverAccessLogsBucket: foundation.accessLogsBucket.bucket,
      retain,
      objectLock: { mode: config.audit.objectLock.mode, days: lockDays },
      // Records are kept for the audit retention (or the lock, if longer), then expire.
      expireAfterDays: Math.max(auditDays, lockDays),
    });

    this.protectAuditBucket(administrators, config.audit.auditorRoleArns);

    const kitBuckets = kitBucketArnPrefix(config.prefix);
    const trailMetadata: AuditTrailMetadata = {
      kitTrail: trailEnabled,
      ...(config.audit.trail.organizationTrailArn ? { organizationTrailArn: config.audit.trail.organizationTrailArn } : {}),
      mustRecord: [
        `management events (read and write) of account ${config.account} in every region, global services included`,
        ...(config.audit.trailDataEvents
          ? [
              `S3 object data events on buckets ${kitBuckets}*, except the audit bucket and the access-log bucket${config.resilience.osaka.enabled ? ' and their Osaka copies' : ''} (recording them would record every delivery)`,
              `Lambda invoke data events on functions arn:aws:lambda:${config.region}:${config.account}:function:${config.prefix}-*`,
            ]
          : []),
        'log file validation on, files encrypted with a customer-managed key, delivered to an object-locked bucket',
      ],
    };
    this.templateOptions.metadata = { ...this.templateOptions.metadata, [AUDIT_TRAIL_METADATA]: trailMetadata };

    if (trailEnabled) {
      this.trail = new AuditTrail(this, 'Trail', {
        trailName,
        bucket: this.auditBucket.bucket,
        encryptionKey: this.auditKey.key,
        logRetentionDays: auditDays,
        kitPrefix: config.prefix,
        dataEvents: config.audit.trailDataEvents,
        // The trail's own deliveries and the access logs of its bucket would record themselves,
        // and so would the Osaka copies of the audit records and their access logs.
        excludedBuckets: [this.auditBucket.bucket, foundation.accessLogsBucket.bucket],
        excludedArnPrefixes: config.resilience.osaka.enabled ? osakaExclusions(osakaRecoveryNames(config.prefix, config.account)) : [],
        retain,
      });
    }

    this.invocationLogging = new InvocationLogging(this, 'InvocationLogging', {
      destinations: config.audit.invocationLogging.destinations,
      replaceExisting: config.audit.invocationLogging.replaceExisting,
      bucket: this.auditBucket.bucket,
      auditKey: this.auditKey.key,
      auditRetentionDays: auditDays,
      vpc: foundation.network.vpc,
      logsKey: foundation.keys.logsKey,
      environmentKey: foundation.keys.dataKey,
      logRetentionDays: config.retention.logDays,
      retain,
    });

    this.requestAudit = new RequestAuditLog(this, 'RequestAudit', {
      encryptionKey: this.auditKey.key,
      retentionDays: auditDays,
      queryFolder: `${config.prefix}/audit`,
      retain,
    });

    const { offHours } = config.audit;
    this.usageAlarms = new UsageAlarms(this, 'UsageAlarms', {
      auditLogGroup: this.requestAudit.logGroup,
      topicKey: this.auditKey.key,
      alarmNamePrefix,
      thresholds: config.audit.alarms,
      offHours: {
        startHour: offHours.startHour,
        endHour: offHours.endHour,
        // The schema admits only fixed whole-hour offsets, so one instant is representative.
        utcOffsetHours: utcOffsetMinutes(offHours.timeZone, new Date(Date.UTC(2025, 0, 15))) / 60,
        weekends: offHours.weekends,
      },
      emails: config.audit.alarmEmails,
    });

    // With Osaka recovery, the audit records replicate into the object-locked replica there.
    if (config.resilience.osaka.enabled) {
      const osaka = osakaRecoveryNames(config.prefix, config.account);
      this.osakaReplication = new AuditReplication(this, 'OsakaReplication', {
        source: this.auditBucket.bucket,
        sourceKey: this.auditKey.key,
        destinationBucketName: osaka.auditReplicaBucketName,
        destinationRegion: osaka.region,
        destinationKeyAlias: osaka.keyAlias,
        destinationKeyAliasArn: osaka.keyAliasArn,
      });
    }

    const rules = config.governance.configRules;
    if (rules.enabled) {
      this.driftRules = new DriftRules(this, 'DriftRules', {
        prefix: config.prefix,
        vpcId: foundation.network.vpc.vpcId,
        topic: this.usageAlarms.topic,
        topicKey: this.auditKey.key,
        createRecorder: rules.createRecorder,
        accessLogsBucket: foundation.accessLogsBucket.bucket,
        retain,
        aggregateAllRegions: rules.aggregateAllRegions,
      });
    }
  }

  /**
   * The audit bucket holds trail files and invocation logs (masked prompts, raw answers): only
   * the auditor roles may read its objects (the writing services never read them), and only the
   * key administrators may change its policy, so an account administrator cannot lift the first
   * rule. (S3 always lets the account root user change a bucket policy, to recover from lockout.)
   */
  private protectAuditBucket(administratorRoleArns: readonly string[], auditorRoleArns: readonly string[]): void {
    const bucket = this.auditBucket.bucket;
    bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'DenyObjectReadsExceptToTheAuditors',
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:GetObject', 's3:GetObjectVersion', 's3:GetObjectAttributes', 's3:GetObjectVersionAttributes', 's3:GetObjectTorrent', 's3:RestoreObject'],
        resources: [bucket.arnForObjects('*')],
        conditions: auditorRoleArns.length ? { ArnNotEquals: { 'aws:PrincipalArn': [...auditorRoleArns] } } : undefined,
      }),
    );
    bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'DenyPolicyChangesExceptToTheKeyAdministrators',
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:PutBucketPolicy', 's3:DeleteBucketPolicy'],
        resources: [bucket.bucketArn],
        conditions: { ArnNotEquals: { 'aws:PrincipalArn': [...administratorRoleArns] } },
      }),
    );
  }

  /** The chat function's log group: one `chat.audit` event per request, KMS, audit retention. */
  public get requestAuditLogGroup(): logs.ILogGroup {
    return this.requestAudit.logGroup;
  }
}

/** The Osaka replica of the audit records, and every other bucket of the Osaka stack (its access logs). */
function osakaExclusions(names: OsakaRecoveryNames): string[] {
  return [`${names.auditReplicaBucketArn}/`, `arn:aws:s3:::${names.stackName.toLowerCase()}-`];
}
