import { Stack } from 'aws-cdk-lib';
import { AttributeType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { IKey, Key } from 'aws-cdk-lib/aws-kms';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Bucket, BucketEncryption, CfnBucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { pathsFor, testStack } from '../findings';

const RULE = 'CustomerManagedEncryption';

/** One of each covered resource type, encrypted with `key` (or with the service default when undefined). */
function dataStores(stack: Stack, key: IKey | undefined) {
  new Bucket(stack, 'Bucket', key ? { encryption: BucketEncryption.KMS, encryptionKey: key } : {});
  new Table(stack, 'Table', {
    partitionKey: { name: 'pk', type: AttributeType.STRING },
    ...(key ? { encryption: TableEncryption.CUSTOMER_MANAGED, encryptionKey: key } : {}),
  });
  new LogGroup(stack, 'Logs', key ? { encryptionKey: key } : {});
  new Topic(stack, 'Topic', key ? { masterKey: key } : {});
  new Queue(stack, 'Queue', key ? { encryptionMasterKey: key } : { encryption: QueueEncryption.SQS_MANAGED });
  new Secret(stack, 'Secret', key ? { encryptionKey: key } : {});
}

const ALL_PATHS = ['S/Bucket/Resource', 'S/Table/Resource', 'S/Logs/Resource', 'S/Topic/Resource', 'S/Queue/Resource', 'S/Secret/Resource'];

describe('Residency-CustomerManagedEncryption', () => {
  it('fires on a bucket, table, log group, topic, queue and secret with default encryption', () => {
    const { stack } = testStack();
    dataStores(stack, undefined);
    expect(pathsFor(RULE, stack)).toEqual(ALL_PATHS);
  });

  it('fires when the key is only a literal ARN (imported, not defined in the app)', () => {
    const { stack } = testStack();
    dataStores(stack, Key.fromKeyArn(stack, 'Imported', 'arn:aws:kms:ap-northeast-1:111111111111:key/abc'));
    expect(pathsFor(RULE, stack)).toEqual(ALL_PATHS);
  });

  it('fires on SSE-S3 and on an AWS-managed key alias', () => {
    const { stack } = testStack();
    new CfnBucket(stack, 'SseS3', {
      bucketEncryption: { serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }] },
    });
    new CfnBucket(stack, 'AwsManaged', {
      bucketEncryption: {
        serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'alias/aws/s3' } }],
      },
    });
    expect(pathsFor(RULE, stack)).toEqual(['S/SseS3', 'S/AwsManaged']);
  });

  it('is quiet when every store uses a key defined in the same stack', () => {
    const { stack } = testStack();
    dataStores(stack, new Key(stack, 'Key', { enableKeyRotation: true }));
    expect(pathsFor(RULE, stack)).toEqual([]);
  });

  it('is quiet when the key is defined in another stack of the app, before and after synthesis', () => {
    const { app, stack: keys } = testStack('ap-northeast-1', 'Keys');
    const key = new Key(keys, 'Key', { enableKeyRotation: true });
    const data = new Stack(app, 'S', { env: { account: keys.account, region: keys.region } });
    dataStores(data, key);
    expect(pathsFor(RULE, data)).toEqual([]);
    app.synth(); // turns the references into Fn::ImportValue
    expect(pathsFor(RULE, data)).toEqual([]);
  });

  it('is quiet on a raw { Ref } to a key in the same stack (property override)', () => {
    const { stack } = testStack();
    const key = new Key(stack, 'Key', { enableKeyRotation: true });
    const bucket = new CfnBucket(stack, 'Bucket');
    bucket.addPropertyOverride('BucketEncryption.ServerSideEncryptionConfiguration', [
      { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { Ref: stack.getLogicalId(key.node.defaultChild as never) } } },
    ]);
    expect(pathsFor(RULE, stack)).toEqual([]);
  });
});
