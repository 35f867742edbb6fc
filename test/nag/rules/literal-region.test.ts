import { Aws, Fn } from 'aws-cdk-lib';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnParameter } from 'aws-cdk-lib/aws-ssm';
import { pathsFor, testStack } from '../findings';

const RULE = 'LiteralRegion';

function parameter(value: string, allowOsaka?: boolean) {
  const { stack } = testStack();
  new CfnParameter(stack, 'Param', { type: 'String', value });
  return pathsFor(RULE, stack, allowOsaka === undefined ? undefined : { allowOsaka });
}

describe('Residency-LiteralRegion', () => {
  it.each([
    ['an ARN', 'arn:aws:s3:us-east-1:111111111111:accesspoint/x'],
    ['an endpoint', 'https://bedrock-runtime.us-west-2.amazonaws.com'],
    ['Seoul', 'ap-northeast-2'],
    ['a region after a hyphen', 'cdk-assets-111111111111-eu-central-1'],
    ['GovCloud', 'us-gov-west-1'],
    ['an availability zone', 'us-east-1a'],
  ])('fires on %s outside Japan', (_what, value) => {
    expect(parameter(value)).toEqual(['S/Param']);
  });

  it('fires on Osaka when the config does not allow it', () => {
    expect(parameter('arn:aws:bedrock:ap-northeast-3::foundation-model/x', false)).toEqual(['S/Param']);
  });

  it('fires on a region inside an environment variable built with Fn::Join', () => {
    const { stack } = testStack();
    new CfnFunction(stack, 'Fn', {
      role: 'arn:aws:iam::111111111111:role/r',
      code: { zipFile: 'x' },
      environment: { variables: { ENDPOINT: Fn.join('', ['https://sqs.', 'eu-west-1', '.amazonaws.com/', Aws.ACCOUNT_ID]) } },
    });
    expect(pathsFor(RULE, stack)).toEqual(['S/Fn']);
  });

  it.each([
    ['Tokyo', 'arn:aws:kms:ap-northeast-1:111111111111:key/abc'],
    ['Osaka', 'ap-northeast-3'],
    ['a Tokyo availability zone', 'ap-northeast-1a'],
    ['words that merely look like regions', 'super-east-1 aus-east-10 nap-north-2x'],
    ['no region at all', 'hello'],
  ])('is quiet on %s', (_what, value) => {
    expect(parameter(value)).toEqual([]);
  });

  it('is quiet on the AWS::Region pseudo parameter', () => {
    expect(parameter(`arn:aws:sqs:${Aws.REGION}:111111111111:q`)).toEqual([]);
  });
});
