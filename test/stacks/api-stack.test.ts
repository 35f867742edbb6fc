import * as path from 'node:path';
import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { parseConfig } from '../../lib/config';
import { KitFunction } from '../../lib/constructs/kit-function';
import { ApiStack, type ChatFunctionFactory } from '../../lib/stacks/api-stack';
import { FoundationStack } from '../../lib/stacks/foundation-stack';
import { IdentityStack } from '../../lib/stacks/identity-stack';
import { buildKit, newTestApp, synthWithGate } from '../support/kit-app';

const CERT = 'arn:aws:acm:ap-northeast-1:111111111111:certificate/12345678-1234-1234-1234-123456789012';
const apiTemplate = (overrides: Parameters<typeof buildKit>[0] = {}) => Template.fromStack(buildKit(overrides).stacks.api);
type Rule = { Name: string; Priority: number; Statement: Record<string, unknown>; Action?: unknown; OverrideAction?: unknown };
/** Rules of the API web ACL (`acl: 'signin'` for the user pool's). */
const webAclOf = (t: Template, acl: 'api' | 'signin' = 'api') =>
  Object.values(t.findResources('AWS::WAFv2::WebACL')).find((a) => a.Properties.Name === `privateaijp-${acl}-web-acl`)!;
const rulesOf = (t: Template, acl: 'api' | 'signin' = 'api'): Rule[] => webAclOf(t, acl).Properties.Rules as Rule[];

