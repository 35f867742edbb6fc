import type { AssemblyModel, CfnResourceJson, CfnTemplateJson, StackModel } from '../../lib/report/model';

/** Small hand-written templates for the report checks: no CDK synth needed. */
export type Resources = Record<string, CfnResourceJson>;

export function stack(name: string, resources: Resources, extra: Partial<CfnTemplateJson> = {}, region = 'ap-northeast-1'): StackModel {
  return { name, region, account: '111111111111', template: { Resources: resources, ...extra } };
}

export function model(...stacks: StackModel[]): AssemblyModel {
  return { stacks };
}

export const key = (rotation = true): CfnResourceJson => ({
  Type: 'AWS::KMS::Key',
  Properties: {
    EnableKeyRotation: rotation,
    KeyPolicy: { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'kms:*', Resource: '*' }] },
  },
});

export const kmsBucket = (keyId = 'Key'): CfnResourceJson => ({
  Type: 'AWS::S3::Bucket',
  Properties: {
    BucketEncryption: {
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [keyId, 'Arn'] } } }],
    },
  },
});

export const tlsOnlyPolicy = (bucketId: string): CfnResourceJson => ({
  Type: 'AWS::S3::BucketPolicy',
  Properties: {
    Bucket: { Ref: bucketId },
    PolicyDocument: {
      Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
    },
  },
});

/** `retention: null` leaves RetentionInDays out (logs kept forever). */
export const logGroup = (retention: number | null = 365, keyId: string | null = 'Key'): CfnResourceJson => ({
  Type: 'AWS::Logs::LogGroup',
  Properties: {
    ...(retention !== null ? { RetentionInDays: retention } : {}),
    ...(keyId ? { KmsKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } } : {}),
  },
});

export const role = (): CfnResourceJson => ({ Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } });

export const policy = (roleId: string, actions: string[], resource: unknown = '*'): CfnResourceJson => ({
  Type: 'AWS::IAM::Policy',
  Properties: { PolicyDocument: { Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }] }, Roles: [{ Ref: roleId }] },
});

/** The guarded chat function: CHAT_CONFIG with a guard policy, as the chat construct writes it (with a token inside). */
export const chatFunction = (roleId: string, groups: Record<string, unknown> = {}, allowedGroups?: string[]): CfnResourceJson => ({
  Type: 'AWS::Lambda::Function',
  Properties: {
    Role: { 'Fn::GetAtt': [roleId, 'Arn'] },
    Environment: {
      Variables: {
        CHAT_CONFIG: {
          'Fn::Join': [
            '',
            [
              `{"allowedModels":["jp.anthropic.claude-sonnet-4-5-20250929-v1:0"],${allowedGroups ? `"allowedGroups":${JSON.stringify(allowedGroups)},` : ''}"systemPrompt":"x","guard":{"defaultPolicy":{},"groups":${JSON.stringify(groups)}},"conversations":{"tableName":"`,
              { Ref: 'Table' },
              '","ttlDays":30}}',
            ],
          ],
        },
      },
    },
  },
});

export const plainFunction = (roleId: string, env: Record<string, string> = {}): CfnResourceJson => ({
  Type: 'AWS::Lambda::Function',
  Properties: { Role: { 'Fn::GetAtt': [roleId, 'Arn'] }, Environment: { Variables: env } },
});

export const apiMethod = (fnId: string, authorization = 'COGNITO_USER_POOLS'): CfnResourceJson => ({
  Type: 'AWS::ApiGateway::Method',
  Properties: {
    HttpMethod: 'POST',
    AuthorizationType: authorization,
    Integration: {
      Type: 'AWS_PROXY',
      Uri: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:', { Ref: 'AWS::Region' }, ':lambda:path/2015-03-31/functions/', { 'Fn::GetAtt': [fnId, 'Arn'] }, '/invocations']] },
    },
  },
});

export const alarm = (withAction = true): CfnResourceJson => ({
  Type: 'AWS::CloudWatch::Alarm',
  Properties: { Period: 300, MetricName: 'Blocked', Namespace: 'PrivateAiJp', ...(withAction ? { AlarmActions: [{ Ref: 'Topic' }] } : {}) },
});

export const table = (ttl = true): CfnResourceJson => ({
  Type: 'AWS::DynamoDB::Table',
  Properties: {
    SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] } },
    ...(ttl ? { TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true } } : {}),
  },
});

export const userPool = (overrides: Record<string, unknown> = {}): CfnResourceJson => ({
  Type: 'AWS::Cognito::UserPool',
  Properties: {
    MfaConfiguration: 'ON',
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    ...overrides,
  },
});

export const samlProvider = (): CfnResourceJson => ({
  Type: 'AWS::Cognito::UserPoolIdentityProvider',
  Properties: { UserPoolId: { Ref: 'Pool' }, ProviderType: 'SAML', ProviderName: 'Corp' },
});

export const poolClient = (overrides: Record<string, unknown> = {}): CfnResourceJson => ({
  Type: 'AWS::Cognito::UserPoolClient',
  Properties: {
    UserPoolId: { Ref: 'Pool' },
    AccessTokenValidity: 15,
    IdTokenValidity: 15,
    RefreshTokenValidity: 720,
    TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
    ...overrides,
  },
});

export const group = (name: string): CfnResourceJson => ({ Type: 'AWS::Cognito::UserPoolGroup', Properties: { GroupName: name, UserPoolId: { Ref: 'Pool' } } });
