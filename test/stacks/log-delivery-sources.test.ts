import * as fs from 'node:fs';
import * as path from 'node:path';
import { decide, ACCOUNT, stacksOf, TemplateResolver } from '../support/iam-simulation';
import { buildKit } from '../support/kit-app';

/**
 * Confused deputy: every statement that admits S3 server access log delivery
 * (logging.s3.amazonaws.com), in every template of the default and the all-features synth,
 * is confined to this account and to the kit's buckets as the source.
 */
const allFeatures = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'config', 'all-features.json'), 'utf8'));

function loggingStatements(resolver: TemplateResolver) {
  return resolver.stacks.flatMap((stack) =>
    Object.entries(stack.template.Resources).flatMap(([id, r]) => {
      const doc = r.Properties?.KeyPolicy ?? r.Properties?.PolicyDocument;
      return (doc?.Statement ?? [])
        .filter((st: any) => JSON.stringify(st.Principal ?? '').includes('logging.s3.amazonaws.com'))
        .map((st: any) => ({ where: `${stack.name}/${id}`, type: r.Type, statement: resolver.resolve(stack, st), policy: resolver.resolve(stack, doc), resource: id, stack }));
    }));
}

describe.each([
  ['default config', {}],
  ['every optional feature on', allFeatures],
])('logging.s3.amazonaws.com statements carry a source condition (%s)', (_name, config) => {
  let resolver: TemplateResolver;
  beforeAll(() => {
    resolver = new TemplateResolver(stacksOf(buildKit(config).app.synth()));
  });

  test('each names aws:SourceAccount and aws:SourceArn', () => {
    const found = loggingStatements(resolver);
    // The logs key and the access-log bucket policy at least.
    expect(found.map((f) => f.type)).toEqual(expect.arrayContaining(['AWS::KMS::Key', 'AWS::S3::BucketPolicy']));
    for (const { where, statement } of found) {
      const condition = statement.Condition ?? {};
      const keys = Object.values(condition).flatMap((c: any) => Object.keys(c));
      expect({ where, keys }).toEqual({ where, keys: expect.arrayContaining(['aws:SourceAccount', 'aws:SourceArn']) });
      expect({ where, account: condition.StringEquals?.['aws:SourceAccount'] }).toEqual({ where, account: ACCOUNT });
    }
  });

  test('simulated: delivery on behalf of a bucket of another account, or a bucket outside the kit, is refused', async () => {
    const bucketPolicies = loggingStatements(resolver).filter((f) => f.type === 'AWS::S3::BucketPolicy');
    for (const { stack, policy, resource } of bucketPolicies) {
      const bucketArn = `arn:aws:s3:::${resolver.resolve(stack, stack.template.Resources[resource].Properties.Bucket)}`;
      const request = (sourceAccount: string, sourceArn: string) =>
        decide({
          principal: 'logging.s3.amazonaws.com',
          action: 's3:PutObject',
          resource: `${bucketArn}/PrivateAiJp-Audit-AuditBucket/2026-12-01-00-00-00-ABC`,
          identityPolicies: [],
          resourcePolicy: policy,
          context: { 'aws:SourceAccount': sourceAccount, 'aws:SourceArn': sourceArn },
        });
      // The kit's buckets that log here, by their physical ARNs.
      const bucketName = bucketArn.slice('arn:aws:s3:::'.length);
      const sources = resolver.stacks.flatMap((st) =>
        Object.keys(st.template.Resources).filter((id) => {
          const r = st.template.Resources[id];
          return r.Type === 'AWS::S3::Bucket' && r.Properties.LoggingConfiguration && resolver.resolve(st, r.Properties.LoggingConfiguration.DestinationBucketName) === bucketName;
        }).map((id) => resolver.arn(st, id)));
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) {
        expect([source, await request(ACCOUNT, source)]).toEqual([source, "Allowed"]);
        expect(await request('999999999999', source)).toBe('ImplicitlyDenied');
      }
      expect(await request(ACCOUNT, 'arn:aws:s3:::someone-elses-bucket')).toBe('ImplicitlyDenied');
    }
  });
});
