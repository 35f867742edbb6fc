import * as http from 'node:http';
import * as https from 'node:https';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import {
  BedrockClient,
  DeleteModelInvocationLoggingConfigurationCommand,
  GetModelInvocationLoggingConfigurationCommand,
  PutModelInvocationLoggingConfigurationCommand,
  type LoggingConfig,
} from '@aws-sdk/client-bedrock';
import type { CloudFormationCustomResourceEvent, CloudFormationCustomResourceResponse } from 'aws-lambda';
import { z } from 'zod';
import { logger } from '../shared/logger';

/**
 * Custom resource: Bedrock model invocation logging (one configuration per account and region).
 * Create reads the configuration in place first: another workload's configuration is replaced
 * only with ReplaceExisting, and is then kept (in the physical resource id) and put back on
 * Delete. Update puts the new configuration. Delete removes the kit's configuration, restores
 * the one it replaced, and leaves a configuration someone else put since alone.
 * The function is the custom resource's service token, so it answers CloudFormation itself by a
 * PUT to the pre-signed ResponseURL (never logged: it is a credential).
 */

/**
 * Set at Create and kept on every Update, so an update never replaces the resource (a
 * replacement's Delete would undo the Put).
 */
export const PHYSICAL_RESOURCE_ID = 'bedrock-model-invocation-logging';
/** Answered when Create fails: the rollback's Delete then leaves an existing configuration alone. */
export const NOT_CREATED_ID = `${PHYSICAL_RESOURCE_ID}:not-created`;
/** Physical id prefix that carries the configuration replaced at Create, to be restored on Delete. */
export const RESTORE_ID_PREFIX = `${PHYSICAL_RESOURCE_ID}:restore:`;
/** CloudFormation's limit on a physical resource id. */
const MAX_PHYSICAL_ID = 1024;

/** CloudFormation passes scalars of custom resource properties as strings. */
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
const bucketName = z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be an S3 bucket name' });
const s3Config = z.object({ bucketName, keyPrefix: z.string().max(1024).optional() }).strict();

export const loggingConfigSchema = z
  .object({
    s3Config: s3Config.optional(),
    cloudWatchConfig: z
      .object({
        logGroupName: z.string().regex(/^[\w#./-]{1,512}$/, { message: 'must be a log group name' }),
        roleArn: z.string().regex(/^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+$/, { message: 'must be an IAM role ARN' }),
        largeDataDeliveryS3Config: s3Config.optional(),
      })
      .strict()
      .optional(),
    textDataDeliveryEnabled: flag,
    imageDataDeliveryEnabled: flag,
    embeddingDataDeliveryEnabled: flag,
    videoDataDeliveryEnabled: flag.optional(),
  })
  .strict()
  .refine((c) => c.s3Config !== undefined || c.cloudWatchConfig !== undefined, {
    message: 'needs s3Config or cloudWatchConfig',
  });

/** ServiceToken and ServiceTimeout are added by CloudFormation; LoggingConfig and ReplaceExisting are ours. */
const propertiesSchema = z.object({ LoggingConfig: loggingConfigSchema, ReplaceExisting: flag.optional() });

export class InvalidPropertiesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPropertiesError';
  }
}

export class ExistingConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExistingConfigurationError';
  }
}

function parseProperties(properties: unknown): z.infer<typeof propertiesSchema> {
  const parsed = propertiesSchema.safeParse(properties);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(properties)'}: ${i.message}`).join('; ');
    throw new InvalidPropertiesError(`Invalid properties: ${issues}`);
  }
  return parsed.data;
}

/** Validate the resource properties into the SDK's LoggingConfig. */
export function parseLoggingConfig(properties: unknown): LoggingConfig {
  return parseProperties(properties).LoggingConfig;
}

/** Where a configuration delivers, for messages and for telling the kit's own from another's. */
export function destinationsOf(config: LoggingConfig): string {
  const parts = [
    config.s3Config ? `S3 bucket ${config.s3Config.bucketName}` : undefined,
    config.cloudWatchConfig ? `log group ${config.cloudWatchConfig.logGroupName}` : undefined,
  ].filter((p): p is string => p !== undefined);
  return parts.length ? parts.join(' and ') : 'no destination';
}

/** The physical id that keeps a replaced configuration: deflated JSON, base64url. */
export function restoreId(previous: LoggingConfig): string {
  const id = `${RESTORE_ID_PREFIX}${deflateRawSync(Buffer.from(JSON.stringify(previous), 'utf8')).toString('base64url')}`;
  if (id.length > MAX_PHYSICAL_ID) {
    throw new ExistingConfigurationError(
      `the invocation logging configuration in place (${destinationsOf(previous)}) is too large to keep for restoring on stack deletion; remove it, or record it and delete it before deploying`,
    );
  }
  return id;
}

/** The configuration a restore id keeps. */
export function previousFromId(physicalId: string): LoggingConfig | undefined {
  if (!physicalId.startsWith(RESTORE_ID_PREFIX)) return undefined;
  return JSON.parse(inflateRawSync(Buffer.from(physicalId.slice(RESTORE_ID_PREFIX.length), 'base64url')).toString('utf8')) as LoggingConfig;
}

