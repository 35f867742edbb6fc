import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { parseIdpGroups, tokenGroups } from '../../lambda/shared/idp-groups';
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

/** A version-2 event as Cognito sends it after a SAML sign-in through the hosted UI. */
function event(idpGroups: string | undefined, cognitoGroups: string[] = []): PreTokenGenerationV2TriggerEvent {
  return {
    version: '2',
    triggerSource: 'TokenGeneration_HostedAuth',
    region: 'ap-northeast-1',
    userPoolId: 'ap-northeast-1_EXAMPLE',
    userName: 'entraid_taro.yamada@example.co.jp',
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'exampleclientid' },
    request: {
      userAttributes: {
        sub: '8a7b6c5d-0000-4000-8000-00000000000a',
        email: 'taro.yamada@example.co.jp',
        name: '山田 太郎',
        'custom:department': '営業部',
        ...(idpGroups === undefined ? {} : { 'custom:idp_groups': idpGroups }),
      },
      groupConfiguration: { groupsToOverride: cognitoGroups, iamRolesToOverride: [], preferredRole: null as unknown as undefined },
      scopes: ['openid', 'email', 'profile'],
    },
    response: { claimsAndScopeOverrideDetails: null as unknown as object },
  } as PreTokenGenerationV2TriggerEvent;
}

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
    const result = await handler(event(undefined, ['ai-admins']));
    expect(result.response.claimsAndScopeOverrideDetails.groupOverrideDetails?.groupsToOverride).toEqual(['ai-admins']);
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
