import { Match, Template } from 'aws-cdk-lib/assertions';
import { ACCOUNT, decide, type Decision, stacksOf, TemplateResolver } from '../support/iam-simulation';
import { buildKit, type KitApp } from '../support/kit-app';

const TITAN_TOKYO = 'arn:aws:bedrock:ap-northeast-1::foundation-model/amazon.titan-embed-text-v2:0';
const KB_CONFIG = {
  knowledgeBase: { enabled: true, clearances: { 'ai-admins': 'confidential' as const }, defaultOnGroups: ['ai-users'] },
  identity: { groups: [{ name: 'dept-legal', kind: 'department' as const }] },
};

type Json = any;
const chatSettingsOf = (api: Template): Json => {
  const fns = api.findResources('AWS::Lambda::Function', { Properties: { Description: 'private-ai-jp: guarded chat (POST /v1/chat)' } });
  return Object.values<Json>(fns)[0].Properties.Environment.Variables.CHAT_CONFIG;
};

describe('knowledge base off (the default)', () => {
  let kit: KitApp;
  beforeAll(() => {
    kit = buildKit();
  });

  test('no knowledge-base stack, no bedrock-agent endpoints, no Retrieve grant, no body flag', () => {
    expect(kit.stacks.knowledgeBase).toBeUndefined();
    expect(kit.app.node.children.map((c) => c.node.id)).not.toContain(`${kit.config.prefix}-KnowledgeBase`);
    const foundation = Template.fromStack(kit.stacks.foundation);
    const services = Object.values<Json>(foundation.findResources('AWS::EC2::VPCEndpoint')).map((e) => JSON.stringify(e.Properties.ServiceName));
    expect(services.filter((s) => s.includes('bedrock-agent'))).toEqual([]);
    const api = Template.fromStack(kit.stacks.api);
    expect(JSON.stringify(api.toJSON())).not.toContain('bedrock:Retrieve');
    expect(JSON.stringify(chatSettingsOf(api))).not.toContain('knowledgeBase');
    const models = api.findResources('AWS::ApiGateway::Model');
    expect(JSON.stringify(models)).not.toContain('knowledgeBase');
  });
});

