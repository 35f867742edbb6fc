import { CfnWaitConditionHandle, Stack } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { ACCOUNT, pathsFor, testStack } from '../findings';

const RULE = 'OsakaRecoveryOnly';
const osakaStack = () => {
  const { app } = testStack();
  return new Stack(app, 'Osaka', { env: { account: ACCOUNT, region: 'ap-northeast-3' } });
};

describe('Residency-OsakaRecoveryOnly', () => {
  it('is quiet for a key, its alias, a bucket and its policy in Osaka', () => {
    const stack = osakaStack();
    const key = new Key(stack, 'Key', { alias: 'alias/kit/osaka', enableKeyRotation: true });
    new Bucket(stack, 'Replica', { encryptionKey: key, encryption: BucketEncryption.KMS, enforceSSL: true, blockPublicAccess: BlockPublicAccess.BLOCK_ALL });
    expect(pathsFor(RULE, stack)).toEqual([]);
  });

  it('fires for anything else in Osaka: a function, a wait handle', () => {
    const stack = osakaStack();
    new CfnFunction(stack, 'Fn', { code: { zipFile: 'x' }, role: `arn:aws:iam::${ACCOUNT}:role/r`, runtime: 'nodejs22.x', handler: 'index.handler' });
    new CfnWaitConditionHandle(stack, 'Handle');
    expect(pathsFor(RULE, stack)).toEqual(['Osaka/Fn', 'Osaka/Handle']);
  });

  it('does not apply in Tokyo', () => {
    const { stack } = testStack();
    new CfnWaitConditionHandle(stack, 'Handle');
    expect(pathsFor(RULE, stack)).toEqual([]);
  });
});
