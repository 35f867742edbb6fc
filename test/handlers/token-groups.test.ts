import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { parseIdpGroups, samlProviderOf, tokenGroups } from '../../lambda/shared/idp-groups';
import { OutputCapture } from '../support/chat-harness';

type TokenGroupsModule = typeof import('../../lambda/handlers/token-groups');

const ENTRA_SALES = '6f1c2d3e-0000-4000-8000-000000000001';
const MAPPING = { [ENTRA_SALES]: ['ai-users', 'sales'], 'All-Staff': ['ai-users'], Legal: ['legal'] };

/** The module as the trigger loads it: the mapping comes from the environment at import. */
function load(mapping: string | undefined): TokenGroupsModule {
  const saved = process.env.IDP_GROUP_MAPPING;
  if (mapping === undefined) delete process.env.IDP_GROUP_MAPPING;
  else process.env.IDP_GROUP_MAPPING = mapping;
  try {
    let mod: TokenGroupsModule | undefined;
    jest.isolateModules(() => {
      mod = require('../../lambda/handlers/token-groups') as TokenGroupsModule;
    });
    return mod!;
  } finally {
    if (saved === undefined) delete process.env.IDP_GROUP_MAPPING;
    else process.env.IDP_GROUP_MAPPING = saved;
  }
}

/** What Cognito puts in `identities` for a user it created at a SAML sign-in. */
const ENTRA_IDENTITIES = JSON.stringify([
  { userId: 'taro.yamada@example.co.jp', providerName: 'EntraId', providerType: 'SAML', issuer: 'https://sts.windows.net/00000000-0000-4000-8000-000000000000/', primary: true, dateCreated: 1764547200000 },
]);

type Who = 'federated' | 'local';

/** A version-2 event as Cognito sends it after a sign-in through managed login: a SAML user, or a local (break-glass) one. */
function event(idpGroups: string | undefined, cognitoGroups: string[] = [], who: Who = 'federated'): PreTokenGenerationV2TriggerEvent {
  const identity = who === 'federated'
    ? { 'cognito:user_status': 'EXTERNAL_PROVIDER', identities: ENTRA_IDENTITIES }
    : { 'cognito:user_status': 'CONFIRMED' };
  return {
    version: '2',
    triggerSource: 'TokenGeneration_HostedAuth',
    region: 'ap-northeast-1',
    userPoolId: 'ap-northeast-1_EXAMPLE',
    userName: who === 'federated' ? 'entraid_taro.yamada@example.co.jp' : '3c1d5e7f-0000-4000-8000-00000000000b',
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'exampleclientid' },
    request: {
      userAttributes: {
        sub: '8a7b6c5d-0000-4000-8000-00000000000a',
        email: 'taro.yamada@example.co.jp',
        name: '山田 太郎',
        'custom:department': '営業部',
        ...identity,
        ...(idpGroups === undefined ? {} : { 'custom:idp_groups': idpGroups }),
      },
      groupConfiguration: { groupsToOverride: cognitoGroups, iamRolesToOverride: [], preferredRole: null as unknown as undefined },
      scopes: ['openid', 'email', 'profile'],
    },
    response: { claimsAndScopeOverrideDetails: null as unknown as object },
  } as PreTokenGenerationV2TriggerEvent;
}

const groupsOf = (result: PreTokenGenerationV2TriggerEvent) => result.response.claimsAndScopeOverrideDetails.groupOverrideDetails?.groupsToOverride;

describe('token groups trigger: parsing and mapping', () => {
  test.each([
    [`[${ENTRA_SALES}, All-Staff]`, [ENTRA_SALES, 'All-Staff']],
    ['[Legal]', ['Legal']],
    ['Legal', ['Legal']],
    ['Sales Team, Legal ,Legal', ['Sales Team', 'Legal']],
    ['[]', []],
    ['', []],
  ])('reads %j', (value, expected) => {
    expect(parseIdpGroups(value)).toEqual(expected);
  });

  test('no attribute means no IdP groups', () => {
    expect(parseIdpGroups(undefined)).toEqual([]);
  });

  test('adds every mapped group to the Cognito ones, sorted and de-duplicated; unknown IdP groups add nothing', () => {
    expect(tokenGroups(['ai-admins'], [ENTRA_SALES, 'All-Staff', 'Unmapped'], MAPPING)).toEqual(['ai-admins', 'ai-users', 'sales']);
    expect(tokenGroups([], ['Unmapped'], MAPPING)).toEqual([]);
  });

  test('object property names are not groups', () => {
    expect(tokenGroups([], ['__proto__', 'constructor', 'toString', 'hasOwnProperty'], MAPPING)).toEqual([]);
  });

  test('matching is exact: case and spacing matter', () => {
    expect(tokenGroups([], ['legal', 'Legal '], MAPPING)).toEqual([]);
  });
});

