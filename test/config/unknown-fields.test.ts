import { knownFieldsAt } from '../../lib/config';
import { closestMatch, editDistance } from '../../lib/config/suggest';
import { rejection } from '../support/config-rejection';

describe('unknown config fields: "did you mean"', () => {
  test.each([
    [{ allowedModel: ['jp.amazon.nova-2-lite-v1:0'] }, /config\.\(root\): unknown field\(s\) "allowedModel" \(did you mean "allowedModels"\?\)/],
    [{ chat: { maxMesages: 3 } }, /config\.chat: unknown field\(s\) "maxMesages" \(did you mean "maxMessages"\?\)/],
    [{ edge: { waf: { japanonly: true } } }, /config\.edge\.waf: unknown field\(s\) "japanonly" \(did you mean "japanOnly"\?\)/],
    [{ identity: { samlProviders: [{ name: 'Okta', metadataUrl: 'https://example.okta.com/m', premset: 'okta' }] } }, /config\.identity\.samlProviders\.0: unknown field\(s\) "premset" \(did you mean "preset"\?\)/],
    [{ chat: { guard: { groups: { 'ai-users': { restoreInAnswr: true } } } } }, /config\.chat\.guard\.groups\.ai-users: unknown field\(s\) "restoreInAnswr" \(did you mean "restoreInAnswer"\?\)/],
    [{ identity: { alowLocalUsers: true } }, /config\.identity: unknown field\(s\) "alowLocalUsers" \(did you mean "allowLocalUsers"\?\)/],
  ])('%j', (input, message) => {
    expect(rejection(input)).toMatch(message);
  });

  test('no suggestion when nothing is close, and the object is not echoed', () => {
    const message = rejection({ chat: { streaming: true, maxMessages: 5 } });
    expect(message).toMatch(/config\.chat: unknown field\(s\) "streaming"; check the configuration reference/);
    expect(message).not.toContain('did you mean');
    expect(message).not.toContain('"maxMessages":5');
  });

  test('several unknown fields, each with its own suggestion', () => {
    expect(rejection({ retainDta: true, prefx: 'X', zzz: 1 })).toContain('unknown field(s) "retainDta" (did you mean "retainData"?), "prefx" (did you mean "prefix"?), "zzz";');
  });

  test('the known fields come from the schema, through defaults, arrays and records', () => {
    expect(knownFieldsAt([])).toEqual(expect.arrayContaining(['account', 'allowedModels', 'identity', 'chat']));
    expect(knownFieldsAt(['identity', 'samlProviders', 0])).toEqual(expect.arrayContaining(['name', 'preset', 'metadataFile']));
    expect(knownFieldsAt(['chat', 'guard', 'groups', 'any-group'])).toEqual(expect.arrayContaining(['entityActions', 'codeNames']));
    expect(knownFieldsAt(['no', 'such', 'path'])).toEqual([]);
  });

  test('edit distance counts a swap of neighbours as one edit; close means at most one edit per four characters', () => {
    expect(editDistance('retainData', 'retainDtaa')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closestMatch('regoin', ['region', 'retention'])).toBe('region');
    expect(closestMatch('tags', ['vpcCidr', 'prefix'])).toBeUndefined();
    expect(closestMatch('region', ['retention'])).toBeUndefined();
  });
});