describe('ApiStack: default (regional API, no allow-list)', () => {
  let t: Template;
  let foundation: Template;
  beforeAll(() => {
    const kit = buildKit();
    t = Template.fromStack(kit.stacks.api);
    foundation = Template.fromStack(kit.stacks.foundation);
  });

  test('resource counts', () => {
    // One web ACL for the API, one for sign-in: chat and sign-in never share a limit.
    t.resourceCountIs('AWS::WAFv2::WebACL', 2);
    t.resourceCountIs('AWS::WAFv2::IPSet', 0);
    t.resourceCountIs('AWS::WAFv2::WebACLAssociation', 2);
    t.resourceCountIs('AWS::WAFv2::LoggingConfiguration', 2);
    t.resourceCountIs('AWS::ApiGateway::RestApi', 1);
    // The web client's static GET methods (S3 integrations) are asserted in test/constructs/web-client.test.ts.
    const lambdaMethods = Object.values(t.findResources('AWS::ApiGateway::Method')).filter((m) => m.Properties.Integration?.Type !== 'AWS');
    // POST /v1/chat, POST /v1/chat/stream, GET /v1/me, GET /v1/conversations, GET and DELETE /v1/conversations/{conversationId}.
    expect(lambdaMethods).toHaveLength(6);
    t.resourceCountIs('AWS::ApiGateway::GatewayResponse', 9);
    t.resourceCountIs('AWS::ApiGateway::DomainName', 0);
    // Plus the web client's file deployment (a CDK custom-resource handler).
    // The chat, streaming chat and conversations functions.
    t.resourceCountIs('AWS::Lambda::Function', 3 + 1);
    // WAF and access logs, and the web client deployment's; the chat function logs into the audit stack's request audit log group.
    t.resourceCountIs('AWS::Logs::LogGroup', 2 + 1);
    t.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
  });

  test('WAF: REGIONAL scope, rule order, and no allow-list or geo rule by default', () => {
    t.hasResourceProperties('AWS::WAFv2::WebACL', { Scope: 'REGIONAL', DefaultAction: { Allow: {} } });
    expect(rulesOf(t).map((r) => r.Name)).toEqual([
      'RateLimitPerUser',
      'RateLimitPerIp',
      'BlockOversizeBody',
      'AWSManagedRulesAmazonIpReputationList',
      'AWSManagedRulesAnonymousIpList',
      'AWSManagedRulesKnownBadInputsRuleSet',
      'AWSManagedRulesCommonRuleSet',
    ]);
  });

  test('WAF: the API limits each caller by its Authorization token, with a higher per-IP ceiling', () => {
    const perUser = rulesOf(t).find((r) => r.Name === 'RateLimitPerUser')!;
    expect(perUser.Action).toEqual({ Block: {} });
    expect(perUser.Statement).toEqual({
      RateBasedStatement: {
        AggregateKeyType: 'CUSTOM_KEYS',
        CustomKeys: [{ Header: { Name: 'authorization', TextTransformations: [{ Priority: 0, Type: 'NONE' }] } }],
        EvaluationWindowSec: 300,
        Limit: 300,
      },
    });
    const perIp = rulesOf(t).find((r) => r.Name === 'RateLimitPerIp')!;
    expect(perIp.Action).toEqual({ Block: {} });
    expect(perIp.Statement).toEqual({ RateBasedStatement: { AggregateKeyType: 'IP', EvaluationWindowSec: 300, Limit: 3000 } });
  });

  test('WAF: sign-in has its own web ACL with a per-IP limit sized for sign-in and no per-token rule', () => {
    expect(rulesOf(t, 'signin').map((r) => r.Name)).toEqual([
      'RateLimitPerIp',
      'BlockOversizeBody',
      'AWSManagedRulesAmazonIpReputationList',
      'AWSManagedRulesAnonymousIpList',
      'AWSManagedRulesKnownBadInputsRuleSet',
      'AWSManagedRulesCommonRuleSet',
    ]);
    expect(rulesOf(t, 'signin')[0].Statement).toEqual({ RateBasedStatement: { AggregateKeyType: 'IP', EvaluationWindowSec: 300, Limit: 2000 } });
    // Sign-in keeps every managed rule (no chat route there).
    for (const r of rulesOf(t, 'signin').filter((x) => x.Name.startsWith('AWSManaged'))) {
      expect(r.Statement.ManagedRuleGroupStatement).not.toHaveProperty('ScopeDownStatement');
    }
  });

  test('WAF: configured rate limits reach both web ACLs', () => {
    const custom = apiTemplate({ edge: { waf: { rateLimits: { perUserPer5Minutes: 120, perIpPer5Minutes: 10_000, signInPerIpPer5Minutes: 500 } } } });
    const limit = (acl: 'api' | 'signin', name: string) =>
      (rulesOf(custom, acl).find((r) => r.Name === name)!.Statement as { RateBasedStatement: { Limit: number } }).RateBasedStatement.Limit;
    expect([limit('api', 'RateLimitPerUser'), limit('api', 'RateLimitPerIp'), limit('signin', 'RateLimitPerIp')]).toEqual([120, 10_000, 500]);
  });

  test('WAF: the managed groups that read bodies never evaluate the chat routes; the IP-list groups and the size rule do', () => {
    const chatRoute = {
      RegexMatchStatement: {
        FieldToMatch: { UriPath: {} },
        RegexString: '^(/prod)?/v1/chat(/|$)',
        TextTransformations: [{ Priority: 0, Type: 'NONE' }],
      },
    };
    for (const name of ['AWSManagedRulesKnownBadInputsRuleSet', 'AWSManagedRulesCommonRuleSet']) {
      const group = rulesOf(t).find((r) => r.Name === name)!;
      expect((group.Statement.ManagedRuleGroupStatement as Record<string, unknown>).ScopeDownStatement).toEqual({ NotStatement: { Statement: chatRoute } });
    }
    for (const name of ['AWSManagedRulesAmazonIpReputationList', 'AWSManagedRulesAnonymousIpList']) {
      expect(rulesOf(t).find((r) => r.Name === name)!.Statement.ManagedRuleGroupStatement).not.toHaveProperty('ScopeDownStatement');
    }
    // The size rule has no scope-down: it applies to the chat routes too.
    expect(Object.keys(rulesOf(t).find((r) => r.Name === 'BlockOversizeBody')!.Statement)).toEqual(['SizeConstraintStatement']);
    // The pattern, compiled as WAF reads it, matches the chat paths (default endpoint with the stage, custom domain without).
    const pattern = new RegExp(chatRoute.RegexMatchStatement.RegexString);
    for (const p of ['/prod/v1/chat', '/v1/chat', '/prod/v1/chat/stream', '/v1/chat/stream']) expect(pattern.test(p)).toBe(true);
    for (const p of ['/prod/v1/chats', '/prod/v1/conversations', '/other/v1/chat', '/prod/v1/chat%2F..', '/prod/x/v1/chat']) expect(pattern.test(p)).toBe(false);
  });

  test('WAF: sampled requests (which show the Authorization header) are off by default, on when configured', () => {
    const visibility = (tt: Template) =>
      Object.values(tt.findResources('AWS::WAFv2::WebACL')).flatMap((a) => [a.Properties.VisibilityConfig, ...a.Properties.Rules.map((r: any) => r.VisibilityConfig)]);
    expect(visibility(t).length).toBeGreaterThan(10);
    expect(visibility(t).every((v) => v.SampledRequestsEnabled === false && v.CloudWatchMetricsEnabled === true)).toBe(true);
    const sampled = apiTemplate({ edge: { waf: { sampledRequests: true } } });
    expect(visibility(sampled).every((v) => v.SampledRequestsEnabled === true)).toBe(true);
  });

  test('WAF: the common rule set only counts its 8 KB body rule; an explicit 64 KB rule blocks, oversize bodies match', () => {
    const common = rulesOf(t).find((r) => r.Name === 'AWSManagedRulesCommonRuleSet')!;
    expect(common.Statement).toEqual({
      ManagedRuleGroupStatement: {
        VendorName: 'AWS',
        Name: 'AWSManagedRulesCommonRuleSet',
        RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }],
        ScopeDownStatement: expect.objectContaining({ NotStatement: expect.anything() }),
      },
    });
    const size = rulesOf(t).find((r) => r.Name === 'BlockOversizeBody')!;
    expect(size.Action).toEqual({ Block: {} });
    expect(size.Statement).toEqual({
      SizeConstraintStatement: {
        FieldToMatch: { Body: { OversizeHandling: 'MATCH' } },
        ComparisonOperator: 'GT',
        Size: 65536,
        TextTransformations: [{ Priority: 0, Type: 'NONE' }],
      },
    });
    expect(webAclOf(t).Properties.AssociationConfig).toEqual({ RequestBody: { API_GATEWAY: { DefaultSizeInspectionLimit: 'KB_64' } } });
    expect(webAclOf(t, 'signin').Properties.AssociationConfig).toEqual({ RequestBody: { COGNITO_USER_POOL: { DefaultSizeInspectionLimit: 'KB_64' } } });
  });

  test('WAF: logs to a KMS-encrypted aws-waf-logs- group with Authorization and cookies redacted', () => {
    t.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: 'aws-waf-logs-privateaijp',
      KmsKeyId: Match.anyValue(),
      RetentionInDays: 365,
    });
    const loggings = Object.values(t.findResources('AWS::WAFv2::LoggingConfiguration'));
    expect(loggings).toHaveLength(2);
    for (const logging of loggings) {
      expect(logging.Properties.RedactedFields).toEqual([{ SingleHeader: { Name: 'authorization' } }, { SingleHeader: { Name: 'cookie' } }]);
      // WAF takes the log group ARN without the `:*` suffix.
      expect(JSON.stringify(logging.Properties.LogDestinationConfigs)).toMatch(/:logs:ap-northeast-1:111111111111:log-group:aws-waf-logs-privateaijp"/);
    }
  });

  test('WAF: the API web ACL guards the API stage, the sign-in web ACL the user pool', () => {
    const targets = Object.values(t.findResources('AWS::WAFv2::WebACLAssociation')).map((a) => ({
      resource: JSON.stringify(a.Properties.ResourceArn),
      acl: JSON.stringify(a.Properties.WebACLArn),
    }));
    expect(targets).toHaveLength(2);
    const stage = targets.find((x) => x.resource.includes('/restapis/') && x.resource.includes('/stages/'))!;
    const pool = targets.find((x) => x.resource.includes('DirectoryUserPool'))!;
    expect(stage.acl).toMatch(/"FirewallWebAcl[0-9A-F]+"/);
    expect(pool.acl).toMatch(/"FirewallSignInWebAcl[0-9A-F]+"/);
  });

  test('API: REGIONAL, TLS 1.2 minimum with strict endpoint access, no resource policy', () => {
    t.hasResourceProperties('AWS::ApiGateway::RestApi', {
      EndpointConfiguration: { Types: ['REGIONAL'] },
      SecurityPolicy: 'SecurityPolicy_TLS13_1_2_PQ_2025_09',
      EndpointAccessMode: 'STRICT',
      DisableExecuteApiEndpoint: false,
      Policy: Match.absent(),
    });
  });

  test('API: POST /v1/chat with the Cognito authorizer, body validation and the JSON schema model', () => {
    t.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'POST',
      AuthorizationType: 'COGNITO_USER_POOLS',
      AuthorizerId: Match.anyValue(),
      RequestValidatorId: Match.anyValue(),
      RequestModels: { 'application/json': Match.anyValue(), $default: Match.anyValue() },
      Integration: Match.objectLike({ Type: 'AWS_PROXY' }),
    });
    t.hasResourceProperties('AWS::ApiGateway::Authorizer', { Type: 'COGNITO_USER_POOLS', IdentitySource: 'method.request.header.Authorization' });
    t.hasResourceProperties('AWS::ApiGateway::RequestValidator', { ValidateRequestBody: true });
    t.hasResourceProperties('AWS::ApiGateway::Model', {
      ContentType: 'application/json',
      Schema: Match.objectLike({
        required: ['message'],
        additionalProperties: false,
        properties: Match.objectLike({
          message: { type: 'string', minLength: 1, maxLength: 8000 },
          documents: Match.objectLike({
            maxItems: 5,
            items: Match.objectLike({ additionalProperties: false, required: ['name', 'text'], properties: Match.objectLike({ text: { type: 'string', minLength: 1, maxLength: 8000 } }) }),
          }),
        }),
      }),
    });
  });

  test('API: stage with X-Ray, JSON access logs, ERROR-only execution logs without bodies, and throttling', () => {
    t.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'prod',
      TracingEnabled: true,
      AccessLogSetting: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"') },
      MethodSettings: Match.arrayWith([
        Match.objectLike({ HttpMethod: '*', ResourcePath: '/*', LoggingLevel: 'ERROR', DataTraceEnabled: false, ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 }),
        Match.objectLike({ HttpMethod: 'POST', ResourcePath: '/~1v1~1chat', ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 }),
      ]),
    });
    const format = JSON.parse(Object.values(t.findResources('AWS::ApiGateway::Stage'))[0].Properties.AccessLogSetting.Format);
    expect(format.sub).toBe('$context.authorizer.claims.sub');
    expect(JSON.stringify(format)).not.toMatch(/requestBody|authorization/i);
  });

  test('API: the account logging role is created by code and kept', () => {
    t.resourceCountIs('AWS::ApiGateway::Account', 1);
    t.hasResource('AWS::IAM::Role', {
      Properties: { AssumeRolePolicyDocument: Match.objectLike({ Statement: [Match.objectLike({ Principal: { Service: 'apigateway.amazonaws.com' } })] }) },
      DeletionPolicy: 'Retain',
    });
  });

  test('API: gateway responses never echo internals or validation details', () => {
    const responses = Object.values(t.findResources('AWS::ApiGateway::GatewayResponse'));
    expect(responses.map((r) => r.Properties.ResponseType).sort()).toEqual(
      ['ACCESS_DENIED', 'BAD_REQUEST_BODY', 'BAD_REQUEST_PARAMETERS', 'DEFAULT_4XX', 'DEFAULT_5XX', 'REQUEST_TOO_LARGE', 'THROTTLED', 'UNAUTHORIZED', 'WAF_FILTERED'],
    );
    for (const r of responses) {
      const body = r.Properties.ResponseTemplates['application/json'];
      expect(body).not.toMatch(/\$context\.error|validationErrorString|\$context\.authorizer/);
      expect(JSON.parse(body)).toEqual({ message: expect.any(String), requestId: '$context.requestId' });
      expect(r.Properties.ResponseParameters['gatewayresponse.header.X-Content-Type-Options']).toBe("'nosniff'");
    }
    const badBody = responses.find((r) => r.Properties.ResponseType === 'BAD_REQUEST_BODY')!;
    expect(JSON.parse(badBody.Properties.ResponseTemplates['application/json']).message).toBe('Invalid request body');
  });

  test('API: access logs in a KMS-encrypted, retained log group', () => {
    t.hasResource('AWS::Logs::LogGroup', {
      Properties: { KmsKeyId: Match.anyValue(), RetentionInDays: 365, LogGroupName: Match.absent() },
      DeletionPolicy: 'Retain',
    });
  });

  test('chat route: the guarded chat function through the house function (Node.js, ARM64, VPC, tracing, reserved concurrency)', () => {
    t.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'Active' },
      ReservedConcurrentExecutions: 10,
      VpcConfig: Match.objectLike({ SubnetIds: Match.anyValue() }),
      Description: Match.stringLikeRegexp('guarded chat'),
    });
    const methods = Object.values(t.findResources('AWS::ApiGateway::Method', { Properties: { HttpMethod: 'POST' } }));
    expect(methods).toHaveLength(2);
    const fn = (description: string) =>
      Object.keys(t.findResources('AWS::Lambda::Function', { Properties: { Description: Match.stringLikeRegexp(description) } }));
    const [buffered] = fn('guarded chat \\(POST /v1/chat\\)');
    const [streamed] = fn('guarded chat, streamed');
    const uris = methods.map((m) => JSON.stringify(m.Properties.Integration.Uri));
    expect(uris.find((u) => u.includes('/invocations"'))).toContain(`"${buffered}","Arn"`);
    // POST /v1/chat/stream: the streaming handler through the response-streaming invocation path.
    expect(uris.find((u) => u.includes('/response-streaming-invocations'))).toContain(`"${streamed}","Arn"`);
    t.hasResourceProperties('AWS::ApiGateway::Method', { HttpMethod: 'POST', Integration: Match.objectLike({ ResponseTransferMode: 'STREAM', Type: 'AWS_PROXY' }) });
  });

  test('regional API needs no execute-api endpoint in the foundation', () => {
    foundation.resourcePropertiesCountIs('AWS::EC2::VPCEndpoint', { ServiceName: 'com.amazonaws.ap-northeast-1.execute-api' }, 0);
  });

  test('no CloudFront and no CLOUDFRONT-scope WAF anywhere in the kit', () => {
    const kit = buildKit({ edge: { waf: { japanOnly: true } } });
    for (const stack of [kit.stacks.foundation, kit.stacks.identity, kit.stacks.api]) {
      const json = JSON.stringify(Template.fromStack(stack).toJSON());
      expect(json).not.toMatch(/AWS::CloudFront::|"CLOUDFRONT"|us-east-1/);
    }
  });
});