let client: BedrockClient | undefined;
function bedrock(): BedrockClient {
  // BEDROCK_ENDPOINT_URL exists for tests against a local server; in Lambda it is never set, and
  // the default endpoint resolves (private DNS) to the `bedrock` interface endpoint.
  client ??= new BedrockClient(process.env.BEDROCK_ENDPOINT_URL ? { endpoint: process.env.BEDROCK_ENDPOINT_URL } : {});
  return client;
}

export interface Outcome {
  readonly physicalResourceId: string;
}

async function current(): Promise<LoggingConfig | undefined> {
  const { loggingConfig } = await bedrock().send(new GetModelInvocationLoggingConfigurationCommand({}));
  return loggingConfig && (loggingConfig.s3Config || loggingConfig.cloudWatchConfig) ? loggingConfig : undefined;
}

/** Two configurations deliver to the same places (the kit's own, put by an earlier attempt or update). */
function sameDestinations(a: LoggingConfig, b: LoggingConfig): boolean {
  return a.s3Config?.bucketName === b.s3Config?.bucketName && a.cloudWatchConfig?.logGroupName === b.cloudWatchConfig?.logGroupName;
}

async function create(properties: unknown): Promise<Outcome> {
  const { LoggingConfig: loggingConfig, ReplaceExisting: replaceExisting } = parseProperties(properties);
  const existing = await current();
  let physicalResourceId = PHYSICAL_RESOURCE_ID;
  if (existing && !sameDestinations(existing, loggingConfig)) {
    if (!replaceExisting) {
      throw new ExistingConfigurationError(
        `Bedrock model invocation logging is already configured in this account and region (${destinationsOf(existing)}); ` +
          'there is one configuration per account and region, so the kit would replace it for every workload. ' +
          'Set audit.invocationLogging.replaceExisting to true to replace it (it is put back when the stack is deleted), or remove it first',
      );
    }
    physicalResourceId = restoreId(existing);
  }
  await bedrock().send(new PutModelInvocationLoggingConfigurationCommand({ loggingConfig }));
  return { physicalResourceId };
}

async function remove(physicalResourceId: string, properties: unknown): Promise<Outcome> {
  if (physicalResourceId === NOT_CREATED_ID) return { physicalResourceId };
  const previous = previousFromId(physicalResourceId);
  const ours = propertiesSchema.safeParse(properties);
  const inPlace = await current();
  // Someone put another configuration since: it is theirs now, leave it.
  if (inPlace && ours.success && !sameDestinations(inPlace, ours.data.LoggingConfig)) {
    logger.warn('invocation-logging.left-alone', { reason: 'another configuration replaced the kit\'s' });
    return { physicalResourceId };
  }
  if (previous) {
    await bedrock().send(new PutModelInvocationLoggingConfigurationCommand({ loggingConfig: previous }));
  } else if (inPlace) {
    await bedrock().send(new DeleteModelInvocationLoggingConfigurationCommand({}));
  }
  return { physicalResourceId };
}

/** Apply one lifecycle event to Bedrock. Throws on invalid properties, another configuration, or a Bedrock error. */
export async function applyEvent(event: CloudFormationCustomResourceEvent): Promise<Outcome> {
  switch (event.RequestType) {
    case 'Create':
      return create(event.ResourceProperties);
    case 'Update': {
      const loggingConfig = parseLoggingConfig(event.ResourceProperties);
      await bedrock().send(new PutModelInvocationLoggingConfigurationCommand({ loggingConfig }));
      // The id set at Create (with the configuration to restore, if any) is kept.
      return { physicalResourceId: event.PhysicalResourceId };
    }
    case 'Delete':
      return remove(event.PhysicalResourceId, event.ResourceProperties);
  }
}

/** A short, secret-free reason for CloudFormation: error name and message only. */
export function failureReason(error: unknown): string {
  const e = error instanceof Error ? error : new Error(String(error));
  return `${e.name}: ${e.message}`.slice(0, 1000);
}

/** PUT the answer to CloudFormation's pre-signed URL. */
export async function sendResponse(responseUrl: string, response: CloudFormationCustomResourceResponse): Promise<void> {
  const body = JSON.stringify(response);
  const url = new URL(responseUrl);
  const transport = url.protocol === 'http:' ? http : https;
  await new Promise<void>((resolve, reject) => {
    const request = transport.request(
      url,
      // The pre-signed URL is signed for an empty content type.
      { method: 'PUT', headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve();
          else reject(new Error(`CloudFormation response was refused with HTTP ${status}`));
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export async function handler(event: CloudFormationCustomResourceEvent): Promise<void> {
  const base = {
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
  };
  let response: CloudFormationCustomResourceResponse;
  try {
    const outcome = await applyEvent(event);
    response = { ...base, Status: 'SUCCESS', PhysicalResourceId: outcome.physicalResourceId };
    logger.info('invocation-logging.applied', { requestType: event.RequestType });
  } catch (error) {
    const reason = failureReason(error);
    logger.error('invocation-logging.failed', { requestType: event.RequestType, reason });
    response = {
      ...base,
      Status: 'FAILED',
      Reason: reason,
      PhysicalResourceId: event.RequestType === 'Create' ? NOT_CREATED_ID : event.PhysicalResourceId,
    };
  }
  await sendResponse(event.ResponseURL, response);
}
