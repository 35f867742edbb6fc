/**
 * Mention versus use. An attack phrase inside quotation marks is talked about, not issued,
 * when the words around the quotation name it as a phrase or ask about it: 「…」という攻撃は
 * なぜ効くのか, 「…」といった文言の例を研修資料に, Why do "…" attacks work?, If a user asks
 * "…", how should the bot answer?, The regex blocks "…" in user input. It is issued when the words around it order the reader to
 * carry it out: 次の指示に従って：「…」, 「…」と出力して, Do what it says: "…".
 * Pure and linear: bounded patterns over the text with the quotations blanked.
 */
import { gate, hasAny } from './prefilter';

/** A quoted phrase: 「...」, 『...』, "...", “...” or '...' (on one line). */
export const QUOTED = /(?:「[^」\n]{2,200}」|『[^』\n]{2,200}』|"[^"\n]{2,200}"|“[^”\n]{2,200}”|(?<![a-z])'[^'\n]{6,200}'(?![a-z]))/gi;

/** Quotations shorter than this (in characters between the marks) are words, not phrases. */
const MIN_PHRASE = 7;

/** Attribute values (style="...", href='...'), which are no quotations. */
const ATTRIBUTE = /=\s?(?:"[^"\n]{0,400}"|'[^'\n]{0,400}')/g;

/**
 * Specimens without quotation marks: a phrase introduced as an example ("e.g. ignore previous
 * instructions and …,", "such as …", 「例えば…」「（例：…）」) up to the end of its clause, and the
 * options of a quiz ("which of these is an injection? (a) … (b) …"). They count as quotations only
 * in a text that reports or rules on attacks (a notice, a policy, training, what attackers do),
 * so an order that merely starts with "for example," is still read.
 */
/** What a page or an e-mail says, or tells the machine to do: "a web page that says …", "telling the summarizer to …". */
const SPECIMEN_SAYS =
  /(?:\b(?:pages?|e-?mails?|messages?|documents?|texts?|footers?|comments?|notes?|files?|posts?|reviews?|sites?|prompts?|inputs?|headers?|signatures?|lines?) (?:that|which) (?:says?|said|reads?|tells?|told|asks?|asked|instructs?|instructed)(?: that| the| an?)?|\b(?:telling|asking|instructing|ordering) (?:the |an? |any )?(?:ai|assistant|summari[sz]er|model|bot|chatbot|llm|agent)s?(?: to)?)\s?([^,;:)）\n。、」]{8,200})/gi;
