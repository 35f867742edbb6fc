import { z } from 'zod';
import { isUnique } from '../value-checks';

import { HOME_REGION } from '../../../contracts/regions';

export { HOME_REGION, PARTNER_REGION } from '../../../contracts/regions';

/** CloudWatch Logs accepts only these retention values (days). */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922,
  3288, 3653,
] as const;

/** Retention floors: operational logs at least 90 days, audit records at least one year. */
export const LOG_RETENTION_FLOOR_DAYS = 90;
export const AUDIT_RETENTION_FLOOR_DAYS = 365;

const cidrV4 = z
  .string()
  .regex(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/, {
    message: 'must be an IPv4 CIDR such as 10.20.0.0/16',
  })
  .refine((v) => v.split('/')[0].split('.').every((o) => Number(o) <= 255), {
    message: 'each octet must be 0-255',
  });

const logRetention = (floor: number, field: string) =>
  z
    .number()
    .int()
    .refine((d) => (LOG_RETENTION_DAYS as readonly number[]).includes(d), {
      message: `${field} must be one of the CloudWatch Logs retention values: ${LOG_RETENTION_DAYS.join(', ')}`,
    })
    .refine((d) => d >= floor, { message: `${field} must be at least ${floor} days (the floor)` });

export const retentionSchema = z
  .object({
    /** Operational logs: flow logs, function logs, API access logs, WAF logs. */
    logDays: logRetention(LOG_RETENTION_FLOOR_DAYS, 'retention.logDays').default(365),
    /** Audit records: CloudTrail, Bedrock invocation logs, request audit events. */
    auditDays: logRetention(AUDIT_RETENTION_FLOOR_DAYS, 'retention.auditDays').default(2557),
    /** Conversation history time-to-live in DynamoDB. */
    conversationTtlDays: z.number().int().min(1).max(3650).default(30),
  })
  .strict()
  .prefault({})
  .refine((r) => r.auditDays >= r.logDays, {
    message: 'retention.auditDays must be at least retention.logDays',
    path: ['auditDays'],
  });

export const coreShape = {
  /** Target AWS account (12 digits). A placeholder is fine for offline synth. */
  account: z
    .string()
    .regex(/^\d{12}$/, { message: 'must be a 12-digit AWS account id' })
    .default('111111111111'),
  /** The only region the stacks may be deployed to. */
  region: z.literal(HOME_REGION, {
    error: (issue) =>
      `must be "${HOME_REGION}" (Tokyo); data may not leave Japan, got ${JSON.stringify(issue.input)}`,
  }).default(HOME_REGION),
  /** Allow `ap-northeast-3` (Osaka) where a Japan-scoped feature needs it (jp. inference routing). */
  allowOsaka: z.boolean().default(true),
  /** Prefix for stack names. */
  prefix: z
    .string()
    .regex(/^[A-Z][A-Za-z0-9]{1,23}$/, { message: 'must be 2-24 letters/digits starting with a capital' })
    .default('PrivateAiJp'),
  /** Availability zones, named explicitly so synth needs no context lookup. */
  availabilityZones: z
    .array(
      z.string().regex(/^ap-northeast-1[a-d]$/, {
        message: 'must be a Tokyo availability zone (ap-northeast-1a, -1c or -1d)',
      }),
    )
    .min(1, { message: 'needs at least one availability zone' })
    .max(3)
    .refine(isUnique, { message: 'must not repeat a zone' })
    .default(['ap-northeast-1a', 'ap-northeast-1c']),
  /** VPC address range. */
  vpcCidr: cidrV4
    .refine((c) => {
      const mask = Number(c.split('/')[1]);
      return mask >= 16 && mask <= 24;
    }, { message: 'prefix length must be /16 to /24' })
    .default('10.20.0.0/16'),
  /** Retain keys, buckets, tables and log groups when a stack is deleted. */
  retainData: z.boolean().default(true),
  retention: retentionSchema,
  /** Tags applied to every resource. */
  tags: z
    .record(
      z.string().min(1).max(128),
      z.string().max(256),
    )
    .default({ DataClassification: 'Confidential', CostCenter: 'unset', System: 'private-ai-jp' }),
};

export { cidrV4 };
