import { CfnKey, Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { pathsFor, testStack } from '../findings';

const RULE = 'KeyRotation';

describe('Residency-KeyRotation', () => {
  it('fires on a symmetric key without rotation', () => {
    const { stack } = testStack();
    new Key(stack, 'Key');
    expect(pathsFor(RULE, stack)).toEqual(['S/Key/Resource']);
  });

  it('fires on an asymmetric key, which cannot rotate', () => {
    const { stack } = testStack();
    new Key(stack, 'Signing', { keySpec: KeySpec.ECC_NIST_P256, keyUsage: KeyUsage.SIGN_VERIFY });
    expect(pathsFor(RULE, stack)).toEqual(['S/Signing/Resource']);
  });

  it('is quiet on symmetric keys with rotation enabled', () => {
    const { stack } = testStack();
    new Key(stack, 'Key', { enableKeyRotation: true });
    new CfnKey(stack, 'L1', { keySpec: 'SYMMETRIC_DEFAULT', enableKeyRotation: true, keyPolicy: {} });
    expect(pathsFor(RULE, stack)).toEqual([]);
  });
});
