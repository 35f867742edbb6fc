import { ConfigError, parseConfig } from '../../lib/config';
import {
  DEFAULT_GROUPS,
  idpGroupMapping,
  SAML_PRESET_CLAIMS,
  claimsOf,
  localUsersAllowed,
  readMetadataFile,
  samlMetadataProblem,
} from '../../lib/config/sections/identity';

const FIXTURE = 'test/fixtures/saml/idp-metadata.xml';
const provider = (extra: Record<string, unknown> = {}) => ({ name: 'EntraId', preset: 'entra-id', metadataFile: FIXTURE, ...extra });

function rejects(identity: Record<string, unknown>, message: RegExp): void {
  expect(() => parseConfig({ identity })).toThrow(ConfigError);
  expect(() => parseConfig({ identity })).toThrow(message);
}

describe('identity config: defaults', () => {
  const { identity } = parseConfig({});

  test('an empty config has no IdP, so local (break-glass) users are allowed', () => {
    expect(identity.samlProviders).toEqual([]);
    expect(identity.allowLocalUsers).toBeUndefined();
    expect(localUsersAllowed(identity)).toBe(true);
  });

  test('short token lifetimes, strong passwords, https URLs and the default role groups', () => {
    expect(identity.accessTokenMinutes).toBe(15);
    expect(identity.idTokenMinutes).toBe(15);
    expect(identity.refreshTokenHours).toBe(12);
    expect(identity.passwordMinLength).toBe(14);
    expect(identity.callbackUrls).toEqual(['https://localhost/oauth2/callback']);
    expect(identity.groups).toEqual(DEFAULT_GROUPS);
  });

  test('with a SAML provider, local users default to off', () => {
    const { identity: withIdp } = parseConfig({ identity: { samlProviders: [provider()] } });
    expect(localUsersAllowed(withIdp)).toBe(false);
    const { identity: explicit } = parseConfig({ identity: { samlProviders: [provider()], allowLocalUsers: true } });
    expect(localUsersAllowed(explicit)).toBe(true);
  });
});

