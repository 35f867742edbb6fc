import { AnyPrincipal, Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { pathsFor, testStack } from '../findings';

const RULE = 'BucketPolicyTlsOnly';

describe('Residency-BucketPolicyTlsOnly', () => {
  it('fires on a bucket policy without a TLS-only deny', () => {
    const { stack } = testStack();
    const bucket = new Bucket(stack, 'Bucket');
    bucket.addToResourcePolicy(new PolicyStatement({
      principals: [new ServicePrincipal('logging.s3.amazonaws.com')],
      actions: ['s3:PutObject'],
      resources: [bucket.arnForObjects('*')],
    }));
    expect(pathsFor(RULE, stack)).toEqual(['S/Bucket/Policy/Resource']);
  });

  it('fires when the TLS deny covers the objects but not the bucket', () => {
    const { stack } = testStack();
    const bucket = new Bucket(stack, 'Bucket');
    bucket.addToResourcePolicy(new PolicyStatement({
      effect: Effect.DENY,
      principals: [new AnyPrincipal()],
      actions: ['s3:*'],
      resources: [bucket.arnForObjects('*')],
      conditions: { Bool: { 'aws:SecureTransport': 'false' } },
    }));
    expect(pathsFor(RULE, stack)).toEqual(['S/Bucket/Policy/Resource']);
  });

  it('is quiet with enforceSSL', () => {
    const { stack } = testStack();
    new Bucket(stack, 'Bucket', { enforceSSL: true });
    expect(pathsFor(RULE, stack)).toEqual([]);
  });
});
