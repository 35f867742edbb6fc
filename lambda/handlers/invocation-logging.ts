import * as http from 'node:http';
import * as https from 'node:https';
import {
  BedrockClient,
  DeleteModelInvocationLoggingConfigurationCommand,
  PutModelInvocationLoggingConfigurationCommand,
  type LoggingConfig,
} from '@aws-sdk/client-bedrock';
import type { CloudFormationCustomResourceEvent, CloudFormationCustomResourceResponse } from 'aws-lambda';
import { z } from 'zod';
import { logger } from '../shared/logger';

/**
 * Custom resource: Bedrock model invocation logging (one configuration per account and region).
 * Create/Update -> PutModelInvocationLoggingConfiguration, Delete -> Delete...Configuration.
 * The function is the custom resource's service token, so it answers CloudFormation itself by a
 * PUT to the pre-signed ResponseURL (never logged: it is a credential).
 */

/** Constant, so an update never replaces the resource (a replacement's Delete would undo the Put). */
export const PHYSICAL_RESOURCE_ID = 'bedrock-model-invocation-logging';
/** Answered when Create fails: the rollback's Delete then leaves an existing configuration alone. */
export const NOT_CREATED_ID = `${PHYSICAL_RESOURCE_ID}:not-created`;

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

/** ServiceToken and ServiceTimeout are added by CloudFormation; LoggingConfig is ours. */
const propertiesSchema = z.object({ LoggingConfig: loggingConfigSchema });

export class InvalidPropertiesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPropertiesError';
  }
}

/** Validate the resource properties into the SDK's LoggingConfig. */
export function parseLoggingConfig(properties: unknown): LoggingConfig {
  const parsed = propertiesSchema.safeParse(properties);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(properties)'}: ${i.message}`).join('; ');
    throw new InvalidPropertiesError(`Invalid properties: ${issues}`);
  }
  return parsed.data.LoggingConfig;
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

/** Apply one lifecycle event to Bedrock. Throws on invalid properties or a Bedrock error. */
export async function applyEvent(event: CloudFormationCustomResourceEvent): Promise<Outcome> {
  if (event.RequestType === 'Delete') {
    if (event.PhysicalResourceId !== NOT_CREATED_ID) {
      await bedrock().send(new DeleteModelInvocationLoggingConfigurationCommand({}));
    }
    return { physicalResourceId: event.PhysicalResourceId };
  }
  const loggingConfig = parseLoggingConfig(event.ResourceProperties);
  await bedrock().send(new PutModelInvocationLoggingConfigurationCommand({ loggingConfig }));
  return { physicalResourceId: PHYSICAL_RESOURCE_ID };
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
