import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import * as handlerModule from '../../lambda/handlers/invocation-logging';
import { logger } from '../../lambda/shared/logger';

/**
 * The custom resource handler against a local server that speaks the Bedrock control-plane REST
 * API (GET/PUT/DELETE /logging/modelinvocations, keeping the account's one configuration as
 * Bedrock does) and stands in for CloudFormation's pre-signed response URL. The real
 * BedrockClient is used, pointed at the server by BEDROCK_ENDPOINT_URL.
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
let nextBedrockReply: Reply | undefined;
let nextResponseStatus: number;
/** The account's configuration as the server holds it (undefined: none). */
let stored: Record<string, unknown> | undefined;

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
      if (recorded.url !== '/logging/modelinvocations' || !['GET', 'PUT', 'DELETE'].includes(recorded.method)) {
        res.writeHead(404, { 'x-amzn-errortype': 'UnknownOperationException' }).end('{}');
        return;
      }
      // An injected error answers the first mutating call (reads still see the stored state).
      if (nextBedrockReply && recorded.method !== 'GET') {
        const reply = nextBedrockReply;
        nextBedrockReply = undefined;
        res.writeHead(reply.status, reply.headers).end(reply.body);
        return;
      }
      if (recorded.method === 'PUT') stored = JSON.parse(recorded.body).loggingConfig;
      if (recorded.method === 'DELETE') stored = undefined;
      const body = recorded.method === 'GET' ? JSON.stringify(stored ? { loggingConfig: stored } : {}) : '{}';
      res.writeHead(ok.status, ok.headers).end(body);
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
  nextBedrockReply = undefined;
  nextResponseStatus = 200;
  stored = undefined;
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
  test('Create reads the configuration in place, then puts the logging configuration with booleans restored, signed for bedrock in Tokyo', async () => {
    await handlerModule.handler(event('Create'));
    expect(bedrockCalls.map((c) => c.method)).toEqual(['GET', 'PUT']);
    expect(bedrockCalls[1].url).toBe('/logging/modelinvocations');
    expect(JSON.parse(bedrockCalls[1].body)).toEqual({ loggingConfig: expectedLoggingConfig });
    expect(stored).toEqual(expectedLoggingConfig);
    expect(bedrockCalls[1].headers.authorization).toMatch(/Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/ap-northeast-1\/bedrock\/aws4_request/);
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

  test('Delete deletes the kit\'s configuration with an empty body', async () => {
    stored = expectedLoggingConfig;
    await handlerModule.handler(event('Delete'));
    expect(bedrockCalls.map((c) => c.method)).toEqual(['GET', 'DELETE']);
    expect(bedrockCalls[1].url).toBe('/logging/modelinvocations');
    expect(bedrockCalls[1].body).toBe('');
    expect(stored).toBeUndefined();
    expect(onlyResponse()).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'bedrock-model-invocation-logging' });
  });

  test('Delete ignores invalid properties (a stack must always be deletable)', async () => {
    stored = expectedLoggingConfig;
    await handlerModule.handler(event('Delete', { ResourceProperties: { ServiceToken: 'x', LoggingConfig: { bogus: true } } }));
    expect(bedrockCalls.map((c) => c.method)).toEqual(['GET', 'DELETE']);
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
    stored = expectedLoggingConfig;
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

describe('invocation-logging: another workload\'s configuration', () => {
  const theirs = {
    textDataDeliveryEnabled: true,
    imageDataDeliveryEnabled: true,
    embeddingDataDeliveryEnabled: true,
    s3Config: { bucketName: 'other-team-bedrock-logs', keyPrefix: 'logs' },
    cloudWatchConfig: { logGroupName: 'other-team/bedrock', roleArn: 'arn:aws:iam::111111111111:role/OtherTeamBedrockLogging' },
  };
  const replacing = { ...properties, ReplaceExisting: 'true' };

  test('Create fails with a clear message and changes nothing when another configuration exists', async () => {
    stored = theirs;
    await handlerModule.handler(event('Create'));
    expect(bedrockCalls.map((c) => c.method)).toEqual(['GET']);
    expect(stored).toEqual(theirs);
    const response = onlyResponse();
    expect(response).toMatchObject({ Status: 'FAILED', PhysicalResourceId: handlerModule.NOT_CREATED_ID });
    expect(response.Reason).toBe(
      'ExistingConfigurationError: Bedrock model invocation logging is already configured in this account and region ' +
        '(S3 bucket other-team-bedrock-logs and log group other-team/bedrock); there is one configuration per account and region, ' +
        'so the kit would replace it for every workload. Set audit.invocationLogging.replaceExisting to true to replace it ' +
        '(it is put back when the stack is deleted), or remove it first',
    );
  });

  test('with ReplaceExisting, Create replaces it and keeps it; an Update keeps it; Delete puts it back', async () => {
    stored = theirs;
    await handlerModule.handler(event('Create', { ResourceProperties: replacing }));
    expect(stored).toEqual(expectedLoggingConfig);
    const created = onlyResponse();
    expect(created.Status).toBe('SUCCESS');
    const physicalId = created.PhysicalResourceId as string;
    expect(physicalId.startsWith(handlerModule.RESTORE_ID_PREFIX)).toBe(true);
    expect(physicalId.length).toBeLessThanOrEqual(1024);
    expect(handlerModule.previousFromId(physicalId)).toEqual(theirs);

    cfnResponses.length = 0;
    await handlerModule.handler(event('Update', { ResourceProperties: replacing, PhysicalResourceId: physicalId }));
    expect(onlyResponse()).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: physicalId });

    cfnResponses.length = 0;
    bedrockCalls.length = 0;
    await handlerModule.handler(event('Delete', { ResourceProperties: replacing, PhysicalResourceId: physicalId }));
    expect(bedrockCalls.map((c) => c.method)).toEqual(['GET', 'PUT']);
    expect(stored).toEqual(theirs);
    expect(onlyResponse()).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: physicalId });
  });

  test('Delete leaves a configuration someone put after the kit alone', async () => {
    stored = theirs;
    await handlerModule.handler(event('Delete'));
    expect(bedrockCalls.map((c) => c.method)).toEqual(['GET']);
    expect(stored).toEqual(theirs);
    expect(onlyResponse()).toMatchObject({ Status: 'SUCCESS' });
  });

  test('the kit\'s own configuration in place (an earlier attempt) is not another workload\'s', async () => {
    stored = expectedLoggingConfig;
    await handlerModule.handler(event('Create'));
    expect(onlyResponse()).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: handlerModule.PHYSICAL_RESOURCE_ID });
  });

  test('a configuration too large to keep in the physical id fails Create before anything is put', async () => {
    const huge = { ...theirs, s3Config: { bucketName: 'other-team-bedrock-logs', keyPrefix: Array.from({ length: 1000 }, (_, i) => (i * 7919).toString(36)).join('/') } };
    stored = huge;
    await handlerModule.handler(event('Create', { ResourceProperties: replacing }));
    expect(bedrockCalls.map((c) => c.method)).toEqual(['GET']);
    expect(onlyResponse().Reason).toMatch(/^ExistingConfigurationError: the invocation logging configuration in place \(S3 bucket other-team-bedrock-logs and log group other-team\/bedrock\) is too large to keep/);
    expect(stored).toEqual(huge);
  });
});
