import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { type ChatSettings, conversationsSettingsOf } from '../../contracts';
import { parseConfig } from '../../lib/config';
import { createBedrockClient } from '../../lambda/shared/bedrock-client';
import { ConversationStore } from '../../lambda/shared/conversation-store';
import { chatSettingsFor } from '../../lib/constructs/guarded-chat';
import { WEB_FILES, type WebClientRuntimeConfig, bundleWebClient, indexHtml, securityHeaders } from '../../lib/constructs/web-client';
import { LocalBedrockServer } from '../support/bedrock-server';
import { installLambdaStreaming } from '../support/lambda-streaming';
import { DUMMY_CREDENTIALS, LocalDynamo } from '../support/dynalite';
import { LOCAL_MODEL_ID, localConverse, localConverseStream } from './local-model';
import { LocalOAuth } from './local-oauth';

/**
 * The local trial: the web client and the kit's real chat handler(s) on 127.0.0.1, behind a
 * local OAuth2/PKCE stand-in for Cognito, with the local Bedrock-compatible server as the
 * model and dynalite as the conversation table. The API side does what API Gateway does for
 * the deployed kit: it serves the same files with the same security headers, verifies the ID
 * token (the Cognito authorizer), and hands the handler an API Gateway proxy event.
 */
export interface DevStackOptions {
  /** @default 0 (random) */
  readonly port?: number;
  /** @default 0 (random) */
  readonly oauthPort?: number;
  /** Token lifetime in seconds. @default 900 */
  readonly tokenSeconds?: number;
  /** Keep the handlers' JSON log lines off the console. @default false */
  readonly quiet?: boolean;
}

export interface DevStack {
  readonly url: string;
  readonly oauth: LocalOAuth;
  readonly bedrock: LocalBedrockServer;
  /** Every API request the stack served: method, path, status. */
  readonly apiLog: { method: string; path: string; status: number }[];
  stop(): Promise<void>;
}

export const DEV_CLIENT_ID = 'local-web-client';
const TABLE = 'dev-conversations';

type ProxyHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;
type StreamHandler = (event: APIGatewayProxyEvent, stream: Writable, context: Context) => Promise<void>;

/**
 * The Lambda runtime's response stream, as API Gateway's streaming integration delivers it to
 * the browser: `HttpResponseStream.from` sets the status and headers, body bytes follow as
 * written, and the browser going away destroys the stream (the handler aborts Bedrock).
 */
class HttpResponseStreamAdapter extends Writable {
  constructor(readonly res: http.ServerResponse) {
    super();
    res.on('close', () => {
      if (!this.writableFinished) this.destroy();
    });
  }

  setContentType(): void {
    // The prelude's content type is API Gateway's business; the HTTP response gets the handler's headers.
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (!this.res.headersSent) this.res.writeHead(200);
    this.res.write(chunk, () => callback());
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.res.end(() => callback());
  }
}

const DEV_STREAMING = {
  streamifyResponse: (handler: unknown) => handler,
  HttpResponseStream: {
    from(stream: Writable, metadata: { statusCode: number; headers?: Record<string, string> }) {
      (stream as HttpResponseStreamAdapter).res.writeHead(metadata.statusCode, metadata.headers ?? {});
      return stream;
    },
  },
};

/** The chat function's settings exactly as a deployment of the default config writes them, with the local model and table. */
function devSettings(): ChatSettings {
  return { ...chatSettingsFor(parseConfig({}), { tableName: TABLE }), allowedModels: [LOCAL_MODEL_ID] };
}

/** What the Cognito authorizer hands a Lambda proxy integration: every claim as a string. */
function authorizerClaims(claims: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]));
}

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  /** API Gateway resource path, for the event. */
  readonly resource: string;
  readonly params?: readonly string[];
  readonly handler: () => ProxyHandler | undefined;
  readonly stream?: () => StreamHandler | undefined;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Load a handler module's factory when that module exists in this checkout. */
