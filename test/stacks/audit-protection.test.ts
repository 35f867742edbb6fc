import { decide, ACCOUNT, REGION, AWS_MANAGED_POLICIES, stacksOf, TemplateResolver } from '../support/iam-simulation';
import { AUDIT_TRAIL_METADATA } from '../../contracts/audit-trail';
import { buildEvidenceReport, loadAssembly } from '../../lib/report';
import { buildKit, synthWithGate } from '../support/kit-app';

/**
 * The audit records cannot be destroyed or read by an account administrator: the audit key's
 * policy and the audit bucket's policy, as synthesized, decided by the IAM policy engine for an
 * administrator (AdministratorAccess), the deployment role, a break-glass role and an auditor.
 */
const DEPLOY = `arn:aws:iam::${ACCOUNT}:role/cdk-hnb659fds-cfn-exec-role-${ACCOUNT}-${REGION}`;
const BREAK_GLASS = `arn:aws:iam::${ACCOUNT}:role/BreakGlass`;
const AUDITOR = `arn:aws:iam::${ACCOUNT}:role/AuditReader`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/Administrator`;
const admin = [{ name: 'AdministratorAccess', policy: AWS_MANAGED_POLICIES.AdministratorAccess }];
const reader = [{
  name: 'read-audit',
  policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObjectVersion', 'kms:Decrypt'], Resource: '*' }] },
}];

function kit(audit: Record<string, unknown> = {}) {
  const { app } = buildKit({ audit: { breakGlassRoleArns: [BREAK_GLASS], auditorRoleArns: [AUDITOR], ...audit } });
  const resolver = new TemplateResolver(stacksOf(app.synth()));
  const key = resolver.find('PrivateAiJp-Audit', 'AWS::KMS::Key', 'Key');
  const bucket = resolver.find('PrivateAiJp-Audit', 'AWS::S3::Bucket', 'AuditBucket');
  const audit_ = resolver.stack('PrivateAiJp-Audit');
  return {
    resolver,
    keyArn: resolver.arn(audit_, key.id),
    keyPolicy: resolver.keyPolicy('PrivateAiJp-Audit', key.id),
    bucketArn: resolver.arn(audit_, bucket.id),
    bucketPolicy: resolver.bucketPolicy('PrivateAiJp-Audit', bucket.id),
  };
}

describe('audit key: destruction and policy changes only by the deployment and break-glass roles', () => {
  let k: ReturnType<typeof kit>;
  beforeAll(() => {
    k = kit();
  });
  const onKey = (principal: string, action: string, identityPolicies = admin) =>
    decide({ principal, action, resource: k.keyArn, identityPolicies, resourcePolicy: k.keyPolicy });

  test.each(['kms:ScheduleKeyDeletion', 'kms:DisableKey', 'kms:PutKeyPolicy', 'kms:DisableKeyRotation'])('%s: an administrator is denied, the deployment and break-glass roles are not', async (action) => {
    expect(await onKey(ADMIN, action)).toBe('ExplicitlyDenied');
    expect(await onKey(DEPLOY, action)).toBe('Allowed');
    expect(await onKey(BREAK_GLASS, action)).toBe('Allowed');
    // The role name is what counts, not the session: another role named alike is still denied.
    expect(await onKey(`arn:aws:iam::${ACCOUNT}:role/cdk-hnb659fds-cfn-exec-role-${ACCOUNT}-${REGION}-copy`, action)).toBe('ExplicitlyDenied');
  });

  test('the administrator keeps ordinary use of the key through IAM (the root statement stays)', async () => {
    expect(await onKey(ADMIN, 'kms:DescribeKey')).toBe('Allowed');
    expect(await onKey(ADMIN, 'kms:Decrypt')).toBe('Allowed');
  });

  test('a configured deployment role replaces the CDK default', async () => {
    const custom = kit({ deploymentRoleArn: `arn:aws:iam::${ACCOUNT}:role/Deployer` });
    const on = (principal: string) => decide({ principal, action: 'kms:ScheduleKeyDeletion', resource: custom.keyArn, identityPolicies: admin, resourcePolicy: custom.keyPolicy });
    expect(await on(`arn:aws:iam::${ACCOUNT}:role/Deployer`)).toBe('Allowed');
    expect(await on(DEPLOY)).toBe('ExplicitlyDenied');
  });
});

describe('audit bucket: objects read by the auditors only, its policy changed by the key administrators only', () => {
  let k: ReturnType<typeof kit>;
  beforeAll(() => {
    k = kit();
  });
  const object = () => `${k.bucketArn}/bedrock-invocations/AWSLogs/${ACCOUNT}/BedrockModelInvocationLogs/${REGION}/2026/12/01/00/log.json.gz`;
  const onBucket = (principal: string, action: string, resource: string, identityPolicies = admin) =>
    decide({ principal, action, resource, identityPolicies, resourcePolicy: k.bucketPolicy });

  test('an administrator cannot read invocation logs or trail files; an auditor can', async () => {
    for (const action of ['s3:GetObject', 's3:GetObjectVersion']) {
      expect(await onBucket(ADMIN, action, object())).toBe('ExplicitlyDenied');
      expect(await onBucket(DEPLOY, action, object())).toBe('ExplicitlyDenied');
      expect(await onBucket(AUDITOR, action, object(), reader)).toBe('Allowed');
    }
    expect(await onBucket(ADMIN, 's3:GetObject', `${k.bucketArn}/cloudtrail/AWSLogs/${ACCOUNT}/CloudTrail/${REGION}/2026/12/01/x.json.gz`)).toBe('ExplicitlyDenied');
  });

  test('an administrator cannot lift the read rule by changing the bucket policy; the deployment role can update it', async () => {
    for (const action of ['s3:PutBucketPolicy', 's3:DeleteBucketPolicy']) {
      expect(await onBucket(ADMIN, action, k.bucketArn)).toBe('ExplicitlyDenied');
      expect(await onBucket(DEPLOY, action, k.bucketArn)).toBe('Allowed');
      expect(await onBucket(BREAK_GLASS, action, k.bucketArn)).toBe('Allowed');
    }
  });

  test('without auditor roles nobody reads the objects', async () => {
    const none = kit({ auditorRoleArns: [] });
    expect(await decide({ principal: AUDITOR, action: 's3:GetObject', resource: `${none.bucketArn}/x`, identityPolicies: reader, resourcePolicy: none.bucketPolicy })).toBe('ExplicitlyDenied');
    expect(await decide({ principal: ADMIN, action: 's3:GetObject', resource: `${none.bucketArn}/x`, identityPolicies: admin, resourcePolicy: none.bucketPolicy })).toBe('ExplicitlyDenied');
  });
});

describe('the trail does not record its own deliveries', () => {
  test('S3 data events exclude the audit bucket and the access-log bucket, which the kit prefix would match', () => {
    const { resolver } = kit();
    const audit = resolver.stack('PrivateAiJp-Audit');
    const trail = resolver.find('PrivateAiJp-Audit', 'AWS::CloudTrail::Trail', 'Trail');
    const selectors = resolver.resolve(audit, trail.resource.Properties.AdvancedEventSelectors) as Array<{ Name: string; FieldSelectors: any[] }>;
    const s3 = selectors.find((s) => s.FieldSelectors.some((f) => f.Field === 'resources.type' && f.Equals[0] === 'AWS::S3::Object'))!;
    const arn = s3.FieldSelectors.find((f) => f.Field === 'resources.ARN');
    const auditBucket = resolver.arn(audit, resolver.find('PrivateAiJp-Audit', 'AWS::S3::Bucket', 'AuditBucket').id);
    const foundation = resolver.stack('PrivateAiJp-Foundation');
    const accessLogs = resolver.arn(foundation, resolver.find('PrivateAiJp-Foundation', 'AWS::S3::Bucket', 'AccessLogsBucket').id);
    expect(arn.NotStartsWith).toEqual([`${auditBucket}/`, `${accessLogs}/`]);
    // Both would be selected without the exclusion: their names carry the kit prefix.
    for (const excluded of arn.NotStartsWith) expect(excluded.startsWith(arn.StartsWith[0])).toBe(true);
    // As CloudTrail evaluates the selector: a trail file is not recorded, a kit bucket's object is.
    const selected = (objectArn: string) =>
      arn.StartsWith.some((p: string) => objectArn.startsWith(p)) && !arn.NotStartsWith.some((p: string) => objectArn.startsWith(p));
    expect(selected(`${auditBucket}/cloudtrail/AWSLogs/${ACCOUNT}/CloudTrail/x.json.gz`)).toBe(false);
    expect(selected(`${accessLogs}/PrivateAiJp-Audit-AuditBucket/2026-12-01-00-00-00-ABC`)).toBe(false);
    expect(selected(`${auditBucket}x/other`)).toBe(true);
  });

  test('with the Osaka recovery stack, its replica of the audit records and its access-log bucket are excluded too', () => {
    const { app } = buildKit({ resilience: { osaka: { enabled: true } } });
    const resolver = new TemplateResolver(stacksOf(app.synth()));
    const audit = resolver.stack('PrivateAiJp-Audit');
    const trail = resolver.find('PrivateAiJp-Audit', 'AWS::CloudTrail::Trail', 'Trail');
    const selectors = resolver.resolve(audit, trail.resource.Properties.AdvancedEventSelectors) as Array<{ FieldSelectors: any[] }>;
    const arn = selectors.flatMap((s) => s.FieldSelectors).find((f) => f.Field === 'resources.ARN' && f.NotStartsWith);
    const osaka = resolver.stack('PrivateAiJp-OsakaRecovery');
    const osakaBuckets = Object.keys(osaka.template.Resources).filter((id) => osaka.template.Resources[id].Type === 'AWS::S3::Bucket').map((id) => resolver.arn(osaka, id));
    expect(osakaBuckets).toHaveLength(2);
    // Every Osaka bucket is selected by the kit prefix and excluded by one of the prefixes.
    for (const bucket of osakaBuckets) {
      expect(`${bucket}/x`.startsWith(arn.StartsWith[0])).toBe(true);
      expect(arn.NotStartsWith.some((p: string) => `${bucket}/x`.startsWith(p))).toBe(true);
    }
  });

  test('audit.trail.enabled false: no trail, no CloudTrail statements in the key policy, the bucket protection stays', () => {
    const { resolver, keyPolicy, bucketPolicy } = kit({ trail: { enabled: false } });
    const audit = resolver.stack('PrivateAiJp-Audit');
    expect(Object.values(audit.template.Resources).filter((r) => r.Type === 'AWS::CloudTrail::Trail')).toHaveLength(0);
    expect(JSON.stringify(keyPolicy)).not.toContain('cloudtrail.amazonaws.com');
    expect(keyPolicy.Statement.map((s: any) => s.Sid)).toContain('DenyKeyDestructionExceptToTheKeyAdministrators');
    expect(bucketPolicy.Statement.map((s: any) => s.Sid)).toEqual(expect.arrayContaining(['DenyObjectReadsExceptToTheAuditors', 'DenyPolicyChangesExceptToTheKeyAdministrators']));
    // The template records it for the evidence report, with what the organization trail must record.
    expect(audit.template.Metadata?.[AUDIT_TRAIL_METADATA]).toEqual({
      kitTrail: false,
      mustRecord: expect.arrayContaining([expect.stringMatching(/^management events \(read and write\) of account 111111111111 in every region/)]),
    });
  });

  test('audit.trail.enabled false: the evidence report says where the organization trail must be and drops the CloudTrail cost line', () => {
    const org = 'arn:aws:cloudtrail:ap-northeast-1:222222222222:trail/org';
    const { app } = buildKit({ audit: { trail: { enabled: false, organizationTrailArn: org } } });
    const report = buildEvidenceReport(loadAssembly(app.synth().directory));
    const m1 = report.checklist.find((c) => c.id === 'M-1')!;
    expect(m1.status).toBe('partial');
    expect(m1.missing[0].text.en).toContain(`depends on an organization trail outside them (${org})`);
    expect(m1.guidance[0].en).toMatch(/^The organization trail must record: management events \(read and write\) of account 111111111111 in every region, global services included; S3 object data events on buckets arn:aws:s3:::privateaijp-\*, except the audit bucket and the access-log bucket \(recording them would record every delivery\); /);
    expect(report.cost.lines.some((l) => l.item.en.startsWith('CloudTrail'))).toBe(false);
  });

  test('audit.trail.enabled false passes the policy gate', () => {
    expect(() => synthWithGate({ audit: { trail: { enabled: false, organizationTrailArn: 'arn:aws:cloudtrail:ap-northeast-1:222222222222:trail/org' } } })).not.toThrow();
  }, 120_000);
});
