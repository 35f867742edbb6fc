import type { RetrievalFilter } from '@aws-sdk/client-bedrock-agent-runtime';
import * as fc from 'fast-check';
import { CLASSIFICATIONS, type KnowledgeSettings } from '../../contracts/knowledge-base';
import type { ChatSettings } from '../../lambda/shared/chat-settings';
import { ConversationStore } from '../../lambda/shared/conversation-store';
import { callerScope, chunkAdmits, citationsOf, retrievalFilter } from '../../lambda/shared/knowledge-retrieval';
import { useChatBackends } from '../support/chat-backends';
import { type Claims, SAMPLE, USER_A, bodyOf, chatEvent, lambdaContext, testSettings, useHandlerEnvironment } from '../support/chat-harness';
import type { ServedChunk } from '../support/knowledge-base-server';
import '../support/fast-check-seed';

useHandlerEnvironment();

const backends = useChatBackends();
const { bedrock, dynamo, capture, knowledgeBase: kbServer } = backends;
let chat: typeof import('../../lambda/handlers/chat');

const KB: KnowledgeSettings = {
  knowledgeBaseId: 'KBTOKYO123',
  topK: 5,
  clearances: { 'kb-internal': 'internal', 'kb-confidential': 'confidential' },
  departmentGroups: ['dept-legal', 'dept-hr'],
  useDepartmentClaim: true,
  defaultOnGroups: ['kb-default'],
};

const SALES = { sub: USER_A, 'cognito:groups': 'staff', 'custom:department': 'sales' } satisfies Claims;
const doc = (name: string, departments: string[], classification: string, text: string): ServedChunk => ({
  text,
  uri: `s3://privateaijp-kb-documents/documents/${name}`,
  metadata: { departments, classification },
});
/** A chunk of the HR department's confidential salary table: must never reach a sales caller. */
const HR_SECRET = 'HR-ONLY-SALARY-BAND-7734';
const hrChunk = doc('salary.xlsx', ['dept-hr'], 'confidential', `Salary bands ${HR_SECRET}`);
const salesChunk = doc('handbook.md', ['sales', 'dept-legal'], 'public', 'Sales handbook: discounts above 20% need approval.');

beforeAll(() => {
  chat = require('../../lambda/handlers/chat') as typeof chat;
});

function invoke(body: unknown, claims: Claims = SALES, overrides: Partial<ChatSettings> = { knowledgeBase: KB }) {
  return chat.createChatHandler(backends.depsFor(testSettings(overrides)))(chatEvent(body, claims), lambdaContext());
}

const audited = (run: () => Promise<unknown>) => capture.auditEventOf(run);

/** Everything the model received in the last request, as it crossed the wire. */
const modelSaw = () => bedrock.received.at(-1)!.rawBody;
/** The texts the model received (messages and system), unescaped. */
const modelTexts = () => {
  const body = bedrock.received.at(-1)!.body;
  return [...(body.system ?? []).map((s) => s.text ?? ''), ...body.messages.flatMap((m) => m.content.map((c) => c.text ?? ''))].join('\n');
};