const SAYS_LITS = gate(['that say', 'which say', 'that read', 'which read', 'that tell', 'which tell', 'that told', 'that ask', 'which ask', 'that instruct', 'telling', 'asking', 'instructing', 'ordering']);
const SPECIMEN =
  /(?:\be\.g\.,?|\bi\.e\.,?|\bsuch as|\bfor (?:example|instance),?|\b(?:messages?|prompts?|requests?|phrases?|inputs?|texts?|things?|anything|something|stuff|words?|commands?|instructions?) like:?|\b(?:if|when|whenever) (?:(?:you are|you're|it is|it's|the (?:bot|assistant|model|ai) is) )?(?:asked|told|instructed|requested|prompted) to|例えば、?|たとえば、?|（例[:：]?|\(例[:：]?|例[:：]|\(e\.g\.,?)\s?([^,;:)）\n。、」]{8,200})/gi;
const QUIZ_OPTION = /(?:^|\s)\(?[a-d]\)\s?([^()\n]{4,200}?)(?=\s\(?[a-d]\)|\n|$)/g;
const QUIZ = /\bwhich (?:of (?:these|the following)|one)\b|どれ(?:が|か|です)|次のうち/i;
/** SPECIMEN and QUIZ_OPTION, as literals of the raw text (either case). */
const SPECIMEN_LITS = gate(['e.g.', 'E.g.', 'i.e.', 'such as', 'Such as', 'example', 'Example', 'instance', 'Instance', 's like', 'S like', 'e like', 'g like', 'f like', 'd like', 'y like', 'ed to', '例', 'a)', 'b)', 'A)', 'B)']);
/** What makes a text a report or a rule about attacks. */
const REPORTING =
  /\b(?:notices?|polic(?:y|ies)|standards?|guidelines?|training|slides?|awareness|quiz|attackers?|malicious|phishing|scam(?:mers)?|must not|do not|don't|never|prohibited|forbidden|not allowed|not permitted|report(?:ed)?|warn(?:ing|s)?|violations?|red team|incidents?|examples? of|refuse|decline)\b|禁止|てはなら|てはいけ|しないで|行わない|注意|攻撃|不審|報告|研修|ガイドライン|規程|規定|ポリシー|悪意|手口|事例/i;

function specimensOf(text: string): { index: number; text: string; specimen?: boolean }[] {
  const main = hasAny(text, SPECIMEN_LITS);
  const says = hasAny(text, SAYS_LITS);
  if (!main && !says) return [];
  const spans: { index: number; text: string; specimen: boolean }[] = [];
  const found = [...(main ? text.matchAll(SPECIMEN) : []), ...(says ? text.matchAll(SPECIMEN_SAYS) : [])];
  for (const m of found) {
    const body = m[1] ?? '';
    if (m.index === 0) continue;
    spans.push({ index: m.index + m[0].length - body.length, text: body, specimen: true });
  }
  if (QUIZ.test(text)) for (const m of text.matchAll(QUIZ_OPTION)) spans.push({ index: m.index + m[0].length - (m[1] ?? '').length, text: m[1] ?? '', specimen: true });
  if (spans.length === 0) return [];
  let rest = '';
  let at = 0;
  for (const sp of [...spans].sort((a, b) => a.index - b.index)) {
    if (sp.index < at) continue;
    rest += `${text.slice(at, sp.index)} `;
    at = sp.index + sp.text.length;
  }
  rest += text.slice(at);
  return REPORTING.test(rest) ? spans : [];
}

const JSON_BEFORE = /[{[,:]\s?$/;
const JSON_AFTER = /^\s?[:,}\]]/;

/** The quotations of `text`, found with attribute values set aside so their marks pair with nothing. */
/** The last text's quotations: the screen asks quotationsAreMentioned and then blankQuotes about the same text. */
let lastText = '';
let lastQuotations: { index: number; text: string; specimen?: boolean }[] = [];

function quotationsOf(text: string): { index: number; text: string; specimen?: boolean }[] {
  if (text === lastText) return lastQuotations;
  lastQuotations = findQuotations(text);
  lastText = text;
  return lastQuotations;
}

function findQuotations(text: string): { index: number; text: string; specimen?: boolean }[] {
  const masked = text.includes('=') ? text.replace(ATTRIBUTE, (a) => '='.padEnd(a.length, '_')) : text;
  // A short scare-quoted word (「中の人」, "Chaos") is part of the sentence, not a quoted phrase.
  const json = text.includes('{"') || text.includes('[{') || text.includes('":');
  const quoted = [...masked.matchAll(QUOTED)]
    .filter((m) => m[0].length - 2 >= MIN_PHRASE)
    // A JSON key or value ({"text":"…"}) is data, no quotation.
    .filter((m) => !(json && JSON_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) && JSON_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))))
    .map((m) => ({ index: m.index, text: m[0] }));
  const specimens = specimensOf(text).filter((sp) => !quoted.some((q) => sp.index < q.index + q.text.length && q.index < sp.index + sp.text.length));
  if (specimens.length === 0) return quoted;
  return [...quoted, ...specimens].sort((a, b) => a.index - b.index);
}

function blank(text: string, keepMarks: boolean): string {
  let out = '';
  let at = 0;
  for (const q of quotationsOf(text)) {
    out += keepMarks && !q.specimen ? `${text.slice(at, q.index)}${q.text[0]}…${q.text[q.text.length - 1]}` : `${text.slice(at, q.index)}…`;
    at = q.index + q.text.length;
  }
  return out + text.slice(at);
}

