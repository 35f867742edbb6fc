import { Match, Template } from 'aws-cdk-lib/assertions';
import { defaultDomainPrefix } from '../../lib/config/sections/identity';
import { buildKit, synthWithGate } from '../support/kit-app';

const FIXTURE = 'test/fixtures/saml/idp-metadata.xml';
const OKTA_URL = 'https://example.okta.com/app/exk1/sso/saml/metadata';
const identityTemplate = (overrides: Parameters<typeof buildKit>[0] = {}) => Template.fromStack(buildKit(overrides).stacks.identity);

describe('IdentityStack: default (no IdP, break-glass local users)', () => {
  let t: Template;
  beforeAll(() => {
    t = identityTemplate();
  });

  test('one user pool, one domain, one client, two groups, no IdP', () => {
    t.resourceCountIs('AWS::Cognito::UserPool', 1);
    t.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
    t.resourceCountIs('AWS::Cognito::UserPoolClient', 1);
    t.resourceCountIs('AWS::Cognito::UserPoolGroup', 2);
    t.resourceCountIs('AWS::Cognito::UserPoolIdentityProvider', 0);
  });

  test('no self sign-up, TOTP MFA required, strong passwords, Plus plan with enforced threat protection', () => {
    t.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 14,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
          PasswordHistorySize: 24,
        }),
      },
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED', AdvancedSecurityAdditionalFlows: { CustomAuthMode: 'ENFORCED' } },
      DeletionProtection: 'ACTIVE',
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'admin_only', Priority: 1 }] },
    });
    t.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  test('custom attributes for department and IdP groups are mutable (rewritten at each sign-in)', () => {
    t.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'department', Mutable: true, AttributeDataType: 'String' }),
        Match.objectLike({ Name: 'idp_groups', Mutable: true, AttributeDataType: 'String' }),
      ]),
    });
  });

  test('app client: code grant only, no secret, short tokens, rotation, no user-existence errors', () => {
    t.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      GenerateSecret: false,
      CallbackURLs: ['https://localhost/oauth2/callback'],
      LogoutURLs: ['https://localhost/'],
      AccessTokenValidity: 15,
      IdTokenValidity: 15,
      RefreshTokenValidity: 720,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 },
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'],
      SupportedIdentityProviders: ['COGNITO'],
      WriteAttributes: [],
    });
  });

  test('hosted UI on a Cognito prefix domain derived from prefix and account, without the account id', () => {
    t.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: Match.stringLikeRegexp('^privateaijp-[0-9a-f]{12}$'), ManagedLoginVersion: 1 });
    expect(JSON.stringify(t.findResources('AWS::Cognito::UserPoolDomain'))).not.toContain('111111111111');
    const outputs = t.findOutputs('*');
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['UserPoolId', 'AppClientId', 'HostedUiUrl', 'SamlEntityId', 'SamlAcsUrl']));
    expect(JSON.stringify(outputs.SamlAcsUrl.Value)).toContain('.auth.ap-northeast-1.amazoncognito.com/saml2/idpresponse');
    expect(JSON.stringify(outputs.SamlEntityId.Value)).toContain('urn:amazon:cognito:sp:');
  });

  test('role groups come from config with a precedence ahead of departments', () => {
    t.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'ai-admins', Precedence: 0, Description: 'role: Operators of the AI service' });
    t.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'ai-users', Precedence: 1 });
  });
});

