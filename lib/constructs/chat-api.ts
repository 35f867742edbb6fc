import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** Minimum TLS 1.2 (TLS 1.3 preferred) on the API's own endpoint and on the custom domain. */
export const API_SECURITY_POLICY = apigw.SecurityPolicy.TLS13_1_2_PQ_2025_09;
/** STRICT: requests must match the endpoint type and the SNI host name. */
export const API_ENDPOINT_ACCESS_MODE = 'STRICT';

/** Resource path of the chat route. */
export const CHAT_PATH = ['v1', 'chat'] as const;
/** Resource path of the streaming chat route (text/event-stream through API Gateway response streaming). */
export const CHAT_STREAM_PATH = ['v1', 'chat', 'stream'] as const;

/** Resource paths of the caller's profile and conversations. */
export const ME_PATH = ['v1', 'me'] as const;
export const CONVERSATIONS_PATH = ['v1', 'conversations'] as const;
/** Path parameter of `/v1/conversations/{conversationId}`. */
export const CONVERSATION_ID_PARAMETER = 'conversationId';

/** Conversation ids are UUIDs; the gateway checks the path parameter and the body field alike. */
export const CONVERSATION_ID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/**
 * Request body accepted on the chat routes: one user message, optional documents (name and
 * text), an optional model id and an optional conversation id. Earlier turns are never in the
 * body (the function reads them from its store), so there is no role field a client could set.
 * The function checks the finer rules (total length, blank text, model allow-list); the gateway
 * rejects the gross violations.
 */
export function chatRequestSchema(limits: { maxMessageChars: number; documents: { maxCount: number; maxChars: number } }): apigw.JsonSchema {
  return {
    schema: apigw.JsonSchemaVersion.DRAFT4,
    title: 'ChatRequest',
    type: apigw.JsonSchemaType.OBJECT,
    required: ['message'],
    additionalProperties: false,
    properties: {
      message: { type: apigw.JsonSchemaType.STRING, minLength: 1, maxLength: limits.maxMessageChars },
      documents: {
        type: apigw.JsonSchemaType.ARRAY,
        maxItems: limits.documents.maxCount,
        items: {
          type: apigw.JsonSchemaType.OBJECT,
          required: ['name', 'text'],
          additionalProperties: false,
          properties: {
            name: { type: apigw.JsonSchemaType.STRING, minLength: 1, maxLength: 200 },
            text: { type: apigw.JsonSchemaType.STRING, minLength: 1, maxLength: limits.documents.maxChars },
          },
        },
      },
      model: { type: apigw.JsonSchemaType.STRING, minLength: 1, maxLength: 256 },
      conversationId: { type: apigw.JsonSchemaType.STRING, pattern: CONVERSATION_ID_PATTERN },
    },
  };
}

/** Gateway responses: fixed, generic bodies so no error reveals internals or validation detail. */
const GATEWAY_RESPONSES: ReadonlyArray<{ type: apigw.ResponseType; id: string; status?: string; message: string }> = [
  { id: 'Unauthorized', type: apigw.ResponseType.UNAUTHORIZED, message: 'Unauthorized' },
  { id: 'AccessDenied', type: apigw.ResponseType.ACCESS_DENIED, message: 'Forbidden' },
  { id: 'WafFiltered', type: apigw.ResponseType.WAF_FILTERED, message: 'Forbidden' },
  { id: 'BadRequestBody', type: apigw.ResponseType.BAD_REQUEST_BODY, message: 'Invalid request body' },
  { id: 'BadRequestParameters', type: apigw.ResponseType.BAD_REQUEST_PARAMETERS, message: 'Invalid request' },
  { id: 'Throttled', type: apigw.ResponseType.THROTTLED, message: 'Too many requests' },
  { id: 'RequestTooLarge', type: apigw.ResponseType.REQUEST_TOO_LARGE, message: 'Request too large' },
  { id: 'Default4xx', type: apigw.ResponseType.DEFAULT_4XX, message: 'Request rejected' },
  { id: 'Default5xx', type: apigw.ResponseType.DEFAULT_5XX, message: 'Service unavailable' },
];

export interface ChatApiCustomDomain {
  readonly domainName: string;
  /** ACM certificate in the API's region (Tokyo). */
  readonly certificateArn: string;
}

