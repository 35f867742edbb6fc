import { Match, Template } from 'aws-cdk-lib/assertions';
import { type OffHoursWindow, offHoursCondition } from '../../lib/constructs/usage-alarms';
import { buildKit } from '../support/kit-app';

const ACCOUNT = '111111111111';
const TRAIL_ARN = `arn:aws:cloudtrail:ap-northeast-1:${ACCOUNT}:trail/PrivateAiJp-audit-trail`;

function auditTemplate(overrides: Parameters<typeof buildKit>[0] = {}): Template {
  return Template.fromStack(buildKit(overrides).stacks.audit);
}

function keyStatements(template: Template): Record<string, any> {
  const [key] = Object.values(template.findResources('AWS::KMS::Key')) as any[];
  return Object.fromEntries(key.Properties.KeyPolicy.Statement.filter((s: any) => s.Sid).map((s: any) => [s.Sid, s]));
}

function bucketStatements(template: Template): Record<string, any> {
  const [policy] = Object.values(template.findResources('AWS::S3::BucketPolicy')) as any[];
  return Object.fromEntries(policy.Properties.PolicyDocument.Statement.filter((s: any) => s.Sid).map((s: any) => [s.Sid, s]));
}

describe('AuditStack (default config)', () => {
  let template: Template;
  beforeAll(() => {
    template = auditTemplate();
  });

  test('resource counts', () => {
    const expected: Record<string, number> = {
      'AWS::KMS::Key': 1,
      'AWS::S3::Bucket': 1,
      'AWS::CloudTrail::Trail': 1,
      'AWS::Logs::LogGroup': 3, // trail, request audit, custom-resource function
      'AWS::Lambda::Function': 1,
      'Custom::BedrockInvocationLogging': 1,
      'AWS::Logs::QueryDefinition': 6,
      'AWS::Logs::MetricFilter': 5,
      'AWS::CloudWatch::InsightRule': 2,
      'AWS::CloudWatch::Alarm': 7,
      'AWS::SNS::Topic': 1,
      'AWS::SNS::Subscription': 0,
    };
    for (const [type, n] of Object.entries(expected)) template.resourceCountIs(type, n);
  });

  test('the audit key rotates, is retained, and admits CloudTrail only for this trail', () => {
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true, RotationPeriodInDays: 365 });
    template.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain' });
    template.hasResourceProperties('AWS::KMS::Alias', { AliasName: 'alias/private-ai-jp/audit' });
    const s = keyStatements(template);
    expect(s.AllowCloudTrailToEncryptThisTrailsLogs).toMatchObject({
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 'kms:GenerateDataKey*',
      Condition: {
        StringEquals: { 'aws:SourceArn': TRAIL_ARN },
        StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${ACCOUNT}:trail/PrivateAiJp-audit-trail` },
      },
    });
    expect(s.AllowCloudTrailToDescribeKey.Condition).toEqual({ StringEquals: { 'aws:SourceArn': TRAIL_ARN } });
    expect(s.AllowCloudWatchLogsForThisAccountsLogGroups).toMatchObject({
      Principal: { Service: 'logs.ap-northeast-1.amazonaws.com' },
      Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:ap-northeast-1:${ACCOUNT}:log-group:*` } },
    });
    expect(s.AllowBedrockInvocationLogDeliveryToS3).toMatchObject({
      Principal: { Service: 'bedrock.amazonaws.com' },
      Action: 'kms:GenerateDataKey',
      Condition: {
        StringEquals: { 'aws:SourceAccount': ACCOUNT },
        ArnLike: { 'aws:SourceArn': `arn:aws:bedrock:ap-northeast-1:${ACCOUNT}:*` },
      },
    });
    expect(s.AllowThisStacksAlarmsToPublishToTheEncryptedTopic).toMatchObject({
      Principal: { Service: 'cloudwatch.amazonaws.com' },
      Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:cloudwatch:ap-northeast-1:${ACCOUNT}:alarm:PrivateAiJp-audit-*` } },
    });
    // Nothing but the root statement, these five and the deny of key destruction.
    const [key] = Object.values(template.findResources('AWS::KMS::Key')) as any[];
    expect(key.Properties.KeyPolicy.Statement).toHaveLength(7);
    expect(s.DenyKeyDestructionExceptToTheKeyAdministrators).toMatchObject({ Effect: 'Deny', Principal: { AWS: '*' } });
  });

  test('the audit bucket: object lock in governance mode for the audit retention, KMS, access logs, retained', () => {
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        ObjectLockEnabled: true,
        ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 2557 } } },
        VersioningConfiguration: { Status: 'Enabled' },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            Match.objectLike({ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: Match.anyValue() }, BucketKeyEnabled: true }),
          ],
        },
        LoggingConfiguration: Match.objectLike({ DestinationBucketName: Match.anyValue() }),
        LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 2557 })] },
      }),
    });
  });

  test('the bucket policy: TLS only, CloudTrail from this trail only, Bedrock under its prefix only', () => {
    const s = bucketStatements(template);
    expect(s.DenyCloudTrailDeliveryFromOtherTrails).toMatchObject({
      Effect: 'Deny',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: ['s3:GetBucketAcl', 's3:PutObject'],
      Condition: { StringNotEquals: { 'aws:SourceArn': TRAIL_ARN } },
    });
    expect(s.AllowBedrockInvocationLogDelivery).toMatchObject({
      Effect: 'Allow',
      Principal: { Service: 'bedrock.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [expect.stringMatching(/^AuditBucket/), 'Arn'] }, '/bedrock-invocations/*']] },
      Condition: {
        StringEquals: { 'aws:SourceAccount': ACCOUNT },
        ArnLike: { 'aws:SourceArn': `arn:aws:bedrock:ap-northeast-1:${ACCOUNT}:*` },
      },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({ Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Effect: 'Allow' }),
        ]),
      },
    });
  });

  test('the trail: every region, global events, file validation, KMS, S3 and CloudWatch Logs delivery', () => {
    template.hasResourceProperties('AWS::CloudTrail::Trail', {
      TrailName: 'PrivateAiJp-audit-trail',
      IsMultiRegionTrail: true,
      IncludeGlobalServiceEvents: true,
      EnableLogFileValidation: true,
      IsLogging: true,
      KMSKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Key'), 'Arn'] },
      S3BucketName: { Ref: Match.stringLikeRegexp('^AuditBucket') },
      S3KeyPrefix: 'cloudtrail',
      CloudWatchLogsLogGroupArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^TrailLogs'), 'Arn'] },
      CloudWatchLogsRoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^TrailLogsDeliveryRole'), 'Arn'] },
      EventSelectors: Match.absent(),
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 2557, KmsKeyId: Match.anyValue() });
  });

  test('the trail records management events plus data events on the kit buckets and functions', () => {
    const [trail] = Object.values(template.findResources('AWS::CloudTrail::Trail')) as any[];
    expect(trail.Properties.AdvancedEventSelectors).toEqual([
      { Name: 'Management events (read and write, every region)', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
      {
        Name: 'S3 object events on the kit buckets',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Data'] },
          { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
          // The audit and access-log buckets are excluded (see audit-protection.test.ts for the resolved ARNs).
          { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::privateaijp-'], NotStartsWith: [expect.anything(), expect.anything()] },
        ],
      },
      {
        Name: 'Lambda invoke events on the kit functions',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Data'] },
          { Field: 'resources.type', Equals: ['AWS::Lambda::Function'] },
          { Field: 'resources.ARN', StartsWith: [`arn:aws:lambda:ap-northeast-1:${ACCOUNT}:function:PrivateAiJp-`] },
        ],
      },
    ]);
  });

  test('the trail delivers to its log group through a role confined to this trail', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT, 'aws:SourceArn': TRAIL_ARN } },
        })],
      },
    });
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: [{
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: { 'Fn::Join': ['', [`arn:aws:logs:ap-northeast-1:${ACCOUNT}:log-group:`, { Ref: Match.stringLikeRegexp('^TrailLogs') }, `:log-stream:${ACCOUNT}_CloudTrail_*`]] },
        }],
      },
    });
  });

  test('the invocation-logging custom resource puts an s3 configuration into the audit bucket', () => {
    const [cr] = Object.values(template.findResources('Custom::BedrockInvocationLogging')) as any[];
    expect(cr.Properties.ServiceToken).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^InvocationLoggingHandlerFunction/), 'Arn'] });
    expect(cr.Properties.ServiceTimeout).toBe('300');
    expect(cr.Properties.LoggingConfig).toEqual({
      textDataDeliveryEnabled: true,
      imageDataDeliveryEnabled: false,
      embeddingDataDeliveryEnabled: false,
      videoDataDeliveryEnabled: false,
      s3Config: { bucketName: { Ref: expect.stringMatching(/^AuditBucket/) }, keyPrefix: 'bedrock-invocations' },
    });
    // Bedrock checks the destinations when the configuration is put.
    expect(cr.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^AuditBucketPolicy/), expect.stringMatching(/^InvocationLoggingHandlerPolicy/)]));
  });

  test('the custom-resource function is a house function in the isolated subnets, and may only configure logging', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: Match.stringLikeRegexp('^nodejs'),
      Architectures: ['arm64'],
      ReservedConcurrentExecutions: 1,
      VpcConfig: { SubnetIds: Match.anyValue(), SecurityGroupIds: Match.anyValue() },
      TracingConfig: { Mode: 'Active' },
      KmsKeyArn: Match.anyValue(),
      Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'invocation-logging' }) },
    });
    const fn = Object.values(template.findResources('AWS::Lambda::Function'))[0] as any;
    expect(fn.Properties.Environment.Variables.BEDROCK_ENDPOINT_URL).toBeUndefined();
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      Description: Match.stringLikeRegexp('^Invocation-logging custom resource'),
      PolicyDocument: {
        Statement: [{
          Sid: 'ConfigureInvocationLogging',
          Effect: 'Allow',
          Action: ['bedrock:DeleteModelInvocationLoggingConfiguration', 'bedrock:GetModelInvocationLoggingConfiguration', 'bedrock:PutModelInvocationLoggingConfiguration'],
          Resource: '*',
          Condition: { StringEquals: { 'aws:RequestedRegion': 'ap-northeast-1' } },
        }],
      },
    });
    // Another workload's configuration is not replaced unless the config says so.
    const [cr] = Object.values(template.findResources('Custom::BedrockInvocationLogging')) as any[];
    expect(cr.Properties.ReplaceExisting).toBe(false);
    // HTTPS out only (endpoints in the VPC, S3 gateway endpoint for the CloudFormation answer).
    template.hasResourceProperties('AWS::EC2::SecurityGroup', {
      SecurityGroupEgress: Match.arrayWith([Match.objectLike({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443 })]),
    });
  });

  test('replaceExisting: the resource says so, and the function may pass a replaced configuration\'s role back to Bedrock only', () => {
    const t = auditTemplate({ audit: { invocationLogging: { replaceExisting: true } } });
    const [cr] = Object.values(t.findResources('Custom::BedrockInvocationLogging')) as any[];
    expect(cr.Properties.ReplaceExisting).toBe(true);
    t.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      Description: Match.stringLikeRegexp('^Invocation-logging custom resource'),
      PolicyDocument: {
        Statement: Match.arrayWith([{
          Sid: 'PassAReplacedConfigurationsRoleBackToBedrock',
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: `arn:aws:iam::${ACCOUNT}:role/*`,
          Condition: { StringEquals: { 'iam:PassedToService': 'bedrock.amazonaws.com' } },
        }]),
      },
    });
  });

  test('the request audit log group: audit key, audit retention, retained', () => {
    const stack = buildKit().stacks.audit;
    const logGroup = stack.requestAuditLogGroup;
    const t = Template.fromStack(stack);
    const id = stack.getLogicalId(logGroup.node.defaultChild as never);
    const resource = t.toJSON().Resources[id];
    expect(resource.Type).toBe('AWS::Logs::LogGroup');
    expect(resource.DeletionPolicy).toBe('Retain');
    expect(resource.Properties.RetentionInDays).toBe(2557);
    expect(resource.Properties.KmsKeyId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Key/), 'Arn'] });
  });

  test('metric filters read the chat.audit JSON fields into the PrivateAiJp namespace', () => {
    const filters = Object.values(template.findResources('AWS::Logs::MetricFilter')) as any[];
    const byMetric = Object.fromEntries(filters.map((f) => [f.Properties.MetricTransformations[0].MetricName, f.Properties]));
    expect(Object.keys(byMetric).sort()).toEqual(['AuditedRequests', 'BedrockThrottled', 'BlockedRequests', 'GuardErrors', 'InjectionFlagged']);
    expect(byMetric.AuditedRequests.FilterPattern).toBe('{ $.message = "chat.audit" }');
    expect(byMetric.BlockedRequests.FilterPattern).toBe('{ ($.message = "chat.audit") && ($.decision = "blocked_*") }');
    expect(byMetric.InjectionFlagged.FilterPattern).toBe('{ ($.message = "chat.audit") && ($.injection.flagged IS TRUE) }');
    expect(byMetric.GuardErrors.FilterPattern).toBe('{ ($.message = "chat.audit") && ($.errorKind = "guard_error") }');
    expect(byMetric.BedrockThrottled.FilterPattern).toBe('{ ($.message = "chat.audit") && ($.errorKind = "bedrock_throttled") }');
    for (const f of filters) {
      expect(f.Properties.MetricTransformations[0]).toMatchObject({ MetricNamespace: 'PrivateAiJp', MetricValue: '1', Unit: 'Count' });
      expect(f.Properties.LogGroupName).toEqual({ Ref: expect.stringMatching(/^RequestAuditLogs/) });
    }
  });

  test('spike alarms with the default thresholds, all notifying the topic', () => {
    const spikes: Record<string, number> = { BlockedRequests: 10, InjectionFlagged: 5, GuardErrors: 1, BedrockThrottled: 5 };
    for (const [metric, threshold] of Object.entries(spikes)) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmName: `PrivateAiJp-audit-${metric}`,
        Namespace: 'PrivateAiJp',
        MetricName: metric,
        Statistic: 'Sum',
        Period: 300,
        Threshold: threshold,
        EvaluationPeriods: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
        AlarmActions: [{ Ref: Match.stringLikeRegexp('^UsageAlarmsTopic') }],
      });
    }
    template.allResourcesProperties('AWS::CloudWatch::Alarm', { AlarmActions: [{ Ref: Match.stringLikeRegexp('^UsageAlarmsTopic') }] });
  });

  test('bulk input per user: Contributor Insights rules by userSub, alarmed on the top contributor', () => {
    const rules = Object.values(template.findResources('AWS::CloudWatch::InsightRule')) as any[];
    const bodies = Object.fromEntries(rules.map((r) => {
      const body = JSON.parse(r.Properties.RuleBody['Fn::Join'][1].map((p: unknown) => (typeof p === 'string' ? p : 'LOGGROUP')).join(''));
      return [r.Properties.RuleName, body];
    }));
    expect(bodies['PrivateAiJp-audit-RequestsPerUser']).toEqual({
      Schema: { Name: 'CloudWatchLogRule', Version: 1 },
      LogGroupNames: ['LOGGROUP'],
      LogFormat: 'JSON',
      Contribution: { Keys: ['$.userSub'], Filters: [{ Match: '$.message', In: ['chat.audit'] }] },
      AggregateOn: 'Count',
    });
    expect(bodies['PrivateAiJp-audit-InputCharsPerUser'].Contribution).toEqual({
      Keys: ['$.userSub'], ValueOf: '$.inputChars', Filters: [{ Match: '$.message', In: ['chat.audit'] }],
    });
    expect(bodies['PrivateAiJp-audit-InputCharsPerUser'].AggregateOn).toBe('Sum');
    for (const [name, threshold] of [['RequestsPerUser', 200], ['InputCharsPerUser', 200000]] as const) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmName: `PrivateAiJp-audit-${name}`,
        Threshold: threshold,
        Metrics: [Match.objectLike({ Expression: `INSIGHT_RULE_METRIC('PrivateAiJp-audit-${name}', 'MaxContributorValue')`, Period: 3600, ReturnData: true })],
      });
    }
  });

  test('off-hours alarm: hourly requests kept only in the UTC hours that are 20:00-08:00 or weekend in Tokyo', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'PrivateAiJp-audit-OffHoursRequests',
      Threshold: 5,
      Metrics: Match.arrayWith([
        Match.objectLike({
          Id: 'expr_1',
          Expression: 'IF(((DAY(m1) >= 1 AND DAY(m1) <= 4) AND ((HOUR(m1) >= 11 AND HOUR(m1) < 23))) OR (DAY(m1) == 5 AND (HOUR(m1) >= 11)) OR DAY(m1) == 6 OR (DAY(m1) == 7 AND (HOUR(m1) < 23)), m1, 0)',
        }),
        Match.objectLike({ Id: 'm1', MetricStat: { Metric: { Namespace: 'PrivateAiJp', MetricName: 'AuditedRequests' }, Period: 3600, Stat: 'Sum' } }),
      ]),
    });
  });

  test('the alarm topic: audit key, TLS only, CloudWatch may publish for this stack\'s alarms only', () => {
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Key'), 'Arn'] } });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Sid: 'AllowThisStacksAlarmsToPublish',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: 'sns:Publish',
            Condition: {
              StringEquals: { 'aws:SourceAccount': ACCOUNT },
              ArnLike: { 'aws:SourceArn': `arn:aws:cloudwatch:ap-northeast-1:${ACCOUNT}:alarm:PrivateAiJp-audit-*` },
            },
          }),
        ]),
      },
    });
  });

  test('saved Logs Insights queries for a reviewer, on the request audit log group', () => {
    const queries = Object.values(template.findResources('AWS::Logs::QueryDefinition')) as any[];
    const byName = Object.fromEntries(queries.map((q) => [q.Properties.Name, q.Properties]));
    expect(Object.keys(byName).sort()).toEqual([
      'PrivateAiJp/audit/blocked-requests-and-why',
      'PrivateAiJp/audit/injection-flags',
      'PrivateAiJp/audit/masked-entities-by-type-and-department',
      'PrivateAiJp/audit/models-used',
      'PrivateAiJp/audit/requests-by-user-and-time',
      'PrivateAiJp/audit/requests-per-user-per-hour',
    ]);
    for (const q of queries) {
      expect(q.Properties.LogGroupNames).toEqual([{ Ref: expect.stringMatching(/^RequestAuditLogs/) }]);
      expect(q.Properties.QueryString).toMatch(/(^|\n\| )filter message = "chat\.audit"\n/);
    }
    expect(byName['PrivateAiJp/audit/requests-by-user-and-time'].QueryString).toMatch(/^fields @timestamp, userSub, department, .*model, decision/);
    expect(byName['PrivateAiJp/audit/blocked-requests-and-why'].QueryString).toMatch(/filter decision != "allowed"/);
    expect(byName['PrivateAiJp/audit/blocked-requests-and-why'].QueryString).toMatch(/errorKind, outputCheck, injection\.score/);
    const masked = byName['PrivateAiJp/audit/masked-entities-by-type-and-department'].QueryString;
    expect(masked).toMatch(/sum\(entityCounts\.MY_NUMBER\) as MY_NUMBER/);
    expect(masked).toMatch(/sum\(entityCounts\.CREDIT_CARD\) as CREDIT_CARD/);
    expect(masked).toMatch(/by department/);
    expect(byName['PrivateAiJp/audit/models-used'].QueryString).toMatch(/stats count\(\*\) as requests.* by model, department/);
    expect(byName['PrivateAiJp/audit/injection-flags'].QueryString).toMatch(/filter \(injection\.flagged = 1 or injection\.flagged = "true"\)/);
  });
});

describe('AuditStack (config switches)', () => {
  test('cloudwatch delivery adds a KMS log group and a Bedrock role that may write only the invocation stream', () => {
    const template = auditTemplate({ audit: { invocationLogging: { destinations: ['cloudwatch'] } } });
    template.resourceCountIs('AWS::Logs::LogGroup', 4);
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({
          Principal: { Service: 'bedrock.amazonaws.com' },
          Condition: {
            StringEquals: { 'aws:SourceAccount': ACCOUNT },
            ArnLike: { 'aws:SourceArn': `arn:aws:bedrock:ap-northeast-1:${ACCOUNT}:*` },
          },
        })],
      },
    });
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: [{
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: { 'Fn::Join': ['', [`arn:aws:logs:ap-northeast-1:${ACCOUNT}:log-group:`, { Ref: Match.stringLikeRegexp('^InvocationLoggingLogs') }, ':log-stream:aws/bedrock/modelinvocations']] },
        }],
      },
    });
    const [cr] = Object.values(template.findResources('Custom::BedrockInvocationLogging')) as any[];
    expect(cr.Properties.LoggingConfig.s3Config).toBeUndefined();
    expect(cr.Properties.LoggingConfig.cloudWatchConfig).toEqual({
      logGroupName: { Ref: expect.stringMatching(/^InvocationLoggingLogs/) },
      roleArn: { 'Fn::GetAtt': [expect.stringMatching(/^InvocationLoggingDeliveryRole/), 'Arn'] },
      largeDataDeliveryS3Config: { bucketName: { Ref: expect.stringMatching(/^AuditBucket/) }, keyPrefix: 'bedrock-invocations/large-data' },
    });
    expect(cr.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^InvocationLoggingDeliveryRole/)]));
    // The function may pass only that role, only to Bedrock.
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([{
          Sid: 'PassTheDeliveryRoleToBedrock',
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^InvocationLoggingDeliveryRole'), 'Arn'] },
          Condition: { StringEquals: { 'iam:PassedToService': 'bedrock.amazonaws.com' } },
        }]),
      },
    });
  });

  test('configured object lock, retention, thresholds and emails reach the template', () => {
    const template = auditTemplate({
      retention: { auditDays: 3653, logDays: 400 },
      audit: {
        objectLock: { mode: 'COMPLIANCE', days: 731 },
        alarmEmails: ['security@example.co.jp', 'soc@example.com'],
        alarms: { blockedRequests: 50, periodMinutes: 15, inputCharsPerUser: 1000, bulkWindowMinutes: 30 },
      },
    });
    template.hasResourceProperties('AWS::S3::Bucket', {
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 731 } } },
      LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 3653 })] },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 3653 });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 400 });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: 'PrivateAiJp-audit-BlockedRequests', Threshold: 50, Period: 900 });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'PrivateAiJp-audit-InputCharsPerUser',
      Threshold: 1000,
      Metrics: [Match.objectLike({ Period: 1800 })],
    });
    template.resourceCountIs('AWS::SNS::Subscription', 2);
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'security@example.co.jp' });
  });

  test('trail data events can be switched off; management events stay', () => {
    const template = auditTemplate({ audit: { trailDataEvents: false } });
    template.hasResourceProperties('AWS::CloudTrail::Trail', {
      AdvancedEventSelectors: [{ Name: Match.anyValue(), FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }],
    });
  });

  test('retainData: false lets the key, bucket and log groups go with the stack', () => {
    const template = auditTemplate({ retainData: false });
    template.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Delete' });
    template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Delete' });
    for (const lg of Object.values(template.findResources('AWS::Logs::LogGroup'))) expect(lg.DeletionPolicy).toBe('Delete');
  });

  test('the S3 gateway endpoint admits CloudFormation answers about this account\'s stacks only', () => {
    const foundation = Template.fromStack(buildKit().stacks.foundation);
    foundation.hasResourceProperties('AWS::EC2::VPCEndpoint', {
      VpcEndpointType: 'Gateway',
      PolicyDocument: {
        Statement: Match.arrayWith([{
          Sid: 'CloudFormationCustomResourceResponsesForThisAccount',
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: 's3:PutObject',
          Resource: `arn:aws:s3:::cloudformation-custom-resource-response-apnortheast1/arn:aws:cloudformation:ap-northeast-1:${ACCOUNT}:stack/*`,
        }]),
      },
    });
  });
});

/** Evaluate a generated metric-math condition for one UTC weekday (1 = Monday) and hour. */
function evaluate(condition: string, day: number, hour: number): boolean {
  const js = condition
    .replace(/DAY\(m1\)/g, String(day))
    .replace(/HOUR\(m1\)/g, String(hour))
    .replace(/\bAND\b/g, '&&')
    .replace(/\bOR\b/g, '||')
    .replace(/==/g, '===');
  expect(js).toMatch(/^[\d\s()<>=&|!]+$/);
  return Boolean(new Function(`return (${js});`)());
}

/** Reference: is this UTC slot off-hours locally? Uses Intl, independently of the generator. */
function reference(window: OffHoursWindow, timeZone: string, day: number, hour: number): boolean {
  // 2025-01-06 is a Monday.
  const at = new Date(Date.UTC(2025, 0, 5 + day, hour));
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' }).formatToParts(at);
  const localHour = Number(parts.find((p) => p.type === 'hour')!.value);
  const weekday = parts.find((p) => p.type === 'weekday')!.value;
  const inWindow = window.startHour < window.endHour
    ? localHour >= window.startHour && localHour < window.endHour
    : localHour >= window.startHour || localHour < window.endHour;
  return (window.weekends && (weekday === 'Sat' || weekday === 'Sun')) || inWindow;
}

describe('offHoursCondition (local window -> UTC metric math)', () => {
  const cases: [string, string, OffHoursWindow][] = [
    ['Tokyo default 20-08 + weekends', 'Asia/Tokyo', { startHour: 20, endHour: 8, utcOffsetHours: 9, weekends: true }],
    ['Tokyo 22-06, weekdays only', 'Asia/Tokyo', { startHour: 22, endHour: 6, utcOffsetHours: 9, weekends: false }],
    ['Tokyo 00-07 + weekends', 'Asia/Tokyo', { startHour: 0, endHour: 7, utcOffsetHours: 9, weekends: true }],
    ['UTC 18-06 + weekends', 'UTC', { startHour: 18, endHour: 6, utcOffsetHours: 0, weekends: true }],
    ['UTC-5 fixed (Bogota) 19-07 + weekends', 'America/Bogota', { startHour: 19, endHour: 7, utcOffsetHours: -5, weekends: true }],
  ];
  test.each(cases)('%s: every one of the 168 UTC hour slots matches the local calendar', (_name, timeZone, window) => {
    const condition = offHoursCondition(window);
    for (let day = 1; day <= 7; day++) {
      for (let hour = 0; hour < 24; hour++) {
        expect([day, hour, evaluate(condition, day, hour)]).toEqual([day, hour, reference(window, timeZone, day, hour)]);
      }
    }
  });

  test('a window without weekends in UTC needs no DAY() at all', () => {
    expect(offHoursCondition({ startHour: 18, endHour: 6, utcOffsetHours: 0, weekends: false })).toBe('HOUR(m1) < 6 OR HOUR(m1) >= 18');
  });
});

describe('AuditStack under the policy gate', () => {
  test('AwsSolutions, NIST 800-53 R5, residency and strict template validation pass with every audit feature on', () => {
    const { app, stacks } = buildKit(
      { audit: { invocationLogging: { destinations: ['s3', 'cloudwatch'], replaceExisting: true }, alarmEmails: ['security@example.co.jp'], breakGlassRoleArns: [`arn:aws:iam::${ACCOUNT}:role/BreakGlass`], auditorRoleArns: [`arn:aws:iam::${ACCOUNT}:role/AuditReader`] } },
      { policyGate: true },
    );
    let assembly: ReturnType<typeof app.synth> | undefined;
    expect(() => { assembly = app.synth(); }).not.toThrow();
    // The ledger of this stack's acknowledgments, as written into the template for a reviewer.
    const template = assembly!.getStackByName(stacks.audit.stackName).template;
    const ledger = Object.entries<any>(template.Resources).flatMap(([id, r]) =>
      (r.Metadata?.cdk_nag?.rules_to_suppress ?? []).map((rule: { id: string; reason: string }) => {
        expect(rule.reason.length).toBeGreaterThanOrEqual(60);
        return `${id} ${rule.id}`;
      }));
    expect(ledger.sort()).toEqual([
      expect.stringMatching(/^AuditBucket[0-9A-F]+ NIST\.800\.53\.R5-S3BucketReplicationEnabled$/),
      expect.stringMatching(/^InvocationLoggingHandlerFunction[0-9A-F]+ NIST\.800\.53\.R5-LambdaDLQ$/),
      expect.stringMatching(/^InvocationLoggingHandlerNetworkInterfaces[0-9A-F]+ AwsSolutions-IAM5\[Resource::\*\]$/),
      expect.stringMatching(/^InvocationLoggingHandlerPolicy[0-9A-F]+ AwsSolutions-IAM5\[Resource::\*\]$/),
      expect.stringMatching(/^InvocationLoggingHandlerPolicy[0-9A-F]+ AwsSolutions-IAM5\[Resource::arn:aws:iam::111111111111:role\/\*\]$/),
      expect.stringMatching(/^InvocationLoggingHandlerRoleDefaultPolicy[0-9A-F]+ AwsSolutions-IAM5\[Resource::\*\]$/),
      expect.stringMatching(/^InvocationLoggingHandlerRoleDefaultPolicy[0-9A-F]+ NIST\.800\.53\.R5-IAMNoInlinePolicy$/),
      expect.stringMatching(/^TrailLogsDeliveryPolicy[0-9A-F]+ AwsSolutions-IAM5\[Resource::arn:aws:logs:ap-northeast-1:111111111111:log-group:<TrailLogs[0-9A-F]+>:log-stream:111111111111_CloudTrail_\*\]$/),
    ]);
  }, 120_000);
});