function optionalModule(file: string): Record<string, any> | undefined {
  const full = path.join(__dirname, '..', '..', 'lambda', 'handlers', file);
  if (!fs.existsSync(`${full}.ts`)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(full) as Record<string, any>;
}

export async function startDevStack(options: DevStackOptions = {}): Promise<DevStack> {
  const dynamo = await new LocalDynamo().start();
  await dynamo.createConversationTable(TABLE);
  const bedrock = await new LocalBedrockServer().start();
  bedrock.fallback = localConverse;
  bedrock.streamFallback = localConverseStream;

  const settings = devSettings();
  // The handler modules read these at load, as in Lambda.
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: DUMMY_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: DUMMY_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'ap-northeast-1',
    CHAT_CONFIG: JSON.stringify(settings),
    CONVERSATIONS_CONFIG: JSON.stringify(conversationsSettingsOf(settings)),
    POWERTOOLS_SERVICE_NAME: 'private-ai-jp-dev',
    ...(options.quiet ? { POWERTOOLS_LOG_LEVEL: 'SILENT' } : {}),
  });
  const deps = {
    settings,
    bedrock: createBedrockClient({ ...settings.bedrock, endpoint: bedrock.endpoint }),
    store: new ConversationStore(TABLE, settings.conversations.ttlDays, dynamo.client()),
  };
  const chat = optionalModule('chat')!;
  const chatHandler = chat.createChatHandler(deps) as ProxyHandler;
  // The streaming module calls the runtime global when it loads, as in Lambda.
  installLambdaStreaming();
  const chatStream = optionalModule('chat-stream');
  const streamHandler = chatStream?.createChatStreamHandler({ ...deps, runtime: DEV_STREAMING }) as StreamHandler | undefined;

  const conversations = optionalModule('conversations');
  const conversationsHandler = conversations?.createConversationsHandler({ settings: conversationsSettingsOf(settings), store: deps.store }) as ProxyHandler | undefined;

  const routes: Route[] = [
    { method: 'POST', pattern: /^\/v1\/chat$/, resource: '/v1/chat', handler: () => chatHandler },
    { method: 'POST', pattern: /^\/v1\/chat\/stream$/, resource: '/v1/chat/stream', handler: () => undefined, stream: () => streamHandler },
    { method: 'GET', pattern: /^\/v1\/me$/, resource: '/v1/me', handler: () => conversationsHandler },
    { method: 'GET', pattern: /^\/v1\/conversations$/, resource: '/v1/conversations', handler: () => conversationsHandler },
    ...['GET', 'DELETE'].map((method) => ({
      method,
      pattern: /^\/v1\/conversations\/([^/]+)$/,
      resource: '/v1/conversations/{conversationId}',
      params: ['conversationId'],
      handler: () => conversationsHandler,
    })),
  ];

  const { js, css } = bundleWebClient();
  let oauth: LocalOAuth | undefined;
  const apiLog: DevStack['apiLog'] = [];

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const headers = securityHeaders(oauth!.origin);
      const file = req.method === 'GET' ? WEB_FILES.find((f) => `/${f.route}` === url.pathname) : undefined;
      if (file) {
        const runtime: WebClientRuntimeConfig & { environmentLabel: { ja: string; en: string } } = {
          signInUrl: oauth!.origin,
          clientId: DEV_CLIENT_ID,
          basePath: '/',
          scopes: ['openid', 'email', 'profile'],
          allowedLinkHosts: settings.allowedLinkHosts,
          environmentLabel: { ja: 'ローカル試用環境（模擬モデル・模擬サインイン）', en: 'Local trial (stand-in model and sign-in)' },
        };
        const body = { 'index.html': indexHtml('/'), 'app/main.js': js, 'app/style.css': css, 'app/config.json': JSON.stringify(runtime) }[file.key];
        res.writeHead(200, { ...headers, 'Content-Type': file.contentType });
        res.end(body);
        return;
      }
      const route = routes.find((r) => r.method === req.method && r.pattern.test(url.pathname));
      const handler = route?.handler();
      const stream = route?.stream?.();
      const reply = (status: number, body: string, extra: Record<string, string> = {}) => {
        apiLog.push({ method: req.method ?? '', path: url.pathname, status });
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra });
        res.end(body);
      };
      if (!route || (!handler && !stream)) return reply(404, JSON.stringify({ message: 'Not found' }));
      const claims = oauth!.verify(req.headers.authorization);
      if (!claims) return reply(401, JSON.stringify({ message: 'Unauthorized' }));
      const match = route.pattern.exec(url.pathname)!;
      const pathParameters = route.params ? Object.fromEntries(route.params.map((p, i) => [p, decodeURIComponent(match[i + 1])])) : null;
      const requestId = randomUUID();
      const event = {
        body: req.method === 'GET' || req.method === 'DELETE' ? null : await readBody(req),
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')])),
        multiValueHeaders: {},
        httpMethod: req.method ?? 'GET',
        isBase64Encoded: false,
        path: url.pathname,
        pathParameters,
        queryStringParameters: url.searchParams.size ? Object.fromEntries(url.searchParams) : null,
        multiValueQueryStringParameters: null,
        stageVariables: null,
        resource: route.resource,
        requestContext: {
          requestId,
          resourcePath: route.resource,
          httpMethod: req.method,
          stage: 'dev',
          identity: { sourceIp: '127.0.0.1' },
          authorizer: { claims: authorizerClaims(claims) },
        },
      } as unknown as APIGatewayProxyEvent;
      const deadline = Date.now() + 29_000;
      const context = { awsRequestId: requestId, functionName: 'dev', getRemainingTimeInMillis: () => deadline - Date.now() } as unknown as Context;
      if (stream) {
        const adapter = new HttpResponseStreamAdapter(res);
        await stream(event, adapter, context);
        apiLog.push({ method: req.method ?? '', path: url.pathname, status: res.statusCode });
        return;
      }
      const result = await handler!(event, context);
      const extra = Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k, String(v)]));
      reply(result.statusCode, result.body, extra);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ message: 'Service unavailable' }));
    });
  });
  let url: string;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', resolve);
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    oauth = await new LocalOAuth({
      clientId: DEV_CLIENT_ID,
      redirectUris: [url],
      clientOrigin: new URL(url).origin,
      tokenSeconds: options.tokenSeconds,
      port: options.oauthPort,
    }).start();
  } catch (e) {
    // A port already taken: leave nothing running, and let the caller say so.
    if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    await bedrock.stop();
    await dynamo.stop();
    throw e;
  }

  return {
    url,
    oauth,
    bedrock,
    apiLog,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await oauth!.stop();
      await bedrock.stop();
      await dynamo.stop();
    },
  };
}