export interface ChatApiProps {
  /** `regional` (public, behind WAF) or `private` (only through `vpcEndpoint`). */
  readonly endpointType: 'regional' | 'private';
  /** The `execute-api` interface endpoint; required for a private API. */
  readonly vpcEndpoint?: ec2.IInterfaceVpcEndpoint;
  readonly stageName: string;
  /** Users of this pool may call the API (Cognito authorizer on every method). */
  readonly userPool: cognito.IUserPool;
  /** The function behind POST /v1/chat. */
  readonly chatFunction: lambda.IFunction;
  /**
   * The streaming handler behind POST /v1/chat/stream (same body, authorizer, validator and
   * throttling as POST /v1/chat; the integration streams the response).
   * @default - no streaming route
   */
  readonly chatStreamFunction?: lambda.IFunction;
  /**
   * The function behind GET /v1/me, GET /v1/conversations and GET/DELETE
   * /v1/conversations/{conversationId} (same authorizer as the chat routes).
   * @default - no profile or conversation routes
   */
  readonly conversationsFunction?: lambda.IFunction;
  /** JSON schema of the POST /v1/chat body. */
  readonly chatRequestSchema: apigw.JsonSchema;
  /** Requests per second and burst for POST /v1/chat; also the stage default. */
  readonly chatRateLimit: number;
  readonly chatBurstLimit: number;
  /** Browser origins allowed by CORS. @default none (no CORS) */
  readonly corsOrigins?: readonly string[];
  readonly logsKey: kms.IKey;
  readonly logRetentionDays: number;
  /** Keep the access-log group (and the account's API Gateway logging role) on deletion. @default true */
  readonly retain?: boolean;
  /** @default - the execute-api endpoint only */
  readonly customDomain?: ChatApiCustomDomain;
}

/**
 * The REST API in front of the chat function: Cognito authorizer on every method, request
 * validation against a JSON schema, JSON access logs to a KMS-encrypted log group, per-method
 * throttling, X-Ray, TLS 1.2 minimum, generic gateway responses, CORS limited to configured
 * origins, and REGIONAL or PRIVATE (aws:SourceVpce-restricted) endpoints.
 */
export class ChatApi extends Construct {
  public readonly api: apigw.RestApi;
  public readonly accessLogGroup: logs.LogGroup;
  public readonly authorizer: apigw.CognitoUserPoolsAuthorizer;
  public readonly chatMethod: apigw.Method;
  public readonly chatStreamMethod?: apigw.Method;
  /** GET /v1/me, GET /v1/conversations, GET and DELETE /v1/conversations/{conversationId}. */
  public readonly conversationMethods: apigw.Method[] = [];
  public readonly domain?: apigw.DomainName;