describe('the Retrieve filter comes from the verified claims only', () => {
  it('a sales caller without clearance groups: public documents of sales', async () => {
    const res = await invoke({ message: '値引きの承認ルールは?', knowledgeBase: true });
    expect(res.statusCode).toBe(200);
    expect(kbServer.received).toHaveLength(1);
    const sent = kbServer.received[0];
    expect(sent.knowledgeBaseId).toBe('KBTOKYO123');
    expect(sent.body.retrievalConfiguration?.vectorSearchConfiguration).toEqual({
      numberOfResults: 5,
      filter: { andAll: [{ in: { key: 'classification', value: ['public'] } }, { listContains: { key: 'departments', value: 'sales' } }] },
    });
    expect(sent.body.retrievalQuery.text).toBe('値引きの承認ルールは?');
  });

  it('a caller with a department group and a confidential clearance: every level, either department', async () => {
    await invoke({ message: 'contract review steps', knowledgeBase: true }, { sub: USER_A, 'cognito:groups': 'dept-legal,kb-confidential', 'custom:department': 'sales' });
    expect(kbServer.received[0].body.retrievalConfiguration?.vectorSearchConfiguration?.filter).toEqual({
      andAll: [
        { in: { key: 'classification', value: ['public', 'internal', 'confidential'] } },
        { orAll: [{ listContains: { key: 'departments', value: 'dept-legal' } }, { listContains: { key: 'departments', value: 'sales' } }] },
      ],
    });
  });

  it('an HR caller cleared for internal: public and internal of HR; the department claim is ignored when switched off', async () => {
    await invoke(
      { message: 'leave policy', knowledgeBase: true },
      { sub: USER_A, 'cognito:groups': ['dept-hr', 'kb-internal'], 'custom:department': 'finance' },
      { knowledgeBase: { ...KB, useDepartmentClaim: false } },
    );
    expect(kbServer.received[0].body.retrievalConfiguration?.vectorSearchConfiguration?.filter).toEqual({
      andAll: [{ in: { key: 'classification', value: ['public', 'internal'] } }, { listContains: { key: 'departments', value: 'dept-hr' } }],
    });
  });

  it('the body cannot widen the filter: extra fields are a 400 and nothing is retrieved', async () => {
    const res = await invoke({ message: 'salaries', knowledgeBase: true, departments: ['dept-hr'], clearance: 'confidential' });
    expect(res.statusCode).toBe(400);
    expect(kbServer.received).toHaveLength(0);
    expect(bedrock.received).toHaveLength(0);
  });

  it('a caller with no department retrieves nothing and the audit says so', async () => {
    const event = await audited(() => invoke({ message: 'anything', knowledgeBase: true }, { sub: USER_A, 'cognito:groups': 'staff' }));
    expect(kbServer.received).toHaveLength(0);
    expect(event.knowledgeBase).toMatchObject({ requested: true, departments: 0, retrieved: 0 });
  });

  it('group default: members of a default-on group retrieve without asking; knowledgeBase:false turns it off', async () => {
    const claims = { sub: USER_A, 'cognito:groups': 'kb-default', 'custom:department': 'sales' };
    await invoke({ message: 'discounts' }, claims);
    expect(kbServer.received).toHaveLength(1);
    await invoke({ message: 'discounts', knowledgeBase: false }, claims);
    await invoke({ message: 'discounts' });
    expect(kbServer.received).toHaveLength(1);
  });

  it('a deployment without a knowledge base refuses knowledgeBase:true with a 400', async () => {
    const res = await invoke({ message: 'x', knowledgeBase: true }, SALES, {});
    expect(res.statusCode).toBe(400);
    expect(bodyOf(res).error.message).toMatch(/knowledgeBase is not enabled/);
  });

  it('a failing knowledge base is a 503, never an answer without the check', async () => {
    // A filter the store rejects, say: not retried, and the request stops.
    kbServer.enqueue({ kind: 'error', status: 400, type: 'ValidationException' });
    const res = await invoke({ message: 'x', knowledgeBase: true });
    expect(res.statusCode).toBe(503);
    expect(bodyOf(res).error.code).toBe('knowledge_base_error');
    expect(bedrock.received).toHaveLength(0);
  });
});

