import { ConfigError } from '../config/load';
import { HOME_REGION, PARTNER_REGION } from '../config/sections/core';
import { INVOKE_ACTIONS } from '../constructs/model-access';

/** AWS Organizations limit on a service control policy document (characters). */
export const SCP_MAX_CHARACTERS = 5120;

/**
 * Actions of global services whose endpoints sit outside Japan (mostly us-east-1), exempt from
 * the region deny so accounts stay manageable. Follows AWS's published region-deny SCP
 * ("Deny access to AWS based on the requested AWS Region", AWS Organizations user guide), minus
 * the services that are themselves a path out of Japan: CloudFront, Global Accelerator, WAF for
 * CloudFront, S3 Multi-Region Access Points, ACM (its us-east-1 use is CloudFront certificates),
 * public ECR, Chime, Device Farm, Lightsail and the like. Add what an organization needs through
 * `governance.scp.extraGlobalActions`.
 */
export const GLOBAL_SERVICE_ACTIONS: readonly string[] = [
  'account:*',
  'artifact:*',
  'aws-marketplace:*',
  'aws-marketplace-management:*',
  'aws-portal:*',
  'billing:*',
  'budgets:*',
  'ce:*',
  'cloudtrail:LookupEvents',
  'compute-optimizer:*',
  'consolidatedbilling:*',
  'cur:*',
  'directconnect:*',
  'ec2:DescribeRegions',
  'ec2:DescribeTransitGateways',
  'ec2:DescribeVpnGateways',
  'freetier:*',
  'health:*',
  'iam:*',
  'invoicing:*',
  'networkmanager:*',
  'notifications:*',
  'notifications-contacts:*',
  'organizations:*',
  'payments:*',
  'pricing:*',
  'resource-explorer-2:*',
  'route53:*',
  'route53domains:*',
  's3:GetAccountPublicAccessBlock',
  's3:GetBucketLocation',
  's3:GetBucketPolicyStatus',
  's3:GetBucketPublicAccessBlock',
  's3:GetStorageLensConfiguration',
  's3:GetStorageLensDashboard',
  's3:ListAllMyBuckets',
  's3:ListStorageLensConfigurations',
  's3:PutAccountPublicAccessBlock',
  'savingsplans:*',
  'shield:*',
  'sso:*',
  'sts:*',
  'support:*',
  'supportapp:*',
  'supportplans:*',
  'sustainability:*',
  'tag:GetResources',
  'tax:*',
  'trustedadvisor:*',
];

/**
 * The Bedrock actions a cross-region inference request is authorized for in every destination
 * region. They are exempt from the region statement and governed by their own statements, so a
 * `jp.` profile routing a Tokyo request to Osaka keeps working.
 */
export const BEDROCK_INVOKE_ACTIONS: readonly string[] = INVOKE_ACTIONS;

/** System inference profiles whose destinations are Tokyo and Osaka only. */
export const JAPAN_INFERENCE_PROFILE_ARN = 'arn:aws:bedrock:*:*:inference-profile/jp.*';

/**
 * Prefixes of the system inference profiles that route beyond Japan. Denied as resources, so a
 * request naming one fails in the source region too (statement 3 covers the routed requests,
 * whatever their prefix).
 */
export const FOREIGN_INFERENCE_PROFILE_PREFIXES: readonly string[] = ['apac', 'global', 'us', 'us-gov', 'eu', 'au', 'ca'];

export interface JapanResidencyScpOptions {
  /**
   * Admit `jp.` inference profiles, whose requests Bedrock routes between Tokyo and Osaka
   * (the kit's `allowOsaka`). Without it, Bedrock is Tokyo-only.
   */
  readonly japanInferenceProfiles: boolean;
  /** Approve ap-northeast-3 (Osaka) for every service, e.g. for the recovery stack. @default false */
  readonly osakaServices?: boolean;
  /** Extra global-service actions exempt from the region deny. @default none */
  readonly extraGlobalActions?: readonly string[];
  /** Principal ARN patterns exempt from every statement (break-glass). @default none */
  readonly breakGlassPrincipals?: readonly string[];
}

export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: 'Deny';
  readonly Action?: readonly string[];
  readonly NotAction?: readonly string[];
  readonly Resource: '*' | readonly string[];
  readonly Condition?: Record<string, Record<string, string | readonly string[]>>;
}

export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: readonly PolicyStatement[];
}

/** The regions the SCP approves for every service. */
export function approvedRegions(osakaServices: boolean): string[] {
  return osakaServices ? [HOME_REGION, PARTNER_REGION] : [HOME_REGION];
}