describe('knowledge base on', () => {
  let kit: KitApp;
  let kb: Template;
  let foundation: Template;
  let api: Template;
  let resolver: TemplateResolver;

  beforeAll(() => {
    kit = buildKit(KB_CONFIG);
    kb = Template.fromStack(kit.stacks.knowledgeBase!);
    foundation = Template.fromStack(kit.stacks.foundation);
    api = Template.fromStack(kit.stacks.api);
    resolver = new TemplateResolver(stacksOf(kit.app.synth()));
  });

  const kbStack = () => kit.stacks.knowledgeBase!.stackName;
  const kbArn = () => {
    const { id } = resolver.find(kbStack(), 'AWS::Bedrock::KnowledgeBase', 'KnowledgeBase');
    return resolver.resolve(resolver.stack(kbStack()), { 'Fn::GetAtt': [id, 'KnowledgeBaseArn'] }) as string;
  };
  const dataKeyArn = () => {
    const { id } = resolver.find(kit.stacks.foundation.stackName, 'AWS::KMS::Key', 'KeysDataKey');
    return resolver.resolve(resolver.stack(kit.stacks.foundation.stackName), { 'Fn::GetAtt': [id, 'Arn'] }) as string;
  };

  test('the knowledge base embeds with the Tokyo Titan V2 ARN into S3 Vectors of its own stack', () => {
    kb.resourceCountIs('AWS::Bedrock::KnowledgeBase', 1);
    kb.hasResourceProperties('AWS::Bedrock::KnowledgeBase', {
      KnowledgeBaseConfiguration: {
        Type: 'VECTOR',
        VectorKnowledgeBaseConfiguration: { EmbeddingModelArn: TITAN_TOKYO, EmbeddingModelConfiguration: { BedrockEmbeddingModelConfiguration: { Dimensions: 1024 } } },
      },
      StorageConfiguration: {
        Type: 'S3_VECTORS',
        S3VectorsConfiguration: { VectorBucketArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^KnowledgeBaseVectorBucket'), 'VectorBucketArn'] }, IndexArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^KnowledgeBaseVectorIndex'), 'IndexArn'] } },
      },
    });
    kb.hasResourceProperties('AWS::S3Vectors::Index', {
      Dimension: 1024,
      DataType: 'float32',
      MetadataConfiguration: { NonFilterableMetadataKeys: ['AMAZON_BEDROCK_TEXT', 'AMAZON_BEDROCK_METADATA'] },
    });
  });

  test('the vector bucket, the documents bucket and the data source are encrypted with the kit data key', () => {
    const vectorBucket = Object.values<Json>(kb.findResources('AWS::S3Vectors::VectorBucket'))[0];
    expect(vectorBucket.Properties.EncryptionConfiguration.SseType).toBe('aws:kms');
    expect(resolver.resolve(resolver.stack(kbStack()), vectorBucket.Properties.EncryptionConfiguration.KmsKeyArn)).toBe(dataKeyArn());
    const index = Object.values<Json>(kb.findResources('AWS::S3Vectors::Index'))[0];
    expect(index.Properties.EncryptionConfiguration.SseType).toBe('aws:kms');
    expect(resolver.resolve(resolver.stack(kbStack()), index.Properties.EncryptionConfiguration.KmsKeyArn)).toBe(dataKeyArn());
    const buckets = Object.values<Json>(kb.findResources('AWS::S3::Bucket'));
    expect(buckets).toHaveLength(1);
    const sse = buckets[0].Properties.BucketEncryption.ServerSideEncryptionConfiguration[0];
    expect(sse.ServerSideEncryptionByDefault.SSEAlgorithm).toBe('aws:kms');
    expect(resolver.resolve(resolver.stack(kbStack()), sse.ServerSideEncryptionByDefault.KMSMasterKeyID)).toBe(dataKeyArn());
    expect(buckets[0].Properties.NotificationConfiguration).toEqual({ EventBridgeConfiguration: { EventBridgeEnabled: true } });
    const source = Object.values<Json>(kb.findResources('AWS::Bedrock::DataSource'))[0].Properties;
    expect(source.DataSourceConfiguration.S3Configuration.InclusionPrefixes).toEqual(['documents/']);
    expect(resolver.resolve(resolver.stack(kbStack()), source.ServerSideEncryptionConfiguration.KmsKeyArn)).toBe(dataKeyArn());
  });

  test('the data key admits S3 Vectors indexing for this account in Tokyo only', () => {
    const { id } = resolver.find(kit.stacks.foundation.stackName, 'AWS::KMS::Key', 'KeysDataKey');
    const statement = resolver.keyPolicy(kit.stacks.foundation.stackName, id).Statement.find((s: Json) => s.Sid === 'AllowS3VectorsIndexingForThisAccountsVectorBuckets');
    expect(statement).toMatchObject({
      Principal: { Service: 'indexing.s3vectors.amazonaws.com' },
      Action: 'kms:Decrypt',
      Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT }, ArnLike: { 'aws:SourceArn': `arn:aws:s3vectors:ap-northeast-1:${ACCOUNT}:bucket/*` } },
    });
  });

  test('bedrock-agent and bedrock-agent-runtime endpoints exist, each with a policy scoped to this account and its knowledge bases', () => {
    for (const [service, actions] of [
      ['bedrock-agent-runtime', 'bedrock:Retrieve'],
      ['bedrock-agent', ['bedrock:GetIngestionJob', 'bedrock:ListIngestionJobs', 'bedrock:StartIngestionJob']],
    ] as const) {
      foundation.hasResourceProperties('AWS::EC2::VPCEndpoint', {
        ServiceName: `com.amazonaws.ap-northeast-1.${service}`,
        VpcEndpointType: 'Interface',
        PrivateDnsEnabled: true,
        PolicyDocument: {
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: '*' },
              Action: actions,
              Resource: `arn:aws:bedrock:ap-northeast-1:${ACCOUNT}:knowledge-base/*`,
              Condition: { StringEquals: { 'aws:PrincipalAccount': ACCOUNT } },
            },
          ],
        },
      });
    }
  });

  test('the chat functions carry the knowledge base settings from config, and the body schema admits the flag', () => {
    const settings = JSON.parse(resolver.resolve(resolver.stack(kit.stacks.api.stackName), chatSettingsOf(api)));
    const { id } = resolver.find(kbStack(), 'AWS::Bedrock::KnowledgeBase', 'KnowledgeBase');
    expect(settings.knowledgeBase).toEqual({
      knowledgeBaseId: resolver.resolve(resolver.stack(kbStack()), { 'Fn::GetAtt': [id, 'KnowledgeBaseId'] }),
      topK: 5,
      clearances: { 'ai-admins': 'confidential' },
      departmentGroups: ['dept-legal'],
      useDepartmentClaim: true,
      defaultOnGroups: ['ai-users'],
    });
    expect(JSON.stringify(api.findResources('AWS::ApiGateway::Model'))).toContain('"knowledgeBase":{"type":"boolean"}');
  });

  test('chat roles may Retrieve from this knowledge base only (simulated)', async () => {
    const stack = resolver.stack(kit.stacks.api.stackName);
    const roles = Object.entries<Json>(stack.template.Resources)
      .filter(([id, r]) => r.Type === 'AWS::Lambda::Function' && /^Chat(Stream|Conversations)?HandlerFunction/.test(id))
      .map(([id, r]) => ({ fn: id, roleId: r.Properties.Role['Fn::GetAtt'][0] as string }));
    expect(roles).toHaveLength(3);
    const other = `arn:aws:bedrock:ap-northeast-1:${ACCOUNT}:knowledge-base/OTHERKB123`;
    for (const { fn, roleId } of roles) {
      const principal = resolver.roleArn(stack.name, roleId);
      const identityPolicies = resolver.identityPoliciesOf(stack.name, roleId);
      const on = async (resource: string): Promise<Decision> => decide({ principal, identityPolicies, action: 'bedrock:Retrieve', resource });
      const expected = fn.startsWith('ChatConversations') ? 'ImplicitlyDenied' : 'Allowed';
      expect({ fn, own: await on(kbArn()), other: await on(other) }).toEqual({ fn, own: expected, other: 'ImplicitlyDenied' });
      // RetrieveAndGenerate has no resource-level permissions ("*"): not granted either.
      expect(await decide({ principal, identityPolicies, action: 'bedrock:RetrieveAndGenerate', resource: '*' })).toBe('ImplicitlyDenied');
    }
  });

  test('the service role reads only the documents, embeds only with the Tokyo model, writes only its own index (simulated)', async () => {
    const stack = resolver.stack(kbStack());
    const { id: roleId } = resolver.find(kbStack(), 'AWS::IAM::Role', 'KnowledgeBaseServiceRole');
    const principal = resolver.roleArn(stack.name, roleId);
    // The policy engine knows KMS keys by UUID ids: the data key gets one for the simulation.
    const keyArn = `arn:aws:kms:ap-northeast-1:${ACCOUNT}:key/1111aaaa-2222-3333-4444-555566667777`;
    const identityPolicies = JSON.parse(JSON.stringify(resolver.identityPoliciesOf(stack.name, roleId)).split(dataKeyArn()).join(keyArn));
    const { id: bucketId } = resolver.find(kbStack(), 'AWS::S3::Bucket', 'KnowledgeBaseDocuments');
    const bucket = resolver.resolve(stack, { 'Fn::GetAtt': [bucketId, 'Arn'] });
    const { id: indexId } = resolver.find(kbStack(), 'AWS::S3Vectors::Index', 'KnowledgeBaseVectorIndex');
    const index = resolver.resolve(stack, { 'Fn::GetAtt': [indexId, 'IndexArn'] });
    const cases: Array<[string, string, Record<string, string> | undefined, Decision]> = [
      ['s3:GetObject', `${bucket}/documents/handbook.md`, undefined, 'Allowed'],
      ['s3:GetObject', `${bucket}/quarantine/documents/salaries.xlsx`, undefined, 'ImplicitlyDenied'],
      ['s3:GetObject', 'arn:aws:s3:::another-bucket/documents/x.md', undefined, 'ImplicitlyDenied'],
      ['s3:PutObject', `${bucket}/documents/x.md`, undefined, 'ImplicitlyDenied'],
      ['bedrock:InvokeModel', TITAN_TOKYO, undefined, 'Allowed'],
      ['bedrock:InvokeModel', 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0', undefined, 'ImplicitlyDenied'],
      ['bedrock:InvokeModel', 'arn:aws:bedrock:ap-northeast-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0', undefined, 'ImplicitlyDenied'],
      ['s3vectors:PutVectors', index, undefined, 'Allowed'],
      ['s3vectors:PutVectors', `arn:aws:s3vectors:ap-northeast-1:${ACCOUNT}:bucket/other/index/other`, undefined, 'ImplicitlyDenied'],
      ['s3vectors:DeleteVectorBucket', index, undefined, 'ImplicitlyDenied'],
      ['kms:Decrypt', keyArn, { 'kms:ViaService': 's3.ap-northeast-1.amazonaws.com' }, 'Allowed'],
      ['kms:Decrypt', keyArn, { 'kms:ViaService': 'dynamodb.ap-northeast-1.amazonaws.com' }, 'ImplicitlyDenied'],
      ['kms:Decrypt', keyArn, undefined, 'ImplicitlyDenied'],
      ['kms:Decrypt', `arn:aws:kms:ap-northeast-1:${ACCOUNT}:key/9999aaaa-2222-3333-4444-555566667777`, { 'kms:ViaService': 's3.ap-northeast-1.amazonaws.com' }, 'ImplicitlyDenied'],
    ];
    // KMS needs the key policy too (its account-root statement lets IAM policies grant use).
    const { id: keyId } = resolver.find(kit.stacks.foundation.stackName, 'AWS::KMS::Key', 'KeysDataKey');
    const keyPolicy = resolver.keyPolicy(kit.stacks.foundation.stackName, keyId);
    for (const [action, resource, context, expected] of cases) {
      const resourcePolicy = action.startsWith('kms:') && resource === keyArn ? { resourcePolicy: keyPolicy } : {};
      const got = await decide({ principal, identityPolicies, action, resource, ...resourcePolicy, ...(context ? { context } : {}) });
      expect({ action, resource, got }).toEqual({ action, resource, got: expected });
    }
    // Only Bedrock, only for this account's knowledge bases, may assume it.
    const trust = stack.template.Resources[roleId].Properties.AssumeRolePolicyDocument.Statement[0];
    expect(trust).toMatchObject({
      Principal: { Service: 'bedrock.amazonaws.com' },
      Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT }, ArnLike: { 'aws:SourceArn': `arn:aws:bedrock:ap-northeast-1:${ACCOUNT}:knowledge-base/*` } },
    });
  });

  test('uploads under documents/ run the ingestion check, a function in the isolated subnets that may start ingestion of this knowledge base only', async () => {
    kb.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: ['aws.s3'], 'detail-type': ['Object Created'], detail: { object: { key: [{ prefix: 'documents/' }] } } },
    });
    const fn = Object.entries<Json>(kb.findResources('AWS::Lambda::Function'))[0];
    expect(fn[1].Properties.VpcConfig.SubnetIds.length).toBe(kit.config.availabilityZones.length);
    const stack = resolver.stack(kbStack());
    const roleId = fn[1].Properties.Role['Fn::GetAtt'][0];
    const principal = resolver.roleArn(stack.name, roleId);
    const identityPolicies = resolver.identityPoliciesOf(stack.name, roleId);
    expect(await decide({ principal, identityPolicies, action: 'bedrock:StartIngestionJob', resource: kbArn() })).toBe('Allowed');
    expect(await decide({ principal, identityPolicies, action: 'bedrock:StartIngestionJob', resource: `arn:aws:bedrock:ap-northeast-1:${ACCOUNT}:knowledge-base/OTHERKB123` })).toBe('ImplicitlyDenied');
    expect(await decide({ principal, identityPolicies, action: 'bedrock:Retrieve', resource: kbArn() })).toBe('ImplicitlyDenied');
  });
});