  constructor(scope: Construct, id: string, props: ChatApiProps) {
    super(scope, id);
    if (props.endpointType === 'private' && !props.vpcEndpoint) {
      throw new Error(`ChatApi ${this.node.path}: a private API needs the execute-api vpcEndpoint`);
    }
    if (props.endpointType === 'private' && props.customDomain) {
      throw new Error(`ChatApi ${this.node.path}: a custom domain is supported for the regional API only`);
    }
    const corsOrigins = props.corsOrigins ?? [];
    const removalPolicy = props.retain === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    this.accessLogGroup = new logs.LogGroup(this, 'AccessLogs', {
      encryptionKey: props.logsKey,
      retention: props.logRetentionDays as logs.RetentionDays,
      removalPolicy,
    });

    const isPrivate = props.endpointType === 'private';
    this.api = new apigw.RestApi(this, 'Api', {
      description: 'private-ai-jp chat API',
      // Guaranteed settings last.
      endpointConfiguration: isPrivate
        ? { types: [apigw.EndpointType.PRIVATE], vpcEndpoints: [props.vpcEndpoint!] }
        : { types: [apigw.EndpointType.REGIONAL] },
      policy: isPrivate ? onlyThroughEndpoint(props.vpcEndpoint!) : undefined,
      disableExecuteApiEndpoint: props.customDomain !== undefined,
      deployOptions: {
        stageName: props.stageName,
        accessLogDestination: new apigw.LogGroupLogDestination(this.accessLogGroup),
        accessLogFormat: accessLogFormat(),
        tracingEnabled: true,
        metricsEnabled: true,
        // Execution logs at ERROR only, and never request/response bodies (prompts, answers).
        loggingLevel: apigw.MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        throttlingRateLimit: props.chatRateLimit,
        throttlingBurstLimit: props.chatBurstLimit,
        methodOptions: {
          [`/${CHAT_PATH.join('/')}/POST`]: {
            throttlingRateLimit: props.chatRateLimit,
            throttlingBurstLimit: props.chatBurstLimit,
          },
          ...(props.chatStreamFunction
            ? { [`/${CHAT_STREAM_PATH.join('/')}/POST`]: { throttlingRateLimit: props.chatRateLimit, throttlingBurstLimit: props.chatBurstLimit } }
            : {}),
        },
        cachingEnabled: false,
      },
      // The account-level role API Gateway uses to write logs; kept so other APIs keep logging.
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      retainDeployments: false,
    });
    const cfnApi = this.api.node.defaultChild as apigw.CfnRestApi;
    cfnApi.securityPolicy = API_SECURITY_POLICY;
    cfnApi.endpointAccessMode = API_ENDPOINT_ACCESS_MODE;

    this.authorizer = new apigw.CognitoUserPoolsAuthorizer(this, 'Authorizer', {
      cognitoUserPools: [props.userPool],
      identitySource: apigw.IdentitySource.header('Authorization'),
      resultsCacheTtl: Duration.minutes(5),
    });

    const validator = this.api.addRequestValidator('ValidateBody', {
      validateRequestBody: true,
      validateRequestParameters: true,
    });
    const model = this.api.addModel('ChatRequest', {
      contentType: 'application/json',
      modelName: 'ChatRequest',
      schema: props.chatRequestSchema,
    });

    const chat = this.api.root.resourceForPath(CHAT_PATH.join('/'));
    addPreflight(chat, ['POST'], corsOrigins);
    const chatMethodOptions: apigw.MethodOptions = {
      authorizer: this.authorizer,
      authorizationType: apigw.AuthorizationType.COGNITO,
      requestValidator: validator,
      // `$default` applies the same schema to any other content type, so a body cannot skip
      // validation by declaring text/plain.
      requestModels: { 'application/json': model, $default: model },
      requestParameters: { 'method.request.header.Authorization': true },
    };
    this.chatMethod = chat.addMethod('POST', new apigw.LambdaIntegration(props.chatFunction, { proxy: true, allowTestInvoke: false }), chatMethodOptions);

    if (props.chatStreamFunction) {
      const stream = this.api.root.resourceForPath(CHAT_STREAM_PATH.join('/'));
      addPreflight(stream, ['POST'], corsOrigins);
      // STREAM: the integration calls the function through `response-streaming-invocations`
      // and API Gateway sends each chunk on as the function writes it (REST response streaming).
      const integration = new apigw.LambdaIntegration(props.chatStreamFunction, {
        proxy: true,
        allowTestInvoke: false,
        responseTransferMode: apigw.ResponseTransferMode.STREAM,
      });
      this.chatStreamMethod = stream.addMethod('POST', integration, chatMethodOptions);
    }

    if (props.conversationsFunction) this.addConversationRoutes(props.conversationsFunction, validator, corsOrigins);

    this.addGatewayResponses(corsOrigins);
    this.acknowledgeFindings();

    if (props.customDomain) {
      this.domain = new apigw.DomainName(this, 'Domain', {
        domainName: props.customDomain.domainName,
        certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', props.customDomain.certificateArn),
        endpointType: apigw.EndpointType.REGIONAL,
        securityPolicy: API_SECURITY_POLICY,
        endpointAccessMode: apigw.EndpointAccessMode.STRICT,
        mapping: this.api,
      });
    }
  }

  /**
   * The caller's profile and conversations, all on one function. Every method: the Cognito
   * authorizer, the Authorization header required, and the path parameter required where there
   * is one; the function checks its format and the query parameters.
   */
  private addConversationRoutes(fn: lambda.IFunction, validator: apigw.IRequestValidator, corsOrigins: readonly string[]): void {
    const integration = new apigw.LambdaIntegration(fn, { proxy: true, allowTestInvoke: false });
    const options = (parameters: Record<string, boolean>): apigw.MethodOptions => ({
      authorizer: this.authorizer,
      authorizationType: apigw.AuthorizationType.COGNITO,
      requestValidator: validator,
      requestParameters: { 'method.request.header.Authorization': true, ...parameters },
    });
    const me = this.api.root.resourceForPath(ME_PATH.join('/'));
    const list = this.api.root.resourceForPath(CONVERSATIONS_PATH.join('/'));
    const one = list.addResource(`{${CONVERSATION_ID_PARAMETER}}`);
    addPreflight(me, ['GET'], corsOrigins);
    addPreflight(list, ['GET'], corsOrigins);
    addPreflight(one, ['GET', 'DELETE'], corsOrigins);
    const pathParameter = { [`method.request.path.${CONVERSATION_ID_PARAMETER}`]: true };
    this.conversationMethods.push(
      me.addMethod('GET', integration, options({})),
      list.addMethod('GET', integration, options({ 'method.request.querystring.limit': false, 'method.request.querystring.cursor': false })),
      one.addMethod('GET', integration, options(pathParameter)),
      one.addMethod('DELETE', integration, options(pathParameter)),
    );
  }

