import { type RuntimeConfig, idToken, refresh } from './auth';
import { SseParser } from './sse';

export interface ChatDocument {
  readonly name: string;
  readonly text: string;
}

export interface ChatBody {
  readonly message: string;
  readonly model?: string;
  readonly conversationId?: string;
  readonly documents?: ChatDocument[];
}

/** What the guard reported about one request, gathered from either transport. */
export interface GuardReport {
  maskedByType: Record<string, number>;
  maskedMessage?: string;
  /** `message`: the user's own text was flagged; `documents`: an attached document was (fenced, so answered). */
  injection?: { flagged: boolean; message?: boolean; documents?: boolean; reasons?: string[] };
  outputCheck?: string;
  linksNeutralised?: number;
}

export interface ChatHandlers {
  onMeta(meta: { conversationId?: string; model?: string; guard: GuardReport }): void;
  onDelta(text: string): void;
  onDone(done: { stopReason?: string; guard: Partial<GuardReport> }): void;
  onBlocked(blocked: { reason?: string; message: string; blockedTypes?: string[]; requestId?: string; stage: 'input' | 'output'; pastedMaterial?: boolean }): void;
  onError(error: { message: string; code?: string; requestId?: string; status?: number }): void;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly body: Record<string, any> = {}) {
    super(message);
  }

  /** The API's error code; `network` when the service could not be reached at all. */
  get code(): string | undefined {
    return typeof this.body.error?.code === 'string' ? this.body.error.code : undefined;
  }

  get requestId(): string | undefined {
    return typeof this.body.requestId === 'string' ? this.body.requestId : undefined;
  }
}

const isAbort = (e: unknown) => (e as Error)?.name === 'AbortError';

export class Api {
  constructor(private readonly config: RuntimeConfig, private readonly onSignedOut: () => void) {}

  private url(path: string): string {
    return `${this.config.basePath}v1/${path}`;
  }

  /** A call with the ID token; one refresh and retry on 401. */
  private async call(path: string, init: RequestInit = {}, retried = false): Promise<Response> {
    const token = await idToken(this.config);
    if (!token) {
      this.onSignedOut();
      throw new ApiError(401, 'signed out');
    }
    let res: Response;
    try {
      res = await fetch(this.url(path), {
        ...init,
        headers: { ...(init.headers as Record<string, string>), authorization: token },
        credentials: 'omit',
      });
    } catch (e) {
      // Offline, the service down, or the connection refused: worded by the page, never the browser's English.
      if (isAbort(e)) throw e;
      throw new ApiError(0, 'network', { error: { code: 'network' } });
    }
    if (res.status === 401 && !retried) {
      if (await refresh(this.config)) return this.call(path, init, true);
      // The page goes back to sign-in; the caller gets nothing to render into it.
      this.onSignedOut();
      throw new ApiError(401, 'signed out');
    }
    return res;
  }

  private async json(path: string, init: RequestInit = {}): Promise<Record<string, any>> {
    const res = await this.call(path, init);
    const body = (await res.json().catch(() => ({}))) as Record<string, any>;
    if (!res.ok) throw new ApiError(res.status, body.error?.message ?? body.message ?? `HTTP ${res.status}`, body);
    return body;
  }

  me(): Promise<Record<string, any>> {
    return this.json('me');
  }

  /** One page of the caller's conversations, newest first (as the API returns them). */
  async conversations(cursor?: string): Promise<{ items: ConversationSummary[]; nextCursor?: string }> {
    const body = await this.json(cursor ? `conversations?cursor=${encodeURIComponent(cursor)}` : 'conversations');
    const items = ((body.conversations ?? []) as Record<string, any>[]).map((c) => ({
      id: String(c.conversationId),
      title: String(c.title ?? ''),
      updatedAt: String(c.updatedAt ?? c.createdAt ?? ''),
      model: c.model as string | undefined,
    }));
    return { items, nextCursor: typeof body.nextCursor === 'string' ? body.nextCursor : undefined };
  }

  async conversation(id: string): Promise<{ id: string; model?: string; messages: { role: 'user' | 'assistant'; text: string; documents: string[] }[] }> {
    const body = await this.json(`conversations/${encodeURIComponent(id)}`);
    type Stored = { role: string; text?: string; documents?: { name?: string }[] };
    const turns = (body.turns ?? []) as { messages?: Stored[] }[];
    return {
      id,
      model: body.model,
      messages: turns.flatMap((t) => t.messages ?? []).map((m) => ({
        role: m.role === 'assistant' ? 'assistant' : 'user',
        text: String(m.text ?? ''),
        documents: (m.documents ?? []).map((d) => String(d.name ?? '')),
      })),
    };
  }

