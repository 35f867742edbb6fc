import { Template } from 'aws-cdk-lib/assertions';
import { parseConfig } from '../../lib/config';
import { MANAGED_DRIFT_RULES, noInternetPathGuardPolicy, residencyAdvancedQuery, residencyGuardPolicy } from '../../lib/constructs/drift-rules';
import { residencyScpFor } from '../../lib/governance/write-governance';
import { buildKit } from '../support/kit-app';
import { rejection } from '../support/config-rejection';

describe('organization policy stack (governance.organization.enabled)', () => {
  const overrides = { governance: { organization: { enabled: true, targetIds: ['ou-ab12-cdefgh34', '222222222222'], managementAccount: '999999999999' } } };

  test('creates the SCP with the same content as the written file and attaches it to the targets, from Tokyo', () => {
    const kit = buildKit(overrides);
    const stack = kit.stacks.governance.organizationPolicy!;
    expect(stack.region).toBe('ap-northeast-1');
    expect(stack.account).toBe('999999999999');
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::Organizations::Policy', 1);
    t.hasResourceProperties('AWS::Organizations::Policy', {
      Type: 'SERVICE_CONTROL_POLICY',
      Name: 'private-ai-jp-japan-residency',
      TargetIds: ['ou-ab12-cdefgh34', '222222222222'],
      Content: JSON.parse(JSON.stringify(residencyScpFor(kit.config))),
    });
  });

  test('is absent by default', () => {
    const kit = buildKit({});
    expect(kit.stacks.governance.organizationPolicy).toBeUndefined();
    expect(kit.app.node.children.map((c) => c.node.id)).not.toContain('PrivateAiJp-OrganizationPolicy');
  });

  test('targets are validated: root, OU or account id, and at least one when enabled', () => {
    expect(rejection({ governance: { organization: { enabled: true } } })).toMatch(/config\.governance\.organization\.targetIds: .*needs at least one target/);
    expect(rejection({ governance: { organization: { targetIds: ['ou-123'] } } })).toMatch(/governance\.organization\.targetIds\.0: .*root id \(r-xxxx\), an OU id \(ou-xxxx-xxxxxxxx\) or a 12-digit account id/);
    expect(rejection({ governance: { organization: { targetIds: ['1234'] } } })).toMatch(/targetIds\.0/);
    expect(parseConfig({ governance: { organization: { targetIds: ['r-ab12', 'ou-ab12-cdefgh34', '123456789012'] } } }).governance.organization.targetIds).toHaveLength(3);
  });

  test('break-glass principals and extra actions are validated', () => {
    expect(rejection({ governance: { scp: { breakGlassPrincipals: ['BreakGlass'] } } })).toMatch(/governance\.scp\.breakGlassPrincipals\.0: .*IAM role or user ARNs/);
    expect(rejection({ governance: { scp: { extraGlobalActions: ['chatbot'] } } })).toMatch(/governance\.scp\.extraGlobalActions\.0: .*IAM actions/);
    expect(rejection({ governance: { configRules: { createRecorder: true } } })).toMatch(/config\.governance\.configRules\.createRecorder: .*needs governance\.configRules\.enabled: true/);
    expect(rejection({ resilience: { osaka: { enabled: true } }, allowOsaka: false })).toMatch(/config\.resilience\.osaka\.enabled: .*needs allowOsaka: true/);
    expect(rejection({ resilience: { osaka: { enabled: true } }, governance: { scp: { osakaServices: false } } })).toMatch(/config\.governance\.scp\.osakaServices: .*must not be false/);
  });
});

