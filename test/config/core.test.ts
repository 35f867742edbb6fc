import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_MODELS, loadConfig, mergeConfig, parseConfig } from '../../lib/config';
import { rejection } from '../support/config-rejection';

describe('deployment config: defaults', () => {
  test('an empty config is complete and Tokyo-only', () => {
    const config = parseConfig({});
    expect(config.region).toBe('ap-northeast-1');
    expect(config.availabilityZones).toEqual(['ap-northeast-1a', 'ap-northeast-1c']);
    expect(config.vpcCidr).toBe('10.20.0.0/16');
    expect(config.retainData).toBe(true);
    expect(config.retention).toEqual({ logDays: 365, auditDays: 2557, conversationTtlDays: 30 });
    expect(config.allowedModels).toEqual(DEFAULT_MODELS);
    expect(config.allowedModels.every((m) => m.startsWith('jp.'))).toBe(true);
    expect(config.tags).toMatchObject({ DataClassification: 'Confidential' });
  });

  test('a Tokyo foundation-model id is accepted next to jp. profiles', () => {
    const config = parseConfig({ allowedModels: ['jp.anthropic.claude-haiku-4-5-20251001-v1:0', 'anthropic.claude-3-haiku-20240307-v1:0'] });
    expect(config.allowedModels).toHaveLength(2);
  });
});

describe('deployment config: rejected values name the field, the value and what is allowed', () => {
  test.each([
    [{ region: 'us-east-1' }, 'config.region', '"us-east-1"', 'ap-northeast-1'],
    [{ region: 'ap-northeast-3' }, 'config.region', '"ap-northeast-3"', 'ap-northeast-1'],
    [{ allowedModels: ['apac.anthropic.claude-3-5-sonnet-20241022-v2:0'] }, 'config.allowedModels.0', 'apac.anthropic', 'jp.'],
    [{ allowedModels: ['global.anthropic.claude-sonnet-4-5-20250929-v1:0'] }, 'config.allowedModels.0', 'global.anthropic', 'jp.'],
    [{ allowedModels: ['us.amazon.nova-pro-v1:0'] }, 'config.allowedModels.0', 'us.amazon', 'jp.'],
    [{ allowedModels: ['gpt-4'] }, 'config.allowedModels.0', 'gpt-4', 'jp.'],
    [{ allowedModels: [] }, 'config.allowedModels', '[]', 'at least one model'],
    [{ availabilityZones: ['us-east-1a'] }, 'config.availabilityZones.0', 'us-east-1a', 'Tokyo availability zone'],
    [{ availabilityZones: ['ap-northeast-1a', 'ap-northeast-1a'] }, 'config.availabilityZones', 'ap-northeast-1a', 'must not repeat'],
    [{ vpcCidr: '10.0.0.0/8' }, 'config.vpcCidr', '10.0.0.0/8', '/16 to /24'],
    [{ vpcCidr: '10.0.0.300/16' }, 'config.vpcCidr', '10.0.0.300/16', 'octet must be 0-255'],
    [{ account: '1234' }, 'config.account', '"1234"', '12-digit'],
    [{ retention: { logDays: 30 } }, 'config.retention.logDays', '30', 'at least 90'],
    [{ retention: { logDays: 100 } }, 'config.retention.logDays', '100', 'retention values'],
    [{ retention: { auditDays: 180 } }, 'config.retention.auditDays', '180', 'at least 365'],
    [{ retention: { logDays: 731, auditDays: 400 } }, 'config.retention.auditDays', '400', 'at least retention.logDays'],
    [{ retainData: 'yes' }, 'config.retainData', '"yes"', 'boolean'],
    [{ regoin: 'ap-northeast-1' }, 'config.(root)', 'regoin', 'unknown field'],
  ])('%j', (input, field, shown, allowed) => {
    const message = rejection(input);
    expect(message).toContain(field);
    expect(message).toContain(shown);
    expect(message).toContain(allowed);
  });

  test('every bad field is reported at once', () => {
    const message = rejection({ region: 'eu-west-1', vpcCidr: 'nope' });
    expect(message).toContain('config.region');
    expect(message).toContain('config.vpcCidr');
  });
});

describe('deployment config: loading layers', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paj-config-'));
  const context = (values: Record<string, unknown>) => (key: string) => values[key];

  test('a config file changes only the fields it names', () => {
    fs.writeFileSync(path.join(dir, 'prod.json'), JSON.stringify({ retention: { logDays: 731 }, tags: { CostCenter: 'cc-42' } }));
    const config = loadConfig(context({ privateAiJp: { account: '222222222222' }, config: 'prod.json' }), dir);
    expect(config.account).toBe('222222222222');
    expect(config.retention.logDays).toBe(731);
    expect(config.retention.auditDays).toBe(2557);
    expect(config.tags).toEqual({ CostCenter: 'cc-42' });
  });

  test('a bad value in the file fails with the field named', () => {
    fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ region: 'us-east-1' }));
    expect(() => loadConfig(context({ config: 'bad.json' }), dir)).toThrow(/config\.region: .*"us-east-1"/);
  });

  test('a missing or unparsable file is a ConfigError naming the file', () => {
    expect(() => loadConfig(context({ config: 'missing.json' }), dir)).toThrow(/Config file not found: .*missing\.json/);
    fs.writeFileSync(path.join(dir, 'broken.json'), '{ "region": ');
    expect(() => loadConfig(context({ config: 'broken.json' }), dir)).toThrow(/broken\.json is not valid JSON/);
  });

  test('merge replaces arrays and merges objects', () => {
    expect(mergeConfig({ a: [1, 2], b: { c: 1, d: 2 } }, { a: [3], b: { d: 4 } })).toEqual({ a: [3], b: { c: 1, d: 4 } });
  });
});