describe('identity config: SAML providers', () => {
  test('accepts a metadata file from the repository and a metadata URL', () => {
    const { identity } = parseConfig({
      identity: {
        samlProviders: [provider(), { name: 'Okta', preset: 'okta', metadataUrl: 'https://example.okta.com/app/x/sso/saml/metadata' }],
      },
    });
    expect(identity.samlProviders.map((p) => p.name)).toEqual(['EntraId', 'Okta']);
    expect(identity.samlProviders[1].metadataFile).toBeUndefined();
  });

  test('rejects a provider with no metadata', () => {
    rejects({ samlProviders: [{ name: 'EntraId' }] }, /config\.identity\.samlProviders\.0\.metadataFile: provider "EntraId" needs exactly one of metadataFile .* or metadataUrl/);
  });

  test('rejects a provider with both a file and a URL', () => {
    rejects({ samlProviders: [provider({ metadataUrl: 'https://idp.example.test/metadata' })] }, /needs exactly one of metadataFile/);
  });

  test('rejects a metadata file that does not exist, naming the resolved path', () => {
    rejects({ samlProviders: [provider({ metadataFile: 'test/fixtures/saml/missing.xml' })] }, /samlProviders\.0\.metadataFile: file not found: .*test\/fixtures\/saml\/missing\.xml/);
  });

  test('rejects a metadata file that is XML but not SAML', () => {
    rejects({ samlProviders: [provider({ metadataFile: 'test/fixtures/saml/not-saml.xml' })] }, /samlProviders\.0\.metadataFile: must be SAML 2\.0 IdP metadata XML; .*has no <EntityDescriptor/);
  });

  test('rejects service-provider metadata given as IdP metadata', () => {
    rejects({ samlProviders: [provider({ metadataFile: 'test/fixtures/saml/sp-metadata-not-idp.xml' })] }, /has no <IDPSSODescriptor>/);
  });

  test('rejects IdP metadata without a signing certificate', () => {
    rejects({ samlProviders: [provider({ metadataFile: 'test/fixtures/saml/idp-metadata-unsigned.xml' })] }, /has no signing <KeyDescriptor> with an X509Certificate/);
  });

  test('rejects a file that is not XML at all', () => {
    rejects({ samlProviders: [provider({ metadataFile: 'package.json' })] }, /package\.json is not XML/);
  });

  test('rejects a metadata URL that is not https', () => {
    rejects({ samlProviders: [{ name: 'Okta', metadataUrl: 'http://example.okta.com/metadata' }] }, /samlProviders\.0\.metadataUrl: must use https:\/\//);
  });

  test('rejects an invalid provider name, an unknown preset and repeated names', () => {
    rejects({ samlProviders: [provider({ name: 'x' })] }, /samlProviders\.0\.name: must be 3-32 letters/);
    rejects({ samlProviders: [provider({ preset: 'adfs' })] }, /samlProviders\.0\.preset: must be one of entra-id, okta, google-workspace, hennge-one, generic/);
    rejects({ samlProviders: [provider(), provider({ name: 'entraid' })] }, /samlProviders\.1\.name: repeats provider name "entraid"/);
  });

  test('rejects an e-mail domain routed to two providers', () => {
    rejects(
      { samlProviders: [provider({ emailDomains: ['example.co.jp'] }), provider({ name: 'Okta', emailDomains: ['example.co.jp'] })] },
      /e-mail domain example\.co\.jp is routed to more than one provider/,
    );
  });

  test('refuses to disable local users when no IdP is configured', () => {
    rejects({ allowLocalUsers: false }, /config\.identity\.allowLocalUsers: false needs at least one entry in identity\.samlProviders/);
  });
});

describe('identity config: URLs, tokens, groups, domain', () => {
  test('rejects a callback URL that is not https', () => {
    rejects({ callbackUrls: ['http://chat.example.co.jp/callback'] }, /config\.identity\.callbackUrls\.0: must use https:\/\/ \(OAuth callback URL\)/);
  });

  test('rejects a sign-out URL that is not a URL and an empty callback list', () => {
    rejects({ logoutUrls: ['chat.example.co.jp'] }, /config\.identity\.logoutUrls\.0: must be an absolute https:\/\/ URL/);
    rejects({ callbackUrls: [] }, /config\.identity\.callbackUrls: needs at least one callback URL/);
  });

  test('rejects long-lived tokens', () => {
    rejects({ accessTokenMinutes: 61 }, /config\.identity\.accessTokenMinutes: must be 5-60 minutes/);
    rejects({ idTokenMinutes: 4 }, /config\.identity\.idTokenMinutes: must be 5-60 minutes/);
    rejects({ refreshTokenHours: 721 }, /config\.identity\.refreshTokenHours: must be 1-720 hours/);
  });

  test('rejects a weak password length', () => {
    rejects({ passwordMinLength: 8 }, /config\.identity\.passwordMinLength: must be 12-99 characters/);
  });

  test('rejects a domain prefix with a reserved word or bad characters', () => {
    rejects({ domainPrefix: 'my-cognito-login' }, /config\.identity\.domainPrefix: must not contain "aws", "amazon" or "cognito"/);
    rejects({ domainPrefix: 'Bad_Prefix' }, /config\.identity\.domainPrefix: must be 1-63 lower-case letters/);
  });

  test('rejects a repeated group and an unknown group kind', () => {
    rejects({ groups: [{ name: 'sales', kind: 'department' }, { name: 'sales', kind: 'department' }] }, /config\.identity\.groups\.1\.name: repeats group "sales"/);
    rejects({ groups: [{ name: 'sales', kind: 'team' }] }, /config\.identity\.groups\.0\.kind: must be "role" or "department"/);
  });
});

describe('identity config: IdP groups mapped to Cognito groups', () => {
  test('collects the mapping per IdP group, one IdP group to several Cognito groups', () => {
    const { identity } = parseConfig({
      identity: {
        samlProviders: [provider()],
        groups: [
          { name: 'ai-users', kind: 'role', idpGroups: ['All-Staff', 'Sales'] },
          { name: 'sales', kind: 'department', idpGroups: ['Sales'] },
          { name: 'ai-admins', kind: 'role' },
        ],
      },
    });
    expect(idpGroupMapping(identity)).toEqual({ 'All-Staff': ['ai-users'], Sales: ['ai-users', 'sales'] });
    expect(identity.groups.find((g) => g.name === 'ai-admins')!.idpGroups).toEqual([]);
    expect(idpGroupMapping(parseConfig({}).identity)).toEqual({});
  });

  test('rejects a mapping without a SAML provider, since it could never apply', () => {
    rejects({ groups: [{ name: 'ai-users', kind: 'role', idpGroups: ['All-Staff'] }] }, /config\.identity\.groups\.0\.idpGroups: maps IdP groups, which needs at least one entry in identity\.samlProviders/);
  });

  test('rejects IdP group values Cognito would split or pad', () => {
    const group = (idpGroups: string[]) => ({ samlProviders: [provider()], groups: [{ name: 'ai-users', kind: 'role', idpGroups }] });
    rejects(group(['Sales, Tokyo']), /config\.identity\.groups\.0\.idpGroups\.0: must not contain "," "\[" or "\]"/);
    rejects(group([' Sales']), /config\.identity\.groups\.0\.idpGroups\.0: must not start or end with whitespace/);
    rejects(group(['']), /config\.identity\.groups\.0\.idpGroups\.0: must not be empty/);
  });

  test('rejects a mapping too large for the sign-in trigger, with its size', () => {
    const groups = Array.from({ length: 40 }, (_, i) => ({ name: `dept-${i}`, kind: 'department', idpGroups: [`6f1c2d3e-0000-4000-8000-${String(i).padStart(12, '0')}`, `Department-${i}-All-Members`] }));
    rejects({ samlProviders: [provider()], groups }, /config\.identity\.groups: the idpGroups mappings take \d+ characters as JSON; at most 3000 fit/);
  });
});

describe('SAML metadata check and claim presets', () => {
  test('the generated fixture is valid IdP metadata', () => {
    expect(samlMetadataProblem(readMetadataFile(FIXTURE))).toBeUndefined();
  });

  test('a certificate that only encrypts is not a signing certificate', () => {
    const xml = readMetadataFile(FIXTURE).replace('use="signing"', 'use="encryption"');
    expect(samlMetadataProblem(xml)).toMatch(/no signing <KeyDescriptor>/);
  });

  test('an SSO endpoint over plain http is refused', () => {
    const xml = readMetadataFile(FIXTURE).replace(/Location="https:\/\/idp\.example\.test\/saml\/sso"/g, 'Location="http://idp.example.test/saml/sso"');
    expect(samlMetadataProblem(xml)).toMatch(/no <SingleSignOnService> with an https Location/);
  });

  test('Entra ID uses its claim URIs; overrides replace single claims', () => {
    const { identity } = parseConfig({ identity: { samlProviders: [provider({ claims: { department: 'dept' } })] } });
    expect(claimsOf(identity.samlProviders[0])).toEqual({ ...SAML_PRESET_CLAIMS['entra-id'], department: 'dept' });
    expect(SAML_PRESET_CLAIMS['entra-id'].groups).toBe('http://schemas.microsoft.com/ws/2008/06/identity/claims/groups');
    expect(SAML_PRESET_CLAIMS['google-workspace']).toEqual({ email: 'email', displayName: 'displayName', department: 'department', groups: 'groups' });
  });
});