describe('knowledge base config', () => {
  test.each([
    [{ knowledgeBase: { enabled: true, embeddingModel: 'jp.anthropic.claude-haiku-4-5-20251001-v1:0' } }, /knowledgeBase\.embeddingModel.*text model.*needs an embedding model/s],
    [{ knowledgeBase: { enabled: true, embeddingModel: 'amazon.titan-embed-text-v3:0' } }, /knowledgeBase\.embeddingModel.*not in the kit's model catalogue/s],
    [{ knowledgeBase: { enabled: true, embeddingModel: 'cohere.embed-multilingual-v3', dimensions: 512 } }, /knowledgeBase\.dimensions.*offers 1024 dimensions, not 512/s],
    [{ knowledgeBase: { clearances: { 'dept-legall': 'internal' } } }, /knowledgeBase\.clearances\.dept-legall.*group "dept-legall" is not defined/s],
    [{ knowledgeBase: { defaultOnGroups: ['nobody'] } }, /knowledgeBase\.defaultOnGroups\.0.*group "nobody" is not defined/s],
    [{ knowledgeBase: { clearances: { 'ai-users': 'secret' } } }, /knowledgeBase\.clearances\.ai-users.*must be one of public, internal, confidential/s],
    [{ knowledgeBase: { topK: 0 } }, /knowledgeBase\.topK.*at least 1/s],
  ])('%j fails synth naming the field', (config, message) => {
    expect(() => buildKit(config as never)).toThrow(message);
  });
});
