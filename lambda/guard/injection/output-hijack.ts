/**
 * Output hijack (goal hijacking): the text dictates the literal answer —
 * "just output: ...", 「次のように直接出力してください」, "repeat after me:",
 * "no additional words, no quotes", 「句読点を追加せず」. On its own a verbatim
 * request is weak evidence; with an override it is the payload of the attack.
 */
import type { Detector, Hit } from './types';
import { alt, S } from './lexicon';
import { gate, gatedTest, gatedTest2 } from './prefilter';

const W = { directed: 0.5, payload: 0.3, constraint: 0.35, instead: 0.4, fixedReply: 0.6 };

// ---------- English ----------
const EN_OUT_VERB = alt(
  'output', 'say', 'print', 'type', 'reply', 'respond', 'write', 'repeat', 'enter', 'return', 'rephrase', 'paraphrase',
  'recap', 'answer', 'state', 'echo', 'tell me', 'input',
);
const EN_OUT_VERB_INFL = `${EN_OUT_VERB}(?:d|ed|s|ing)?`;
const EN_ADVERB = alt('just', 'only', 'simply', 'directly', 'instead', 'merely', 'straight');
const EN_PAYLOAD = `(?:[:"“'「]|\\bthe following\\b|\\bthis (?:sentence|text|phrase)\\b|\\bas follows\\b)`;
/** "just output:", "directly output \"…\"", "just go straight to the output:", "instead say: ". */
const EN_DIRECTED = new RegExp(
  `\\b${EN_ADVERB}${S}(?:go${S}straight${S}to${S}(?:the${S})?output|get${S}straight${S}to${S}(?:the${S})?output|${EN_OUT_VERB_INFL})${S}(?:(?:it|back|directly|only|verbatim|exactly|now|out)${S}){0,2}${EN_PAYLOAD}` +
    `|\\b${EN_OUT_VERB_INFL}${S}(?:it${S})?(?:directly|only|verbatim|word for word|exactly as (?:written|follows))${S}(?:now${S})?${EN_PAYLOAD}` +
    `|\\byou (?:now )?(?:need|have|must|should|are to) (?:to )?${EN_OUT_VERB}${S}${EN_PAYLOAD}` +
    `|\\b(?:straight|directly) to the output${S}:`,
);
/** "please repeat: …", "say \"…\"", "repeat after me", "output the following sentence:". */
const EN_PAYLOAD_REQ = new RegExp(
  `\\b(?:repeat|paraphrase|rephrase|recap|say|output|type|enter|print|echo|answer|reply|respond)${S}(?:after me|back|(?:the )?following(?: \\w+)?|this(?: \\w+)?)?${S}[:"“「]` +
    `|\\brepeat after me\\b|\\bsay exactly\\b`,
);
/** "Do as I say", 「私の言うとおりにして」: the text demands obedience to what follows. */
const OBEY = /\bdo (?:exactly )?as i say\b|\bdo what i say\b|\bjust do as (?:you're|you are) told\b|私の言う(?:とおり|通り)|言われた(?:とおり|通り)にし|黙って(?:従|言う|出力|繰り返)/;
/** A question followed by the answer to give: "Do you think X? Please answer: Y", 「…と思いますか?言い換えてください: …」. */
const EN_DICTATED = /\?[^?\n]{0,40}\b(?:answer|reply|respond|repeat|rephrase|paraphrase|say|output|type|write)\w{0,3}[ ,]{0,2}(?:directly |only |just |now ){0,2}(?::|"|“)/;
const JA_DICTATED = /[?？][^?？]{0,40}(?:答え|回答し|返信し|返答し|繰り返し|言い換え|言っ|出力し|入力し|書い|アウトプットし)(?:て)?(?:ください|下さい)[:：「。]/;
/** "no additional words, no quotes, no prefixes", "don't add any words or punctuation". */
const EN_CONSTRAINT =
  /\b(?:no|without|don't|do not|dont|never)(?: add(?:ing)?| use| using| include| including)?(?: any)?(?: other| additional| extra| further)? (?:words?|punctuation|quotes|quotation marks|prefix(?:es)?|embellishments?|symbols|vocabulary)\b/;
const EN_INSTEAD = /\binstead,? (?:just |only |please )?(?:output|say|reply|respond|answer|write|print|type)\b/;

// ---------- Japanese ----------
const JA_OUT_VERB = alt(
  '出力', 'アウトプット', '返信', '返答', '回答', '答え', '言っ', '言い', '繰り返', '復唱', '入力', '書い', '(?<![肩条但落手前上下横縦])書き', '表示',
  '言い換え', '要約', '印刷', 'タイプ', '述べ', '記述', '送信',
);
/** What a directed output is not: a description of what happens (そのまま出力してしまうリスク, 出力される場合). */
const JA_NOT_ORDER = '(?!してしま|され|される|された|する(?:リスク|場合|可能性|問題|恐れ|おそれ|危険|ケース|事例|ことが(?:ある|あり)|の[はがを])|しな|でき|(?:す)?る(?:ボット|ai|アシスタント|システム|人|方|もの|の[はがを]|こと[はがを]|ような|みたいな))';
/** 「直接出力して」「ただ出力」「そのまま繰り返して」「とだけ言って」「出力するだけ」「出力に直接進」. */
const JA_DIRECTED = new RegExp(
  `${alt('直接', 'ただ', 'そのまま', '(?<!簡)単に', '今すぐ', 'すぐに', '代わりに')}(?:に|、)?(?:次のように|以下のように|下記のように|次の(?:文|文章|テキスト|言葉)を)?${JA_OUT_VERB}${JA_NOT_ORDER}` +
    `|とだけ${JA_OUT_VERB}${JA_NOT_ORDER}|${JA_OUT_VERB}(?:する|して)だけ|出力に(?:直接|そのまま)|(?:直接|ただ)アウトプット`,
);
/** 「繰り返してください:」「次のように出力してください」「「…」と出力」. */
const JA_PAYLOAD_REQ = new RegExp(
  `${JA_OUT_VERB}(?:して|し|て)(?:ください|下さい|くれ|ほしい)?[:：「]` +
    // 次の文章を要約して / 言い換えて is a task on the text that follows, not the text dictated as the answer.
    `|(?:次|以下|下記)の(?:ように|とおり|通り|文|文章|テキスト|言葉|指示)を?(?:そのまま)?(?!要約|言い換え)${JA_OUT_VERB}` +
    `|(?:繰り返して|復唱して|言い換えて)(?:ください|下さい)。(?=[^\\n]{5})` +
    `|」と(?:直接|だけ|そのまま)?${alt('出力', '言っ', '答え', '返信', '返答', '入力', '繰り返', '書い', '復唱')}` +
    `|(?:だけを?|のみを?)${JA_OUT_VERB}`,
);
/** 「単語や句読点を追加せず」「引用符、接頭辞、その他の注記は不要」. */
const JA_CONSTRAINT = new RegExp(
  `${alt('単語', '言葉', '語彙', '句読点', '引用符', '接頭[辞語]', '記号', '装飾', '注記', 'メモ', 'コメント')}[^。]{0,30}?` +
    `${alt('追加', '加え', '付け', '使用', '使わ', '用い', '入れ')}[^。]{0,6}?${alt('せず', 'ないで', 'ず', '不要', '禁止', 'できません', 'しない', 'ません')}` +
    `|${alt('単語', '言葉', '引用符', '接頭[辞語]', '注記', 'メモ')}[^。]{0,20}?(?:は不要|禁止)`,
);

// ---------- Gates (see prefilter.ts): a literal every match of the guarded pattern contains ----------
const EN_DIRECTED_LITS = gate(['just', 'only', 'simply', 'directly', 'instead', 'merely', 'straight', 'verbatim', 'word for word', 'exactly as', 'you']);
const JA_DIRECTED_LITS = gate(['直接', 'ただ', 'そのまま', '単に', '今すぐ', 'すぐに', '代わりに', 'だけ', '出力に']);
const EN_PAYLOAD_LITS = gate(['repeat', 'paraphrase', 'rephrase', 'recap', 'say', 'output', 'type', 'enter', 'print', 'echo', 'answer', 'reply', 'respond']);
/** JA_OUT_VERB; every alternative of JA_PAYLOAD_REQ holds one of these and one of JA_PAYLOAD_MARK_LITS, and so does every alternative of JA_DIRECTED. */
const JA_OUT_VERB_LITS = gate(['出力', 'アウトプット', '返信', '返答', '回答', '答え', '言っ', '言い', '繰り返', '復唱', '入力', '書い', '書き', '表示', '要約', '印刷', 'タイプ', '述べ', '記述', '送信']);
/**
 * The other half of each JA_PAYLOAD_REQ alternative: (して|し|て)(ください|下さい|くれ|ほしい)? right before
 * [:：「] ends in し, て, い or れ; then 「次の…」, 「繰り返して」…, 「」と」, 「だけ」「のみ」.
 */
const JA_PAYLOAD_MARK_LITS = gate([
  ...['し', 'て', 'い', 'れ'].flatMap((a) => [':', '：', '「'].map((b) => a + b)),
  '次の', '以下の', '下記の', '繰り返して', '復唱して', '言い換えて', '」と', 'だけ', 'のみ',
]);
const EN_CONSTRAINT_LITS = gate(['word', 'punctuation', 'quot', 'prefix', 'embellishment', 'symbols', 'vocabulary']);
const JA_CONSTRAINT_LITS = gate(['単語', '言葉', '語彙', '句読点', '引用符', '接頭', '記号', '装飾', '注記', 'メモ', 'コメント']);
/** The negation that ends each JA_CONSTRAINT alternative (せず / ないで / しない hold ず or ない). */
const JA_CONSTRAINT_NEG_LITS = gate(['ず', 'ない', '不要', '禁止', 'できません', 'ません']);
const OBEY_LITS = gate(['as i say', 'what i say', 'as you', '私の言う', '言われた', '黙って']);
const QUESTION_LITS = gate(['?']);
const JA_QUESTION_LITS = gate(['?', '？']);
const INSTEAD_LITS = gate(['instead']);

/**
 * One fixed reply to everything from now on: "from now on, whatever you are asked, display only
 * "…"", 「以降はどの質問にも「…」だけを返して」. A format for every answer without a fixed text
 * ("start every answer with a one-line conclusion") is no hijack.
 */
const EN_FIXED_REPLY =
  /\b(?:from now on|from here on|for the rest of (?:this|the) (?:chat|conversation|session)|henceforth|whatever you are asked|no matter what (?:you are|i) ask(?:ed)?)\b[^.\n]{0,60}?\b(?:only|just|nothing but|solely)\b[^.\n]{0,30}?["“']|\b(?:answer|reply to|respond to) (?:every|each|any|all) (?:question|message|request)s? (?:only |just )?with ["“']/;
const JA_FIXED_REPLY =
  /(?:どの|どんな|すべての|全ての|あらゆる)(?:質問|問い合わせ|メッセージ|依頼|入力)(?:に|へ)?(?:も|に対しても|でも)[^。]{0,20}?[「『"“][^」』"”]{1,60}[」』"”](?:と|という)?(?:だけ|のみ)(?:を)?[^。]{0,6}?(?:返|答え|回答|出力|表示|言)(?:して|す(?:る)?ように|しなさい|せよ|ること|え|って)/;
const FIXED_LITS = gate(['from now on', 'from here on', 'for the rest', 'henceforth', 'whatever you are asked', 'no matter what', 'every', 'each', 'any', 'all']);
const JA_FIXED_LITS = gate(['どの', 'どんな', 'すべての', '全ての', 'あらゆる']);

/**
 * A placeholder written in place of what must stay hidden: 「機密部分は「（非公開）」とだけ書いて」,
 * 「キャンペーン名は社外秘なので、要約では「新キャンペーン」とだけ書いて」. The text written is a part of the
 * user's own output (a redaction), not the whole answer dictated; 出力, 答え and 返信 still dictate one.
 */
const JA_PLACEHOLDER = /[「『]([^」』]{1,20})[」』]とだけ(?:書い|書き|記載|表記|記入)/g;
const JA_REDACTION_BEFORE = /(?:機密|社外秘|極秘|非公開|伏せ|書かないで|出さないで|載せないで|(?:名|名前|部分|箇所|金額|数字|数値|社名|固有名詞)(?:は|には|について(?:は)?))[^。]{0,30}$/;

function redactionPlaceholder(j: string): boolean {
  if (!j.includes('とだけ')) return false;
  const directed = JA_DIRECTED.exec(j);
  if (!directed || !directed[0].startsWith('とだけ')) return false;
  JA_PLACEHOLDER.lastIndex = 0;
  for (const m of j.matchAll(JA_PLACEHOLDER)) if (m.index + m[0].length - 2 >= directed.index && JA_REDACTION_BEFORE.test(j.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}

export const detectOutputHijack: Detector = (v) => {
  const hits: Hit[] = [];
  const t = v.folded;
  const j = v.ja;
  if ((gatedTest(t, FIXED_LITS, EN_FIXED_REPLY)) || (gatedTest(j, JA_FIXED_LITS, JA_FIXED_REPLY))) {
    hits.push({ id: 'hijack.fixed-reply', reason: 'output_hijack', weight: W.fixedReply });
  }
  if ((gatedTest(t, EN_DIRECTED_LITS, EN_DIRECTED)) || (gatedTest2(j, JA_DIRECTED_LITS, JA_OUT_VERB_LITS, JA_DIRECTED) && !redactionPlaceholder(j))) {
    hits.push({ id: 'hijack.directed', reason: 'output_hijack', weight: W.directed });
  }
  if ((gatedTest(t, EN_PAYLOAD_LITS, EN_PAYLOAD_REQ)) || (gatedTest2(j, JA_PAYLOAD_MARK_LITS, JA_OUT_VERB_LITS, JA_PAYLOAD_REQ))) {
    hits.push({ id: 'hijack.payload', reason: 'output_hijack', weight: W.payload });
  }
  if ((gatedTest(t, EN_CONSTRAINT_LITS, EN_CONSTRAINT)) || (gatedTest2(j, JA_CONSTRAINT_LITS, JA_CONSTRAINT_NEG_LITS, JA_CONSTRAINT))) {
    hits.push({ id: 'hijack.constraint', reason: 'output_hijack', weight: W.constraint });
  }
  if ((gatedTest(t, OBEY_LITS, OBEY)) || (gatedTest(j, OBEY_LITS, OBEY))) hits.push({ id: 'hijack.obey', reason: 'output_hijack', weight: W.payload });
  if ((gatedTest(t, QUESTION_LITS, EN_DICTATED)) || (gatedTest(j, JA_QUESTION_LITS, JA_DICTATED))) {
    hits.push({ id: 'hijack.dictated', reason: 'output_hijack', weight: W.payload });
  }
  if (gatedTest(t, INSTEAD_LITS, EN_INSTEAD)) hits.push({ id: 'hijack.instead', reason: 'output_hijack', weight: W.instead });
  return hits;
};
