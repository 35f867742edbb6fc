import * as fs from 'node:fs';
import * as path from 'node:path';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Template } from 'aws-cdk-lib/assertions';
import { assertSupportedNode, requiredNodeMajor } from '../support/node-version';
import { buildKit } from '../support/kit-app';

const root = path.join(__dirname, '..', '..');
const cdkJson = JSON.parse(fs.readFileSync(path.join(root, 'cdk.json'), 'utf8'));

describe('toolchain: nothing reports to endpoints outside Japan, Node.js 22 or later', () => {
  test('cdk.json turns CLI telemetry off (a context value the CLI reads) and notices off (a top-level setting)', () => {
    expect(cdkJson.context['cli-telemetry']).toBe(false);
    expect(cdkJson.notices).toBe(false);
  });

  test('package.json requires Node.js 22 or later, and the suite runs on it', () => {
    expect(requiredNodeMajor()).toBeGreaterThanOrEqual(22);
    expect(() => assertSupportedNode()).not.toThrow();
    expect(() => assertSupportedNode('20.20.2', 22)).toThrow(/run on Node.js 20.20.2, but the kit requires 22 or later/);
  });

  test('every kit function runs on the newest Node.js runtime aws-cdk-lib offers', () => {
    const majors = Object.keys(lambda.Runtime).map((k) => /^NODEJS_(\d+)_X$/.exec(k)?.[1]).filter((m): m is string => m !== undefined).map(Number);
    const newest = `nodejs${Math.max(...majors)}.x`;
    const kit = buildKit();
    const runtimes = Object.values(kit.stacks)
      .filter((s): s is NonNullable<typeof s> => s !== undefined && typeof s === 'object' && 'templateOptions' in s)
      .flatMap((stack) => Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function')))
      .map((fn) => fn.Properties.Runtime as string | undefined)
      .filter((r): r is string => typeof r === 'string' && r.startsWith('nodejs'));
    expect(runtimes.length).toBeGreaterThan(0);
    expect([...new Set(runtimes)]).toEqual([newest]);
  });
});
