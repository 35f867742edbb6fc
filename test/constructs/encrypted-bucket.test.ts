import * as fs from 'node:fs';
import * as path from 'node:path';
import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import { EncryptedBucket } from '../../lib/constructs/encrypted-bucket';
import { newTestApp } from '../support/kit-app';

function fixture() {
  const stack = new Stack(newTestApp(), 'S', { env: { account: '111111111111', region: 'ap-northeast-1' } });
  const key = new kms.Key(stack, 'Key', { enableKeyRotation: true });
  const logs = new EncryptedBucket(stack, 'Logs', { encryptionKey: key, isAccessLogBucket: true });
  return { stack, key, logs };
}

describe('EncryptedBucket', () => {
  test('denies non-TLS requests and TLS below 1.2', () => {
    const { stack, key, logs } = fixture();
    new EncryptedBucket(stack, 'Data', { encryptionKey: key, serverAccessLogsBucket: logs.bucket });
    const policies = Template.fromStack(stack).findResources('AWS::S3::BucketPolicy');
    for (const p of Object.values(policies)) {
      const statements = p.Properties.PolicyDocument.Statement;
      expect(statements).toEqual(expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        expect.objectContaining({ Effect: 'Deny', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
      ]));
    }
    expect(Object.keys(policies)).toHaveLength(2);
  });

  test('logs to the access-log bucket under its own prefix and has lifecycle rules', () => {
    const { stack, key, logs } = fixture();
    new EncryptedBucket(stack, 'Data', { encryptionKey: key, serverAccessLogsBucket: logs.bucket, expireAfterDays: 400 });
    Template.fromStack(stack).hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'S-Data/' },
      LifecycleConfiguration: {
        Rules: [Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 }, ExpirationInDays: 400, NoncurrentVersionExpiration: { NoncurrentDays: 90 } })],
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
  });

  test('object lock in governance or compliance mode', () => {
    const { stack, key, logs } = fixture();
    new EncryptedBucket(stack, 'Audit', { encryptionKey: key, serverAccessLogsBucket: logs.bucket, objectLock: { mode: 'COMPLIANCE', days: 400 } });
    Template.fromStack(stack).hasResourceProperties('AWS::S3::Bucket', {
      ObjectLockEnabled: true,
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 400 } } },
    });
  });

  test('rejects a bucket without access logging, and expiry shorter than the lock', () => {
    const { stack, key, logs } = fixture();
    expect(() => new EncryptedBucket(stack, 'NoLogs', { encryptionKey: key })).toThrow(/serverAccessLogsBucket is required/);
    expect(
      () => new EncryptedBucket(stack, 'Short', { encryptionKey: key, serverAccessLogsBucket: logs.bucket, expireAfterDays: 30, objectLock: { mode: 'GOVERNANCE', days: 365 } }),
    ).toThrow(/shorter than the object lock retention/);
  });

  test('is the only place in the code base that creates a bucket', () => {
    const root = path.join(__dirname, '..', '..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.ts$/.test(entry.name) && /new\s+(s3\.)?(Cfn)?Bucket\s*\(/.test(fs.readFileSync(full, 'utf8'))) offenders.push(path.relative(root, full));
      }
    };
    walk(path.join(root, 'lib'));
    expect(offenders).toEqual([path.join('lib', 'constructs', 'encrypted-bucket.ts')]);
  });
});
