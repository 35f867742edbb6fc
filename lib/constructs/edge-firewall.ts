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

/** Managed rule groups whose rules read the request body; they never evaluate the chat routes. */
export const BODY_READING_RULE_GROUPS: readonly (typeof MANAGED_RULE_GROUPS)[number][] = [
  'AWSManagedRulesKnownBadInputsRuleSet',
  'AWSManagedRulesCommonRuleSet',
];

/** Path of the chat routes below the stage: POST /v1/chat and everything under /v1/chat/. */
export const CHAT_PATH_PREFIX = '/v1/chat';

export interface EdgeFirewallRateLimits {
  /** API requests per caller (one `Authorization` header value) in any 5-minute window. */
  readonly perUserPer5Minutes: number;
  /** API requests per source address in any 5-minute window: the flood guard above the per-user limit. */
  readonly perIpPer5Minutes: number;
  /** User-pool requests (hosted UI, token endpoint) per source address in any 5-minute window. */
  readonly signInPerIpPer5Minutes: number;
}

export interface EdgeFirewallProps {
  /** Name stem for the web ACLs, IP sets, metrics and log group. */
  readonly name: string;
  /** Source IPv4 ranges allowed in; with either list non-empty everything else is blocked. @default none */
  readonly allowedIpv4Cidrs?: readonly string[];
  /** Source IPv6 ranges allowed in. @default none */
  readonly allowedIpv6Cidrs?: readonly string[];
  /** Block sources outside Japan. @default false */
  readonly japanOnly?: boolean;
  readonly rateLimits: EdgeFirewallRateLimits;
  /** Largest body (KB) let through; also the body inspection size. One of 16, 32, 48, 64. */
  readonly maxRequestBodyKb: 16 | 32 | 48 | 64;
  /**
   * API stage name: with the default endpoint the path WAF sees starts with `/<stage>`, with a
   * custom domain it does not; the chat scope-down matches both.
   */
  readonly stageName: string;
  /** Keep sampled requests (they show headers unredacted). @default false */
  readonly sampledRequests?: boolean;
  /** Encrypts the WAF log group. */
  readonly logsKey: kms.IKey;
  readonly logRetentionDays: number;
  /** Keep the log group on stack deletion. @default true */
  readonly retain?: boolean;
}

type Rule = wafv2.CfnWebACL.RuleProperty;
type Statement = wafv2.CfnWebACL.StatementProperty;

/**
 * Two REGIONAL web ACLs, one for the API stage and one for the Cognito user pool, so chat traffic
 * and sign-in never share a limit. Both carry the optional IP allow-list and Japan-only geo rule,
 * the explicit body-size limit and the AWS managed rule groups. The API limits each caller by its
 * bearer token, with a higher per-address ceiling as a flood guard (a company behind one NAT
 * address shares any per-address limit); the user pool has a per-address limit sized for sign-in.
 * On the API, the managed groups that read bodies are scoped down away from the chat routes: the
 * guard screens prompts, and a WAF match would block code-bearing prompts and copy the matched
 * fragment (possibly personal data) into the WAF log. Logs go to one KMS-encrypted
 * `aws-waf-logs-` group with the Authorization header and cookies redacted.
 */
export class EdgeFirewall extends Construct {
  /** Guards the API stage. */
  public readonly webAcl: wafv2.CfnWebACL;
  /** Guards the Cognito user pool (hosted UI, sign-in and token endpoints). */
  public readonly signInWebAcl: wafv2.CfnWebACL;
  public readonly logGroup: logs.LogGroup;
  public readonly ipv4AllowList?: wafv2.CfnIPSet;
  public readonly ipv6AllowList?: wafv2.CfnIPSet;
  private readonly props: EdgeFirewallProps;

  constructor(scope: Construct, id: string, props: EdgeFirewallProps) {
    super(scope, id);
    this.props = props;
    if (![16, 32, 48, 64].includes(props.maxRequestBodyKb)) {
      throw new Error(`EdgeFirewall ${this.node.path}: maxRequestBodyKb must be 16, 32, 48 or 64`);
    }
    if (props.allowedIpv4Cidrs?.some((c) => c.trim() === '') || props.allowedIpv6Cidrs?.some((c) => c.trim() === '')) {
      throw new Error(`EdgeFirewall ${this.node.path}: allow-list entries must not be empty`);
    }
    if (!/^[A-Za-z0-9_]{1,64}$/.test(props.stageName)) {
      throw new Error(`EdgeFirewall ${this.node.path}: stageName must be 1-64 letters, digits or "_"`);
    }
    const { rateLimits } = props;
    if (rateLimits.perIpPer5Minutes < rateLimits.perUserPer5Minutes) {
      throw new Error(`EdgeFirewall ${this.node.path}: rateLimits.perIpPer5Minutes must be at least perUserPer5Minutes`);
    }

    const allowSets: Statement[] = [];
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

    const api = 'api';
    const signIn = 'signin';
    this.webAcl = this.webAclFor('WebAcl', api, 'private-ai-jp: API stage', [
      ...this.sourceRules(api, allowSets),
      this.rateRule(api, 'RateLimitPerUser', 2, rateLimits.perUserPer5Minutes, {
        // The bearer token identifies the caller: each signed-in user (per token) has its own
        // count, whatever address they share. Requests without the header are not counted here;
        // the authorizer rejects them and the per-address ceiling still applies.
        aggregateKeyType: 'CUSTOM_KEYS',
        customKeys: [{ header: { name: 'authorization', textTransformations: [{ priority: 0, type: 'NONE' }] } }],
      }),
      this.rateRule(api, 'RateLimitPerIp', 3, rateLimits.perIpPer5Minutes, { aggregateKeyType: 'IP' }),
      this.bodySizeRule(api, 4),
      ...this.managedRules(api, this.notChatRoute()),
    ]);
    this.signInWebAcl = this.webAclFor('SignInWebAcl', signIn, 'private-ai-jp: Cognito sign-in', [
      ...this.sourceRules(signIn, allowSets),
      this.rateRule(signIn, 'RateLimitPerIp', 3, rateLimits.signInPerIpPer5Minutes, { aggregateKeyType: 'IP' }),
      this.bodySizeRule(signIn, 4),
      ...this.managedRules(signIn, undefined),
    ]);

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
    for (const [logId, acl] of [['Logging', this.webAcl], ['SignInLogging', this.signInWebAcl]] as const) {
      const logging = new wafv2.CfnLoggingConfiguration(this, logId, {
        resourceArn: acl.attrArn,
        logDestinationConfigs: [destination],
        redactedFields: REDACTED_HEADERS.map((name) => ({ singleHeader: { Name: name } })),
      });
      logging.node.addDependency(this.logGroup);
    }
  }

