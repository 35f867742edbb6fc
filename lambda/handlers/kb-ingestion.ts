import { BedrockAgentClient, ConflictException, StartIngestionJobCommand } from '@aws-sdk/client-bedrock-agent';
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import * as z from 'zod/mini';
import {
  DOCUMENTS_PREFIX,
  type IngestionSettings,
  KB_INGESTION_SETTINGS_ENV,
  METADATA_SUFFIX,
  QUARANTINE_PREFIX,
  REPORTS_PREFIX,
  ingestionSettingsSchema,
} from '../../contracts/knowledge-base';
import { HOME_REGION } from '../../contracts/regions';
import { checkDocumentMetadata } from '../shared/document-metadata';
import { logger } from '../shared/logger';
import { SettingsError, loadSettingsVariable } from '../shared/settings-variable';

/** The part of an S3 "Object Created" EventBridge event the check reads. */
const objectCreatedEvent = z.object({
  'detail-type': z.literal('Object Created'),
  detail: z.object({ bucket: z.object({ name: z.string() }), object: z.object({ key: z.string().check(z.minLength(1)) }) }),
});

export interface IngestionDependencies {
  readonly settings: IngestionSettings;
  readonly s3: S3Client;
  readonly agent: BedrockAgentClient;
  /** @default Date.now */
  readonly now?: () => number;
}

/** What one checked upload came to; also the body of its report object. */
export interface IngestionReport {
  readonly checkedAt: string;
  readonly document: string;
  readonly status: 'accepted' | 'quarantined' | 'waiting_for_document' | 'ignored';
  readonly problems: string[];
  readonly ingestionJobId?: string;
}

const isMissing = (e: unknown) => {
  const name = (e as { name?: string }).name;
  const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return name === 'NoSuchKey' || name === 'NotFound' || status === 404;
};

/** S3 keys in events arrive URL-encoded, with spaces as "+". */
function eventKey(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/**
 * The ingestion check, run on every object created under `documents/`: a document and its
 * `<name>.metadata.json` are checked together. A document whose metadata is missing or invalid
 * is moved, with its metadata file, under `quarantine/` (which the data source never reads) and
 * no ingestion job starts: fail closed. A valid document starts an ingestion job through the
 * `bedrock-agent` endpoint. Either way a report lands under `ingestion-reports/` saying why.
 * A job already running makes the invocation fail, so Lambda retries it later.
 */
export function createIngestionHandler(deps: IngestionDependencies) {
  const { settings, s3, agent } = deps;
  const now = deps.now ?? Date.now;
  const bucket = settings.bucketName;

  const read = async (key: string): Promise<string | undefined> => {
    try {
      const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return await out.Body!.transformToString('utf-8');
    } catch (e) {
      if (isMissing(e)) return undefined;
      throw e;
    }
  };
  const exists = async (key: string): Promise<boolean> => {
    try {
      await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return true;
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  };
  const quarantine = async (key: string): Promise<void> => {
    if (!(await exists(key))) return;
    const target = QUARANTINE_PREFIX + key;
    await s3.send(new CopyObjectCommand({ Bucket: bucket, Key: target, CopySource: `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}` }));
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  };
  const report = async (r: IngestionReport): Promise<IngestionReport> => {
    const name = `${REPORTS_PREFIX}${r.checkedAt.replace(/[:.]/g, '-')}-${r.status}-${Buffer.from(r.document).toString('base64url').slice(0, 80)}.json`;
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: name, Body: JSON.stringify(r, null, 2), ContentType: 'application/json' }));
    // Counts and codes only: a document's name may itself be personal data.
    logger.info('kb.ingestion', { status: r.status, problems: r.problems.length, ingestionJobId: r.ingestionJobId ?? 'none' });
    return r;
  };

  return async (event: unknown): Promise<IngestionReport> => {
    const checkedAt = new Date(now()).toISOString();
    const parsed = objectCreatedEvent.safeParse(event);
    if (!parsed.success || parsed.data.detail.bucket.name !== bucket) {
      logger.warn('kb.ingestion.ignored', { reason: parsed.success ? 'other_bucket' : 'not_an_object_created_event' });
      return { checkedAt, document: '', status: 'ignored', problems: ['not an object-created event of the documents bucket'] };
    }
    const key = eventKey(parsed.data.detail.object.key);
    if (!key.startsWith(DOCUMENTS_PREFIX)) return { checkedAt, document: key, status: 'ignored', problems: ['outside documents/'] };
    const isMetadata = key.endsWith(METADATA_SUFFIX);
    const document = isMetadata ? key.slice(0, -METADATA_SUFFIX.length) : key;
    if (isMetadata && !(await exists(document))) {
      // Metadata first, document next: the document's own event runs the check.
      return report({ checkedAt, document, status: 'waiting_for_document', problems: [] });
    }

    const check = checkDocumentMetadata(await read(document + METADATA_SUFFIX), settings.knownDepartments);
    if (!check.ok) {
      await quarantine(document);
      await quarantine(document + METADATA_SUFFIX);
      return report({ checkedAt, document, status: 'quarantined', problems: check.problems });
    }
    try {
      const job = await agent.send(
        new StartIngestionJobCommand({ knowledgeBaseId: settings.knowledgeBaseId, dataSourceId: settings.dataSourceId, description: 'started by the ingestion check after an upload' }),
      );
      return report({ checkedAt, document, status: 'accepted', problems: [], ingestionJobId: job.ingestionJob?.ingestionJobId });
    } catch (e) {
      // One job at a time per data source: fail, so Lambda retries once the running job is done.
      if (e instanceof ConflictException) logger.warn('kb.ingestion.job_running', { retry: true });
      throw e;
    }
  };
}

/**
 * Cold start: an invalid configuration stops the function here. Without the variable (the module
 * loaded outside Lambda, as by the tests) every invocation fails with the same SettingsError.
 */
export const handler =
  process.env[KB_INGESTION_SETTINGS_ENV] !== undefined
    ? createIngestionHandler({ settings: loadSettingsVariable(KB_INGESTION_SETTINGS_ENV, ingestionSettingsSchema), s3: new S3Client({ region: HOME_REGION }), agent: new BedrockAgentClient({ region: HOME_REGION }) })
    : async () => {
        throw new SettingsError(`${KB_INGESTION_SETTINGS_ENV} is not set`);
      };
