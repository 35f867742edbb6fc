import { BedrockAgentClient } from '@aws-sdk/client-bedrock-agent';
import { S3Client } from '@aws-sdk/client-s3';
import { type IngestionSettings, KB_INGESTION_SETTINGS_ENV, ingestionSettingsSchema } from '../../contracts/knowledge-base';
import { createIngestionHandler, handler } from '../../lambda/handlers/kb-ingestion';
import { loadSettingsVariable } from '../../lambda/shared/settings-variable';
import { checkDocumentMetadata } from '../../lambda/shared/document-metadata';
import { OutputCapture } from '../support/chat-harness';
import { DUMMY_CREDENTIALS } from '../support/dynalite';
import { LocalS3AndAgentServer } from '../support/s3-server';

const BUCKET = 'privateaijp-kb-documents';
const server = new LocalS3AndAgentServer();
const capture = new OutputCapture();
const SETTINGS: IngestionSettings = { knowledgeBaseId: 'KBTOKYO123', dataSourceId: 'DSTOKYO456', bucketName: BUCKET, knownDepartments: [] };

beforeAll(async () => {
  await server.start();
  capture.start();
});
afterAll(async () => {
  capture.stop();
  await server.stop();
});
beforeEach(() => {
  server.buckets.clear();
  server.ingestionJobs.length = 0;
  server.log.length = 0;
  server.conflicts = 0;
});

function check(settings: IngestionSettings = SETTINGS) {
  const common = { region: 'ap-northeast-1', endpoint: server.endpoint, credentials: DUMMY_CREDENTIALS, maxAttempts: 1 };
  return createIngestionHandler({ settings, s3: new S3Client({ ...common, forcePathStyle: true }), agent: new BedrockAgentClient(common), now: () => Date.UTC(2026, 11, 1, 9, 0, 0) });
}
const created = (key: string, bucket = BUCKET) => ({ source: 'aws.s3', 'detail-type': 'Object Created', detail: { bucket: { name: bucket }, object: { key } } });
const files = () => server.objects(BUCKET);
const reports = () => [...files().entries()].filter(([k]) => k.startsWith('ingestion-reports/')).map(([, v]) => JSON.parse(v));
const META = (o: unknown) => JSON.stringify(o);

describe('the ingestion check', () => {
  it('a document with valid metadata starts one ingestion job of this knowledge base and data source, and is reported', async () => {
    files().set('documents/handbook.md', '# Sales handbook');
    files().set('documents/handbook.md.metadata.json', META({ metadataAttributes: { departments: ['sales'], classification: 'internal' } }));
    const r = await check()(created('documents/handbook.md'));
    expect(r).toMatchObject({ status: 'accepted', document: 'documents/handbook.md', problems: [], ingestionJobId: 'JOB1' });
    expect(server.ingestionJobs).toEqual([{ knowledgeBaseId: 'KBTOKYO123', dataSourceId: 'DSTOKYO456' }]);
    expect(files().has('documents/handbook.md')).toBe(true);
    expect(reports()).toEqual([expect.objectContaining({ status: 'accepted', document: 'documents/handbook.md' })]);
  });

  it('fails closed on a document without metadata: quarantined, no ingestion job, the report says why', async () => {
    files().set('documents/salaries.xlsx', 'secret');
    const r = await check()(created('documents/salaries.xlsx'));
    expect(r.status).toBe('quarantined');
    expect(r.problems[0]).toMatch(/no metadata file: upload <document>\.metadata\.json before the document/);
    expect(server.ingestionJobs).toEqual([]);
    expect(files().has('documents/salaries.xlsx')).toBe(false);
    expect(files().get('quarantine/documents/salaries.xlsx')).toBe('secret');
    expect(reports()[0]).toMatchObject({ status: 'quarantined', document: 'documents/salaries.xlsx' });
  });

  it('quarantines a document with invalid metadata together with its metadata file', async () => {
    files().set('documents/plan.md', 'plan');
    files().set('documents/plan.md.metadata.json', META({ metadataAttributes: { departments: 'sales', classification: 'secret' } }));
    const r = await check()(created('documents/plan.md'));
    expect(r.status).toBe('quarantined');
    expect(r.problems).toEqual(['departments must be a non-empty list of department names', 'classification must be one of public, internal, confidential']);
    expect([...files().keys()].filter((k) => k.startsWith('documents/'))).toEqual([]);
    expect(files().has('quarantine/documents/plan.md.metadata.json')).toBe(true);
    expect(server.ingestionJobs).toEqual([]);
  });

  it('metadata uploaded first waits for its document; the document event then runs the check', async () => {
    files().set('documents/規程 2026.pdf.metadata.json', META({ metadataAttributes: { departments: ['dept-legal'], classification: 'confidential' } }));
    const handler = check();
    expect((await handler(created('documents/%E8%A6%8F%E7%A8%8B+2026.pdf.metadata.json'))).status).toBe('waiting_for_document');
    expect(server.ingestionJobs).toEqual([]);
    files().set('documents/規程 2026.pdf', 'pdf');
    // S3 sends keys URL-encoded, spaces as "+".
    expect((await handler(created('documents/%E8%A6%8F%E7%A8%8B+2026.pdf'))).status).toBe('accepted');
    expect(server.ingestionJobs).toHaveLength(1);
  });

  it('refuses departments that are not known when the deployment lists them', async () => {
    files().set('documents/a.md', 'a');
    files().set('documents/a.md.metadata.json', META({ metadataAttributes: { departments: ['dept-legall'], classification: 'public' } }));
    const r = await check({ ...SETTINGS, knownDepartments: ['dept-legal', 'dept-hr'] })(created('documents/a.md'));
    expect(r.status).toBe('quarantined');
    expect(r.problems).toEqual(['departments[0] "dept-legall" is not a known department (known: dept-legal, dept-hr)']);
  });

  it('a running ingestion job makes the invocation fail (Lambda retries), and nothing is quarantined', async () => {
    files().set('documents/a.md', 'a');
    files().set('documents/a.md.metadata.json', META({ metadataAttributes: { departments: ['sales'], classification: 'public' } }));
    server.conflicts = 1;
    await expect(check()(created('documents/a.md'))).rejects.toMatchObject({ name: 'ConflictException' });
    expect(files().has('documents/a.md')).toBe(true);
  });

  it('ignores other buckets, other prefixes and other events without touching S3', async () => {
    const handler = check();
    expect((await handler(created('documents/a.md', 'someone-elses-bucket'))).status).toBe('ignored');
    expect((await handler(created('quarantine/documents/a.md'))).status).toBe('ignored');
    expect((await handler({ 'detail-type': 'Object Deleted', detail: {} })).status).toBe('ignored');
    expect(server.log).toEqual([]);
  });

  it('logs counts and codes, never a document name', async () => {
    files().set('documents/山田太郎の評価.md', 'x');
    const before = capture.lines.length;
    await check()(created('documents/山田太郎の評価.md'));
    expect(capture.lines.slice(before).join('\n')).not.toContain('山田');
  });
});

