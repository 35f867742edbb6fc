import type { OutputAction } from '../guard';
import type { ErrorKind } from './chat-errors';
import { logger } from './logger';

export type ChatDecision = 'allowed' | 'blocked_input' | 'blocked_injection' | 'blocked_output' | 'error';

/**
 * The one audit event per request (`message: "chat.audit"`). Metric filters and Logs
 * Insights queries read these exact fields. It holds identifiers, counts and codes only:
 * never the prompt, the answer or a detected value. Every field is always present: one the
 * request did not reach holds `none` (the logger drops null values).
 */
export interface ChatAuditEvent {
  requestId: string;
  /** `anonymous` before the claims are read. */
  userSub: string;
  groups: string[];
  department: string;
  model: string;
  conversationId: string;
  inputChars: number;
  inputTokens: number;
  outputTokens: number;
  entityCounts: Record<string, number>;
  maskedTotal: number;
  injection: { flagged: boolean; score: number; reasons: string[] };
  outputCheck: OutputAction | 'none';
  stopReason: string;
  decision: ChatDecision;
  errorKind: ErrorKind | 'none';
  latencyMs: number;
}

export function newAuditEvent(requestId: string): ChatAuditEvent {
  return {
    requestId,
    userSub: 'anonymous',
    groups: [],
    department: 'none',
    model: 'none',
    conversationId: 'none',
    inputChars: 0,
    inputTokens: 0,
    outputTokens: 0,
    entityCounts: {},
    maskedTotal: 0,
    injection: { flagged: false, score: 0, reasons: [] },
    outputCheck: 'none',
    stopReason: 'none',
    decision: 'error',
    errorKind: 'none',
    latencyMs: 0,
  };
}

export function emitAuditEvent(event: ChatAuditEvent): void {
  logger.info('chat.audit', { ...event });
}