  /** Protect the API stage with the API web ACL. */
  public protectApi(id: string, stageArn: string): wafv2.CfnWebACLAssociation {
    return new wafv2.CfnWebACLAssociation(this, id, { resourceArn: stageArn, webAclArn: this.webAcl.attrArn });
  }

  /** Protect the Cognito user pool with the sign-in web ACL. */
  public protectSignIn(id: string, userPoolArn: string): wafv2.CfnWebACLAssociation {
    return new wafv2.CfnWebACLAssociation(this, id, { resourceArn: userPoolArn, webAclArn: this.signInWebAcl.attrArn });
  }

  private metric(acl: string, name: string): wafv2.CfnWebACL.VisibilityConfigProperty {
    return {
      cloudWatchMetricsEnabled: true,
      metricName: `${this.props.name}-${acl}-${name}`,
      // Samples show headers unredacted, the Authorization token included (see config).
      sampledRequestsEnabled: this.props.sampledRequests ?? false,
    };
  }

  private webAclFor(id: string, acl: string, description: string, rules: Rule[]): wafv2.CfnWebACL {
    const inspectionLimit = { defaultSizeInspectionLimit: `KB_${this.props.maxRequestBodyKb}` };
    return new wafv2.CfnWebACL(this, id, {
      name: `${this.props.name}-${acl}-web-acl`,
      description,
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      rules,
      associationConfig: {
        requestBody: acl === 'api' ? { API_GATEWAY: inspectionLimit } : { COGNITO_USER_POOL: inspectionLimit },
      },
      visibilityConfig: this.metric(acl, 'WebAcl'),
    });
  }

  private sourceRules(acl: string, allowSets: Statement[]): Rule[] {
    const rules: Rule[] = [];
    if (allowSets.length) {
      const inAllowList = allowSets.length === 1 ? allowSets[0] : { orStatement: { statements: allowSets } };
      rules.push({
        name: 'BlockOutsideAllowList',
        priority: 0,
        action: { block: {} },
        statement: { notStatement: { statement: inAllowList } },
        visibilityConfig: this.metric(acl, 'BlockOutsideAllowList'),
      });
    }
    if (this.props.japanOnly) {
      rules.push({
        name: 'BlockOutsideJapan',
        priority: 1,
        action: { block: {} },
        statement: { notStatement: { statement: { geoMatchStatement: { countryCodes: ['JP'] } } } },
        visibilityConfig: this.metric(acl, 'BlockOutsideJapan'),
      });
    }
    return rules;
  }

  private rateRule(
    acl: string,
    name: string,
    priority: number,
    limit: number,
    key: Pick<wafv2.CfnWebACL.RateBasedStatementProperty, 'aggregateKeyType' | 'customKeys'>,
  ): Rule {
    return {
      name,
      priority,
      action: { block: {} },
      statement: { rateBasedStatement: { limit, evaluationWindowSec: 300, ...key } },
      visibilityConfig: this.metric(acl, name),
    };
  }

  /**
   * The common rule set blocks bodies over 8 KB, which a long prompt exceeds; its size rule is
   * only counted and this rule enforces the configured limit instead. Bodies larger than the
   * inspection size match (oversizeHandling MATCH) and are blocked, so nothing slips past unread.
   */
  private bodySizeRule(acl: string, priority: number): Rule {
    return {
      name: 'BlockOversizeBody',
      priority,
      action: { block: {} },
      statement: {
        sizeConstraintStatement: {
          fieldToMatch: { body: { oversizeHandling: 'MATCH' } },
          comparisonOperator: 'GT',
          size: this.props.maxRequestBodyKb * 1024,
          textTransformations: [{ priority: 0, type: 'NONE' }],
        },
      },
      visibilityConfig: this.metric(acl, 'BlockOversizeBody'),
    };
  }

  /** Requests outside the chat routes (`[/<stage>]/v1/chat` and below). */
  private notChatRoute(): Statement {
    return {
      notStatement: {
        statement: {
          regexMatchStatement: {
            fieldToMatch: { uriPath: {} },
            regexString: `^(/${this.props.stageName})?${CHAT_PATH_PREFIX}(/|$)`,
            textTransformations: [{ priority: 0, type: 'NONE' }],
          },
        },
      },
    };
  }

  private managedRules(acl: string, bodyRulesScope: Statement | undefined): Rule[] {
    return MANAGED_RULE_GROUPS.map((group, i) => ({
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
          ...(bodyRulesScope && BODY_READING_RULE_GROUPS.includes(group) ? { scopeDownStatement: bodyRulesScope } : {}),
        },
      },
      visibilityConfig: this.metric(acl, group),
    }));
  }
}