describe('document metadata', () => {
  const ok = (attrs: unknown) => checkDocumentMetadata(META({ metadataAttributes: attrs }), []);
  it('accepts departments and a classification, de-duplicated', () => {
    expect(ok({ departments: ['sales', 'sales', 'dept-hr'], classification: 'public' })).toEqual({ ok: true, access: { departments: ['sales', 'dept-hr'], classification: 'public' } });
  });
  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['no metadataAttributes', META({ departments: ['a'] }), /must be \{"metadataAttributes"/],
    ['an empty department list', META({ metadataAttributes: { departments: [], classification: 'public' } }), /non-empty list/],
    ['a padded department', META({ metadataAttributes: { departments: [' sales'], classification: 'public' } }), /no surrounding spaces/],
    ['an unknown attribute', META({ metadataAttributes: { departments: ['a'], classification: 'public', owner: 'x' } }), /unexpected attributes: owner/],
    ['the typed attribute form', META({ metadataAttributes: { departments: { value: { type: 'STRING_LIST' } }, classification: 'public' } }), /non-empty list/],
    ['too many departments', META({ metadataAttributes: { departments: Array.from({ length: 21 }, (_, i) => `d${i}`), classification: 'public' } }), /at most 20/],
    ['access attributes over 1 KB', META({ metadataAttributes: { departments: Array.from({ length: 10 }, (_, i) => `department-${i}-${'x'.repeat(100)}`), classification: 'public' } }), /more than 1024 bytes; S3 Vectors keeps only 2 KB/],
    ['an oversized file', META({ metadataAttributes: { departments: ['a'.repeat(11_000)], classification: 'public' } }), /larger than 10240 bytes/],
  ])('refuses %s', (_name, body, problem) => {
    const r = checkDocumentMetadata(body, []);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.join('\n')).toMatch(problem);
  });
});

describe('ingestion settings variable', () => {
  test('a malformed variable fails naming the variable and the field, not with a raw parse error', () => {
    const load = (raw: string) => () => loadSettingsVariable(KB_INGESTION_SETTINGS_ENV, ingestionSettingsSchema, { [KB_INGESTION_SETTINGS_ENV]: raw });
    expect(load('{')).toThrow(`${KB_INGESTION_SETTINGS_ENV} is not valid JSON`);
    expect(load(JSON.stringify({ ...SETTINGS, bucketName: 'x' }))).toThrow(new RegExp(`${KB_INGESTION_SETTINGS_ENV} is invalid: bucketName`));
    expect(load(JSON.stringify(SETTINGS))()).toEqual(SETTINGS);
  });

  test('without the variable every invocation fails with a SettingsError', async () => {
    await expect(handler({})).rejects.toMatchObject({ name: 'SettingsError', message: `${KB_INGESTION_SETTINGS_ENV} is not set` });
  });
});
