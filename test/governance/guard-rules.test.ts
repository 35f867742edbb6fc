import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { noInternetPathGuardPolicy, residencyGuardPolicy } from '../../lib/constructs/drift-rules';

/** The cfn-guard 3 engine shipped inside @cdklabs/cdk-validator-cfnguard (the one AWS Config's guard-2.x.x runtime accepts). */
const GUARD = path.join(
  path.dirname(require.resolve('@cdklabs/cdk-validator-cfnguard/package.json')),
  'bin',
  process.platform === 'darwin' ? 'macos' : 'ubuntu',
  process.arch === 'arm64' ? 'aarch64' : 'x86_64',
  'cfn-guard',
);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paj-guard-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Evaluate a Guard policy on one configuration item: true = compliant (or not applicable). */
function compliant(policy: string, item: Record<string, unknown>): boolean {
  const rules = path.join(dir, 'rules.guard');
  const data = path.join(dir, 'item.json');
  fs.writeFileSync(rules, policy);
  fs.writeFileSync(data, JSON.stringify(item));
  const run = spawnSync(GUARD, ['validate', '-r', rules, '-d', data, '-S', 'none'], { encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 19) throw new Error(`cfn-guard failed (${run.status}): ${run.stderr}${run.stdout}`);
  return run.status === 0;
}

const item = (resourceType: string, awsRegion: string, configuration: Record<string, unknown> = {}) => ({ resourceType, awsRegion, configuration });

describe('the residency Guard rule, on configuration items', () => {
  test.each([
    ['a Tokyo bucket', item('AWS::S3::Bucket', 'ap-northeast-1'), true],
    ['an Osaka bucket', item('AWS::S3::Bucket', 'ap-northeast-3'), true],
    ['an IAM role (recorded as global)', item('AWS::IAM::Role', 'global'), true],
    ['a bucket in us-east-1', item('AWS::S3::Bucket', 'us-east-1'), false],
    ['a function in Singapore', item('AWS::Lambda::Function', 'ap-southeast-1'), false],
  ])('%s', (_name, ci, expected) => {
    expect(compliant(residencyGuardPolicy(), ci)).toBe(expected);
  });
});

describe('the no-internet-path Guard rule, on configuration items', () => {
  const policy = noInternetPathGuardPolicy('vpc-0kit');
  test.each([
    ['an internet gateway attached to the kit VPC', item('AWS::EC2::InternetGateway', 'ap-northeast-1', { attachments: [{ state: 'available', vpcId: 'vpc-0kit' }] }), false],
    ['an internet gateway attached to another VPC', item('AWS::EC2::InternetGateway', 'ap-northeast-1', { attachments: [{ state: 'available', vpcId: 'vpc-other' }] }), true],
    ['a detached internet gateway', item('AWS::EC2::InternetGateway', 'ap-northeast-1', { attachments: [] }), true],
    ['a NAT gateway in the kit VPC', item('AWS::EC2::NatGateway', 'ap-northeast-1', { vpcId: 'vpc-0kit' }), false],
    ['a NAT gateway in another VPC', item('AWS::EC2::NatGateway', 'ap-northeast-1', { vpcId: 'vpc-other' }), true],
  ])('%s', (_name, ci, expected) => {
    expect(compliant(policy, ci)).toBe(expected);
  });
});