describe('token groups trigger: handler', () => {
  const { handler } = load(JSON.stringify(MAPPING));

  test('puts mapped and existing groups into groupsToOverride and keeps the request otherwise', async () => {
    const result = await handler(event(`[${ENTRA_SALES}, Legal]`, ['ai-admins']));
    expect(result.response.claimsAndScopeOverrideDetails).toEqual({
      groupOverrideDetails: { groupsToOverride: ['ai-admins', 'ai-users', 'legal', 'sales'], iamRolesToOverride: [] },
    });
    expect(result.request.userAttributes.email).toBe('taro.yamada@example.co.jp');
  });

  test('a local user without the attribute keeps exactly the Cognito groups', async () => {
    expect(groupsOf(await handler(event(undefined, ['ai-admins'], 'local')))).toEqual(['ai-admins']);
  });

  test('a local user carrying a forged custom:idp_groups gets no mapped group, only a count in the log', async () => {
    const forged = `[${ENTRA_SALES}, All-Staff, Legal]`;
    const capture = new OutputCapture().start();
    let result: PreTokenGenerationV2TriggerEvent;
    try {
      result = await handler(event(forged, ['ai-users'], 'local'));
    } finally {
      capture.stop();
    }
    expect(groupsOf(result)).toEqual(['ai-users']);
    const records = capture.records();
    expect(records.some((r) => r.message === 'IdP groups ignored: not a federated user' && r.attributeChars === forged.length)).toBe(true);
    expect(records.some((r) => r.message === 'token groups' && r.federated === false && r.tokenGroupCount === 1)).toBe(true);
    expect(capture.lines.join('\n')).not.toContain(ENTRA_SALES);
  });

  test.each([
    ['linked by an administrator (status CONFIRMED, identities set)', { 'cognito:user_status': 'CONFIRMED', identities: ENTRA_IDENTITIES }],
    ['external status without identities', { 'cognito:user_status': 'EXTERNAL_PROVIDER' }],
    ['identities that are not JSON', { 'cognito:user_status': 'EXTERNAL_PROVIDER', identities: '[{providerName' }],
    ['an OIDC or social identity, not SAML', { 'cognito:user_status': 'EXTERNAL_PROVIDER', identities: JSON.stringify([{ providerName: 'Google', providerType: 'Google' }]) }],
    ['no status at all', { identities: ENTRA_IDENTITIES }],
  ])('not federated, so no mapping: %s', async (_name, attributes) => {
    const e = event('[Legal]', [], 'local');
    const { 'cognito:user_status': _status, ...rest } = e.request.userAttributes;
    e.request.userAttributes = { ...rest, ...attributes };
    expect(samlProviderOf(e.request.userAttributes)).toBeUndefined();
    expect(groupsOf(await handler(e))).toEqual([]);
  });

  test('the SAML provider is read from identities only for an EXTERNAL_PROVIDER user', () => {
    expect(samlProviderOf(event(undefined).request.userAttributes)).toBe('EntraId');
    expect(samlProviderOf(event(undefined, [], 'local').request.userAttributes)).toBeUndefined();
  });

  test('a group claim longer than the attribute holds fails the sign-in, logging counts only', async () => {
    const many = `[${Array.from({ length: 60 }, (_, i) => `6f1c2d3e-0000-4000-8000-${String(i).padStart(12, '0')}`).join(', ')}]`;
    expect(many.length).toBeGreaterThan(2048);
    const capture = new OutputCapture().start();
    try {
      await expect(handler(event(many))).rejects.toThrow(/holds \d+ characters, more than 2048; filter the group claim in the IdP/);
    } finally {
      capture.stop();
    }
    expect(capture.records().some((r) => r.message === 'IdP group claim over the attribute limit: no token issued' && r.attributeChars === many.length && r.limit === 2048)).toBe(true);
    expect(capture.lines.join('\n')).not.toContain('6f1c2d3e');
  });

  test('a claim right at the limit is still mapped', async () => {
    const value = `[${'x'.repeat(2048 - 'Legal, '.length - 2)}, Legal]`.slice(0, 2048);
    expect(value.length).toBeLessThanOrEqual(2048);
    expect(groupsOf(await handler(event(value)))).toEqual(['legal']);
  });

  test('a user the assertion no longer lists in an IdP group loses its mapped groups', async () => {
    const before = await handler(event('[Legal]'));
    const after = await handler(event('[]'));
    expect(before.response.claimsAndScopeOverrideDetails.groupOverrideDetails?.groupsToOverride).toEqual(['legal']);
    expect(after.response.claimsAndScopeOverrideDetails.groupOverrideDetails?.groupsToOverride).toEqual([]);
  });

  test('logs counts only: no e-mail, name, department or group value', async () => {
    const capture = new OutputCapture().start();
    try {
      await handler(event(`[${ENTRA_SALES}, Legal]`, ['ai-admins']));
    } finally {
      capture.stop();
    }
    const logged = capture.lines.join('\n');
    expect(capture.records().some((r) => r.message === 'token groups' && r.tokenGroupCount === 4)).toBe(true);
    for (const value of ['taro.yamada', '山田', '営業部', ENTRA_SALES, 'Legal', 'ai-admins', 'sales']) expect(logged).not.toContain(value);
  });
});

describe('token groups trigger: fails closed on a bad mapping', () => {
  test.each([
    ['missing', undefined, /IDP_GROUP_MAPPING is not set/],
    ['not JSON', '{sales', /JSON/],
    ['a list', JSON.stringify([['Sales', 'sales']]), /must be a JSON object/],
    ['not a map of group lists', JSON.stringify({ Sales: 'sales' }), /non-empty list of group names/],
    ['an empty group list', JSON.stringify({ Sales: [] }), /non-empty list of group names/],
    ['an empty group name', JSON.stringify({ Sales: [''] }), /non-empty list of group names/],
  ])('the module does not load when the mapping is %s (Cognito then issues no token)', (_name, raw, message) => {
    expect(() => load(raw)).toThrow(message);
  });
});
