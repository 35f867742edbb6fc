import { CfnDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { AttributeType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { CfnAccelerator } from 'aws-cdk-lib/aws-globalaccelerator';
import { CfnReplicaKey, Key } from 'aws-cdk-lib/aws-kms';
import { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Stack } from 'aws-cdk-lib';
import { pathsFor, testStack } from '../findings';

const RULE = 'NoGlobalDataPath';

function webAcl(stack: Stack, scope: string) {
  new CfnWebACL(stack, 'Acl', {
    scope,
    defaultAction: { allow: {} },
    visibilityConfig: { cloudWatchMetricsEnabled: false, metricName: 'm', sampledRequestsEnabled: false },
  });
}

function globalTable(stack: Stack, replicaRegion: string) {
  new TableV2(stack, 'Table', {
    partitionKey: { name: 'pk', type: AttributeType.STRING },
    replicas: [{ region: replicaRegion }],
    encryption: TableEncryptionV2.dynamoOwnedKey(),
  });
}

describe('Residency-NoGlobalDataPath', () => {
  it('fires on a CloudFront distribution, a CLOUDFRONT-scope WAF and a Global Accelerator', () => {
    const { stack } = testStack();
    new CfnDistribution(stack, 'Cdn', { distributionConfig: { enabled: true, defaultCacheBehavior: { targetOriginId: 'o', viewerProtocolPolicy: 'https-only' } } });
    webAcl(stack, 'CLOUDFRONT');
    new CfnAccelerator(stack, 'Accelerator', { name: 'a' });
    expect(pathsFor(RULE, stack)).toEqual(['S/Cdn', 'S/Acl', 'S/Accelerator']);
  });

  it('fires on S3 replication, a DynamoDB replica outside Japan and a multi-Region KMS key', () => {
    const { stack } = testStack();
    new CfnBucket(stack, 'Bucket', {
      versioningConfiguration: { status: 'Enabled' },
      replicationConfiguration: {
        role: 'arn:aws:iam::111111111111:role/replication',
        rules: [{ status: 'Enabled', destination: { bucket: 'arn:aws:s3:::elsewhere' } }],
      },
    });
    globalTable(stack, 'ap-southeast-1');
    new Key(stack, 'Key', { multiRegion: true, enableKeyRotation: true });
    expect(pathsFor(RULE, stack)).toEqual(['S/Bucket', 'S/Table/Resource', 'S/Key/Resource']);
  });

  it('fires on a KMS replica key in a stack outside Japan', () => {
    const { stack } = testStack('us-west-2');
    new CfnReplicaKey(stack, 'Replica', { keyPolicy: {}, primaryKeyArn: 'arn:aws:kms:ap-northeast-1:111111111111:key/mrk-1' });
    expect(pathsFor(RULE, stack)).toEqual(['S/Replica']);
  });

  it('fires on an Osaka replica when the config does not allow Osaka', () => {
    const { stack } = testStack();
    globalTable(stack, 'ap-northeast-3');
    expect(pathsFor(RULE, stack, { allowOsaka: false })).toEqual(['S/Table/Resource']);
  });

  it('is quiet on a REGIONAL WAF, a bucket without replication, a Tokyo/Osaka global table and a single-Region key', () => {
    const { stack } = testStack();
    webAcl(stack, 'REGIONAL');
    new CfnBucket(stack, 'Bucket');
    globalTable(stack, 'ap-northeast-3');
    new Key(stack, 'Key', { enableKeyRotation: true });
    new CfnReplicaKey(stack, 'Replica', { keyPolicy: {}, primaryKeyArn: 'arn:aws:kms:ap-northeast-3:111111111111:key/mrk-1' });
    expect(pathsFor(RULE, stack)).toEqual([]);
  });
});