describe('IdentityStack: SAML switches', () => {
  test('SAML from a metadata file: mapping, file content, only the IdP on the client', () => {
    const t = identityTemplate({
      identity: { samlProviders: [{ name: 'EntraId', preset: 'entra-id', metadataFile: FIXTURE, emailDomains: ['example.co.jp'] }] },
    });
    t.resourceCountIs('AWS::Cognito::UserPoolIdentityProvider', 1);
    t.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderName: 'EntraId',
      ProviderType: 'SAML',
      IdpIdentifiers: ['example.co.jp'],
      ProviderDetails: Match.objectLike({
        MetadataFile: Match.stringLikeRegexp('IDPSSODescriptor'),
        IDPInit: false,
        IDPSignout: false,
        EncryptedResponses: false,
      }),
      AttributeMapping: {
        email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
        name: 'http://schemas.microsoft.com/identity/claims/displayname',
        'custom:department': 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/department',
        'custom:idp_groups': 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
      },
    });
    const [client] = Object.values(t.findResources('AWS::Cognito::UserPoolClient'));
    expect(client.Properties.SupportedIdentityProviders).toHaveLength(1);
    expect(client.Properties.SupportedIdentityProviders).not.toContain('COGNITO');
    // The client must wait for the IdP it names.
    expect(client.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^DirectorySamlEntraId/)]));
  });

  test('SAML from a metadata URL', () => {
    const t = identityTemplate({ identity: { samlProviders: [{ name: 'Okta', preset: 'okta', metadataUrl: OKTA_URL }] } });
    t.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderName: 'Okta',
      ProviderDetails: Match.objectLike({ MetadataURL: OKTA_URL }),
      AttributeMapping: { email: 'email', name: 'displayName', 'custom:department': 'department', 'custom:idp_groups': 'groups' },
    });
    t.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', { ProviderDetails: Match.objectLike({ MetadataFile: Match.absent() }) });
  });

  test('several IdPs plus break-glass local users, with groups from config', () => {
    const t = identityTemplate({
      identity: {
        allowLocalUsers: true,
        samlProviders: [
          { name: 'EntraId', preset: 'entra-id', metadataFile: FIXTURE },
          { name: 'Google', preset: 'google-workspace', metadataFile: FIXTURE, signOut: true },
          { name: 'Hennge', preset: 'hennge-one', metadataUrl: 'https://idp.example.test/metadata', claims: { groups: 'memberOf' } },
        ],
        groups: [
          { name: 'ai-users', kind: 'role' },
          { name: 'sales', kind: 'department', description: 'Sales department' },
        ],
      },
    });
    t.resourceCountIs('AWS::Cognito::UserPoolIdentityProvider', 3);
    t.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', { ProviderName: 'Google', ProviderDetails: Match.objectLike({ IDPSignout: true }) });
    t.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', { ProviderName: 'Hennge', AttributeMapping: Match.objectLike({ 'custom:idp_groups': 'memberOf' }) });
    // Federated users and break-glass local users sign in through different clients.
    const clients = Object.values(t.findResources('AWS::Cognito::UserPoolClient')).map((c) => c.Properties.SupportedIdentityProviders);
    expect(clients).toHaveLength(2);
    expect(clients).toContainEqual(['COGNITO']);
    expect(clients.find((p) => !p.includes('COGNITO'))).toHaveLength(3);
    // ai-admins is kept although the config names only ai-users and sales.
    t.resourceCountIs('AWS::Cognito::UserPoolGroup', 3);
    t.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'ai-admins', Precedence: 0 });
    t.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: 'sales', Precedence: 102, Description: 'department: Sales department' });
    // MFA and threat protection stay on with local users.
    t.hasResourceProperties('AWS::Cognito::UserPool', { MfaConfiguration: 'ON', UserPoolAddOns: Match.objectLike({ AdvancedSecurityMode: 'ENFORCED' }) });
  });

  test('department groups are added to the built-in groups; only identity.removeBuiltInGroups removes one', () => {
    const groupNames = (t: Template) => Object.values(t.findResources('AWS::Cognito::UserPoolGroup')).map((g) => g.Properties.GroupName).sort();
    const departments = [{ name: 'dept-legal', kind: 'department' as const }, { name: 'dept-sales', kind: 'department' as const }];
    expect(groupNames(identityTemplate({ identity: { groups: departments } }))).toEqual(['ai-admins', 'ai-users', 'dept-legal', 'dept-sales']);
    const removed = identityTemplate({ identity: { groups: departments, removeBuiltInGroups: ['ai-admins'] }, chat: { allowedGroups: ['ai-users'] } });
    expect(groupNames(removed)).toEqual(['ai-users', 'dept-legal', 'dept-sales']);
  });

  test('local users off: MFA and threat protection still on for any admin-created user', () => {
    const t = identityTemplate({ identity: { allowLocalUsers: false, samlProviders: [{ name: 'Okta', metadataUrl: OKTA_URL }] } });
    t.hasResourceProperties('AWS::Cognito::UserPool', { MfaConfiguration: 'ON', UserPoolTier: 'PLUS', AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } });
    const [client] = Object.values(t.findResources('AWS::Cognito::UserPoolClient'));
    expect(client.Properties.SupportedIdentityProviders).not.toContain('COGNITO');
  });

  test('the default domain prefix is stable and does not reveal the account id', () => {
    const account = '123456789012';
    const domainOf = (config: Parameters<typeof buildKit>[0]) =>
      Object.values(identityTemplate(config).findResources('AWS::Cognito::UserPoolDomain'))[0].Properties.Domain as string;
    const domain = domainOf({ account });
    expect(domain).toMatch(/^privateaijp-[0-9a-f]{12}$/);
    expect(domain).not.toContain(account);
    expect(domain).not.toMatch(/aws|amazon|cognito/);
    expect(domainOf({ account })).toBe(domain);
    // Another account or prefix gets another name (prefixes are global across AWS).
    expect(domainOf({ account: '210987654321' })).not.toBe(domain);
    expect(defaultDomainPrefix('AwsChat', account, 'ap-northeast-1')).toMatch(/^chat-[0-9a-f]{12}$/);
  });

  test('configured domain prefix, URLs and token lifetimes reach the templates', () => {
    const t = identityTemplate({
      identity: {
        domainPrefix: 'example-ai',
        callbackUrls: ['https://chat.example.co.jp/callback'],
        logoutUrls: ['https://chat.example.co.jp/'],
        accessTokenMinutes: 5,
        idTokenMinutes: 10,
        refreshTokenHours: 1,
      },
    });
    t.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'example-ai' });
    t.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: ['https://chat.example.co.jp/callback'],
      AccessTokenValidity: 5,
      IdTokenValidity: 10,
      RefreshTokenValidity: 60,
    });
  });
});

