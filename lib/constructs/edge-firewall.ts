import { ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/** WAF log groups must be named `aws-waf-logs-*`. */
export const WAF_LOG_GROUP_PREFIX = 'aws-waf-logs-';

/** AWS managed rule groups, in evaluation order. */
export const MANAGED_RULE_GROUPS = [
  'AWSManagedRulesAmazonIpReputationList',
  'AWSManagedRulesAnonymousIpList',
  'AWSManagedRulesKnownBadInputsRuleSet',
  'AWSManagedRulesCommonRuleSet',
] as const;

/** Headers never written to the WAF log: bearer tokens and session cookies. */
export const REDACTED_HEADERS = ['authorization', 'cookie'] as const;

export interface EdgeFirewallProps {
  /** Name stem for the web ACL, IP sets, metrics and log group. */
  readonly name: string;
  /** Source IPv4 ranges allowed in; with either list non-empty everything else is blocked. @default none */
  readonly allowedIpv4Cidrs?: readonly string[];
  /** Source IPv6 ranges allowed in. @default none */
  readonly allowedIpv6Cidrs?: readonly string[];
  /** Block sources outside Japan. @default false */
  readonly japanOnly?: boolean;
  /** Requests per source address in any 5-minute window. */
  readonly rateLimitPer5Minutes: number;
  /** Largest body (KB) let through; also the body inspection size. One of 16, 32, 48, 64. */
  readonly maxRequestBodyKb: 16 | 32 | 48 | 64;
  /** Encrypts the WAF log group. */
  readonly logsKey: kms.IKey;
  readonly logRetentionDays: number;
  /** Keep the log group on stack deletion. @default true */
  readonly retain?: boolean;
}

/**
 * A REGIONAL web ACL for the API stage and the Cognito user pool: optional IP allow-list and
 * Japan-only geo rule, a per-IP rate limit, an explicit body-size limit sized for long prompts,
 * and the AWS managed rule groups. Logs go to a KMS-encrypted `aws-waf-logs-` group with the
 * Authorization header and cookies redacted.
 */
export class EdgeFirewall extends Construct {
  public readonly webAcl: wafv2.CfnWebACL;
  public readonly logGroup: logs.LogGroup;
  public readonly ipv4AllowList?: wafv2.CfnIPSet;
  public readonly ipv6AllowList?: wafv2.CfnIPSet;

  constructor(scope: Construct, id: string, props: EdgeFirewallProps) {
    super(scope, id);
    if (![16, 32, 48, 64].includes(props.maxRequestBodyKb)) {
      throw new Error(`EdgeFirewall ${this.node.path}: maxRequestBodyKb must be 16, 32, 48 or 64`);
    }
    if (props.allowedIpv4Cidrs?.some((c) => c.trim() === '') || props.allowedIpv6Cidrs?.some((c) => c.trim() === '')) {
      throw new Error(`EdgeFirewall ${this.node.path}: allow-list entries must not be empty`);
    }
    const metric = (name: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      metricName: `${props.name}-${name}`,
      sampledRequestsEnabled: true,
    });
    const rules: wafv2.CfnWebACL.RuleProperty[] = [];
    const block = { block: {} };

    const allowSets: wafv2.CfnWebACL.StatementProperty[] = [];
    if (props.allowedIpv4Cidrs?.length) {
      this.ipv4AllowList = new wafv2.CfnIPSet(this, 'AllowedIpv4', {
        name: `${props.name}-allowed-ipv4`,
        description: 'Source IPv4 ranges allowed to reach the API and sign-in',
        scope: 'REGIONAL',
        ipAddressVersion: 'IPV4',
        addresses: [...props.allowedIpv4Cidrs],
      });
      allowSets.push({ ipSetReferenceStatement: { arn: this.ipv4AllowList.attrArn } });
    }
    if (props.allowedIpv6Cidrs?.length) {
      this.ipv6AllowList = new wafv2.CfnIPSet(this, 'AllowedIpv6', {
        name: `${props.name}-allowed-ipv6`,
        description: 'Source IPv6 ranges allowed to reach the API and sign-in',
        scope: 'REGIONAL',
        ipAddressVersion: 'IPV6',
        addresses: [...props.allowedIpv6Cidrs],
      });
      allowSets.push({ ipSetReferenceStatement: { arn: this.ipv6AllowList.attrArn } });
    }
    if (allowSets.length) {
      const inAllowList = allowSets.length === 1 ? allowSets[0] : { orStatement: { statements: allowSets } };
      rules.push({
        name: 'BlockOutsideAllowList',
        priority: 0,
        action: block,
        statement: { notStatement: { statement: inAllowList } },
        visibilityConfig: metric('BlockOutsideAllowList'),
      });
    }
    if (props.japanOnly) {
      rules.push({
        name: 'BlockOutsideJapan',
        priority: 1,
        action: block,
        statement: { notStatement: { statement: { geoMatchStatement: { countryCodes: ['JP'] } } } },
        visibilityConfig: metric('BlockOutsideJapan'),
      });
    }
    rules.push({
      name: 'RateLimitPerIp',
      priority: 2,
      action: block,
      statement: { rateBasedStatement: { limit: props.rateLimitPer5Minutes, aggregateKeyType: 'IP', evaluationWindowSec: 300 } },
      visibilityConfig: metric('RateLimitPerIp'),
    });
    // The common rule set blocks bodies over 8 KB, which a long prompt exceeds; its size rule is
    // only counted and this rule enforces the configured limit instead. Bodies larger than the
    // inspection size match (oversizeHandling MATCH) and are blocked, so nothing slips past unread.
    rules.push({
      name: 'BlockOversizeBody',
      priority: 3,
      action: block,
      statement: {
        sizeConstraintStatement: {
          fieldToMatch: { body: { oversizeHandling: 'MATCH' } },
          comparisonOperator: 'GT',
          size: props.maxRequestBodyKb * 1024,
          textTransformations: [{ priority: 0, type: 'NONE' }],
        },
      },
      visibilityConfig: metric('BlockOversizeBody'),
    });
    MANAGED_RULE_GROUPS.forEach((group, i) => {
      rules.push({
        name: group,
        priority: 10 + i,
        overrideAction: { none: {} },
        statement: {
          managedRuleGroupStatement: {
            vendorName: 'AWS',
            name: group,
            ...(group === 'AWSManagedRulesCommonRuleSet'
              ? { ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }] }
              : {}),
          },
        },
        visibilityConfig: metric(group),
      });
    });

    const inspectionLimit = { defaultSizeInspectionLimit: `KB_${props.maxRequestBodyKb}` };
    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      name: `${props.name}-web-acl`,
      description: 'private-ai-jp: API stage and Cognito sign-in',
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      rules,
      associationConfig: { requestBody: { API_GATEWAY: inspectionLimit, COGNITO_USER_POOL: inspectionLimit } },
      visibilityConfig: metric('WebAcl'),
    });

    const logGroupName = `${WAF_LOG_GROUP_PREFIX}${props.name}`;
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName,
      encryptionKey: props.logsKey,
      retention: props.logRetentionDays as logs.RetentionDays,
      removalPolicy: props.retain === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    // WAF wants the log group ARN without the trailing `:*` that CloudFormation's Arn carries.
    const destination = Stack.of(this).formatArn({
      service: 'logs',
      resource: 'log-group',
      resourceName: logGroupName,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    const logging = new wafv2.CfnLoggingConfiguration(this, 'Logging', {
      resourceArn: this.webAcl.attrArn,
      logDestinationConfigs: [destination],
      redactedFields: REDACTED_HEADERS.map((name) => ({ singleHeader: { Name: name } })),
    });
    logging.node.addDependency(this.logGroup);
  }

  /** Protect a regional resource (API stage, user pool) with this web ACL. */
  public associate(id: string, resourceArn: string): wafv2.CfnWebACLAssociation {
    return new wafv2.CfnWebACLAssociation(this, id, { resourceArn, webAclArn: this.webAcl.attrArn });
  }
}