describe('ApiStack: switches', () => {
  test('IPv4 and IPv6 allow-list: two IP sets, anything else blocked first', () => {
    const t = apiTemplate({ edge: { waf: { allowedIpv4Cidrs: ['203.0.113.0/24'], allowedIpv6Cidrs: ['2001:db8::/32'] } } });
    t.resourceCountIs('AWS::WAFv2::IPSet', 2);
    t.hasResourceProperties('AWS::WAFv2::IPSet', { Scope: 'REGIONAL', IPAddressVersion: 'IPV4', Addresses: ['203.0.113.0/24'] });
    t.hasResourceProperties('AWS::WAFv2::IPSet', { Scope: 'REGIONAL', IPAddressVersion: 'IPV6', Addresses: ['2001:db8::/32'] });
    const first = rulesOf(t)[0];
    expect(first.Name).toBe('BlockOutsideAllowList');
    expect(first.Priority).toBe(0);
    expect(first.Action).toEqual({ Block: {} });
    expect(first.Statement).toEqual({
      NotStatement: { Statement: { OrStatement: { Statements: [
        { IPSetReferenceStatement: { Arn: { 'Fn::GetAtt': [expect.stringMatching(/^FirewallAllowedIpv4/), 'Arn'] } } },
        { IPSetReferenceStatement: { Arn: { 'Fn::GetAtt': [expect.stringMatching(/^FirewallAllowedIpv6/), 'Arn'] } } },
      ] } } },
    });
  });

  test('IPv4-only allow-list uses the single IP set directly', () => {
    const t = apiTemplate({ edge: { waf: { allowedIpv4Cidrs: ['203.0.113.0/24'] } } });
    t.resourceCountIs('AWS::WAFv2::IPSet', 1);
    expect(rulesOf(t)[0].Statement).toEqual({
      NotStatement: { Statement: { IPSetReferenceStatement: { Arn: { 'Fn::GetAtt': [expect.stringMatching(/^FirewallAllowedIpv4/), 'Arn'] } } } },
    });
  });

  test('Japan-only geo rule and a smaller body limit', () => {
    const t = apiTemplate({ edge: { waf: { japanOnly: true, maxRequestBodyKb: 32 } }, chat: { maxMessageChars: 4000, maxTotalChars: 4000, documents: { maxChars: 4000, maxTotalChars: 4000 } } });
    const geo = rulesOf(t).find((r) => r.Name === 'BlockOutsideJapan')!;
    expect(geo.Statement).toEqual({ NotStatement: { Statement: { GeoMatchStatement: { CountryCodes: ['JP'] } } } });
    expect((rulesOf(t).find((r) => r.Name === 'BlockOversizeBody')!.Statement as { SizeConstraintStatement: { Size: number } }).SizeConstraintStatement.Size).toBe(32768);
    t.hasResourceProperties('AWS::WAFv2::WebACL', { AssociationConfig: { RequestBody: Match.objectLike({ API_GATEWAY: { DefaultSizeInspectionLimit: 'KB_32' } }) } });
  });

  test('private API: PRIVATE endpoint bound to the execute-api endpoint, resource policy on aws:SourceVpce', () => {
    const kit = buildKit({ edge: { api: { endpointType: 'private' } } });
    const t = Template.fromStack(kit.stacks.api);
    Template.fromStack(kit.stacks.foundation).resourcePropertiesCountIs(
      'AWS::EC2::VPCEndpoint',
      { ServiceName: 'com.amazonaws.ap-northeast-1.execute-api', PrivateDnsEnabled: true },
      1,
    );
    const [api] = Object.values(t.findResources('AWS::ApiGateway::RestApi'));
    expect(api.Properties.EndpointConfiguration.Types).toEqual(['PRIVATE']);
    const [endpointRef] = api.Properties.EndpointConfiguration.VpcEndpointIds;
    expect(JSON.stringify(endpointRef)).toMatch(/ExecuteApiEndpoint/);
    expect(api.Properties.Policy.Statement).toEqual([
      {
        Sid: 'DenyOutsideTheVpcEndpoint',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: 'execute-api:Invoke',
        Resource: 'execute-api:/*',
        Condition: { StringNotEquals: { 'aws:SourceVpce': endpointRef } },
      },
      { Sid: 'AllowThroughTheVpcEndpoint', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'execute-api:Invoke', Resource: 'execute-api:/*' },
    ]);
  });

  test('CORS: preflights on the API routes only (/v1/chat, /v1/chat/stream, /v1/me, /v1/conversations, /v1/conversations/{id}), limited to the configured origin', () => {
    const t = apiTemplate({ edge: { api: { corsOrigins: ['https://chat.example.co.jp'] } } });
    t.resourcePropertiesCountIs('AWS::ApiGateway::Method', { HttpMethod: 'OPTIONS' }, 5);
    t.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'OPTIONS',
      Integration: Match.objectLike({
        IntegrationResponses: [Match.objectLike({ ResponseParameters: Match.objectLike({ 'method.response.header.Access-Control-Allow-Origin': "'https://chat.example.co.jp'" }) })],
      }),
    });
    t.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
      ResponseType: 'UNAUTHORIZED',
      ResponseParameters: Match.objectLike({ 'gatewayresponse.header.Access-Control-Allow-Origin': "'https://chat.example.co.jp'" }),
    });
  });

  test('custom domain: Tokyo certificate, TLS 1.2 minimum, default endpoint disabled', () => {
    const t = apiTemplate({ edge: { api: { customDomain: { domainName: 'ai-api.example.co.jp', certificateArn: CERT } } } });
    t.hasResourceProperties('AWS::ApiGateway::DomainName', {
      DomainName: 'ai-api.example.co.jp',
      RegionalCertificateArn: CERT,
      EndpointConfiguration: { Types: ['REGIONAL'] },
      SecurityPolicy: 'SecurityPolicy_TLS13_1_2_PQ_2025_09',
      EndpointAccessMode: 'STRICT',
    });
    t.resourceCountIs('AWS::ApiGateway::BasePathMapping', 1);
    t.hasResourceProperties('AWS::ApiGateway::RestApi', { DisableExecuteApiEndpoint: true });
  });
});

