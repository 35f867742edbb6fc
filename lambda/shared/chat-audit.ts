import type { OutputAction } from '../guard';
import type { ChatDecision, ErrorKind } from './chat-errors';
import type { JudgeFailure, JudgeTrigger, JudgeVerdict } from './injection-judge';
import { type KnowledgeAudit, emptyKnowledgeAudit } from './knowledge-audit';
import { logger } from './logger';

export type { ChatDecision } from './chat-errors';

/**
 * The one audit event per request (`message: "chat.audit"`). Metric filters and Logs
 * Insights queries read these exact fields. It holds identifiers, counts and codes only:
 * never the prompt, the answer or a detected value. Every field is always present: one the
 * request did not reach holds `none` (the logger drops null values).
 */
/** What the request asked for: a chat turn (either transport) or a conversation operation. */
export type AuditOperation = 'chat' | 'chat_stream' | 'me' | 'list_conversations' | 'get_conversation' | 'delete_conversation';

export interface ChatAuditEvent {
  requestId: string;
  operation: AuditOperation;
  /** `anonymous` before the claims are read. */
  userSub: string;
  groups: string[];
  department: string;
  model: string;
  conversationId: string;
  /** Characters of the user's message (documents not included). */
  inputChars: number;
  /** Documents sent with the message, and their characters together. */
  documentCount: number;
  documentChars: number;
  /** The message itself carried pasted material (an e-mail, a long document, quoted text). */
  pastedMaterial: boolean;
  inputTokens: number;
  outputTokens: number;
  entityCounts: Record<string, number>;
  maskedTotal: number;
  /** The injection screen's verdict on the message (a flag blocks the request). */
  injection: { flagged: boolean; score: number; reasons: string[] };
  /** The verdict on the documents (a flag is recorded, not a block: they are fenced as data). */
  documentInjection: { flagged: boolean; score: number; reasons: string[]; flaggedDocuments: number };
  /**
   * The injection judge (second stage): why it ran (`none`: it did not), its verdict and where it
   * found the attack, why it gave none, its latency and tokens (cost).
   */
  injectionJudge: {
    trigger: JudgeTrigger | 'none';
    verdict: JudgeVerdict | 'none';
    target: 'message' | 'documents' | 'none';
    failure: JudgeFailure | 'none';
    latencyMs: number;
    inputTokens: number;
    outputTokens: number;
  };
  /** Knowledge-base retrieval: whether it ran, the caller's clearance, chunks returned, dropped by the re-check, kept; unverified citations. */
  knowledgeBase: KnowledgeAudit;
  outputCheck: OutputAction | 'none';
  /** Images, links and URLs the output check neutralised in the answer. */
  neutralisedLinks: number;
  /** Items removed by a user-initiated deletion (`delete_conversation`; checklist D-5). */
  deletedItems: number;
  stopReason: string;
  decision: ChatDecision;
  errorKind: ErrorKind | 'none';
  latencyMs: number;
  /** Streaming route: milliseconds to the first byte sent (the `meta` event) and to the first answer text; 0 if none was sent. */
  timeToFirstByteMs: number;
  timeToFirstTextMs: number;
}

export function newAuditEvent(requestId: string, operation: AuditOperation = 'chat'): ChatAuditEvent {
  return {
    requestId,
    operation,
    userSub: 'anonymous',
    groups: [],
    department: 'none',
    model: 'none',
    conversationId: 'none',
    inputChars: 0,
    documentCount: 0,
    documentChars: 0,
    pastedMaterial: false,
    inputTokens: 0,
    outputTokens: 0,
    entityCounts: {},
    maskedTotal: 0,
    injection: { flagged: false, score: 0, reasons: [] },
    documentInjection: { flagged: false, score: 0, reasons: [], flaggedDocuments: 0 },
    injectionJudge: { trigger: 'none', verdict: 'none', target: 'none', failure: 'none', latencyMs: 0, inputTokens: 0, outputTokens: 0 },
    knowledgeBase: emptyKnowledgeAudit(),
    outputCheck: 'none',
    neutralisedLinks: 0,
    deletedItems: 0,
    stopReason: 'none',
    decision: 'error',
    errorKind: 'none',
    latencyMs: 0,
    timeToFirstByteMs: 0,
    timeToFirstTextMs: 0,
  };
}

export function emitAuditEvent(event: ChatAuditEvent): void {
  logger.info('chat.audit', { ...event });
}
