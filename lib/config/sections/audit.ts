import { z } from 'zod';
import { isUnique } from '../value-checks';

/** Where Bedrock model invocation logs are delivered. */
export const INVOCATION_LOG_DESTINATIONS = ['s3', 'cloudwatch'] as const;
export type InvocationLogDestination = (typeof INVOCATION_LOG_DESTINATIONS)[number];

/** Object Lock retention may be at most 100 years (S3 limit is higher; this catches typos). */
const MAX_OBJECT_LOCK_DAYS = 36500;

const hour = (field: string) =>
  z.number({ error: `${field} must be a whole hour 0-23` }).int({ message: `${field} must be a whole hour 0-23` })
    .min(0, { message: `${field} must be a whole hour 0-23` })
    .max(23, { message: `${field} must be a whole hour 0-23` });

const count = (field: string, max: number) =>
  z.number().int({ message: `${field} must be a whole number` })
    .min(1, { message: `${field} must be at least 1` })
    .max(max, { message: `${field} must be at most ${max}` });

/** Offset of an IANA time zone from UTC in minutes at one instant, from the runtime's time-zone data. */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - at.getTime()) / 60_000);
}

/**
 * CloudWatch evaluates alarm metric math in UTC, so the off-hours window is converted to UTC at
 * synth. That is exact only for zones with one whole-hour offset all year (Asia/Tokyo: +9, no DST).
 */
const timeZone = z.string().superRefine((tz, ctx) => {
  let january: number;
  let july: number;
  try {
    january = utcOffsetMinutes(tz, new Date(Date.UTC(2025, 0, 15)));
    july = utcOffsetMinutes(tz, new Date(Date.UTC(2025, 6, 15)));
  } catch {
    ctx.addIssue({ code: 'custom', message: `audit.offHours.timeZone must be an IANA time zone such as "Asia/Tokyo"` });
    return;
  }
  if (january !== july) {
    ctx.addIssue({
      code: 'custom',
      message: 'audit.offHours.timeZone must not observe daylight saving time: alarms are evaluated in UTC and the window is converted once at synth (use e.g. "Asia/Tokyo")',
    });
  } else if (january % 60 !== 0) {
    ctx.addIssue({ code: 'custom', message: 'audit.offHours.timeZone must have a whole-hour UTC offset (alarm periods are whole hours)' });
  }
});


/** An IAM role ARN (the account is checked against `account` across sections). */
const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;
const roleArn = (field: string) =>
  z.string().regex(ROLE_ARN, { message: `${field} must be an IAM role ARN such as arn:aws:iam::111111111111:role/AuditReader` });
const roleArnList = (field: string) =>
  z.array(roleArn(`${field} entries`))
    .max(10, { message: `${field} takes at most 10 roles` })
    .refine(isUnique, { message: `${field} must not repeat a role` })
    .default([]);

/** The CDK bootstrap's CloudFormation execution role (default qualifier), the role that deploys the stacks. */
export function defaultDeploymentRoleArn(account: string, region: string): string {
  return `arn:aws:iam::${account}:role/cdk-hnb659fds-cfn-exec-role-${account}-${region}`;
}