  async deleteConversation(id: string): Promise<void> {
    const res = await this.call(`conversations/${encodeURIComponent(id)}`, { method: 'DELETE' });
    if (!res.ok && res.status !== 404) {
      const body = (await res.json().catch(() => ({}))) as Record<string, any>;
      throw new ApiError(res.status, body.error?.message ?? `HTTP ${res.status}`, body);
    }
  }

  /** Stream the answer from /v1/chat/stream; falls back to /v1/chat when the route is not there. */
  async chat(body: ChatBody, handlers: ChatHandlers, signal?: AbortSignal): Promise<void> {
    const init: RequestInit = {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify(body),
      signal,
    };
    const res = await this.call('chat/stream', init);
    const type = res.headers.get('content-type') ?? '';
    if (res.ok && type.startsWith('text/event-stream') && res.body) return readStream(res.body, handlers);
    if (res.status === 404 || res.status === 403 || res.status === 405) return this.buffered(init, handlers);
    return reportFailure(res, handlers);
  }

  private async buffered(init: RequestInit, handlers: ChatHandlers): Promise<void> {
    const res = await this.call('chat', init);
    if (!res.ok) return reportFailure(res, handlers);
    const body = (await res.json()) as Record<string, any>;
    handlers.onMeta({ conversationId: body.conversationId, model: body.model, guard: guardOf(body) });
    handlers.onDelta(String(body.answer ?? ''));
    handlers.onDone({ stopReason: body.stopReason, guard: guardOf(body) });
  }
}

export interface ConversationSummary {
  readonly id: string;
  readonly title: string;
  readonly updatedAt: string;
  readonly model?: string;
}

function guardOf(body: Record<string, any>): GuardReport {
  const masked = body.masked ?? {};
  const injection = body.injection;
  const flaggedDocuments = body.documents?.injectionFlagged;
  const documentsFlagged = Array.isArray(flaggedDocuments) ? flaggedDocuments.length > 0 : Number(flaggedDocuments ?? 0) > 0;
  const messageFlagged = injection === true || Boolean(injection?.flagged ?? injection?.suspected);
  return {
    maskedByType: (masked.byType ?? {}) as Record<string, number>,
    maskedMessage: typeof (body.maskedMessage ?? masked.message) === 'string' ? (body.maskedMessage ?? masked.message) : undefined,
    injection: messageFlagged || documentsFlagged ? { flagged: true, message: messageFlagged, documents: documentsFlagged, reasons: injection?.reasons } : undefined,
    outputCheck: body.outputCheck?.action ?? body.outputCheck,
    linksNeutralised: body.neutralisedLinks ?? body.linksNeutralised ?? body.outputCheck?.neutralisedLinks,
  };
}

async function reportFailure(res: Response, handlers: ChatHandlers): Promise<void> {
  const body = (await res.json().catch(() => ({}))) as Record<string, any>;
  const error = body.error ?? {};
  const message = String(error.message ?? body.message ?? `HTTP ${res.status}`);
  if (error.code === 'blocked_by_policy') {
    const output = error.reason === 'answer' || error.reason === 'guardrail';
    handlers.onBlocked({ reason: error.reason, message, blockedTypes: error.blockedTypes, requestId: body.requestId, stage: output ? 'output' : 'input', pastedMaterial: error.pastedMaterial === true });
  } else {
    handlers.onError({ message, code: typeof error.code === 'string' ? error.code : undefined, requestId: body.requestId, status: res.status });
  }
}

async function readStream(stream: ReadableStream<Uint8Array>, handlers: ChatHandlers): Promise<void> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  let finished = false;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (e) {
      // Stop aborts on purpose; anything else is the connection dropping mid-answer.
      if (isAbort(e)) throw e;
      break;
    }
    const { value, done } = chunk;
    if (done) break;
    for (const ev of parser.push(decoder.decode(value, { stream: true }))) {
      let data: Record<string, any> = {};
      try {
        data = JSON.parse(ev.data) as Record<string, any>;
      } catch {
        continue;
      }
      switch (ev.event) {
        case 'meta':
          handlers.onMeta({ conversationId: data.conversationId, model: data.model, guard: guardOf(data) });
          break;
        case 'delta':
          handlers.onDelta(String(data.text ?? data.delta ?? ''));
          break;
        case 'done':
          finished = true;
          handlers.onDone({ stopReason: data.stopReason, guard: guardOf(data) });
          break;
        case 'blocked': {
          finished = true;
          const output = data.reason === 'answer' || data.reason === 'guardrail' || data.stage === 'output';
          handlers.onBlocked({ reason: data.reason, message: String(data.message ?? ''), blockedTypes: data.blockedTypes, requestId: data.requestId, stage: output ? 'output' : 'input' });
          break;
        }
        case 'error':
          finished = true;
          handlers.onError({ message: String(data.message ?? 'error'), code: typeof data.code === 'string' ? data.code : undefined, requestId: data.requestId });
          break;
      }
    }
  }
  if (!finished) handlers.onError({ message: 'stream ended early', code: 'stream_cut' });
}
