import { Match, Template } from 'aws-cdk-lib/assertions';
import { decide as decideRequest } from '../support/iam-simulation';
import { buildKit, type KitApp } from '../support/kit-app';

const ACCOUNT = '111111111111';
const REPLICA_BUCKET = `privateaijp-audit-replica-${ACCOUNT}`;
const ALIAS = 'alias/private-ai-jp/osaka-recovery';

function resourcesOf(t: Template, type: string): any[] {
  return Object.values(t.findResources(type));
}

describe('Osaka recovery (resilience.osaka.enabled)', () => {
  let kit: KitApp;
  let osaka: Template;
  let audit: Template;
  let api: Template;
  beforeAll(() => {
    kit = buildKit({ resilience: { osaka: { enabled: true } } });
    osaka = Template.fromStack(kit.stacks.osaka!.stack);
    audit = Template.fromStack(kit.stacks.audit);
    api = Template.fromStack(kit.stacks.api);
  });

  test('a stack in ap-northeast-3 with its own rotating key', () => {
    expect(kit.stacks.osaka!.stack.region).toBe('ap-northeast-3');
    osaka.resourceCountIs('AWS::KMS::Key', 1);
    osaka.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true, MultiRegion: Match.absent() });
    osaka.hasResourceProperties('AWS::KMS::Alias', { AliasName: ALIAS });
  });

  test('an object-locked, versioned, KMS-encrypted replica bucket with the audit bucket\'s lock', () => {
    const [replica] = resourcesOf(osaka, 'AWS::S3::Bucket').filter((b) => b.Properties.BucketName === REPLICA_BUCKET);
    expect(replica).toBeDefined();
    const p = replica.Properties;
    expect(p.ObjectLockEnabled).toBe(true);
    expect(p.ObjectLockConfiguration.Rule.DefaultRetention).toEqual({ Mode: 'GOVERNANCE', Days: 2557 });
    expect(p.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    const sse = p.BucketEncryption.ServerSideEncryptionConfiguration[0];
    expect(sse.ServerSideEncryptionByDefault.SSEAlgorithm).toBe('aws:kms');
    expect(sse.ServerSideEncryptionByDefault.KMSMasterKeyID['Fn::GetAtt'][0]).toMatch(/^Key/);
    expect(p.LoggingConfiguration).toBeDefined();
  });

  test('COMPLIANCE mode carries over to the replica', () => {
    const k = buildKit({ resilience: { osaka: { enabled: true } }, audit: { objectLock: { mode: 'COMPLIANCE', days: 400 } } });
    const [replica] = resourcesOf(Template.fromStack(k.stacks.osaka!.stack), 'AWS::S3::Bucket').filter((b) => b.Properties.BucketName === REPLICA_BUCKET);
    expect(replica.Properties.ObjectLockConfiguration.Rule.DefaultRetention).toEqual({ Mode: 'COMPLIANCE', Days: 400 });
  });

  test('the Tokyo audit bucket replicates every KMS-encrypted object to the replica, encrypted with the Osaka key, without delete markers', () => {
    const [source] = resourcesOf(audit, 'AWS::S3::Bucket').filter((b) => b.Properties.ReplicationConfiguration);
    expect(source.Properties.ObjectLockEnabled).toBe(true);
    const [rule] = source.Properties.ReplicationConfiguration.Rules;
    expect(source.Properties.ReplicationConfiguration.Rules).toHaveLength(1);
    expect(rule).toMatchObject({
      Status: 'Enabled',
      Filter: { Prefix: '' },
      DeleteMarkerReplication: { Status: 'Disabled' },
      SourceSelectionCriteria: { SseKmsEncryptedObjects: { Status: 'Enabled' } },
      Destination: {
        Bucket: `arn:aws:s3:::${REPLICA_BUCKET}`,
        EncryptionConfiguration: { ReplicaKmsKeyID: `arn:aws:kms:ap-northeast-3:${ACCOUNT}:${ALIAS}` },
      },
    });
  });

  test('the conversation table has one replica in Osaka, encrypted with the Osaka key', () => {
    const [table] = resourcesOf(api, 'AWS::DynamoDB::GlobalTable');
    const regions = table.Properties.Replicas.map((r: any) => r.Region).sort();
    expect(regions).toEqual(['ap-northeast-1', 'ap-northeast-3']);
    const osakaReplica = table.Properties.Replicas.find((r: any) => r.Region === 'ap-northeast-3');
    expect(osakaReplica.SSESpecification.KMSMasterKeyId).toBe(`arn:aws:kms:ap-northeast-3:${ACCOUNT}:${ALIAS}`);
  });

  test('Tokyo stacks that name Osaka resources deploy after the Osaka stack', () => {
    const osakaStack = kit.stacks.osaka!.stack;
    expect(kit.stacks.audit.dependencies).toContain(osakaStack);
    expect(kit.stacks.api.dependencies).toContain(osakaStack);
    expect(osakaStack.dependencies).toEqual([]);
  });

  describe('the replication role, simulated', () => {
    let policy: any;
    let sourceArn: string;
    let sourceKeyArn: string;
    beforeAll(() => {
      const [managed] = resourcesOf(audit, 'AWS::IAM::ManagedPolicy').filter((m) => m.Properties.Description?.includes('Osaka replica'));
      // Tokens in the template become concrete ARNs for the simulator.
      const sourceId = kit.stacks.audit.getLogicalId(kit.stacks.audit.auditBucket.bucket.node.defaultChild as any);
      const keyId = kit.stacks.audit.getLogicalId(kit.stacks.audit.auditKey.key.node.defaultChild as any);
      sourceArn = 'arn:aws:s3:::privateaijp-audit-source';
      sourceKeyArn = `arn:aws:kms:ap-northeast-1:${ACCOUNT}:key/1111aaaa-2222-3333-4444-555566667777`;
      const text = JSON.stringify(managed.Properties.PolicyDocument)
        .replace(new RegExp(`\\{"Fn::GetAtt":\\["${sourceId}","Arn"\\]\\}`, 'g'), JSON.stringify(sourceArn))
        .replace(new RegExp(`\\{"Fn::GetAtt":\\["${keyId}","Arn"\\]\\}`, 'g'), JSON.stringify(sourceKeyArn));
      policy = JSON.parse(text, (_k, v) => (v && v['Fn::Join'] ? v['Fn::Join'][1].join('') : v));
    });

    const keyPolicyDelegatingToIam = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }],
    };

    async function decide(action: string, resource: string, context: Record<string, string | string[]> = {}) {
      return decideRequest({
        principal: `arn:aws:iam::${ACCOUNT}:role/replication`,
        action,
        resource,
        context,
        identityPolicies: [{ name: 'replication', policy }],
        // Both keys keep CDK's account-root statement, which delegates their use to IAM policies.
        ...(action.startsWith('kms:') ? { resourcePolicy: keyPolicyDelegatingToIam } : {}),
      });
    }

    test('reads source versions with their retention and writes replicas', async () => {
      expect(await decide('s3:GetObjectVersionForReplication', `${sourceArn}/AWSLogs/x.json.gz`)).toBe('Allowed');
      expect(await decide('s3:GetObjectRetention', `${sourceArn}/AWSLogs/x.json.gz`)).toBe('Allowed');
      expect(await decide('s3:GetObjectLegalHold', `${sourceArn}/AWSLogs/x.json.gz`)).toBe('Allowed');
      expect(await decide('s3:ReplicateObject', `arn:aws:s3:::${REPLICA_BUCKET}/AWSLogs/x.json.gz`)).toBe('Allowed');
    });

    test('cannot write elsewhere, delete replicas or read the replica', async () => {
      expect(await decide('s3:ReplicateObject', 'arn:aws:s3:::another-bucket/x')).toBe('ImplicitlyDenied');
      expect(await decide('s3:ReplicateDelete', `arn:aws:s3:::${REPLICA_BUCKET}/x`)).toBe('ImplicitlyDenied');
      expect(await decide('s3:PutObject', `arn:aws:s3:::${REPLICA_BUCKET}/x`)).toBe('ImplicitlyDenied');
      expect(await decide('s3:DeleteObjectVersion', `${sourceArn}/x`)).toBe('ImplicitlyDenied');
    });

    test('both key statements are bound to their bucket by the S3 encryption context', () => {
      const kmsStatements = policy.Statement.filter((st: any) => String(st.Action).startsWith('kms:'));
      expect(kmsStatements.map((st: any) => st.Condition.StringLike['kms:EncryptionContext:aws:s3:arn'])).toEqual([
        [sourceArn, `${sourceArn}/*`],
        [`arn:aws:s3:::${REPLICA_BUCKET}`, `arn:aws:s3:::${REPLICA_BUCKET}/*`],
      ]);
    });

    // The simulator ignores encryption-context keys whose name has colons (aws:s3:arn), so the
    // simulation below covers the service, alias and region conditions; the test above pins the context.
    test('decrypts the source only through S3 in Tokyo, encrypts only with the Osaka alias through S3 in Osaka', async () => {
      for (const st of policy.Statement) if (st.Condition?.StringLike) delete st.Condition.StringLike['kms:EncryptionContext:aws:s3:arn'];
      for (const st of policy.Statement) if (st.Condition?.StringLike && Object.keys(st.Condition.StringLike).length === 0) delete st.Condition.StringLike;
      const viaTokyo = { 'kms:ViaService': 's3.ap-northeast-1.amazonaws.com' };
      expect(await decide('kms:Decrypt', sourceKeyArn, viaTokyo)).toBe('Allowed');
      expect(await decide('kms:Decrypt', sourceKeyArn, { ...viaTokyo, 'kms:ViaService': 'dynamodb.ap-northeast-1.amazonaws.com' })).toBe('ImplicitlyDenied');
      const osakaKey = `arn:aws:kms:ap-northeast-3:${ACCOUNT}:key/9999aaaa-2222-3333-4444-555566667777`;
      const viaOsaka = {
        'kms:ViaService': 's3.ap-northeast-3.amazonaws.com',
        'kms:ResourceAliases': [ALIAS],
      };
      expect(await decide('kms:Encrypt', osakaKey, viaOsaka)).toBe('Allowed');
      expect(await decide('kms:Encrypt', osakaKey, { ...viaOsaka, 'kms:ResourceAliases': ['alias/someone-else'] })).toBe('ImplicitlyDenied');
      expect(await decide('kms:Encrypt', osakaKey, { ...viaOsaka, 'kms:ViaService': 's3.ap-northeast-1.amazonaws.com' })).toBe('ImplicitlyDenied');
      expect(await decide('kms:Encrypt', osakaKey.replace('ap-northeast-3', 'ap-northeast-1'), viaOsaka)).toBe('ImplicitlyDenied');
      expect(await decide('kms:Decrypt', osakaKey, viaOsaka)).toBe('ImplicitlyDenied');
    });
  });
});
