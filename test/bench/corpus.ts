/**
 * Deterministic mixed Japanese/English benchmark corpus, generated in memory from a seeded PRNG.
 * Prompts are ~4 KB (UTF-8) each; roughly one sentence in four carries personal data.
 */
import { validCorporateNumber, validCreditCard, validMyNumber, invalidMyNumber } from '../fixtures/guard/identifiers';
import { buildBusinessCases } from '../fixtures/guard/ja-business-cases';
import { JA_CLEAN_BUSINESS_TEXTS } from '../fixtures/guard/ja-clean-business';
import { createRandom, pick, randomDigits } from '../fixtures/guard/prng';

const JA_PLAIN = [
  '来週の定例会議の議題を整理してください。',
  '新しい経費精算システムの使い方を教えてください。',
  'このドキュメントを300文字程度に要約してください。',
  '顧客からの問い合わせに対する返信文を丁寧な敬語で作成してください。',
  '2024年度の売上は前年比12.5%増の3,450万円でした。',
  'サーバーのバージョン2.14.3でメモリ使用量が増えています。',
  '注文番号123456789012の配送状況を確認したいです。',
  'データベースのバックアップは毎日午前3:00に実行されます。',
  '会議室の予約は社内ポータルから行ってください。',
  'プロジェクトの進捗について、リスクと対策を箇条書きでまとめてください。',
];
const EN_PLAIN = [
  'Please summarize the attached meeting notes in three bullet points.',
  'Draft a polite reply to the customer asking for more details about the issue.',
  'Our Q3 revenue grew 8.2% to $4,120,000 compared with last year.',
  'The deployment of version 3.11.2 is scheduled for Friday at 14:30.',
  'Translate the following paragraph into Japanese, keeping the technical terms.',
  'What are the main differences between the two proposals?',
  'The invoice INV-2024-00123 was paid on 2024-05-01.',
  'Explain the trade-offs of caching at the edge versus at the origin.',
];
type Maker = (r: () => number) => string;
const JA_PII: Maker[] = [
  (r) => `マイナンバーは${validMyNumber(r)}です。`,
  (r) => `担当の${pick(r, ['佐藤', '鈴木', '高橋', '田中'])}様の携帯は090-${randomDigits(r, 4)}-${randomDigits(r, 4)}です。`,
  (r) => `〒${randomDigits(r, 3)}-${randomDigits(r, 4)} 東京都港区芝公園${1 + Math.floor(r() * 4)}丁目${1 + Math.floor(r() * 9)}番${1 + Math.floor(r() * 20)}号に送付してください。`,
  (r) => `法人番号${validCorporateNumber(r)}の取引先です。`,
  (r) => `カード番号 ${validCreditCard(r)} で決済しました。`,
  (r) => `連絡先はtaro${randomDigits(r, 3)}@example.co.jpです。`,
  (r) => `注文番号${invalidMyNumber(r)}について問い合わせます。`,
];
const EN_PII: Maker[] = [
  (r) => `My name is ${pick(r, ['John Smith', 'Emily Carter', 'David Miller'])} and my SSN is ${100 + Math.floor(r() * 500)}-${10 + Math.floor(r() * 80)}-${1000 + Math.floor(r() * 8000)}.`,
  (r) => `Call me at +1 415 ${randomDigits(r, 3)} ${randomDigits(r, 4)} or email jane.doe${randomDigits(r, 2)}@example.com.`,
  (r) => `Ship it to ${100 + Math.floor(r() * 900)} Main Street, Springfield, IL ${randomDigits(r, 5)}.`,
  (r) => `The server at 10.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}.${Math.floor(r() * 255)} uses key AKIA${'ABCDEFGHIJKLMNOP'}.`,
];

export const PROMPT_BYTES = 4096;

export function buildCorpus(totalBytes = 5.5 * 1024 * 1024, seed = 42): string[] {
  const random = createRandom(seed);
  const prompts: string[] = [];
  let total = 0;
  while (total < totalBytes) {
    let prompt = '';
    let bytes = 0;
    while (bytes < PROMPT_BYTES) {
      const japanese = random() < 0.6;
      const sentence = random() < 0.25 ? pick(random, japanese ? JA_PII : EN_PII)(random) : pick(random, japanese ? JA_PLAIN : EN_PLAIN);
      prompt += sentence + (random() < 0.2 ? '\n' : ' ');
      bytes += Buffer.byteLength(sentence) + 1;
    }
    prompts.push(prompt);
    total += Buffer.byteLength(prompt);
  }
  return prompts;
}

/**
 * Short texts of 100-300 characters (one to a few sentences each), as a security team would
 * feed the scan CLI: JSONL lines {"id","text"} totalling about `totalBytes` (UTF-8).
 */
export function buildShortTextsJsonl(totalBytes = 5 * 1024 * 1024, seed = 7): string {
  const random = createRandom(seed);
  const lines: string[] = [];
  let total = 0;
  for (let id = 0; total < totalBytes; id++) {
    const target = 100 + Math.floor(random() * 200);
    let text = '';
    while (text.length < target) {
      const japanese = random() < 0.6;
      text += (random() < 0.3 ? pick(random, japanese ? JA_PII : EN_PII)(random) : pick(random, japanese ? JA_PLAIN : EN_PLAIN)) + (japanese ? '' : ' ');
    }
    const line = JSON.stringify({ id: `t${id}`, text: text.slice(0, 300) });
    lines.push(line);
    total += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n') + '\n';
}

/**
 * Short Japanese business texts of 100-300 characters, as JSONL lines {"id","text"} totalling
 * about `totalBytes` (UTF-8): sentences drawn from the business-text families (names with and
 * without honorifics, each identifier type plain and under evasions, common nouns that are also
 * surnames) and from clean business texts, about three clean sentences to one with personal data
 * (`dataShare` of the sentences carry personal data: 0.25 by default; the bench's PII-dense corpus
 * uses 0.7);
 * each text is cut to at most `maxChars` (an identifier cut in two is part of the test too).
 * The sentence pools come from several seeds so that few texts repeat.
 */
export function buildShortBusinessJsonl(totalBytes = 5.8 * 1024 * 1024, seed = 11, minChars = 100, maxChars = 300, dataShare = 0.25): string {
  const random = createRandom(seed);
  const withData: string[] = [];
  const clean: string[] = [...JA_CLEAN_BUSINESS_TEXTS];
  for (const s of [1201, 1202, 1203, 1204]) {
    for (const c of buildBusinessCases(s)) (c.spans.length > 0 ? withData : clean).push(c.text);
  }
  const lines: string[] = [];
  let total = 0;
  for (let id = 0; total < totalBytes; id++) {
    const target = minChars + Math.floor(random() * (maxChars - minChars));
    let text = '';
    while (text.length < target) text += pick(random, random() < dataShare ? withData : clean);
    const line = JSON.stringify({ id: `b${id}`, text: text.length > maxChars ? text.slice(0, maxChars) : text });
    lines.push(line);
    total += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n') + '\n';
}