describe('drift rules (governance.configRules.enabled)', () => {
  let kit: ReturnType<typeof buildKit>;
  let audit: Template;
  let rules: any[];
  beforeAll(() => {
    kit = buildKit({ governance: { configRules: { enabled: true } } });
    audit = Template.fromStack(kit.stacks.audit);
    rules = Object.values<any>(audit.findResources('AWS::Config::ConfigRule'));
  });

  test('the managed rules, by AWS identifier', () => {
    const managed = rules.filter((r) => r.Properties.Source.Owner === 'AWS').map((r) => r.Properties.Source.SourceIdentifier).sort();
    expect(managed).toEqual([
      'CLOUDWATCH_LOG_GROUP_ENCRYPTED',
      'CLOUD_TRAIL_ENABLED',
      'CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED',
      'CMK_BACKING_KEY_ROTATION_ENABLED',
      'LAMBDA_INSIDE_VPC',
      'S3_BUCKET_SSL_REQUESTS_ONLY',
      'S3_DEFAULT_ENCRYPTION_KMS',
    ]);
    expect(MANAGED_DRIFT_RULES).toHaveLength(managed.length);
  });

  test('two Guard custom-policy rules, no Lambda: no internet path in the kit VPC, and residency on awsRegion', () => {
    const guard = rules.filter((r) => r.Properties.Source.Owner === 'CUSTOM_POLICY');
    expect(guard.map((r) => r.Properties.ConfigRuleName).sort()).toEqual(['PrivateAiJp-drift-no-internet-path', 'PrivateAiJp-drift-residency']);
    for (const r of guard) expect(r.Properties.Source.CustomPolicyDetails.PolicyRuntime).toMatch(/^guard-2/);
    const noInternet = guard.find((r) => r.Properties.ConfigRuleName.endsWith('no-internet-path'));
    expect(noInternet.Properties.Scope.ComplianceResourceTypes.sort()).toEqual(['AWS::EC2::InternetGateway', 'AWS::EC2::NatGateway']);
    // The kit's VPC id comes from the foundation stack.
    const text = JSON.stringify(noInternet.Properties.Source.CustomPolicyDetails.PolicyText);
    expect(text).toContain('PrivateAiJp-Foundation');
    expect(text).toMatch(/RefNetworkVpc/);
    audit.resourceCountIs('AWS::Lambda::Function', Object.keys(Template.fromStack(buildKit({}).stacks.audit).findResources('AWS::Lambda::Function')).length);
  });

  test('the Guard policies say what they check', () => {
    expect(residencyGuardPolicy()).toContain('awsRegion IN ["ap-northeast-1", "ap-northeast-3", "global"]');
    const noInternet = noInternetPathGuardPolicy('vpc-0abc');
    expect(noInternet).toContain('resourceType == "AWS::EC2::InternetGateway"');
    expect(noInternet).toContain('configuration.attachments[*].vpcId != "vpc-0abc"');
    expect(noInternet).toContain('configuration.vpcId != "vpc-0abc"');
    expect(residencyAdvancedQuery()).toBe("SELECT resourceId, resourceType, awsRegion, accountId WHERE awsRegion NOT IN ('ap-northeast-1', 'ap-northeast-3', 'global')");
  });

  test('non-compliance of any drift rule goes to the encrypted alarm topic, and the topic key admits that event rule only', () => {
    const [rule] = Object.values<any>(audit.findResources('AWS::Events::Rule'));
    expect(rule.Properties.EventPattern).toEqual({
      source: ['aws.config'],
      'detail-type': ['Config Rules Compliance Change'],
      detail: { configRuleName: [{ prefix: 'PrivateAiJp-drift-' }], newEvaluationResult: { complianceType: ['NON_COMPLIANT'] } },
    });
    const topicId = kit.stacks.audit.getLogicalId(kit.stacks.audit.usageAlarms.topic.node.defaultChild as any);
    expect(rule.Properties.Targets).toEqual([expect.objectContaining({ Arn: { Ref: topicId } })]);
    const [key] = Object.values<any>(audit.findResources('AWS::KMS::Key'));
    const statement = key.Properties.KeyPolicy.Statement.find((s: any) => s.Sid === 'AllowTheDriftRuleToPublishToTheEncryptedTopic');
    expect(statement.Principal).toEqual({ Service: 'events.amazonaws.com' });
    expect(JSON.stringify(statement.Condition.ArnLike)).toContain(':rule/PrivateAiJp-drift-noncompliant');
  });

  test('an aggregator over every region of this account, with the saved residency query; no recorder unless asked', () => {
    audit.hasResourceProperties('AWS::Config::ConfigurationAggregator', { AccountAggregationSources: [{ AccountIds: ['111111111111'], AllAwsRegions: true }] });
    audit.hasResourceProperties('AWS::Config::StoredQuery', { QueryExpression: residencyAdvancedQuery() });
    audit.resourceCountIs('AWS::Config::ConfigurationRecorder', 0);
  });

  test('createRecorder adds a recorder of every supported type and an encrypted delivery bucket; the rules wait for it', () => {
    const t = Template.fromStack(buildKit({ governance: { configRules: { enabled: true, createRecorder: true } } }).stacks.audit);
    t.hasResourceProperties('AWS::Config::ConfigurationRecorder', { RecordingGroup: { AllSupported: true, IncludeGlobalResourceTypes: true } });
    t.resourceCountIs('AWS::Config::DeliveryChannel', 1);
    const recorderId = Object.keys(t.findResources('AWS::Config::ConfigurationRecorder'))[0];
    for (const r of Object.values<any>(t.findResources('AWS::Config::ConfigRule'))) expect(r.DependsOn).toContain(recorderId);
  });

  test('is absent by default', () => {
    const t = Template.fromStack(buildKit({}).stacks.audit);
    t.resourceCountIs('AWS::Config::ConfigRule', 0);
    t.resourceCountIs('AWS::Events::Rule', 0);
  });
});
