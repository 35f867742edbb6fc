import { checkA1, checkA2, checkA3, checkA4, checkA5, tokenLifetimes } from '../../lib/report/checks/access-control';
import type { Finding } from '../../lib/report/checklist';
import { apiMethod, chatFunction, group, key, model, plainFunction, policy, poolClient, role, samlProvider, stack, userPool } from './synthetic';

const names = (fs: readonly Finding[]) => fs.flatMap((f) => f.resources.map((r) => r.logicalId));

const identity = { Pool: userPool(), Saml: samlProvider(), Client: poolClient(), ChatRole: role(), Chat: chatFunction('ChatRole'), Post: apiMethod('Chat') };

describe('A-1 SSO and MFA', () => {
  it('is enforced with SAML, MFA on, no self sign-up and the Cognito authorizer', () => {
    expect(checkA1(model(stack('Id', identity))).status).toBe('enforced');
  });

  it('is a gap without a user pool', () => {
    expect(checkA1(model(stack('S', { K: key() }))).status).toBe('gap');
  });

  it('becomes partial, naming the pool, when MFA is optional', () => {
    const r = checkA1(model(stack('Id', { ...identity, Pool: userPool({ MfaConfiguration: 'OPTIONAL' }) })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['Pool']);
  });

  it('becomes partial without a federated IdP', () => {
    const { Saml: _saml, ...local } = identity;
    const r = checkA1(model(stack('Id', local)));
    expect(r.status).toBe('partial');
    expect(r.missing[0].text.en).toContain('SAML or OIDC');
  });

  it('becomes partial, naming the method, when a method skips the authorizer', () => {
    const r = checkA1(model(stack('Id', { ...identity, Open: apiMethod('Chat', 'NONE') })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['Open']);
  });
});

describe('A-2 permissions by department and role', () => {
  it('is enforced with groups and the Cognito authorizer, listing per-group guard policies', () => {
    const r = checkA2(model(stack('Id', { ...identity, Chat: chatFunction('ChatRole', { legal: { defaultAction: 'block' } }, ['sales', 'legal']), Sales: group('sales'), Legal: group('legal') })));
    expect(r.status).toBe('enforced');
    expect(r.present.map((f) => f.text.en)).toContain('Chat is limited to members of legal, sales; anyone else gets 403 and a denied audit event (allowedGroups).');
    expect(r.present.map((f) => f.text.en)).toEqual(expect.arrayContaining(['User-pool groups for departments and roles: legal, sales.', 'Per-group guard policies: legal.']));
  });

  it('names the IdP group mapping when the token trigger of the pool carries one', () => {
    const mapping = { 'All-Staff': ['ai-users'], Sales: ['ai-users', 'sales'] };
    const Pool = userPool({ LambdaConfig: { PreTokenGenerationConfig: { LambdaArn: { 'Fn::GetAtt': ['Trigger', 'Arn'] }, LambdaVersion: 'V2_0' } } });
    const Trigger = plainFunction('ChatRole', { IDP_GROUP_MAPPING: JSON.stringify(mapping) });
    const r = checkA2(model(stack('Id', { ...identity, Pool, Trigger, Sales: group('sales') })));
    const mapped = r.present.find((f) => f.text.en.startsWith('Group membership follows the corporate IdP'));
    expect(mapped?.text.en).toContain('2 IdP group(s) map to ai-users, sales');
    expect(mapped?.resources.map((x) => x.logicalId)).toEqual(['Pool', 'Trigger']);
    // Without the trigger on the pool, the same function proves nothing.
    const unwired = checkA2(model(stack('Id', { ...identity, Trigger, Sales: group('sales') })));
    expect(unwired.present.some((f) => f.text.en.startsWith('Group membership follows'))).toBe(false);
  });

  it('is only partial when the access gate admits every signed-in user ("*") or is absent', () => {
    const everyone = checkA2(model(stack('Id', { ...identity, Chat: chatFunction('ChatRole', {}, ['*']), Sales: group('sales') })));
    expect(everyone.status).toBe('partial');
    expect(everyone.missing.map((f) => f.text.en)).toEqual(['allowedGroups is "*": every signed-in user may chat, whatever their groups.']);
    const none = checkA2(model(stack('Id', { ...identity, Sales: group('sales') })));
    expect(none.status).toBe('partial');
    expect(none.missing.map((f) => f.text.en)).toEqual(['The chat function has no access gate: every signed-in user may chat.']);
  });

  it('is only partial when the gate names a group no template defines', () => {
    const r = checkA2(model(stack('Id', { ...identity, Chat: chatFunction('ChatRole', {}, ['sales', 'dept-legall']), Sales: group('sales') })));
    expect(r.status).toBe('partial');
    expect(r.missing.map((f) => f.text.en)).toEqual(['allowedGroups names groups no template defines: dept-legall.']);
  });

  it('static client files served without a token (one fixed S3 object per GET) are not a missing authorizer; a data route is', () => {
    const staticGet = (key: string) => ({
      Type: 'AWS::ApiGateway::Method',
      Properties: { HttpMethod: 'GET', AuthorizationType: 'NONE', Integration: { Type: 'AWS', Uri: { 'Fn::Join': ['', ['arn:aws:apigateway:ap-northeast-1:s3:path/', { Ref: 'Files' }, `/${key}`]] } } },
    });
    const base = { ...identity, Chat: chatFunction('ChatRole', {}, ['sales']), Sales: group('sales'), Index: staticGet('index.html'), Js: staticGet('app/main.js') };
    const r = checkA2(model(stack('Id', base)));
    expect(r.status).toBe('enforced');
    expect(names(r.present)).toEqual(expect.arrayContaining(['Index', 'Js']));
    // A proxy to any key, or a GET to a function without the authorizer, is still missing.
    const anyKey = { ...staticGet('x'), Properties: { ...staticGet('x').Properties, Integration: { Type: 'AWS', Uri: 'arn:aws:apigateway:ap-northeast-1:s3:path/bucket/{key}' } } };
    expect(names(checkA2(model(stack('Id', { ...base, Any: anyKey }))).missing)).toEqual(['Any']);
    expect(names(checkA2(model(stack('Id', { ...base, Open: apiMethod('Chat', 'NONE') }))).missing)).toEqual(['Open']);
  });

  it('becomes partial without groups', () => {
    expect(checkA2(model(stack('Id', identity))).status).toBe('partial');
  });
});

describe('A-3 key management', () => {
  it('is enforced with rotating keys, no IAM users and no secret-named variables', () => {
    expect(checkA3(model(stack('S', { Key: key(), R: role(), F: plainFunction('R', { TABLE_NAME: 't' }) }))).status).toBe('enforced');
  });

  it('becomes partial, naming the key, when rotation is off', () => {
    const r = checkA3(model(stack('S', { Key: key(), Still: key(false) })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['Still']);
  });

  it('becomes partial for an access key and for a secret in the environment', () => {
    const r = checkA3(model(stack('S', { Key: key(), User: { Type: 'AWS::IAM::User', Properties: {} }, Ak: { Type: 'AWS::IAM::AccessKey', Properties: {} }, R: role(), F: plainFunction('R', { DB_PASSWORD: 'x' }) })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['User', 'Ak', 'F']);
  });

  it('is a gap without customer-managed keys', () => {
    expect(checkA3(model(stack('S', {}))).status).toBe('gap');
  });
});

describe('A-4 prompt revocation', () => {
  it('is enforced with a federated IdP and short token lifetimes', () => {
    expect(checkA4(model(stack('Id', identity))).status).toBe('enforced');
  });

  it('becomes partial, naming the client, with the default 30-day refresh token', () => {
    const r = checkA4(model(stack('Id', { ...identity, Client: poolClient({ RefreshTokenValidity: undefined, TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes' } }) })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['Client']);
    expect(r.missing[0].text.en).toContain('refresh 43200 min');
  });

  it('reads CloudFormation defaults and units', () => {
    expect(tokenLifetimes({})).toEqual({ accessMinutes: 60, idMinutes: 60, refreshMinutes: 43200 });
    expect(tokenLifetimes({ AccessTokenValidity: 1, RefreshTokenValidity: 1 })).toEqual({ accessMinutes: 60, idMinutes: 60, refreshMinutes: 1440 });
  });

  it('is a gap without clients or identity providers', () => {
    expect(checkA4(model(stack('S', {}))).status).toBe('gap');
  });
});

describe('A-5 administrator inventory', () => {
  it('lists key administration delegated to the account and admin groups', () => {
    const r = checkA5(model(stack('S', { Key: key(), Admins: group('platform-admins') })));
    expect(r.status).toBe('enforced');
    expect(names(r.present)).toEqual(expect.arrayContaining(['Key', 'Admins']));
  });

  it('becomes partial, naming the role, for a "*" grant', () => {
    const r = checkA5(model(stack('S', { Key: key(), God: role(), GodPolicy: policy('God', ['*']) })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['God']);
  });

  it('counts AdministratorAccess attached by ARN', () => {
    const admin = { Type: 'AWS::IAM::Role', Properties: { ManagedPolicyArns: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/AdministratorAccess']] }] } };
    const r = checkA5(model(stack('S', { Key: key(), Admin: admin })));
    expect(r.status).toBe('partial');
    expect(names(r.missing)).toEqual(['Admin']);
  });

  it('lists roles with privileged actions for review', () => {
    const r = checkA5(model(stack('S', { Key: key(), Deployer: role(), Pass: policy('Deployer', ['iam:PassRole']) })));
    expect(r.status).toBe('enforced');
    expect(names(r.present)).toContain('Deployer');
  });
});