describe('IdentityStack: SAML sign-in writes the mapped attributes; local users write none', () => {
  const MAPPED = ['custom:department', 'custom:idp_groups', 'email', 'name'];
  type ClientJson = { Properties: { SupportedIdentityProviders: string[]; WriteAttributes: string[]; ReadAttributes: string[]; ExplicitAuthFlows: string[] } };
  const clientsOf = (t: Template) => Object.values(t.findResources('AWS::Cognito::UserPoolClient')) as ClientJson[];
  const idpOnly = {
    samlProviders: [{ name: 'EntraId', preset: 'entra-id' as const, metadataFile: FIXTURE }],
    groups: [{ name: 'ai-users', kind: 'role' as const, idpGroups: ['6f1c2d3e-0000-4000-8000-000000000001'] }],
  };

  test('with a SAML provider, every user-pool client (identity and API stacks) writes every mapped attribute', () => {
    const kit = buildKit({ identity: idpOnly });
    const identity = Template.fromStack(kit.stacks.identity);
    // The attributes the providers map are exactly the ones the clients may write.
    const mapping = Object.values(identity.findResources('AWS::Cognito::UserPoolIdentityProvider'))[0].Properties.AttributeMapping;
    expect(Object.keys(mapping).sort()).toEqual(MAPPED);
    const clients = [...clientsOf(identity), ...clientsOf(Template.fromStack(kit.stacks.api))];
    expect(clients.length).toBeGreaterThanOrEqual(2);
    for (const c of clients) {
      expect([...c.Properties.WriteAttributes].sort()).toEqual(MAPPED);
      // The IdP only (by name, or by reference to it in the identity stack).
      expect(c.Properties.SupportedIdentityProviders).toHaveLength(1);
      expect(c.Properties.SupportedIdentityProviders).not.toContain('COGNITO');
      // No API sign-in a user could run against this public client id (managed login needs none).
      expect(c.Properties.ExplicitAuthFlows).toEqual(['ALLOW_ADMIN_USER_PASSWORD_AUTH']);
    }
  });

  test('break-glass local users next to an IdP get their own client, which writes nothing and offers no IdP', () => {
    const kit = buildKit({ identity: { ...idpOnly, allowLocalUsers: true } });
    const t = Template.fromStack(kit.stacks.identity);
    const clients = clientsOf(t);
    expect(clients).toHaveLength(2);
    const local = clients.filter((c) => c.Properties.SupportedIdentityProviders.includes('COGNITO'));
    expect(local).toHaveLength(1);
    expect(local[0].Properties.SupportedIdentityProviders).toEqual(['COGNITO']);
    expect(local[0].Properties.WriteAttributes).toEqual([]);
    expect(local[0].Properties.ExplicitAuthFlows).toEqual(['ALLOW_USER_SRP_AUTH']);
    // No client offers both kinds of user, in either stack.
    for (const c of [...clients, ...clientsOf(Template.fromStack(kit.stacks.api))]) {
      const both = c.Properties.SupportedIdentityProviders.includes('COGNITO') && c.Properties.SupportedIdentityProviders.length > 1;
      expect(both).toBe(false);
      if (!c.Properties.SupportedIdentityProviders.includes('COGNITO')) expect([...c.Properties.WriteAttributes].sort()).toEqual(MAPPED);
      if (c.Properties.SupportedIdentityProviders.includes('COGNITO')) expect(c.Properties.WriteAttributes).toEqual([]);
    }
    expect(Object.keys(t.findOutputs('*'))).toContain('BreakGlassAppClientId');
  });

  test('without an IdP the only users are local and no client writes an attribute', () => {
    const kit = buildKit();
    for (const c of [...clientsOf(Template.fromStack(kit.stacks.identity)), ...clientsOf(Template.fromStack(kit.stacks.api))]) {
      expect(c.Properties.SupportedIdentityProviders).toEqual(['COGNITO']);
      expect(c.Properties.WriteAttributes).toEqual([]);
    }
  });
});

