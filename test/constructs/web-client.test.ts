import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { WEB_FILES, WEB_SOURCE_DIR, bundleWebClient, contentSecurityPolicy, indexHtml } from '../../lib/constructs/web-client';
import { rejection } from '../support/config-rejection';
import { decide, stacksOf, TemplateResolver } from '../support/iam-simulation';
import { buildKit } from '../support/kit-app';

const CERT = 'arn:aws:acm:ap-northeast-1:111111111111:certificate/12345678-1234-1234-1234-123456789012';
/** The JS budget the README states. */
const BUDGET_GZIP_BYTES = 150 * 1024;

type Json = any;
const staticMethods = (t: Template) =>
  Object.entries(t.findResources('AWS::ApiGateway::Method')).filter(([, m]) => m.Properties.Integration?.Type === 'AWS') as [string, Json][];

describe('WebClient: the default kit serves the client from its own API', () => {
  let t: Template;
  let identity: Template;
  let resolver: TemplateResolver;
  /** The managed-login origin of the identity stack's own domain resource. */
  let SIGN_IN: string;
  beforeAll(() => {
    const kit = buildKit();
    t = Template.fromStack(kit.stacks.api);
    identity = Template.fromStack(kit.stacks.identity);
    resolver = new TemplateResolver(stacksOf(kit.app.synth()));
    const [domain] = Object.values(identity.findResources('AWS::Cognito::UserPoolDomain')) as Json[];
    SIGN_IN = `https://${domain.Properties.Domain}.auth.ap-northeast-1.amazoncognito.com`;
  });

  test('one unauthenticated GET per file, each an S3 integration reading exactly that object with the read role', () => {
    const methods = staticMethods(t);
    expect(methods).toHaveLength(WEB_FILES.length);
    const keys = methods.map(([, m]) => {
      expect(m.Properties.HttpMethod).toBe('GET');
      expect(m.Properties.AuthorizationType).toBe('NONE');
      const integration = m.Properties.Integration;
      expect(integration.IntegrationHttpMethod).toBe('GET');
      expect(integration.Credentials['Fn::GetAtt'][0]).toMatch(/^WebClientReadRole/);
      const uri = JSON.stringify(integration.Uri);
      expect(uri).toContain('arn:aws:apigateway:ap-northeast-1:s3:path/');
      expect(uri).toContain('WebClientFilesBucket');
      return /WebClientFilesBucket[0-9A-F]{8}"\},"\/([^"]+)"/.exec(uri)![1];
    });
    expect(keys.sort()).toEqual(WEB_FILES.map((f) => f.key).sort());
    // Every /v1/* method keeps the Cognito authorizer.
    const others = Object.values(t.findResources('AWS::ApiGateway::Method')).filter((m: Json) => m.Properties.Integration?.Type !== 'AWS' && m.Properties.HttpMethod !== 'OPTIONS');
    expect(others.length).toBeGreaterThan(0);
    for (const m of others as Json[]) expect(m.Properties.AuthorizationType).toBe('COGNITO_USER_POOLS');
  });

  test('every response of every file carries the strict headers and its own Content-Type', () => {
    for (const [, m] of staticMethods(t)) {
      const key = /\/([^"]+)"\]\]\}$/.exec(JSON.stringify(m.Properties.Integration.Uri))![1];
      const file = WEB_FILES.find((f) => f.key === key)!;
      const responses = m.Properties.Integration.IntegrationResponses as Json[];
      expect(responses.map((r) => r.StatusCode).sort()).toEqual(['200', '404', '502']);
      for (const r of responses) {
        const p = r.ResponseParameters as Record<string, string>;
        expect(p['method.response.header.Content-Security-Policy']).toBe(`'${contentSecurityPolicy(SIGN_IN)}'`);
        expect(p['method.response.header.Strict-Transport-Security']).toBe("'max-age=31536000; includeSubDomains'");
        expect(p['method.response.header.X-Content-Type-Options']).toBe("'nosniff'");
        expect(p['method.response.header.Referrer-Policy']).toBe("'no-referrer'");
        expect(p['method.response.header.X-Frame-Options']).toBe("'DENY'");
        expect(p['method.response.header.Content-Type']).toBe(r.StatusCode === '200' ? `'${file.contentType}'` : "'application/json; charset=utf-8'");
        // Declared on the method response, or API Gateway drops the mapping.
        const declared = (m.Properties.MethodResponses as Json[]).find((d) => d.StatusCode === r.StatusCode).ResponseParameters;
        for (const name of Object.keys(p)) expect(declared[name]).toBe(true);
      }
    }
  });

  test('the CSP names no origin but the kit and the managed login, and forbids framing, inline code, base and plugins', () => {
    const csp = contentSecurityPolicy(SIGN_IN);
    const directives = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    const sources = Object.values(directives).flat();
    expect(sources.filter((s) => !["'self'", "'none'", 'data:', SIGN_IN].includes(s))).toEqual([]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  test('the files live in an SSE-KMS bucket of their own key, copied there by a deployment function in the isolated subnets', () => {
    const [bucketId] = Object.keys(t.findResources('AWS::S3::Bucket')).filter((id) => id.startsWith('WebClientFilesBucket'));
    const bucket = t.findResources('AWS::S3::Bucket')[bucketId];
    const sse = bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0];
    expect(sse.ServerSideEncryptionByDefault.SSEAlgorithm).toBe('aws:kms');
    expect(sse.ServerSideEncryptionByDefault.KMSMasterKeyID['Fn::GetAtt'][0]).toMatch(/^WebClientKey/);
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    t.hasResourceProperties('AWS::KMS::Key', { Description: 'private-ai-jp: the web client static files', EnableKeyRotation: true });
    t.hasResourceProperties('Custom::CDKBucketDeployment', { DestinationBucketName: { Ref: bucketId }, Prune: true });
    const deployFn = Object.entries(t.findResources('AWS::Lambda::Function')).find(([id]) => id.startsWith('CustomCDKBucketDeployment'))![1];
    expect(deployFn.Properties.VpcConfig.SubnetIds.length).toBeGreaterThan(0);
    expect(deployFn.Properties.ReservedConcurrentExecutions).toBe(1);
    expect(deployFn.Properties.LoggingConfig.LogGroup).toBeDefined();
  });

  test('no CloudFront, Global Accelerator or other global edge anywhere in the kit', () => {
    for (const stack of resolver.stacks) {
      const types = Object.values(stack.template.Resources).map((r: Json) => r.Type as string);
      expect(types.filter((type) => /CloudFront|GlobalAccelerator/.test(type))).toEqual([]);
    }
  });

  test('the read role (simulated): the served objects only, and decrypt only through S3', async () => {
    const api = 'PrivateAiJp-Api';
    const { id: roleId } = resolver.find(api, 'AWS::IAM::Role', 'WebClientReadRole');
    const { id: bucketId } = resolver.find(api, 'AWS::S3::Bucket', 'WebClientFilesBucket');
    const { id: keyId } = resolver.find(api, 'AWS::KMS::Key', 'WebClientKey');
    const stack = resolver.stack(api);
    const bucket = resolver.physicalName(stack, bucketId);
    const keyArn = resolver.resolve(stack, { 'Fn::GetAtt': [keyId, 'Arn'] }) as string;
    const principal = { principal: resolver.roleArn(api, roleId), identityPolicies: resolver.identityPoliciesOf(api, roleId) };
    // Each decided with the resource's own policy too: the bucket policy (TLS only) and the key policy.
    const request = { ...principal, resourcePolicy: resolver.bucketPolicy(api, bucketId) };
    const onKey = { ...principal, resourcePolicy: resolver.keyPolicy(api, keyId) };
    for (const file of WEB_FILES) {
      expect(await decide({ ...request, action: 's3:GetObject', resource: `arn:aws:s3:::${bucket}/${file.key}` })).toBe('Allowed');
    }
    expect(await decide({ ...request, action: 's3:GetObject', resource: `arn:aws:s3:::${bucket}/app/other.js` })).toBe('ImplicitlyDenied');
    expect(await decide({ ...request, action: 's3:PutObject', resource: `arn:aws:s3:::${bucket}/app/main.js` })).toBe('ImplicitlyDenied');
    expect(await decide({ ...request, action: 's3:ListBucket', resource: `arn:aws:s3:::${bucket}` })).toBe('ImplicitlyDenied');
    const viaS3 = { 'kms:ViaService': 's3.ap-northeast-1.amazonaws.com' };
    expect(await decide({ ...onKey, action: 'kms:Decrypt', resource: keyArn, context: viaS3 })).toBe('Allowed');
    expect(await decide({ ...onKey, action: 'kms:Decrypt', resource: keyArn })).toBe('ImplicitlyDenied');
    expect(await decide({ ...onKey, action: 'kms:Encrypt', resource: keyArn, context: viaS3 })).toBe('ImplicitlyDenied');
    // The conversation data key is out of its reach.
    const dataKey = resolver.find('PrivateAiJp-Foundation', 'AWS::KMS::Key', 'KeysDataKey');
    const dataKeyArn = resolver.resolve(resolver.stack('PrivateAiJp-Foundation'), { 'Fn::GetAtt': [dataKey.id, 'Arn'] }) as string;
    const onDataKey = { ...principal, resourcePolicy: resolver.keyPolicy('PrivateAiJp-Foundation', dataKey.id) };
    expect(await decide({ ...onDataKey, action: 'kms:Decrypt', resource: dataKeyArn, context: viaS3 })).toBe('ImplicitlyDenied');
  });

  test('its app client: public, code grant only, rotating and revocable refresh tokens, called back to the served URL', () => {
    const clients = t.findResources('AWS::Cognito::UserPoolClient');
    const [client] = Object.values(clients) as Json[];
    expect(Object.keys(clients)).toHaveLength(1);
    const p = client.Properties;
    expect(p.GenerateSecret).toBe(false);
    expect(p.AllowedOAuthFlows).toEqual(['code']);
    expect(p.EnableTokenRevocation).toBe(true);
    expect(p.RefreshTokenRotation).toEqual({ Feature: 'ENABLED', RetryGracePeriodSeconds: 10 });
    expect(p.ExplicitAuthFlows).toEqual(['ALLOW_USER_SRP_AUTH']);
    const url = {
      'Fn::Join': ['', ['https://', { Ref: Match.stringLikeRegexp('^ChatApi') }, '.execute-api.ap-northeast-1.', { Ref: 'AWS::URLSuffix' }, '/prod/']],
    };
    t.hasResourceProperties('AWS::Cognito::UserPoolClient', { CallbackURLs: [url], LogoutURLs: [url] });
    // The same sign-in settings as the directory's own client.
    const [directory] = Object.values(identity.findResources('AWS::Cognito::UserPoolClient')) as Json[];
    for (const field of ['AllowedOAuthFlows', 'AllowedOAuthScopes', 'SupportedIdentityProviders', 'GenerateSecret', 'ExplicitAuthFlows', 'PreventUserExistenceErrors', 'EnableTokenRevocation', 'RefreshTokenRotation', 'AccessTokenValidity', 'IdTokenValidity', 'RefreshTokenValidity', 'TokenValidityUnits', 'ReadAttributes']) {
      expect([field, p[field]]).toEqual([field, directory.Properties[field]]);
    }
  });

  test('index.html loads only its own files from under the base path, with no inline script or style', () => {
    const html = indexHtml('/prod/');
    expect(html).toContain('<script defer src="/prod/app/main.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="/prod/app/style.css">');
    expect(html).not.toMatch(/<script>|<style|\sstyle=|\son\w+=|https?:\/\//);
  });

  test(`the bundled client stays within ${BUDGET_GZIP_BYTES / 1024} KB gzipped and never writes HTML from strings`, () => {
    const { js } = bundleWebClient();
    expect(gzipSync(js).length).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
    // Tokens never touch web storage: what the page stores is the UI language, the one-time PKCE
    // state and a signed-in flag (`1`, or `out` just after sign-out), each under a constant key, and no value derived from a token.
    const writes = [...js.matchAll(/(?:localStorage|sessionStorage)\.setItem\(([^,]+),([^)]*)\)/g)];
    expect(writes.length).toBe(4);
    const sources = ['auth.ts', 'main.ts'].map((f) => fs.readFileSync(path.join(WEB_SOURCE_DIR, f), 'utf8')).join('\n');
    const stored = [...sources.matchAll(/Storage\.setItem\(([^;]*)\);/g)].map((m) => m[1]);
    expect(stored).toEqual(['PENDING_KEY, JSON.stringify({ verifier, state })', "ACTIVE_KEY, '1'", "ACTIVE_KEY, 'out'", 'LANG_KEY, next']);
  });
});

// Nag and residency packs with the client: the default config in test/policy-gate.test.ts and
// test/stacks/api-stack.test.ts, the private API in test/stacks/identity-stack.test.ts.
describe('WebClient: other deployments', () => {
  test('a custom domain: the client and its callback live at https://<domain>/', () => {
    const t = Template.fromStack(buildKit({ edge: { api: { customDomain: { domainName: 'ai.example.co.jp', certificateArn: CERT } } } }).stacks.api);
    t.hasResourceProperties('AWS::Cognito::UserPoolClient', { CallbackURLs: ['https://ai.example.co.jp/'], LogoutURLs: ['https://ai.example.co.jp/'] });
    t.hasOutput('WebClientUrl', { Value: 'https://ai.example.co.jp/' });
  });

  test('a private API: also called back at the endpoint-specific host name, behind the same resource policy', () => {
    const t = Template.fromStack(buildKit({ edge: { api: { endpointType: 'private' } } }).stacks.api);
    const [client] = Object.values(t.findResources('AWS::Cognito::UserPoolClient')) as Json[];
    expect(client.Properties.CallbackURLs).toHaveLength(2);
    // https://<api id>-<vpce id>.execute-api...: the endpoint id comes from the foundation stack.
    const second = JSON.stringify(client.Properties.CallbackURLs[1]);
    expect(second).toMatch(/"-",\{"Fn::(ImportValue|GetStackOutput)".*ExecuteApi/i);
    expect(second).toContain('/prod/');
    expect(staticMethods(t)).toHaveLength(WEB_FILES.length);
    t.hasResourceProperties('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: ['PRIVATE'] } });
  });

  test('webClient.enabled false: no static route, bucket, deployment or second app client', () => {
    const t = Template.fromStack(buildKit({ webClient: { enabled: false } }).stacks.api);
    expect(staticMethods(t)).toHaveLength(0);
    t.resourceCountIs('Custom::CDKBucketDeployment', 0);
    t.resourceCountIs('AWS::Cognito::UserPoolClient', 0);
  });

  test('a wrong value names the field', () => {
    expect(rejection({ webClient: { enabled: 'yes' } })).toMatch(/webClient\.enabled/);
    expect(rejection({ webClient: { enable: true } })).toMatch(/webClient/);
  });
});