/** CloudTrail, Bedrock invocation logging, audit bucket and alarms. */
export const auditSchema = z
  .object({
    /** S3 Object Lock on the audit bucket (CloudTrail files and Bedrock invocation logs). */
    objectLock: z
      .object({
        /** GOVERNANCE: a principal with s3:BypassGovernanceRetention may shorten retention; COMPLIANCE: nobody can, not even root. */
        mode: z.enum(['GOVERNANCE', 'COMPLIANCE'], {
          error: (i) => `audit.objectLock.mode must be "GOVERNANCE" or "COMPLIANCE" (got ${JSON.stringify(i.input)})`,
        }).default('GOVERNANCE'),
        /** Default retention of each object version in days. @default retention.auditDays */
        days: z.number().int({ message: 'audit.objectLock.days must be a whole number of days' })
          .min(1, { message: 'audit.objectLock.days must be at least 1' })
          .max(MAX_OBJECT_LOCK_DAYS, { message: `audit.objectLock.days must be at most ${MAX_OBJECT_LOCK_DAYS}` })
          .optional(),
      })
      .strict()
      .prefault({}),
    /** Record S3 object and Lambda invoke data events for the kit's buckets and functions. */
    trailDataEvents: z.boolean().default(true),
    trail: z
      .object({
        /**
         * Create the kit's multi-region trail. Turn off when an organization trail already records
         * this account (a second multi-region trail costs money and duplicates every event).
         */
        enabled: z.boolean().default(true),
        /** With `enabled: false`: the organization trail that records this account, cited in the evidence report. */
        organizationTrailArn: z
          .string()
          .regex(/^arn:aws:cloudtrail:[a-z0-9-]+:\d{12}:trail\/[\w.-]{3,128}$/, {
            message: 'audit.trail.organizationTrailArn must be a CloudTrail trail ARN such as arn:aws:cloudtrail:ap-northeast-1:222222222222:trail/org-trail',
          })
          .optional(),
      })
      .strict()
      .prefault({})
      .refine((t) => !(t.enabled && t.organizationTrailArn !== undefined), {
        message: 'audit.trail.organizationTrailArn is only for audit.trail.enabled false (the kit\'s own trail records this account otherwise)',
        path: ['organizationTrailArn'],
      }),
    /**
     * The role that deploys the stacks. With the break-glass roles, the only principals that may
     * schedule deletion of the audit key, disable it or change its policy, or change the audit
     * bucket's policy. @default the CDK bootstrap's cfn-exec-role (qualifier hnb659fds) of the account and region
     */
    deploymentRoleArn: roleArn('audit.deploymentRoleArn').optional(),
    /** Roles kept for emergencies that may also administer the audit key and the audit bucket policy. */
    breakGlassRoleArns: roleArnList('audit.breakGlassRoleArns'),
    /**
     * Roles that may read the audit bucket's objects (trail files, invocation logs with masked
     * prompts and raw answers). Nobody else may, administrators included.
     */
    auditorRoleArns: roleArnList('audit.auditorRoleArns'),
    invocationLogging: z
      .object({
        /** Bedrock model invocation log destinations: the object-locked audit bucket and/or a log group. */
        destinations: z
          .array(z.enum(INVOCATION_LOG_DESTINATIONS, {
            error: (i) => `audit.invocationLogging.destinations entries must be "s3" or "cloudwatch" (got ${JSON.stringify(i.input)})`,
          }))
          .min(1, { message: 'audit.invocationLogging.destinations needs at least one of "s3", "cloudwatch"' })
          .refine(isUnique, { message: 'audit.invocationLogging.destinations must not repeat a destination' })
          .default(['s3']),
        /**
         * Bedrock keeps one invocation logging configuration per account and region. When another
         * one exists at deployment, the deployment fails unless this is true; the configuration
         * found is kept and put back when the stack is deleted.
         */
        replaceExisting: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
    /** Email addresses subscribed to the alarm topic (each must confirm the subscription). */
    alarmEmails: z
      .array(z.email({ message: 'audit.alarmEmails entries must be email addresses' }))
      .max(20, { message: 'audit.alarmEmails takes at most 20 addresses; use a distribution list' })
      .refine(isUnique, { message: 'audit.alarmEmails must not repeat an address' })
      .default([]),
    /** Local hours outside the working day: from startHour (inclusive) to endHour (exclusive), wrapping midnight. */
    offHours: z
      .object({
        startHour: hour('audit.offHours.startHour').default(20),
        endHour: hour('audit.offHours.endHour').default(8),
        timeZone: timeZone.default('Asia/Tokyo'),
        /** Saturday and Sunday (local) count as off-hours all day. */
        weekends: z.boolean().default(true),
      })
      .strict()
      .prefault({})
      .refine((o) => o.startHour !== o.endHour, {
        message: 'audit.offHours.startHour and endHour must differ (the window would be empty)',
        path: ['endHour'],
      }),
    /** Alarm thresholds. Each alarm fires at or above its threshold. */
    alarms: z
      .object({
        /** Period of the spike alarms (blocked, injection, guard errors, throttling), minutes. */
        periodMinutes: count('audit.alarms.periodMinutes', 60).default(5),
        blockedRequests: count('audit.alarms.blockedRequests', 1_000_000).default(10),
        injectionFlagged: count('audit.alarms.injectionFlagged', 1_000_000).default(5),
        guardErrors: count('audit.alarms.guardErrors', 1_000_000).default(1),
        bedrockThrottled: count('audit.alarms.bedrockThrottled', 1_000_000).default(5),
        /** Window of the per-user bulk-input alarms, minutes. */
        bulkWindowMinutes: count('audit.alarms.bulkWindowMinutes', 1440).default(60),
        /** Requests by one user within the bulk window. */
        requestsPerUser: count('audit.alarms.requestsPerUser', 1_000_000).default(200),
        /** Input characters by one user within the bulk window (about 100 pages of Japanese text by default). */
        inputCharsPerUser: count('audit.alarms.inputCharsPerUser', 1_000_000_000).default(200_000),
        /** Requests in one off-hours hour (all users). */
        offHoursRequests: count('audit.alarms.offHoursRequests', 1_000_000).default(5),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});

export type AuditConfig = z.infer<typeof auditSchema>;

interface RetentionAndAudit {
  readonly retention: { readonly auditDays: number; readonly logDays: number };
  readonly audit: { readonly objectLock: { readonly days?: number } };
}

/** Object Lock retention actually applied: `audit.objectLock.days`, else `retention.auditDays`. */
export function objectLockDays(config: RetentionAndAudit): number {
  return config.audit.objectLock.days ?? config.retention.auditDays;
}

/** Cross-field rule for the top-level schema: the audit roles are roles of the deployment account. */
export function checkAuditRoles(
  config: { readonly account: string; readonly audit: { readonly deploymentRoleArn?: string; readonly breakGlassRoleArns: readonly string[]; readonly auditorRoleArns: readonly string[] } },
  ctx: z.RefinementCtx,
): void {
  const fields: Array<[string[], string | undefined]> = [
    [['audit', 'deploymentRoleArn'], config.audit.deploymentRoleArn],
    ...config.audit.breakGlassRoleArns.map((a, i): [string[], string] => [['audit', 'breakGlassRoleArns', String(i)], a]),
    ...config.audit.auditorRoleArns.map((a, i): [string[], string] => [['audit', 'auditorRoleArns', String(i)], a]),
  ];
  for (const [path, arn] of fields) {
    const account = arn && ROLE_ARN.exec(arn)?.[1];
    if (account && account !== config.account) {
      ctx.addIssue({ code: 'custom', path, message: `must be a role of the deployment account ${config.account} (got account ${account})` });
    }
  }
}

/**
 * Cross-field rule for the top-level schema: audit records (object-locked) must be kept at least as
 * long as operational logs, or a reviewer could find a log line whose audit record is already gone.
 */
export function checkAuditRetention(config: RetentionAndAudit, ctx: z.RefinementCtx): void {
  const days = objectLockDays(config);
  if (days < config.retention.logDays) {
    ctx.addIssue({
      code: 'custom',
      path: ['audit', 'objectLock', 'days'],
      message: `audit.objectLock.days must be at least retention.logDays (${config.retention.logDays}) so audit records outlive operational logs`,
    });
  }
}