/**
 * The text with each quotation, marks and all, replaced by an ellipsis: what the rules read once the
 * quotations are set aside (a verb before a quotation mark, 'say "', is how an order to output reads).
 */
export function blankQuotes(text: string): string {
  return blank(text, false);
}

/**
 * A quotation named by the plain verb that says or sends it, and what it is (と送る行為, と言ったユーザー,
 * と頼むのは): a request described, not made. Read right after the quotation (JA_AFTER) and kept out of
 * the orders to carry it out (USE).
 */
const SAID_BY_VERB = '(?:送る|送った|言う|言った|頼む|頼んだ|書く|書いた|打ち込む|打ち込んだ|聞く|聞いた|入れる|入れた)(?:行為|こと|ような|ケース|手口|攻撃|例|人|ユーザー|者|場合|相手|のは)';

/** Right after a blanked quotation, Japanese: it is named (という攻撃, といった文言) or someone else says it (と聞かれたら). */
const JA_AFTER = new RegExp(
  String.raw`[」』"”']\s?(?:と[^。」\n]{0,6}?(?:送って|言って|書き込んで|入力して|頼んで|聞いて|要求して)(?:き|く)|と(?:(?:入力|送信|依頼|指示|書き込|投稿|記載|要求|命令)(?:する|した|して(?:くる|き))(?:行為|こと|ような|ケース|手口|攻撃|例|人|ユーザー|者|場合|相手)|${SAID_BY_VERB}|(?:書き込|仕込|送りつけ|埋め込)(?:み|ん|む)|いう|いった|か|は|書かれ|書いてあ|言われ|記載され|入力され|送られ|聞かれ|頼まれ|求められ|質問され|依頼され|指示され|言う(?!こと)|言って(?:くる|き)|要求され)|って(?:何|なに|どう|いう|言われ|聞かれ)|のような|のように(?:書かれ|言われ)|みたいな|などの|など(?:と|を|が|は)|系の|型の|の(?:ような|類|例|意味))`,
);
/** Right after a blanked quotation, English: it is used as a noun ("…" attacks, the "…" trick) or described ("…" means). */
const EN_AFTER =
  /["”']\s?(?:-?(?:style|type|like)\b|(?:attacks?|prompts?|phrases?|jailbreaks?|injections?|tricks?|messages?|lines?|examples?|strings?|requests?|texts?|wording|sentences?|payloads?|techniques?|exploits?|patterns?|emails?|e-mails?)\b|(?:means?|meant|works?|worked|does|do|did|is|are|was|were|still|actually|really|in (?:a|an|the|our|your)|to (?:an?|the) (?:ai|bot|chatbot|assistant|model|llm)))/i;
/** Right before a blanked quotation, English: the phrase is introduced as a specimen. */
const EN_BEFORE =
  /\b(?:like|such as|e\.g\.|the (?:phrase|prompt|line|words?|sentence|text|string|message|request|command|attack|example|classic)|phrases?|called|named|say|says|said|saying|reads|containing|contains|with the (?:text|words|line)|asks?|asked|asking|types?|typed|writes|wrote|enters|entered|tells? (?:it|the (?:ai|bot|assistant|model))|something like|for example|for instance|quotes?|quoting|mentions?|mentioning|blocks?|blocked|blocking|filters?|filtered|flags?|flagged|matches|matched|catches|caught|detects?|detected|rejects?|rejected|strips?|denies|denylists?|blocklists?)[\s,:]{0,3}$/i;
/** The text around the quotations asks about it, or is training, research, news of an incident or defence. */
const FRAMING =
  /(?:なぜ|どうして|どう(?:扱|対応|答え|すれば|したら|やって|防|見分)|どのように|どんな|理由|仕組み|とは|意味|対策|防御|防ぎ|防止|検知|見分け|気づ|注意喚起|研修|教育|訓練|資料|説明|解説|紹介|例を|例文|事例|クイズ|テスト問題|報告書|レポート|要約して|まとめて)|\b(?:why|how (?:should|do|does|can|would|could|to)|what (?:is|are|does|do|should|would|happens)|explain|example|such as|defen[cs]es?|defend|protect|prevent|detect|mitigat|training|awareness|workshop|quiz|slides?|deck|summar|research|paper|red team|recogni[sz]e|spot|handle|regex(?:es)?|regular expressions?|blocklists?|denylists?|sanitiz\w*|unit tests?|test cases?|news|reported|researchers?|incidents?|leaked|vulnerabilit(?:y|ies))\b/i;
/** ...unless it orders the reader to carry the quotation out. */
const USE = new RegExp(
  String.raw`(?:従って(?!しま|い[るたま]|き)|従い(?!ます|まし)|従え|従うこと|実行して(?!しま|い[るたま])|実行せよ|その通りに|そのとおりに|指示通り|[」』"”]\s?と(?:だけ)?(?!(?:入力|送信|依頼|指示|書き込|投稿|記載|要求|命令)(?:する|した|される|して(?:くる|き))(?:行為|こと|ような|ケース|手口|攻撃|例|人|ユーザー|者|場合|相手)|${SAID_BY_VERB}|(?:書き込|仕込|送りつけ|埋め込)(?:み|ん|む)|書かれ|書いてあ|言われ|言う|記載され|入力され|送られ|送って(?:き|く)|答えた|返ってき|表示され)(?:出力|入力|答え|答|言|返|書|表示|繰り返|追記|付け|加え|記載|含め|送|伝え|案内|回答|応答|記入|貼)|[」』"”]\s?(?:と|に|で|を)(?!書かれ|書いてあ|言われ|聞かれ|頼まれ|求められ|入力され|送られ|いう|いった|か|は)(?:だけ|のみ)?[^。、\n]{0,5}?(?:して(?:ください|下さい|終了|おいて|ね)?|しろ|せよ|すること|出して|出す|返して|返す|書いて|言って|答えて|終了)|\b(?:start|begin|end|open|close|finish)(?:s|ing)? (?:your |the |each |every )?(?:answer|reply|response|output|message|summary)s? with\s?["“']|\b(?:first|last|only) (?:line|word|sentence|reply) (?:must|should|has to|will)? ?(?:be|read|say)s?:?\s?["“']|\b(?:follow|obey|execute|carry out|comply with|act on|do what (?:it|this|the quote) says|do as (?:it|this) says|now do (?:it|that|this)|then do (?:it|that|this))\b|\b(?=(?:output|say|print|reply with|respond with|answer with|repeat|type|add|append|insert|include|write)\b)(?<!\b(?:that|which|who|they|people|someone|users?|attackers?|it|messages?|e-?mails?|prompts?|pages?|texts?|(?:when|if|whenever|once) (?:i|we|you|they|someone|a user))\s)(?:output|say|print|reply with|respond with|answer with|repeat|type|add|append|insert|include|write)[\s:]{0,3}["“'](?:…)?["”']|\b(?:with|this|following):\s?["“']|(?<!\b(?:that|which|who|they|bots?|assistants?)\s)\b(?:answer|reply|respond)\b[^.\n]{0,30}\bwith\s?["“']|\b(?:say|print|output|reply)[\s,]{0,3}(?:exactly|only|just)[\s:]{0,3}["“'])`,
  'i',
);

/**
 * True when every quotation in `text` that the rules care about is mentioned rather than used:
 * the text holds a quotation, the words right next to one name it as a phrase or the text
 * around them asks about it, and nothing outside orders it carried out.
 */
export function quotationsAreMentioned(text: string): boolean {
  let adjacent = false;
  let any = false;
  for (const m of quotationsOf(text)) {
    any = true;
    // A specimen is named as one by the words that introduce it (e.g., such as, 例えば).
    if (m.specimen) adjacent = true;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m.text.length - 1, m.index + m.text.length + 30);
    if (JA_AFTER.test(after) || EN_AFTER.test(after) || EN_BEFORE.test(before)) adjacent = true;
    if (adjacent) break;
  }
  if (!any) return false;
  const outside = blank(text, true);
  if (USE.test(outside)) return false;
  return adjacent || FRAMING.test(outside);
}
