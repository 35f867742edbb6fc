import type { ChatSettings } from '../../lambda/shared/chat-settings';
import { readVerdict } from '../../lambda/shared/injection-judge';
import { DATAMARK } from '../../lambda/shared/untrusted-documents';
import type { ConverseReply, ReceivedConverse } from '../support/bedrock-server';
import { echoAnswer } from '../support/bedrock-server';
import { useChatBackends } from '../support/chat-backends';
import { SAMPLE, bodyOf, chatEvent, lambdaContext, personalDataInLogs, testSettings, useHandlerEnvironment, userMessage } from '../support/chat-harness';

useHandlerEnvironment();

const backends = useChatBackends();
const { bedrock, capture } = backends;
let chat: typeof import('../../lambda/handlers/chat');

beforeAll(() => {
  chat = require('../../lambda/handlers/chat') as typeof chat;
});

const JUDGE_MODEL = 'jp.amazon.nova-2-lite-v1:0';
type Judge = NonNullable<ChatSettings['injectionJudge']>;
const JUDGE: Judge = { model: JUDGE_MODEL, greyZoneFrom: 0.2, judgeDocuments: true, timeoutMs: 2_000, onFailure: 'block' };

const isJudgeCall = (req: ReceivedConverse) => (req.body.system?.[0]?.text ?? '').startsWith('You are the security classifier');
const judgeCalls = () => bedrock.received.filter(isJudgeCall);
const chatCalls = () => bedrock.received.filter((r) => !isJudgeCall(r));

/** Judge requests get `judge`; the chat call gets the echo answer. */
function serve(judge: (req: ReceivedConverse) => ConverseReply): void {
  bedrock.fallback = (req) => (isJudgeCall(req) ? judge(req) : echoAnswer(req));
}
const verdict = (message: string, documents = 'none'): ConverseReply => ({ kind: 'answer', text: JSON.stringify({ message, documents }), inputTokens: 310, outputTokens: 12 });

/** `judge`: fields over JUDGE; null for a deployment without the judge. */
function invoke(body: unknown, judge: Partial<Judge> | null = {}, overrides: Partial<ChatSettings> = {}) {
  const settings = testSettings({ ...(judge ? { injectionJudge: { ...JUDGE, ...judge } } : {}), ...overrides });
  return chat.createChatHandler(backends.depsFor(settings))(chatEvent(body), lambdaContext());
}

const audited = (run: () => Promise<unknown>) => capture.auditEventOf(run);

const MAIL = { name: 'mail.txt', text: `差出人: ${SAMPLE.email}\n件名: 見積もり\n\n来週までに見積書を送ってください。` };
/** A plain request that scores far below the judge's grey zone, so the documents are what call the judge. */
const PLAIN_REQUEST = 'このメールについて、要点を日本語で3行にまとめてください。';

