import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import * as handlerModule from '../../lambda/handlers/invocation-logging';
import { logger } from '../../lambda/shared/logger';

/**
 * The custom resource handler against a local server that speaks the Bedrock control-plane REST
 * API (PUT/DELETE /logging/modelinvocations) and stands in for CloudFormation's pre-signed
 * response URL. The real BedrockClient is used, pointed at the server by BEDROCK_ENDPOINT_URL.
 */

interface Recorded {
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

type Reply = { status: number; headers?: Record<string, string>; body: string };

let server: http.Server;
let baseUrl: string;
const bedrockCalls: Recorded[] = [];
const cfnResponses: Recorded[] = [];
let nextBedrockReply: Reply;
let nextResponseStatus: number;

const ok: Reply = { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      if (recorded.url.startsWith('/cfn-response/')) {
        cfnResponses.push(recorded);
        res.writeHead(nextResponseStatus).end();
        return;
      }
      bedrockCalls.push(recorded);
      if (recorded.url !== '/logging/modelinvocations' || !['PUT', 'DELETE'].includes(recorded.method)) {
        res.writeHead(404, { 'x-amzn-errortype': 'UnknownOperationException' }).end('{}');
        return;
      }
      res.writeHead(nextBedrockReply.status, nextBedrockReply.headers).end(nextBedrockReply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  Object.assign(process.env, {
    AWS_REGION: 'ap-northeast-1',
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'test-secret-not-real',
    AWS_MAX_ATTEMPTS: '1',
    // Read when the handler first creates its client, i.e. after this.
    BEDROCK_ENDPOINT_URL: baseUrl,
  });
  logger.setLogLevel('SILENT');
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  bedrockCalls.length = 0;
  cfnResponses.length = 0;
  nextBedrockReply = ok;
  nextResponseStatus = 200;
});

/** As CloudFormation sends them: scalars of custom resource properties arrive as strings. */
const properties = {
  ServiceToken: 'arn:aws:lambda:ap-northeast-1:111111111111:function:PrivateAiJp-Audit-Handler',
  ServiceTimeout: '300',
  LoggingConfig: {
    textDataDeliveryEnabled: 'true',
    imageDataDeliveryEnabled: 'false',
    embeddingDataDeliveryEnabled: 'false',
    videoDataDeliveryEnabled: 'false',
    s3Config: { bucketName: 'privateaijp-audit-auditbucket-abc123', keyPrefix: 'bedrock-invocations' },
    cloudWatchConfig: {
      logGroupName: 'PrivateAiJp-Audit-InvocationLoggingLogs-xyz',
      roleArn: 'arn:aws:iam::111111111111:role/PrivateAiJp-Audit-DeliveryRole-xyz',
      largeDataDeliveryS3Config: { bucketName: 'privateaijp-audit-auditbucket-abc123', keyPrefix: 'bedrock-invocations/large-data' },
    },
  },
};

function event(requestType: 'Create' | 'Update' | 'Delete', overrides: Record<string, unknown> = {}): CloudFormationCustomResourceEvent {
  return {
    RequestType: requestType,
    ServiceToken: properties.ServiceToken,
    ResponseURL: `${baseUrl}/cfn-response/${requestType.toLowerCase()}?X-Amz-Signature=presigned`,
    StackId: 'arn:aws:cloudformation:ap-northeast-1:111111111111:stack/PrivateAiJp-Audit/guid',
    RequestId: `req-${requestType}`,
    LogicalResourceId: 'InvocationLogging8BB927FD',
    ResourceType: 'Custom::BedrockInvocationLogging',
    ResourceProperties: properties,
    ...(requestType === 'Create' ? {} : { PhysicalResourceId: 'bedrock-model-invocation-logging' }),
    ...(requestType === 'Update' ? { OldResourceProperties: properties } : {}),
    ...overrides,
  } as CloudFormationCustomResourceEvent;
}

const expectedLoggingConfig = {
  textDataDeliveryEnabled: true,
  imageDataDeliveryEnabled: false,
  embeddingDataDeliveryEnabled: false,
  videoDataDeliveryEnabled: false,
  s3Config: { bucketName: 'privateaijp-audit-auditbucket-abc123', keyPrefix: 'bedrock-invocations' },
  cloudWatchConfig: {
    logGroupName: 'PrivateAiJp-Audit-InvocationLoggingLogs-xyz',
    roleArn: 'arn:aws:iam::111111111111:role/PrivateAiJp-Audit-DeliveryRole-xyz',
    largeDataDeliveryS3Config: { bucketName: 'privateaijp-audit-auditbucket-abc123', keyPrefix: 'bedrock-invocations/large-data' },
  },
};

function onlyResponse(): Record<string, unknown> {
  expect(cfnResponses).toHaveLength(1);
  expect(cfnResponses[0].method).toBe('PUT');
  // The pre-signed URL is signed for an empty content type.
  expect(cfnResponses[0].headers['content-type']).toBe('');
  return JSON.parse(cfnResponses[0].body);
}

describe('invocation-logging custom resource handler', () => {
  test('Create puts the logging configuration with booleans restored, signed for bedrock in Tokyo', async () => {
    await handlerModule.handler(event('Create'));
    expect(bedrockCalls).toHaveLength(1);
    expect(bedrockCalls[0].method).toBe('PUT');
    expect(bedrockCalls[0].url).toBe('/logging/modelinvocations');
    expect(JSON.parse(bedrockCalls[0].body)).toEqual({ loggingConfig: expectedLoggingConfig });
    expect(bedrockCalls[0].headers.authorization).toMatch(/Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/ap-northeast-1\/bedrock\/aws4_request/);
    expect(onlyResponse()).toEqual({
      Status: 'SUCCESS',
      PhysicalResourceId: 'bedrock-model-invocation-logging',
      StackId: 'arn:aws:cloudformation:ap-northeast-1:111111111111:stack/PrivateAiJp-Audit/guid',
      RequestId: 'req-Create',
      LogicalResourceId: 'InvocationLogging8BB927FD',
    });
  });

  test('Update puts the new configuration (s3 only) and keeps the physical id', async () => {
    const s3Only = { ...properties, LoggingConfig: { ...properties.LoggingConfig, cloudWatchConfig: undefined } };
    delete (s3Only.LoggingConfig as Record<string, unknown>).cloudWatchConfig;
    await handlerModule.handler(event('Update', { ResourceProperties: s3Only }));
    expect(JSON.parse(bedrockCalls[0].body)).toEqual({
      loggingConfig: { ...expectedLoggingConfig, cloudWatchConfig: undefined },
    });
    expect(JSON.parse(bedrockCalls[0].body).loggingConfig).not.toHaveProperty('cloudWatchConfig');
    expect(onlyResponse()).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'bedrock-model-invocation-logging' });
  });