describe('ApiStack: the chat-function factory', () => {
  function buildWith(factory: ChatFunctionFactory): Template {
    const app = newTestApp();
    const config = parseConfig({});
    const env = { account: config.account, region: config.region };
    const foundation = new FoundationStack(app, 'F', { env, config });
    const identity = new IdentityStack(app, 'I', { env, config, keys: foundation.keys, network: foundation.network });
    const api = new ApiStack(app, 'A', { env, config, keys: foundation.keys, network: foundation.network, userPool: identity.directory.userPool, chatFunction: factory, accessLogsBucket: foundation.accessLogsBucket.bucket });
    return Template.fromStack(api);
  }

  const custom = (grantWildcard: boolean): ChatFunctionFactory => (scope, { config, keys, network }) => {
    const fn = new KitFunction(scope, 'CustomChat', {
      entry: path.join(__dirname, '..', '..', 'lambda', 'handlers', 'chat.ts'),
      description: 'custom chat function',
      vpc: network.vpc,
      logsKey: keys.logsKey,
      environmentKey: keys.dataKey,
      logRetentionDays: config.retention.logDays,
      reservedConcurrency: 3,
      timeout: Duration.seconds(10),
    });
    if (grantWildcard) fn.function.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    return fn.function;
  };

  test('one prop swaps the function behind POST /v1/chat', () => {
    const t = buildWith(custom(false));
    // The custom chat function and the web client's file deployment.
    t.resourceCountIs('AWS::Lambda::Function', 2);
    t.hasResourceProperties('AWS::Lambda::Function', { Description: 'custom chat function', ReservedConcurrentExecutions: 3 });
    const [post] = Object.values(t.findResources('AWS::ApiGateway::Method', { Properties: { HttpMethod: 'POST' } }));
    expect(JSON.stringify(post.Properties.Integration.Uri)).toMatch(/CustomChatFunction/);
  });

  test('a house function granting a non-X-Ray action on "*" fails synth (keeps the IAM5 acknowledgment honest)', () => {
    expect(() => buildWith(custom(true))).toThrow(/actions s3:GetObject are granted on "\*"; scope them to resources/);
  });
});

