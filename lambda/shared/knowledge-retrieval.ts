/**
 * Retrieval from the department-scoped knowledge base. Who may read what comes from the verified
 * claims only (department claim, department-kind groups, clearance from groups), never from the
 * request body. Two independent gates:
 *
 * 1. The Retrieve call carries a metadata filter built from those claims, so the vector store
 *    returns only chunks whose document lists one of the caller's departments and whose
 *    classification the caller is cleared for.
 * 2. Every returned chunk's metadata is checked again here against the same scope; a chunk that
 *    does not match (a misconfigured index, a filter the store ignored) is dropped and counted.
 *
 * Bedrock's ACL-aware knowledge bases (`userContext`) are not used: AWS notes they are not an
 * authorization mechanism, and this kit's scope already comes from the verified token.
 */
import { BedrockAgentRuntimeClient, type RetrievalFilter, RetrieveCommand } from '@aws-sdk/client-bedrock-agent-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { HOME_REGION } from '../../contracts/regions';
import {
  CLASSIFICATION_ATTRIBUTE,
  CLASSIFICATIONS,
  type Classification,
  DEPARTMENTS_ATTRIBUTE,
  type KnowledgeSettings,
} from '../../contracts/knowledge-base';
import type { GuardInputResult, GuardPolicy, Vault } from '../guard';
import type { EntityType } from '../guard/types';
import type { CallerIdentity } from './caller-identity';
import { withinBudget } from './chat-guard';
import { internalError, invalidRequest, knowledgeBaseUnavailable } from './chat-errors';
import type { KnowledgeAudit } from './knowledge-audit';

export { type KnowledgeAudit, emptyKnowledgeAudit } from './knowledge-audit';

/** The Retrieve client the pipeline needs (the SDK's, or anything that sends RetrieveCommand). */
export type KnowledgeClient = Pick<BedrockAgentRuntimeClient, 'send'>;

/** What a caller may read: their departments and every classification up to their clearance. */
export interface CallerScope {
  readonly departments: readonly string[];
  readonly clearance: Classification;
  readonly classifications: readonly Classification[];
}

/** One chunk that passed both gates. `name` is the document's file name, the citation label. */
export interface RetrievedChunk {
  readonly name: string;
  readonly text: string;
  readonly sourceUri: string;
}

export interface RetrievalOutcome {
  readonly chunks: RetrievedChunk[];
  /** Chunks the knowledge base returned. */
  readonly returned: number;
  /** Returned chunks the re-check dropped (their metadata does not admit this caller). */
  readonly dropped: number;
}

/** The Retrieve query is the caller's (masked) message, cut to the API's limit. */
export const MAX_QUERY_CHARS = 1000;
/** The department claim's value when the IdP sends none (lambda/shared/caller-identity.ts). */
const UNASSIGNED = 'unassigned';

/**
 * The caller's scope from verified claims, or undefined when the caller has no department at all
 * (nothing to filter on: such a caller reads no document).
 */
export function callerScope(caller: Pick<CallerIdentity, 'groups' | 'department'>, settings: KnowledgeSettings): CallerScope | undefined {
  const departments = new Set<string>();
  if (settings.useDepartmentClaim && caller.department !== UNASSIGNED) departments.add(caller.department);
  for (const g of caller.groups) if (settings.departmentGroups.includes(g)) departments.add(g);
  if (departments.size === 0) return undefined;
  let level = 0;
  for (const g of caller.groups) {
    const c = Object.hasOwn(settings.clearances, g) ? settings.clearances[g] : undefined;
    if (c) level = Math.max(level, CLASSIFICATIONS.indexOf(c));
  }
  return { departments: [...departments].sort(), clearance: CLASSIFICATIONS[level], classifications: CLASSIFICATIONS.slice(0, level + 1) };
}

/** Whether this request retrieves: the body's `knowledgeBase` flag when given, else the caller's group default. */
export function wantsRetrieval(flag: boolean | undefined, groups: readonly string[], settings: KnowledgeSettings): boolean {
  return flag ?? groups.some((g) => settings.defaultOnGroups.includes(g));
}

/**
 * The metadata filter for a scope: the document's classification is one the caller is cleared
 * for, and its departments list contains one of the caller's departments.
 */