describe('IdentityStack: IdP groups mapped to Cognito groups', () => {
  const ENTRA_SALES = '6f1c2d3e-0000-4000-8000-000000000001';
  const mapped = {
    identity: {
      samlProviders: [{ name: 'EntraId', preset: 'entra-id' as const, metadataFile: FIXTURE }],
      groups: [
        { name: 'ai-users', kind: 'role' as const, idpGroups: [ENTRA_SALES, 'All-Staff'] },
        { name: 'sales', kind: 'department' as const, idpGroups: [ENTRA_SALES] },
        { name: 'ai-admins', kind: 'role' as const },
      ],
    },
  };

  test('no trigger and no function when no group maps IdP groups', () => {
    const t = identityTemplate();
    t.resourceCountIs('AWS::Lambda::Function', 0);
    expect(JSON.stringify(t.toJSON())).not.toContain('PreTokenGeneration');
  });

  test('a version-2 pre-token-generation trigger carries the mapping, one IdP group to several Cognito groups', () => {
    const kit = buildKit(mapped);
    const t = Template.fromStack(kit.stacks.identity);
    t.resourceCountIs('AWS::Lambda::Function', 1);
    const fn = Object.values(t.findResources('AWS::Lambda::Function'))[0] as { Properties: Record<string, any> };
    expect(JSON.parse(fn.Properties.Environment.Variables.IDP_GROUP_MAPPING)).toEqual({ [ENTRA_SALES]: ['ai-users', 'sales'], 'All-Staff': ['ai-users'] });
    const fnId = Object.keys(t.findResources('AWS::Lambda::Function'))[0];
    t.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: { PreTokenGenerationConfig: { LambdaArn: { 'Fn::GetAtt': [fnId, 'Arn'] }, LambdaVersion: 'V2_0' } },
    });
    // Cognito may invoke it, from this pool only.
    t.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'cognito-idp.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] },
    });
    // The house function: in the isolated subnets, within Cognito's 5-second trigger limit.
    expect(fn.Properties.VpcConfig.SubnetIds.length).toBe(2);
    expect(fn.Properties.Timeout).toBe(5);
    expect(fn.Properties.KmsKeyArn).toBeDefined();
  });

  test('passes the policy gate', () => {
    expect(() => synthWithGate(mapped)).not.toThrow();
  });
});

describe('IdentityStack: policy gate', () => {
  test('nag and residency packs pass with every switch on: SAML (file and URL), local users off, IdP group mapping, private API, allow-lists, geo rule, CORS', () => {
    expect(() =>
      synthWithGate({
        identity: {
          allowLocalUsers: false,
          samlProviders: [
            { name: 'EntraId', preset: 'entra-id', metadataFile: FIXTURE },
            { name: 'Okta', preset: 'okta', metadataUrl: OKTA_URL },
          ],
          groups: [{ name: 'ai-users', kind: 'role', idpGroups: ['AI-Users'] }],
        },
        edge: {
          api: { endpointType: 'private', corsOrigins: ['https://chat.example.co.jp', 'https://admin.example.co.jp'] },
          waf: { allowedIpv4Cidrs: ['203.0.113.0/24'], allowedIpv6Cidrs: ['2001:db8::/32'], japanOnly: true },
        },
      }),
    ).not.toThrow();
  });
});