describe('the re-check drops what the index should not have returned', () => {
  it("another department's chunk returned anyway reaches neither the model nor the answer, and is counted", async () => {
    kbServer.enqueue({ kind: 'chunks', chunks: [salesChunk, hrChunk] });
    // A model that repeats the documents it was given would leak whatever reached it.
    bedrock.fallback = (req) => ({ kind: 'answer', text: req.body.messages.flatMap((m) => m.content.map((c) => c.text ?? '')).join('\n').replace(/<\/?document-[0-9a-f]{32}[^>]*>/g, '') });
    let res: Awaited<ReturnType<typeof invoke>> | undefined;
    const event = await audited(async () => {
      res = await invoke({ message: 'discount rules', knowledgeBase: true });
    });
    expect(res!.statusCode).toBe(200);
    expect(modelTexts()).toContain('name="kb:handbook.md"');
    expect(modelTexts()).toContain('ˆSalesˆhandbook');
    expect(modelSaw()).not.toContain(HR_SECRET);
    expect(modelSaw()).not.toContain('salary.xlsx');
    expect(res!.body).not.toContain(HR_SECRET);
    expect(event.knowledgeBase).toMatchObject({ requested: true, clearance: 'public', returned: 2, dropped: 1, retrieved: 1 });
    expect(bodyOf(res!).knowledgeBase.sources).toEqual(['handbook.md']);
  });

  it('drops a chunk above the caller clearance, one without metadata, and one with a malformed department list', async () => {
    kbServer.enqueue({
      kind: 'chunks',
      chunks: [
        doc('plan.md', ['sales'], 'confidential', 'CONFIDENTIAL-PLAN-1'),
        { text: 'NO-METADATA-2', uri: 's3://b/documents/loose.md' },
        { text: 'STRING-DEPARTMENTS-3', uri: 's3://b/documents/odd.md', metadata: { departments: 'sales', classification: 'public' } },
        salesChunk,
      ],
    });
    const event = await audited(() => invoke({ message: 'plans', knowledgeBase: true }));
    for (const marker of ['CONFIDENTIAL-PLAN-1', 'NO-METADATA-2', 'STRING-DEPARTMENTS-3']) expect(modelSaw()).not.toContain(marker);
    expect(event.knowledgeBase).toMatchObject({ returned: 4, dropped: 3, retrieved: 1 });
  });

  it('retrieved chunks are masked by the input guard and fenced as untrusted documents named kb:<file>', async () => {
    kbServer.enqueue({ kind: 'chunks', chunks: [doc('contacts.md', ['sales'], 'public', `Escalate to ${SAMPLE.email} or ${SAMPLE.phone}.`)] });
    const event = await audited(() => invoke({ message: 'who handles escalations?', knowledgeBase: true }));
    const seen = modelSaw();
    expect(seen).not.toContain(SAMPLE.email);
    expect(seen).not.toContain(SAMPLE.phone);
    expect(modelTexts()).toMatch(/<document-[0-9a-f]{32} index="1" name="kb:contacts.md">/);
    expect(modelTexts()).toMatch(/\[source: <name without "kb:">\]/);
    expect(event.entityCounts.EMAIL).toBe(1);
  });

  it('retrieved chunks are not stored with the conversation', async () => {
    kbServer.enqueue({ kind: 'chunks', chunks: [salesChunk] });
    bedrock.enqueue({ kind: 'answer', text: 'Ask your manager.' });
    const res = await invoke({ message: 'discounts', knowledgeBase: true });
    const conversationId = bodyOf(res).conversationId;
    const stored = await new ConversationStore('conversations', 30, dynamo.client()).history(USER_A, conversationId, 5);
    expect(stored!.turns[0].messages[0]).toEqual({ role: 'user', text: 'discounts' });
    expect(JSON.stringify(stored)).not.toMatch(/Sales.handbook/);
  });
});

describe('citations are checked against the chunks retrieved for this caller', () => {
  it('flags a citation to a document that was not retrieved, keeps the one that was', async () => {
    kbServer.enqueue({ kind: 'chunks', chunks: [salesChunk, hrChunk] });
    bedrock.enqueue({ kind: 'answer', text: 'Approval is needed above 20% [source: handbook.md]. Bands are in [source: salary.xlsx].' });
    let res: Awaited<ReturnType<typeof invoke>> | undefined;
    const event = await audited(async () => {
      res = await invoke({ message: 'discounts and salaries', knowledgeBase: true });
    });
    expect(bodyOf(res!).knowledgeBase).toEqual({ sources: ['handbook.md'], unverifiedCitations: ['salary.xlsx'] });
    expect(event.knowledgeBase.unverifiedCitations).toBe(1);
  });

  it('an answer citing only retrieved documents has nothing flagged', async () => {
    kbServer.enqueue({ kind: 'chunks', chunks: [salesChunk] });
    bedrock.enqueue({ kind: 'answer', text: '承認が必要です [出典: handbook.md]' });
    const res = await invoke({ message: 'discounts', knowledgeBase: true });
    expect(bodyOf(res).knowledgeBase.unverifiedCitations).toEqual([]);
  });
});