  /** ARN of the deployed stage, for the WAF association. */
  public get stageArn(): string {
    return this.api.deploymentStage.stageArn;
  }

  private addGatewayResponses(corsOrigins: readonly string[]): void {
    const headers: Record<string, string> = {
      'X-Content-Type-Options': "'nosniff'",
      'Strict-Transport-Security': "'max-age=31536000; includeSubDomains'",
      'Cache-Control': "'no-store'",
    };
    // A static header can name only one origin; with several, browsers see the status without a body.
    if (corsOrigins.length === 1) headers['Access-Control-Allow-Origin'] = `'${corsOrigins[0]}'`;
    for (const r of GATEWAY_RESPONSES) {
      this.api.addGatewayResponse(r.id, {
        type: r.type,
        responseHeaders: headers,
        templates: { 'application/json': JSON.stringify({ message: r.message, requestId: '$context.requestId' }) },
      });
    }
  }

  private acknowledgeFindings(): void {
    const cloudWatchRole = this.api.node.tryFindChild('CloudWatchRole')?.node.defaultChild;
    if (cloudWatchRole) {
      Validations.of(cloudWatchRole).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
        reason: "The account-level role API Gateway needs to write access and execution logs; AWS documents this managed policy for it and it is assumable only by apigateway.amazonaws.com.",
      });
    }
    const stage = this.api.deploymentStage.node.defaultChild!;
    Validations.of(stage).acknowledge(
      {
        id: 'NIST.800.53.R5-APIGWCacheEnabledAndEncrypted',
        reason: 'Caching is off on purpose: responses are per-user model answers that must not be stored or served to anyone else.',
      },
      {
        id: 'NIST.800.53.R5-APIGWSSLEnabled',
        reason: 'The only integration is a Lambda proxy (AWS service call signed with SigV4); backend client certificates apply to HTTP integrations.',
      },
    );
  }
}

/** Resource policy of a private API: invocations only through the given VPC endpoint. */
/**
 * A CORS preflight on one resource, only with configured origins (a browser calls it without a
 * token, so no other resource gets an unauthenticated method).
 */
function addPreflight(resource: apigw.IResource, methods: readonly string[], corsOrigins: readonly string[]): void {
  if (corsOrigins.length === 0) return;
  resource.addCorsPreflight({
    allowOrigins: [...corsOrigins],
    allowMethods: [...methods, 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type'],
    allowCredentials: false,
    maxAge: Duration.hours(1),
  });
}

function onlyThroughEndpoint(endpoint: ec2.IInterfaceVpcEndpoint): iam.PolicyDocument {
  return new iam.PolicyDocument({
    statements: [
      new iam.PolicyStatement({
        sid: 'DenyOutsideTheVpcEndpoint',
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['execute-api:Invoke'],
        resources: ['execute-api:/*'],
        conditions: { StringNotEquals: { 'aws:SourceVpce': endpoint.vpcEndpointId } },
      }),
      new iam.PolicyStatement({
        sid: 'AllowThroughTheVpcEndpoint',
        effect: iam.Effect.ALLOW,
        principals: [new iam.AnyPrincipal()],
        actions: ['execute-api:Invoke'],
        resources: ['execute-api:/*'],
      }),
    ],
  });
}

/** JSON access log: who (token subject, never the token), what, outcome, latency and TLS. */
function accessLogFormat(): apigw.AccessLogFormat {
  const f = apigw.AccessLogField;
  return apigw.AccessLogFormat.custom(
    JSON.stringify({
      requestId: f.contextRequestId(),
      extendedRequestId: f.contextExtendedRequestId(),
      requestTime: f.contextRequestTime(),
      sourceIp: f.contextIdentitySourceIp(),
      userAgent: f.contextIdentityUserAgent(),
      sub: f.contextAuthorizerClaims('sub'),
      httpMethod: f.contextHttpMethod(),
      resourcePath: f.contextResourcePath(),
      protocol: f.contextProtocol(),
      status: f.contextStatus(),
      responseLength: f.contextResponseLength(),
      responseLatency: f.contextResponseLatency(),
      integrationLatency: f.contextIntegrationLatency(),
      errorType: f.contextErrorResponseType(),
      wafStatus: f.contextWafStatus(),
      tlsVersion: '$context.tlsVersion',
      xrayTraceId: f.contextXrayTraceId(),
    }),
  );
}