describe('ApiStack: policy gate', () => {
  let ledger: Record<string, string[]>;
  beforeAll(() => {
    const app = synthWithGate();
    ledger = {};
    for (const name of ['PrivateAiJp-Identity', 'PrivateAiJp-Api']) {
      const template = app.synth().getStackByName(name).template as { Resources: Record<string, { Metadata?: { cdk_nag?: { rules_to_suppress: Array<{ id: string; reason: string }> } } }> };
      for (const [logicalId, resource] of Object.entries(template.Resources)) {
        const acks = resource.Metadata?.cdk_nag?.rules_to_suppress ?? [];
        for (const ack of acks) expect(ack.reason.length).toBeGreaterThan(40);
        if (acks.length) ledger[logicalId.replace(/[0-9A-F]{8}$/, '')] = acks.map((a) => a.id).sort();
      }
    }
  });

  test('default: nag and residency packs pass, and the acknowledgment ledger is exactly this', () => {
    expect(ledger).toEqual({
      // No AWS managed policy on the function role: ENI actions in a policy of their own, logs on its own group.
      ChatHandlerNetworkInterfaces: ['AwsSolutions-IAM5[Resource::*]'],
      ChatHandlerRoleDefaultPolicy: ['AwsSolutions-IAM5[Resource::*]', 'NIST.800.53.R5-IAMNoInlinePolicy'],
      ChatHandlerFunction: ['NIST.800.53.R5-LambdaDLQ'],
      // The streaming handler (POST /v1/chat/stream) is a house function of its own: the same three.
      ChatStreamHandlerNetworkInterfaces: ['AwsSolutions-IAM5[Resource::*]'],
      ChatStreamHandlerRoleDefaultPolicy: ['AwsSolutions-IAM5[Resource::*]', 'NIST.800.53.R5-IAMNoInlinePolicy'],
      ChatStreamHandlerFunction: ['NIST.800.53.R5-LambdaDLQ'],
      // The conversations function (GET /v1/me, /v1/conversations): a house function too, the same three.
      ChatConversationsHandlerNetworkInterfaces: ['AwsSolutions-IAM5[Resource::*]'],
      ChatConversationsHandlerRoleDefaultPolicy: ['AwsSolutions-IAM5[Resource::*]', 'NIST.800.53.R5-IAMNoInlinePolicy'],
      ChatConversationsHandlerFunction: ['NIST.800.53.R5-LambdaDLQ'],
      ChatConversations: ['NIST.800.53.R5-DynamoDBInBackupPlan'],
      ChatApiCloudWatchRole: ['AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]'],
      ChatApiDeploymentStageprod: ['NIST.800.53.R5-APIGWCacheEnabledAndEncrypted', 'NIST.800.53.R5-APIGWSSLEnabled'],
      // The web client: public static files (no authorizer), its bucket, and CDK's file deployment function.
      ...Object.fromEntries(['ChatApiGET', 'ChatApiappconfigjsonGET', 'ChatApiappmainjsGET', 'ChatApiappstylecssGET'].map((id) => [id, ['AwsSolutions-APIG4', 'AwsSolutions-COG4']])),
      WebClientFilesBucket: ['NIST.800.53.R5-S3BucketReplicationEnabled'],
      WebClientDeployNetworkInterfaces: ['AwsSolutions-IAM5[Resource::*]'],
      WebClientDeployRoleDefaultPolicy: [
        'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
        'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
        'AwsSolutions-IAM5[Action::s3:Abort*]',
        'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
        'AwsSolutions-IAM5[Action::s3:GetBucket*]',
        'AwsSolutions-IAM5[Action::s3:GetObject*]',
        'AwsSolutions-IAM5[Action::s3:List*]',
        'AwsSolutions-IAM5[Resource::<WebClientFilesBucketCB1E91B5.Arn>/*]',
        'AwsSolutions-IAM5[Resource::arn:aws:s3:::cdk-hnb659fds-assets-111111111111-ap-northeast-1/*]',
        'NIST.800.53.R5-IAMNoInlinePolicy',
      ],
      CustomCDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C256MiBc811334c2c9cdd0870698af5e4bd58c75ee1ef3f70c88d2c8e607bbdc1212ca431658df2362336e24945: ['AwsSolutions-L1', 'NIST.800.53.R5-LambdaDLQ'],
    });
  });

  test('regional API with a custom domain and CORS passes the gate (the private variant is gated in identity-stack.test.ts)', () => {
    expect(() => synthWithGate({ edge: { api: { corsOrigins: ['https://chat.example.co.jp'], customDomain: { domainName: 'ai-api.example.co.jp', certificateArn: CERT } } } })).not.toThrow();
  });
});
