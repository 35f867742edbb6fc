import type * as http from 'node:http';
import { LocalHttpServer } from './local-http-server';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { detectEntities, type Finding } from '../../lambda/guard';
import type { ChatSettings } from '../../lambda/shared/chat-settings';
import { DUMMY_CREDENTIALS } from './dynalite';

/** Identifiers with valid check digits, as a caller might paste them. */
export const SAMPLE = {
  myNumber: '123456789018',
  card: '4111 1111 1111 1111',
  email: 'taro.yamada@example.co.jp',
  phone: '090-1234-5678',
} as const;

/** A prompt holding every sample identifier. */
export const PROMPT_WITH_IDENTIFIERS =
  `マイナンバーは${SAMPLE.myNumber}、カードは${SAMPLE.card}、メールは${SAMPLE.email}、電話は${SAMPLE.phone}です。手続きを教えてください。`;

/** Every way a sample identifier could leak: as written and with separators removed. */
export const LEAK_FORMS = Object.values(SAMPLE).flatMap((v) => [v, v.replace(/[\s-]/g, '')]);

export const USER_A = 'a1111111-1111-4111-8111-111111111111';
export const USER_B = 'b2222222-2222-4222-8222-222222222222';
export const MODELS = ['jp.anthropic.claude-haiku-4-5-20251001-v1:0', 'jp.amazon.nova-2-lite-v1:0'];

export function testSettings(overrides: Partial<ChatSettings> = {}): ChatSettings {
  return {
    allowedModels: MODELS,
    allowedGroups: ['*'],
    limits: {
      maxMessages: 10,
      maxMessageChars: 2_000,
      maxTotalChars: 3_000,
      historyTurns: 5,
      documents: { maxCount: 3, maxChars: 1_500, maxTotalChars: 2_000 },
    },
    corsOrigins: [],
    allowedLinkHosts: [],
    inference: { maxTokens: 512, temperature: 0.2 },
    systemPrompt: 'You are the company assistant. Keep placeholders such as [EMAIL_1] exactly as written.',
    bedrock: { connectionTimeoutMs: 1_000, requestTimeoutMs: 5_000, maxAttempts: 3, retryBaseDelayMs: 10 },
    guardBudgetMs: 2_000,
    guard: { defaultPolicy: {}, groups: {} },
    conversations: { tableName: 'conversations', ttlDays: 30 },
    ...overrides,
  };
}

export interface Claims {
  sub?: string;
  'cognito:groups'?: string | string[];
  'custom:department'?: string;
}

let counter = 0;

/** An API Gateway proxy event as the Cognito authorizer delivers it. */
export function chatEvent(
  body: unknown,
  claims: Claims | null = { sub: USER_A, 'cognito:groups': 'staff', 'custom:department': 'sales' },
  extra: Partial<APIGatewayProxyEvent> = {},
): APIGatewayProxyEvent {
  counter += 1;
  return {
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    multiValueHeaders: {},
    httpMethod: 'POST',
    isBase64Encoded: false,
    path: '/v1/chat',
    pathParameters: null,
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    stageVariables: null,
    resource: '/v1/chat',
    requestContext: {
      requestId: `req-${counter}`,
      ...(claims ? { authorizer: { claims } } : {}),
    } as unknown as APIGatewayProxyEvent['requestContext'],
    ...extra,
  };
}

export function lambdaContext(remainingMs = 30_000): Context {
  return {
    awsRequestId: `lambda-${counter}`,
    functionName: 'chat',
    getRemainingTimeInMillis: () => remainingMs,
  } as unknown as Context;
}

/** A chat body carrying one user message (and, optionally, documents). */
export const userMessage = (message: string, documents?: { name: string; text: string }[]) => ({ message, ...(documents ? { documents } : {}) });

export function bodyOf(result: APIGatewayProxyResult): Record<string, any> {
  return JSON.parse(result.body);
}

/**
 * Everything written to stdout/stderr while active (the Powertools logger writes JSON lines to
 * stdout). Output is kept, not printed, so the test can scan it.
 */
export class OutputCapture {
  readonly lines: string[] = [];
  private restore: (() => void) | undefined;

  start(): this {
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    const keep = (chunk: unknown): boolean => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
      this.lines.push(...text.split('\n').filter((l) => l.trim().length > 0));
      return true;
    };
    process.stdout.write = keep as typeof process.stdout.write;
    process.stderr.write = keep as typeof process.stderr.write;
    this.restore = () => {
      process.stdout.write = out;
      process.stderr.write = err;
    };
    return this;
  }

  stop(): void {
    this.restore?.();
    this.restore = undefined;
  }

  /** Parsed JSON log records (non-JSON lines are skipped). */
  records(): Record<string, any>[] {
    return this.lines.flatMap((l) => {
      try {
        return [JSON.parse(l)];
      } catch {
        return [];
      }
    });
  }

  auditEvents(): Record<string, any>[] {
    return this.records().filter((r) => r.message === 'chat.audit');
  }

  /** The audit events written while `run` ran. */
  async auditEventsDuring(run: () => Promise<unknown>): Promise<Record<string, any>[]> {
    const before = this.auditEvents().length;
    await run();
    return this.auditEvents().slice(before);
  }

  /** The one audit event `run` wrote; fails the test unless there is exactly one. */
  async auditEventOf(run: () => Promise<unknown>): Promise<Record<string, any>> {
    const events = await this.auditEventsDuring(run);
    expect(events).toHaveLength(1);
    return events[0];
  }
}

/** Fields of our own making (ids, timestamps) that the scan leaves out. */
const STRUCTURAL_FIELDS = ['timestamp', 'requestId', 'userSub', 'conversationId', 'xray_trace_id', 'function_request_id'];

/** Personal-data findings in captured log lines, after removing the structural fields above. */
export function personalDataInLogs(lines: readonly string[]): { line: number; findings: Finding[] }[] {
  const out: { line: number; findings: Finding[] }[] = [];
  lines.forEach((line, i) => {
    let text = line;
    try {
      const record = JSON.parse(line) as Record<string, unknown>;
      for (const f of STRUCTURAL_FIELDS) delete record[f];
      text = JSON.stringify(record);
    } catch {
      // not JSON: scan the raw line
    }
    const findings = detectEntities(text);
    if (findings.length > 0) out.push({ line: i, findings });
  });
  return out;
}

/**
 * Static dummy credentials, the region and CHAT_CONFIG for the module-level handler. Call it
 * before requiring `lambda/handlers/chat`: the module reads its settings when it loads.
 */
export function useHandlerEnvironment(): void {
  process.env.AWS_ACCESS_KEY_ID = DUMMY_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = DUMMY_CREDENTIALS.secretAccessKey;
  process.env.AWS_REGION = 'ap-northeast-1';
  process.env.CHAT_CONFIG = JSON.stringify(testSettings());
}

/** A Lambda context whose remaining time runs down with the real clock, as in Lambda. */
export function deadlineContext(remainingMs: number): Context {
  const end = Date.now() + remainingMs;
  return { awsRequestId: `lambda-${counter}`, functionName: 'chat', getRemainingTimeInMillis: () => end - Date.now() } as unknown as Context;
}

/**
 * An HTTP server on 127.0.0.1 that accepts requests and never answers (a stalled DynamoDB or
 * Bedrock endpoint), counting what reached it; only the client's deadline ends a call.
 */
export class StallingServer extends LocalHttpServer {
  readonly targets: string[] = [];

  protected handle(req: http.IncomingMessage): void {
    this.targets.push(String(req.headers['x-amz-target'] ?? req.url));
    req.resume();
  }
}
