import { CfnWaitConditionHandle } from 'aws-cdk-lib';
import { pathsFor, testStack } from '../findings';

const RULE = 'StackRegion';

function stackWithResource(region: string | null) {
  const { stack } = testStack(region);
  new CfnWaitConditionHandle(stack, 'Handle');
  return stack;
}

describe('Residency-StackRegion', () => {
  it('fires for a stack outside Japan', () => {
    expect(pathsFor(RULE, stackWithResource('us-east-1'))).toEqual(['S/Handle']);
  });

  it('fires for an environment-agnostic stack (region is a token)', () => {
    expect(pathsFor(RULE, stackWithResource(null))).toEqual(['S/Handle']);
  });

  it('fires for Osaka when the config does not allow Osaka', () => {
    expect(pathsFor(RULE, stackWithResource('ap-northeast-3'), { allowOsaka: false })).toEqual(['S/Handle']);
  });

  it('is quiet for Tokyo, and for Osaka by default', () => {
    expect(pathsFor(RULE, stackWithResource('ap-northeast-1'))).toEqual([]);
    expect(pathsFor(RULE, stackWithResource('ap-northeast-3'))).toEqual([]);
  });
});