describe('the scope, filter and re-check as functions', () => {
  it('the highest clearance of the caller groups wins; unknown groups add nothing', () => {
    expect(callerScope({ groups: ['kb-internal', 'kb-confidential', 'other'], department: 'sales' }, KB)).toEqual({
      departments: ['sales'],
      clearance: 'confidential',
      classifications: ['public', 'internal', 'confidential'],
    });
    expect(callerScope({ groups: ['toString', '__proto__'], department: 'sales' }, KB)?.clearance).toBe('public');
    expect(callerScope({ groups: [], department: 'unassigned' }, KB)).toBeUndefined();
  });

  it('the re-check admits exactly what the filter describes', () => {
    const scope = callerScope({ groups: ['dept-legal', 'kb-internal'], department: 'sales' }, KB)!;
    expect(retrievalFilter(scope)).toBeDefined();
    expect(chunkAdmits({ departments: ['dept-legal'], classification: 'internal' }, scope)).toBe(true);
    expect(chunkAdmits({ departments: ['dept-hr'], classification: 'public' }, scope)).toBe(false);
    expect(chunkAdmits({ departments: ['sales'], classification: 'confidential' }, scope)).toBe(false);
    expect(chunkAdmits({ departments: ['sales'], classification: 'INTERNAL' }, scope)).toBe(false);
    expect(chunkAdmits({ departments: [['sales']], classification: 'public' }, scope)).toBe(false);
    expect(chunkAdmits(undefined, scope)).toBe(false);
  });

  it('reads [source: name] and [出典：name] citations', () => {
    expect(citationsOf('a [source: a.md] b [Source:kb:b.pdf] c [出典：規程.docx] d [source: a.md]')).toEqual(['a.md', 'b.pdf', '規程.docx']);
  });
});

/** Bedrock's filter semantics for the operators the kit uses, written out independently. */
function matches(filter: RetrievalFilter, metadata: Record<string, unknown>): boolean {
  if ('andAll' in filter && filter.andAll) return filter.andAll.every((f) => matches(f, metadata));
  if ('orAll' in filter && filter.orAll) return filter.orAll.some((f) => matches(f, metadata));
  if ('in' in filter && filter.in) return (filter.in.value as unknown[]).includes(metadata[filter.in.key!]);
  if ('listContains' in filter && filter.listContains) {
    const list = metadata[filter.listContains.key!];
    return Array.isArray(list) && list.includes(filter.listContains.value);
  }
  throw new Error(`operator not modelled: ${Object.keys(filter).join(',')}`);
}

describe('the filter and the re-check describe the same documents', () => {
  const names = ['sales', 'dept-legal', 'dept-hr', 'finance', '営業部'];
  it('for any caller and any document metadata, the re-check admits exactly what the filter matches', () => {
    fc.assert(
      fc.property(
        fc.subarray(['dept-legal', 'dept-hr', 'kb-internal', 'kb-confidential', 'kb-default', 'staff']),
        fc.constantFrom('sales', 'finance', '営業部', 'unassigned'),
        fc.subarray(names, { minLength: 1 }),
        fc.constantFrom(...CLASSIFICATIONS),
        (groups, department, departments, classification) => {
          const scope = callerScope({ groups, department }, KB);
          const metadata = { departments, classification };
          if (!scope) return true;
          return chunkAdmits(metadata, scope) === matches(retrievalFilter(scope), metadata);
        },
      ),
    );
  });
});
