import { z } from 'zod';
import { isUnique } from '../value-checks';

/** An IAM action as written in a policy: `service:Action`, wildcards allowed (`budgets:*`, `s3:Get*`). */
const IAM_ACTION = /^[a-z0-9-]+:[A-Za-z0-9*?]+$/;
/** A principal ARN pattern for `aws:PrincipalArn` (role or user; account may be `*`). */
const PRINCIPAL_ARN = /^arn:aws:iam::(\d{12}|\*):(role|user)\/[\w+=,.@\-/*]+$/;
/** Organization targets: the root (`r-`), an OU (`ou-<root>-<id>`) or a 12-digit account. */
export const ORGANIZATION_TARGET = /^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|\d{12})$/;


/** The Japan-residency service control policy the kit writes on every synth. */
const scpSchema = z
  .object({
    /** Global-service actions exempt from the region deny besides the kit's list (e.g. `chatbot:*`). */
    extraGlobalActions: z
      .array(z.string().regex(IAM_ACTION, { message: 'governance.scp.extraGlobalActions entries must be IAM actions such as "budgets:*" or "s3:GetBucketLocation"' }))
      .max(50, { message: 'governance.scp.extraGlobalActions takes at most 50 actions (the SCP must fit 5,120 characters)' })
      .refine(isUnique, { message: 'governance.scp.extraGlobalActions must not repeat an action' })
      .default([]),
    /** Approve ap-northeast-3 for every service, not only for `jp.` inference routing. @default resilience.osaka.enabled */
    osakaServices: z.boolean().optional(),
    /** Break-glass principals exempt from every statement (`aws:PrincipalArn`, ArnNotLike). */
    breakGlassPrincipals: z
      .array(z.string().regex(PRINCIPAL_ARN, { message: 'governance.scp.breakGlassPrincipals entries must be IAM role or user ARNs such as "arn:aws:iam::*:role/BreakGlass"' }))
      .max(10, { message: 'governance.scp.breakGlassPrincipals takes at most 10 principals' })
      .refine(isUnique, { message: 'governance.scp.breakGlassPrincipals must not repeat a principal' })
      .default([]),
  })
  .strict()
  .prefault({});

/** Optional stack for the organization's management account that creates and attaches the SCP. */
const organizationSchema = z
  .object({
    enabled: z.boolean().default(false),
    /** The management account (or delegated administrator) that deploys the policy. @default config.account */
    managementAccount: z.string().regex(/^\d{12}$/, { message: 'governance.organization.managementAccount must be a 12-digit AWS account id' }).optional(),
    /** Where the policy is attached: root `r-xxxx`, OU `ou-xxxx-xxxxxxxx` or a 12-digit account id. Start with a sandbox OU. */
    targetIds: z
      .array(z.string().regex(ORGANIZATION_TARGET, { message: 'governance.organization.targetIds entries must be a root id (r-xxxx), an OU id (ou-xxxx-xxxxxxxx) or a 12-digit account id' }))
      .max(20, { message: 'governance.organization.targetIds takes at most 20 targets' })
      .refine(isUnique, { message: 'governance.organization.targetIds must not repeat a target' })
      .default([]),
    /** Name of the policy in AWS Organizations. */
    policyName: z.string().regex(/^[\w+=,.@-]{1,128}$/, { message: 'governance.organization.policyName must be 1-128 letters, digits or +=,.@-_' }).default('private-ai-jp-japan-residency'),
  })
  .strict()
  .prefault({})
  .refine((o) => !o.enabled || o.targetIds.length > 0, {
    message: 'governance.organization.targetIds needs at least one target when governance.organization.enabled is true (start with a sandbox OU)',
    path: ['targetIds'],
  });

/** AWS Config rules that detect drift from the kit's controls in the live account. */
const configRulesSchema = z
  .object({
    enabled: z.boolean().default(false),
    /** Create a configuration recorder and delivery channel (leave false where Control Tower provides them). */
    createRecorder: z.boolean().default(false),
    /** Aggregate this account's Config data from every region into Tokyo, with a saved residency query. */
    aggregateAllRegions: z.boolean().default(true),
  })
  .strict()
  .prefault({})
  .refine((c) => c.enabled || !c.createRecorder, {
    message: 'governance.configRules.createRecorder needs governance.configRules.enabled: true',
    path: ['createRecorder'],
  });

export const governanceSchema = z
  .object({
    scp: scpSchema,
    organization: organizationSchema,
    configRules: configRulesSchema,
  })
  .strict()
  .prefault({});

export type GovernanceConfig = z.infer<typeof governanceSchema>;