export function retrievalFilter(scope: CallerScope): RetrievalFilter {
  const departments: RetrievalFilter[] = scope.departments.map((d) => ({ listContains: { key: DEPARTMENTS_ATTRIBUTE, value: d } }));
  const classification: RetrievalFilter = { in: { key: CLASSIFICATION_ATTRIBUTE, value: [...scope.classifications] } };
  const department = departments.length === 1 ? departments[0] : { orAll: departments };
  return { andAll: [classification, department] };
}

/** The re-check: does a chunk's own metadata admit this scope? Anything malformed does not. */
export function chunkAdmits(metadata: Record<string, unknown> | undefined, scope: CallerScope): boolean {
  if (!metadata) return false;
  const classification = metadata[CLASSIFICATION_ATTRIBUTE];
  const departments = metadata[DEPARTMENTS_ATTRIBUTE];
  if (typeof classification !== 'string' || !(scope.classifications as readonly string[]).includes(classification)) return false;
  if (!Array.isArray(departments)) return false;
  return departments.some((d) => typeof d === 'string' && scope.departments.includes(d));
}

/** A document's file name from its S3 URI (`s3://bucket/documents/a/b.md` -> `b.md`). */
export function documentName(uri: string): string {
  const last = uri.split('/').filter((p) => p.length > 0).pop() ?? 'document';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Retrieve for one caller through the `bedrock-agent-runtime` endpoint, then re-check every chunk. */
export async function retrieveForCaller(
  client: KnowledgeClient,
  settings: KnowledgeSettings,
  scope: CallerScope,
  query: string,
  options: { abortSignal?: AbortSignal } = {},
): Promise<RetrievalOutcome> {
  const out = await client.send(
    new RetrieveCommand({
      knowledgeBaseId: settings.knowledgeBaseId,
      retrievalQuery: { text: query.slice(0, MAX_QUERY_CHARS) },
      retrievalConfiguration: { vectorSearchConfiguration: { numberOfResults: settings.topK, filter: retrievalFilter(scope) } },
    }),
    { abortSignal: options.abortSignal },
  );
  const results = out.retrievalResults ?? [];
  const chunks: RetrievedChunk[] = [];
  let dropped = 0;
  for (const r of results.slice(0, settings.topK)) {
    const text = r.content?.text;
    const uri = r.location?.s3Location?.uri ?? (typeof r.metadata?.['x-amz-bedrock-kb-source-uri'] === 'string' ? (r.metadata['x-amz-bedrock-kb-source-uri'] as string) : undefined);
    if (!chunkAdmits(r.metadata as Record<string, unknown> | undefined, scope) || typeof text !== 'string' || !uri) {
      dropped++;
      continue;
    }
    chunks.push({ name: documentName(uri), text, sourceUri: uri });
  }
  // A server that ignores numberOfResults: what lies beyond topK is dropped unread.
  dropped += Math.max(0, results.length - settings.topK);
  return { chunks, returned: results.length, dropped };
}

/** The client for the chat function: Tokyo, the VPC endpoint by private DNS, the chat's Bedrock timeouts. */
export function createRetrievalClient(options: { connectionTimeoutMs: number; requestTimeoutMs: number; maxAttempts: number; endpoint?: string }): BedrockAgentRuntimeClient {
  return new BedrockAgentRuntimeClient({
    region: HOME_REGION,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    maxAttempts: options.maxAttempts,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: options.connectionTimeoutMs,
      requestTimeout: options.requestTimeoutMs,
      throwOnRequestTimeout: true,
      socketTimeout: options.requestTimeoutMs,
    }),
  });
}

/** How the model is asked to cite: `[source: <document name>]` after each statement drawn from a retrieved document. */
export const CITATION_RULE =
  'Some documents come from the company knowledge base (their names start with "kb:"). When you use one, cite it right after the statement as [source: <name without "kb:">], using only names of documents given in this request.';

/** Prefix of retrieved documents' names as the model sees them, so they are told apart from pasted ones. */
export const KB_NAME_PREFIX = 'kb:';

const CITATION = /\[(?:source|出典)\s*[:：]\s*([^\]\n]{1,200})\]/giu;

/** Every `[source: name]` an answer carries, in order, de-duplicated. */
export function citationsOf(answer: string): string[] {
  const names = new Set<string>();
  for (const m of answer.matchAll(CITATION)) names.add(m[1].trim().replace(/^kb:/, ''));
  return [...names];
}

