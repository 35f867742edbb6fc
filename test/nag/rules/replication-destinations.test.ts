import { Stack } from 'aws-cdk-lib';
import { AttributeType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { ACCOUNT, pathsFor, testStack } from '../findings';

/** A bucket in `stack` replicating into `destination` (an ARN), optionally to another account. */
function replicatingBucket(stack: Stack, destination: string, account?: string) {
  new CfnBucket(stack, 'Source', {
    versioningConfiguration: { status: 'Enabled' },
    replicationConfiguration: {
      role: `arn:aws:iam::${ACCOUNT}:role/replication`,
      rules: [{ status: 'Enabled', destination: { bucket: destination, ...(account ? { account } : {}) } }],
    },
  });
}

function namedBucket(stack: Stack, name: string) {
  new CfnBucket(stack, 'Replica', { bucketName: name, versioningConfiguration: { status: 'Enabled' } });
}

describe('Residency-NoGlobalDataPath: S3 replication destinations', () => {
  it('stays quiet when the destination is a bucket the app defines in an Osaka stack', () => {
    const { app, stack } = testStack();
    namedBucket(new Stack(app, 'Osaka', { env: { account: ACCOUNT, region: 'ap-northeast-3' } }), 'kit-audit-replica');
    replicatingBucket(stack, 'arn:aws:s3:::kit-audit-replica');
    expect(pathsFor('NoGlobalDataPath', stack)).toEqual([]);
  });

  it('fires when that Osaka stack is not allowed (allowOsaka false)', () => {
    const { app, stack } = testStack();
    namedBucket(new Stack(app, 'Osaka', { env: { account: ACCOUNT, region: 'ap-northeast-3' } }), 'kit-audit-replica');
    replicatingBucket(stack, 'arn:aws:s3:::kit-audit-replica');
    expect(pathsFor('NoGlobalDataPath', stack, { allowOsaka: false })).toEqual(['S/Source']);
  });

  it('fires when the destination bucket is in a stack outside Japan', () => {
    const { app, stack } = testStack();
    namedBucket(new Stack(app, 'Virginia', { env: { account: ACCOUNT, region: 'us-east-1' } }), 'kit-audit-replica');
    replicatingBucket(stack, 'arn:aws:s3:::kit-audit-replica');
    expect(pathsFor('NoGlobalDataPath', stack)).toEqual(['S/Source']);
  });

  it('fires when the destination is a bucket the app does not define, or is in another account', () => {
    const { app, stack } = testStack();
    replicatingBucket(stack, 'arn:aws:s3:::somebody-elses-bucket');
    expect(pathsFor('NoGlobalDataPath', stack)).toEqual(['S/Source']);

    const other = testStack();
    namedBucket(new Stack(other.app, 'Osaka', { env: { account: ACCOUNT, region: 'ap-northeast-3' } }), 'kit-audit-replica');
    replicatingBucket(other.stack, 'arn:aws:s3:::kit-audit-replica', '222222222222');
    expect(pathsFor('NoGlobalDataPath', other.stack)).toEqual(['S/Source']);
    expect(app).toBeDefined();
  });
});

describe('Residency-CustomerManagedEncryption: a replica key named by its alias ARN', () => {
  function table(stack: Stack, replicaKeyArn: string) {
    new TableV2(stack, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      replicas: [{ region: 'ap-northeast-3' }],
      encryption: TableEncryptionV2.customerManagedKey(new Key(stack, 'TableKey', { enableKeyRotation: true }), { 'ap-northeast-3': replicaKeyArn }),
    });
  }

  it('stays quiet when the alias belongs to a key the app defines in that region and account', () => {
    const { app, stack } = testStack();
    new Key(new Stack(app, 'Osaka', { env: { account: ACCOUNT, region: 'ap-northeast-3' } }), 'Key', { alias: 'alias/kit/osaka', enableKeyRotation: true });
    table(stack, `arn:aws:kms:ap-northeast-3:${ACCOUNT}:alias/kit/osaka`);
    expect(pathsFor('CustomerManagedEncryption', stack)).toEqual([]);
  });

  it('fires when no app key has that alias in that region', () => {
    const { app, stack } = testStack();
    new Key(new Stack(app, 'Osaka', { env: { account: ACCOUNT, region: 'ap-northeast-3' } }), 'Key', { alias: 'alias/kit/osaka', enableKeyRotation: true });
    table(stack, `arn:aws:kms:ap-northeast-3:${ACCOUNT}:alias/kit/other`);
    expect(pathsFor('CustomerManagedEncryption', stack)).toEqual(['S/Table/Resource']);
  });

  it('fires on an AWS-managed alias', () => {
    const { stack } = testStack();
    table(stack, `arn:aws:kms:ap-northeast-3:${ACCOUNT}:alias/aws/dynamodb`);
    expect(pathsFor('CustomerManagedEncryption', stack)).toEqual(['S/Table/Resource']);
  });
});