  test('Delete deletes the configuration with an empty body', async () => {
    await handlerModule.handler(event('Delete'));
    expect(bedrockCalls).toHaveLength(1);
    expect(bedrockCalls[0].method).toBe('DELETE');
    expect(bedrockCalls[0].url).toBe('/logging/modelinvocations');
    expect(bedrockCalls[0].body).toBe('');
    expect(onlyResponse()).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'bedrock-model-invocation-logging' });
  });

  test('Delete ignores invalid properties (a stack must always be deletable)', async () => {
    await handlerModule.handler(event('Delete', { ResourceProperties: { ServiceToken: 'x', LoggingConfig: { bogus: true } } }));
    expect(bedrockCalls.map((c) => c.method)).toEqual(['DELETE']);
    expect(onlyResponse()).toMatchObject({ Status: 'SUCCESS' });
  });

  test('a Bedrock 400 on Create fails with its error, and marks the resource as not created', async () => {
    nextBedrockReply = {
      status: 400,
      headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'ValidationException' },
      body: JSON.stringify({ message: 'Failed to validate permissions for log group' }),
    };
    await handlerModule.handler(event('Create'));
    expect(onlyResponse()).toMatchObject({
      Status: 'FAILED',
      Reason: 'ValidationException: Failed to validate permissions for log group',
      PhysicalResourceId: handlerModule.NOT_CREATED_ID,
    });
  });

  test('the rollback Delete of a failed Create leaves Bedrock alone', async () => {
    await handlerModule.handler(event('Delete', { PhysicalResourceId: handlerModule.NOT_CREATED_ID }));
    expect(bedrockCalls).toHaveLength(0);
    expect(onlyResponse()).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: handlerModule.NOT_CREATED_ID });
  });

  test('a Bedrock 500 on Update fails and keeps the existing physical id', async () => {
    nextBedrockReply = {
      status: 500,
      headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'InternalServerException' },
      body: JSON.stringify({ message: 'internal error' }),
    };
    await handlerModule.handler(event('Update'));
    expect(bedrockCalls).toHaveLength(1);
    expect(onlyResponse()).toMatchObject({
      Status: 'FAILED',
      Reason: 'InternalServerException: internal error',
      PhysicalResourceId: 'bedrock-model-invocation-logging',
    });
  });

  test('a Bedrock error on Delete fails the Delete', async () => {
    nextBedrockReply = {
      status: 403,
      headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'AccessDeniedException' },
      body: JSON.stringify({ message: 'not authorized' }),
    };
    await handlerModule.handler(event('Delete'));
    expect(onlyResponse()).toMatchObject({ Status: 'FAILED', Reason: 'AccessDeniedException: not authorized' });
  });

  test('invalid properties fail clearly, before any Bedrock call', async () => {
    const bad = {
      ...properties,
      LoggingConfig: { ...properties.LoggingConfig, textDataDeliveryEnabled: 'yes', s3Config: { bucketName: 'Bad_Bucket' } },
    };
    await handlerModule.handler(event('Create', { ResourceProperties: bad }));
    expect(bedrockCalls).toHaveLength(0);
    const response = onlyResponse();
    expect(response.Status).toBe('FAILED');
    expect(response.Reason).toMatch(/^InvalidPropertiesError: Invalid properties: /);
    expect(response.Reason).toMatch(/LoggingConfig\.s3Config\.bucketName: must be an S3 bucket name/);
    expect(response.Reason).toMatch(/LoggingConfig\.textDataDeliveryEnabled/);
  });

  test('a configuration without any destination is refused', () => {
    expect(() => handlerModule.parseLoggingConfig({
      LoggingConfig: { textDataDeliveryEnabled: true, imageDataDeliveryEnabled: false, embeddingDataDeliveryEnabled: false },
    })).toThrow(/LoggingConfig: needs s3Config or cloudWatchConfig/);
  });

  test('unknown LoggingConfig fields are refused (nothing is passed through unchecked)', () => {
    expect(() => handlerModule.parseLoggingConfig({
      LoggingConfig: { ...properties.LoggingConfig, audioDataDeliveryEnabled: 'true' },
    })).toThrow(/Unrecognized key.*audioDataDeliveryEnabled/);
  });

  test('a refused CloudFormation response makes the invocation fail (so Lambda retries it)', async () => {
    nextResponseStatus = 403;
    await expect(handlerModule.handler(event('Create'))).rejects.toThrow('CloudFormation response was refused with HTTP 403');
  });
});