/** Citations that name no chunk retrieved for this caller in this request. */
export function unverifiedCitations(answer: string, retrievedNames: readonly string[]): string[] {
  return citationsOf(answer).filter((n) => !retrievedNames.includes(n));
}

/** What the pipeline keeps of a retrieval for the model call and the output check. */
export interface TurnKnowledge {
  /** Masked chunks, named `kb:<document name>`, ready to be fenced as untrusted documents. */
  readonly documents: { name: string; text: string }[];
  /** The (masked) document names a citation may name. */
  readonly names: string[];
  /** Filled by the output check: citations naming no retrieved chunk. */
  readonly unverified: string[];
}

/** The guard step a chunk goes through: the same input guard as any document, with the turn's vault. */
export interface ChunkGuard {
  guardInput(text: string, policy: GuardPolicy, vault: Vault, options: { source: 'document' }): GuardInputResult;
}

/**
 * The pipeline's retrieval step, after the input guard has screened the message: decide whether
 * to retrieve, retrieve with the claims filter, re-check, and pass every chunk through the input
 * guard with the turn's vault. A chunk carrying an entity the policy blocks is dropped (counted),
 * not the request. Returns undefined when the request does not retrieve.
 */
export async function knowledgeStep(
  deps: { readonly settings: KnowledgeSettings | undefined; readonly client: KnowledgeClient | undefined; readonly guard: ChunkGuard; readonly guardBudgetMs: number },
  caller: Pick<CallerIdentity, 'groups' | 'department'>,
  flag: boolean | undefined,
  turn: { readonly message: string; readonly vault: Vault; readonly policy: GuardPolicy; readonly entityCounts: Partial<Record<EntityType, number>> },
  audit: KnowledgeAudit,
  abortSignal?: AbortSignal,
): Promise<TurnKnowledge | undefined> {
  const settings = deps.settings;
  if (!settings) {
    if (flag === true) throw invalidRequest('knowledgeBase is not enabled in this deployment');
    return undefined;
  }
  if (!wantsRetrieval(flag, caller.groups, settings)) return undefined;
  audit.requested = true;
  const scope = callerScope(caller, settings);
  if (!scope) return { documents: [], names: [], unverified: [] };
  audit.clearance = scope.clearance;
  audit.departments = scope.departments.length;
  if (!deps.client) throw internalError();
  let outcome: RetrievalOutcome;
  try {
    outcome = await retrieveForCaller(deps.client, settings, scope, turn.message, { abortSignal });
  } catch {
    throw knowledgeBaseUnavailable();
  }
  audit.returned = outcome.returned;
  audit.dropped = outcome.dropped;
  const documents: { name: string; text: string }[] = [];
  const names: string[] = [];
  withinBudget(deps.guardBudgetMs, () => {
    for (const chunk of outcome.chunks) {
      const name = deps.guard.guardInput(chunk.name, turn.policy, turn.vault, { source: 'document' });
      const text = deps.guard.guardInput(chunk.text, turn.policy, turn.vault, { source: 'document' });
      if (name.reasons.includes('blocked_entity') || text.reasons.includes('blocked_entity')) {
        audit.blockedChunks++;
        continue;
      }
      for (const r of [name, text]) {
        for (const [type, n] of Object.entries(r.counts) as [EntityType, number][]) turn.entityCounts[type] = (turn.entityCounts[type] ?? 0) + n;
      }
      if (name.injection.flagged || text.injection.flagged) audit.injectionFlagged++;
      documents.push({ name: `${KB_NAME_PREFIX}${name.masked}`, text: text.masked });
      if (!names.includes(name.masked)) names.push(name.masked);
    }
  });
  audit.retrieved = documents.length;
  return { documents, names, unverified: [] };
}

/** The output check's citation step: flag every citation naming no chunk retrieved for this caller. */
export function checkCitations(answer: string, knowledge: TurnKnowledge, audit: KnowledgeAudit): void {
  const unverified = unverifiedCitations(answer, knowledge.names);
  knowledge.unverified.splice(0, knowledge.unverified.length, ...unverified);
  audit.unverifiedCitations = unverified.length;
}