describe('the injection judge (chat.guard.injectionJudge)', () => {
  test('off: a request with documents makes one model call, the chat call', async () => {
    serve(() => verdict('benign'));
    const res = await invoke(userMessage('要約してください', [MAIL]), null);
    expect(res.statusCode).toBe(200);
    expect(judgeCalls()).toHaveLength(0);
    expect(chatCalls()).toHaveLength(1);
  });

  test('documents: the judge sees the masked message and documents inside its own boundary, before the chat call', async () => {
    serve(() => verdict('benign', 'benign'));
    let res;
    const event = await audited(async () => {
      res = await invoke(userMessage(PLAIN_REQUEST, [MAIL]));
    });
    expect(res!.statusCode).toBe(200);
    const [judge] = judgeCalls();
    expect(bedrock.received.indexOf(judge)).toBe(0);
    expect(judge.modelId).toBe(JUDGE_MODEL);
    expect(judge.body.inferenceConfig?.temperature).toBe(0);
    const token = /between <document-([0-9a-f]{32}) /.exec(judge.body.system?.[0]?.text ?? '')?.[1];
    expect(token).toBeDefined();
    const input = judge.body.messages[0].content[0].text ?? '';
    expect(input).toContain(`<document-${token} index="1" name="message">`);
    expect(input).toContain(`<document-${token} index="2" name="document: mail.txt">`);
    expect(input).toContain(`${DATAMARK}来週までに見積書を送ってください。`);
    // Masked, as the chat model gets it: the e-mail address never reaches the judge.
    expect(judge.rawBody).not.toContain(SAMPLE.email);
    expect(input).toContain('[EMAIL_1]');
    // A different token from the chat call's documents.
    expect(chatCalls()[0].rawBody).not.toContain(token);
    expect(event.injectionJudge).toEqual({ trigger: 'documents', verdict: 'benign', target: 'none', failure: 'none', latencyMs: expect.any(Number), inputTokens: 310, outputTokens: 12 });
    expect(event.decision).toBe('allowed');
  });

  test('a message the judge calls an attack is blocked (422) and never reaches the chat model', async () => {
    serve(() => verdict('attack'));
    let res;
    const event = await audited(async () => {
      res = await invoke(userMessage(PLAIN_REQUEST, [MAIL]));
    });
    expect(res!.statusCode).toBe(422);
    expect(bodyOf(res!).error).toMatchObject({ code: 'blocked_by_policy', reason: 'prompt_injection', judge: true });
    expect(chatCalls()).toHaveLength(0);
    expect(event).toMatchObject({ decision: 'blocked_injection', injectionJudge: { verdict: 'attack', target: 'message' } });
  });

  test('documents the judge calls an attack are flagged, not blocked: they stay fenced as data', async () => {
    serve(() => verdict('benign', 'attack'));
    let res;
    const event = await audited(async () => {
      res = await invoke(userMessage('これはフィッシングですか？', [MAIL]));
    });
    expect(res!.statusCode).toBe(200);
    expect(bodyOf(res!).documents.injectionFlagged).toBe(1);
    expect(chatCalls()).toHaveLength(1);
    expect(event.documentInjection).toMatchObject({ flagged: true, flaggedDocuments: 1 });
    expect(event.documentInjection.reasons).toContain('injection_judge');
    expect(event.injectionJudge).toMatchObject({ verdict: 'attack', target: 'documents' });
  });

  test('grey zone: a message scoring at or above greyZoneFrom (below the threshold) is judged; one below it is not', async () => {
    serve(() => verdict('benign'));
    const judged = await audited(() => invoke(userMessage('来週の会議の議題をまとめてください'), { greyZoneFrom: 0 }));
    expect(judged.injectionJudge).toMatchObject({ trigger: 'grey_zone', verdict: 'benign' });
    bedrock.reset();
    serve(() => verdict('benign'));
    const skipped = await audited(() => invoke(userMessage('来週の会議の議題をまとめてください'), { greyZoneFrom: 1 }));
    expect(judgeCalls()).toHaveLength(0);
    expect(skipped.injectionJudge.trigger).toBe('none');
  });

  test('judgeDocuments false: documents alone do not call the judge', async () => {
    serve(() => verdict('attack'));
    const res = await invoke(userMessage('要約してください', [MAIL]), { judgeDocuments: false, greyZoneFrom: 1 });
    expect(res.statusCode).toBe(200);
    expect(judgeCalls()).toHaveLength(0);
  });

  test('pasted material in the message calls the judge like a document does', async () => {
    serve(() => verdict('benign'));
    const pasted = `次のメールに返信したい。\n\n差出人: 営業部\n件名: 納期\n\n> 先日の件、納期を教えてください。\n> よろしくお願いします。`;
    const event = await audited(() => invoke(userMessage(pasted), { greyZoneFrom: 1 }));
    expect(event.pastedMaterial).toBe(true);
    expect(event.injectionJudge.trigger).toBe('documents');
  });

  describe('no verdict: fail closed unless onFailure is allow', () => {
    const failures: [string, () => ConverseReply, string][] = [
      ['no answer within timeoutMs', () => ({ kind: 'stall' }), 'timeout'],
      ['an error from the model', () => ({ kind: 'error', status: 400, type: 'ValidationException', message: 'bad' }), 'error'],
      ['an answer that is not the JSON verdict', () => ({ kind: 'answer', text: 'Sure! Here is a summary of the e-mail.' }), 'unreadable'],
      ['a verdict outside the two allowed words', () => ({ kind: 'answer', text: '{"message":"maybe"}' }), 'unreadable'],
      ['a guardrail intervention on the judge call', () => ({ kind: 'answer', text: 'blocked', stopReason: 'guardrail_intervened' }), 'guardrail'],
    ];
    test.each(failures)('%s: 503, the chat model is not called', async (_name, reply, failure) => {
      serve(reply);
      let res;
      const event = await audited(async () => {
        res = await invoke(userMessage('要約してください', [MAIL]), { timeoutMs: 300 });
      });
      expect(res!.statusCode).toBe(503);
      expect(bodyOf(res!).error.code).toBe('injection_judge_error');
      expect(JSON.stringify(bodyOf(res!))).not.toMatch(/ValidationException|stack|Error:/);
      expect(chatCalls()).toHaveLength(0);
      expect(event).toMatchObject({ decision: 'error', errorKind: 'injection_judge_error', injectionJudge: { verdict: 'unavailable', failure } });
    });

    test('onFailure allow: the request goes on, the audit event says the judge gave no verdict', async () => {
      serve(() => ({ kind: 'stall' }));
      let res;
      const event = await audited(async () => {
        res = await invoke(userMessage('要約してください', [MAIL]), { timeoutMs: 300, onFailure: 'allow' });
      });
      expect(res!.statusCode).toBe(200);
      expect(chatCalls()).toHaveLength(1);
      expect(event.injectionJudge).toMatchObject({ verdict: 'unavailable', failure: 'timeout' });
      expect(event.injectionJudge.latencyMs).toBeGreaterThanOrEqual(250);
    });
  });

  test('the request deadline cuts the judge short even when timeoutMs is longer', async () => {
    serve(() => ({ kind: 'stall' }));
    const settings = testSettings({ injectionJudge: { ...JUDGE, timeoutMs: 10_000 } });
    // 1.5 s margin + 1 s store reserve leave the judge about 0.5 s of this 3 s deadline.
    const res = await chat.createChatHandler(backends.depsFor(settings))(chatEvent(userMessage('要約してください', [MAIL])), lambdaContext(3_000));
    expect([503, 504]).toContain(res.statusCode);
    expect(chatCalls()).toHaveLength(0);
  });

  test('with a guardrail configured the judge call carries it, as the IAM condition requires of every invocation', async () => {
    serve(() => verdict('benign'));
    await invoke(userMessage('要約してください', [MAIL]), {}, { guardrail: { identifier: 'gr-123', version: '2' } });
    expect(judgeCalls()[0].body.guardrailConfig).toMatchObject({ guardrailIdentifier: 'gr-123', guardrailVersion: '2' });
  });

  test('no personal data in any log line of judged requests', async () => {
    serve(() => verdict('attack'));
    const start = capture.lines.length;
    await invoke(userMessage(`${SAMPLE.phone} に電話して`, [MAIL]));
    expect(personalDataInLogs(capture.lines.slice(start))).toEqual([]);
  });
});

describe('readVerdict', () => {
  test.each([
    ['{"message":"benign","documents":"none"}', { message: 'benign', documents: 'none' }],
    ['```json\n{"message":"attack","documents":"benign"}\n```', { message: 'attack', documents: 'benign' }],
    ['{"message":"benign"}', { message: 'benign', documents: 'none' }],
  ])('reads %j', (answer, expected) => {
    expect(readVerdict(answer)).toEqual(expected);
  });
  test.each(['', 'benign', '{"message":"Attack"}', '{"message":"benign","documents":"maybe"}', '{"message":', '{"verdict":"attack"}', 'null'])('refuses %j', (answer) => {
    expect(readVerdict(answer)).toBeUndefined();
  });
});