/**
 * The Japan-residency SCP:
 * 1. deny every action outside the approved regions (Tokyo, plus Osaka when `osakaServices`),
 *    except global services and the Bedrock invoke actions;
 * 2. deny the Bedrock invoke actions outside the approved regions unless the request comes
 *    through a `jp.` inference profile (whose destinations are Tokyo and Osaka), so a Tokyo
 *    request that Bedrock routes to Osaka works even where Osaka is not approved otherwise;
 * 3. deny the Bedrock invoke actions through any inference profile other than a `jp.` one or an
 *    application profile in an approved region, so `apac.`, `global.` (and `us.`, `eu.`)
 *    profiles fail even for the part of their traffic that would land in Tokyo;
 * 4. deny the Bedrock invoke actions on the foreign system profiles themselves, so the request
 *    naming one fails in the source region.
 * Without `japanInferenceProfiles`, `jp.` profiles (which route to Osaka) are denied too.
 */
export function japanResidencyScp(options: JapanResidencyScpOptions): PolicyDocument {
  const regions = approvedRegions(options.osakaServices ?? false);
  const jp = options.japanInferenceProfiles;
  const breakGlass = [...(options.breakGlassPrincipals ?? [])];
  const exemptBreakGlass: Record<string, Record<string, string[]>> = breakGlass.length
    ? { ArnNotLike: { 'aws:PrincipalArn': breakGlass } }
    : {};
  const globalActions = [...new Set([...GLOBAL_SERVICE_ACTIONS, ...(options.extraGlobalActions ?? [])])];
  const allowedProfiles = [
    ...(jp ? [JAPAN_INFERENCE_PROFILE_ARN] : []),
    ...regions.map((r) => `arn:aws:bedrock:${r}:*:application-inference-profile/*`),
  ];
  const merge = (condition: Record<string, Record<string, string | string[]>>) => {
    const out: Record<string, Record<string, string | string[]>> = { ...condition };
    for (const [op, keys] of Object.entries(exemptBreakGlass)) out[op] = { ...(out[op] ?? {}), ...keys };
    return out;
  };
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyOutsideJapanExceptGlobalServices',
        Effect: 'Deny',
        NotAction: [...globalActions, ...BEDROCK_INVOKE_ACTIONS],
        Resource: '*',
        Condition: merge({ StringNotEquals: { 'aws:RequestedRegion': regions } }),
      },
      {
        Sid: 'DenyBedrockInvokeOutsideJapanUnlessJapanProfile',
        Effect: 'Deny',
        Action: [...BEDROCK_INVOKE_ACTIONS],
        Resource: '*',
        Condition: merge({
          StringNotEquals: { 'aws:RequestedRegion': regions },
          ...(jp ? { ArnNotLike: { 'bedrock:InferenceProfileArn': JAPAN_INFERENCE_PROFILE_ARN } } : {}),
        }),
      },
      {
        Sid: 'DenyInferenceProfilesBeyondJapan',
        Effect: 'Deny',
        Action: [...BEDROCK_INVOKE_ACTIONS],
        Resource: '*',
        Condition: merge({
          Null: { 'bedrock:InferenceProfileArn': 'false' },
          ArnNotLike: { 'bedrock:InferenceProfileArn': allowedProfiles },
        }),
      },
      {
        Sid: 'DenyForeignInferenceProfiles',
        Effect: 'Deny',
        Action: [...BEDROCK_INVOKE_ACTIONS],
        Resource: [
          ...FOREIGN_INFERENCE_PROFILE_PREFIXES,
          ...(jp ? [] : ['jp']),
        ].map((p) => `arn:aws:bedrock:*:*:inference-profile/${p}.*`),
        ...(breakGlass.length ? { Condition: merge({}) } : {}),
      },
    ],
  };
}

/** The policy as AWS Organizations measures it: JSON without insignificant whitespace. */
export function scpCharacterCount(policy: PolicyDocument): number {
  return JSON.stringify(policy).length;
}

/** Throws a ConfigError (reported without a stack trace) when the policy would be rejected for its size. */
export function assertScpFits(policy: PolicyDocument): void {
  const size = scpCharacterCount(policy);
  if (size > SCP_MAX_CHARACTERS) {
    throw new ConfigError(
      `The Japan-residency SCP is ${size} characters; AWS Organizations accepts at most ${SCP_MAX_CHARACTERS}. ` +
        'Shorten governance.scp.extraGlobalActions (use service wildcards such as "budgets:*") or governance.scp.breakGlassPrincipals.',
    );
  }
}
