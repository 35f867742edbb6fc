import type { ConverseReply, ConverseStreamReply, ReceivedConverse } from '../support/bedrock-server';

/** The model id the local trial offers; its name says it is not Bedrock. */
export const LOCAL_MODEL_ID = 'local.echo-ja-v1';

/**
 * The text of the user's own message in the last turn, and how many documents came with it
 * (fenced before the message, each opening with `<document-TOKEN index="N" ...>`).
 */
function lastUserMessage(req: ReceivedConverse): { message: string; documentBlocks: number } {
  const last = [...req.body.messages].reverse().find((m) => m.role === 'user');
  const texts = (last?.content ?? []).map((c) => c.text ?? '').filter((t) => t.length > 0);
  const fenced = texts.slice(0, -1).join('\n').match(/<document-[A-Za-z0-9]+ index="\d+"/g)?.length ?? 0;
  return { message: texts[texts.length - 1] ?? '', documentBlocks: fenced || Math.max(0, texts.length - 1) };
}

/**
 * The local model's answer in Markdown: it quotes what it received (so a newcomer sees the
 * placeholders the guard put in), says how many documents arrived fenced, and shows the
 * renderer at work (a list, code, a link the client shows as text).
 */
/**
 * Asked for "Markdown の見本" (or "markdown sample"), the local model answers with what a
 * careless renderer would turn into markup, requests or script: raw HTML, remote images,
 * `javascript:` and off-list links, next to ordinary Markdown.
 */
export const MARKDOWN_SAMPLE = [
  '## 見出しの見本',
  '',
  '**太字**、*斜体*、`コード`、そして HTML: <b>太字タグ</b> <script>alert("x")</script>',
  '',
  '<img src="https://tracker.example.net/pixel.png" onerror="alert(1)">',
  '',
  '![外部の画像](https://tracker.example.net/image.png)',
  '',
  '- [スクリプトのリンク](javascript:alert(1))',
  '- [社外のリンク](https://external.example.net/)',
  '',
  '1. 番号付きの項目',
  '2. もう一つ',
  '',
  '> 引用の見本',
].join('\n');

export function localAnswer(req: ReceivedConverse): string {
  const { message, documentBlocks } = lastUserMessage(req);
  if (/Markdown の見本|markdown sample/i.test(message)) return MARKDOWN_SAMPLE;
  const quoted = message.split('\n').map((l) => `> ${l}`).join('\n');
  return [
    '**ローカルの模擬モデル**が答えています（Amazon Bedrock ではありません）。',
    '',
    'モデルが受け取った依頼:',
    '',
    quoted,
    '',
    `- 添付資料: ${documentBlocks > 0 ? `${documentBlocks} 件（資料として区切られて届きました）` : 'なし'}`,
    // No literal placeholder here: it would sit in the history and shift the numbering of the next turn's.
    '- 伏せ字（`[種類_番号]` の形）はそのまま返します',
    '- 外部リンクの表示例: [社外のページ](https://external.example.net/page)',
    '',
    '```',
    'echo "コードブロックの例"',
    '```',
  ].join('\n');
}

export function localConverse(req: ReceivedConverse): ConverseReply {
  return { kind: 'answer', text: localAnswer(req), inputTokens: 40, outputTokens: 60 };
}

/** Asked for "長い回答" (or "long answer"), the local model writes on for a while: time to press Stop. */
export function longAnswer(): string {
  return Array.from({ length: 60 }, (_, i) => `${i + 1}. ローカルの模擬モデルが長い回答を少しずつ書いています。`).join('\n');
}

/** The same answer in small chunks with a short pause, so streaming is visible. */
export function localConverseStream(req: ReceivedConverse): ConverseStreamReply {
  if (/長い回答|long answer/i.test(lastUserMessage(req).message)) {
    const long = longAnswer();
    const chunks: string[] = [];
    for (let i = 0; i < long.length; i += 8) chunks.push(long.slice(i, i + 8));
    return { kind: 'stream', chunks, delayMs: 40, firstDelayMs: 100, inputTokens: 40, outputTokens: 900 };
  }
  const text = localAnswer(req);
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += 6) chunks.push(text.slice(i, i + 6));
  return { kind: 'stream', chunks, delayMs: 15, firstDelayMs: 100, inputTokens: 40, outputTokens: 60 };
}
