/**
 * Fake system messages and delimiter injection: chat-template tokens
 * ("<|im_start|>system", "[INST]", "<<SYS>>"), role labels at the start of a line
 * ("System:", 「【システム】」) followed by orders, claims of authority ("new
 * instructions from the developer:", 「管理者からの指示:」) and markers that pretend
 * the user input has ended ("--- END OF USER INPUT ---").
 */
import type { Detector, Hit } from './types';
import { alt } from './lexicon';
import { gate, gatedTest, hasAdjacent, hasAny, mayMatchAll } from './prefilter';
import { modeOfADevice } from './role-play';

const W = { template: 0.7, roleTag: 0.5, roleTagWeak: 0.25, label: 0.3, labelOrder: 0.6, authority: 0.5, endMarker: 0.45, heading: 0.35 };

/** Special tokens of common chat templates. Run on the folded view (lower case). */
const TEMPLATE_TOKEN = /<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text|end_of_turn|start_of_turn)\|>|\[\/?inst\]|<<\/?sys>>|<\/?(?:start|end)_of_turn>|<\|channel\|>/;
/** XML-ish role tags: </user>, <system>, <admin>, <instructions>. */
const ROLE_TAG = /<\/?(?:system|sys|system_prompt|admin|administrator|developer|instructions?|operator)(?:\s[^<>\n]{0,40})?>/;
/** Tags that also appear in ordinary prompt templates and data: weak alone. */
const ROLE_TAG_WEAK = /<\/?(?:user|assistant|user_input|context|tool|prompt|human|ai)>/;
const LABEL_WORDS = alt(
  'system', 'sys', 'system message', 'system prompt', 'system notice', 'system note', 'system update', 'system override', 'admin',
  'administrator', 'developer', 'dev', 'root', 'operator', 'assistant', 'ai', 'model', 'openai', 'anthropic', 'moderator',
  'システム', 'システムメッセージ', 'システム通知', 'システムプロンプト', '管理者', '開発者', '運営', 'アシスタント', 'オペレーター',
);
/** A role label opening a line: "System:", "[system]:", "### SYSTEM:", "【システム】". */
const LABEL = new RegExp(
  `(?:^|\\n)[\\s>*#\\-=]{0,6}(?:[\\[(【<{]\\s?${LABEL_WORDS}\\s?[\\])】>}]\\s?[:：]?|${LABEL_WORDS}\\s?[:：])`,
  'g',
);
const ORDER_WORDS = new RegExp(
  alt(
    'you (?:must|will|are|should|shall|now)', 'from now on', 'ignore', 'disregard', 'override', 'new (?:instructions?|rules?|task)', 'instructions?', 'respond',
    'reply', 'output', 'do not', "don't", 'always', 'never', 'reveal', 'forget',
    'あなたは', '無視', '指示', '命令', '従', 'しなさい', 'してください', '出力', '回答', '今後', '以降', '必ず', '禁止', '解除',
  ),
);
/** Claims of authority. */
const AUTHORITY_ALTS = [
    '\\b(?:new|updated|important|urgent|priority|revised|additional|override|emergency|hidden|secret) (?:system )?(?:instructions?|directives?|rules?|orders?|commands?)(?: from (?:the )?(?:system|developer|admin(?:istrator)?|openai|anthropic|operator))?\\s?[:：]',
    '\\b(?:instructions?|message|orders?|directive|update) from (?:the |your )?(?:system|developers?|admin(?:istrator)?|openai|anthropic|operator|creators?)\\b',
    '\\bthis is (?:the |your )?(?:system|developer|admin(?:istrator)?|creator|operator)(?: speaking|\\b)',
    // Claimed as a message ("SYSTEM OVERRIDE:", "admin override accepted"), not a game ability or a manual's procedure.
    '\\b(?:system|admin|developer|sudo|priority|security|emergency) override(?:(?: for (?:the |any |all )?[a-z -]{0,24}(?:ai|bots?|assistants?|models?|llms?|agents?))?\\s?[:：!](?!\\s?(?:the |all |only )?(?:technicians?|operators?|engineers?|admins?|administrators?|users?|staff|players?|customers?|members?|employees?|owners?)\\b)|\\s?[\\])】]|\\s(?:accepted|enabled|activated|engaged|granted|initiated|confirmed|in effect|code)\\b)',
    '\\b(?=(?:maintenance|debug|admin|sudo|root) mode)(?<!\\b(?:set|turn|switch|put|leave|keep|when|if|once|while|until|whether)\\s(?:the\\s)?)(?:maintenance|debug|admin|sudo|root) mode (?:is )?(?:enabled|activated|on)\\b(?!\\s(?:by|when|if|only|after|before|via|through|from|in the|for|until))',
    '\\bauthori[sz]ation (?:code|level|granted)\\b',
];
const AUTHORITY = new RegExp(alt(...AUTHORITY_ALTS));
const AUTHORITY_JA = new RegExp(
  alt(
    '(?:管理者|開発者|システム|運営|運営者|オペレーター)(?:から|より)の(?:指示|命令|通知|メッセージ|お知らせ|連絡|要請)',
    '(?:新しい|新たな|追加の|緊急の?|最優先の?|重要な|更新された|隠された|秘密の)(?:指示|命令|ルール|指令)[:：]',
    '最優先(?:の)?(?:指示|命令|事項|ルール)',
    'これは(?:システム|管理者|開発者)(?:からの|の)?(?:メッセージ|命令|指示|通知)',
    '(?:管理者|開発者|デバッグ|メンテナンス)モード(?:を|が|に)?(?:有効|起動|オン|開始|移行)',
    // A claim ("管理者権限で命じます", 「システム権限により制限を解除」), not a rule about privileges (管理者権限での上書きは禁止).
    '(?:管理者|システム)権限(?:により|を付与(?:します|しました|された|する)|で(?:命じ|命令|指示|あなた|許可|解除|実行せよ|実行して(?:ください)?[。、]))',
  ),
);
/** "--- end of user input ---", "[END OF DOCUMENT]", "=== begin system prompt ===", 「---ここでユーザー入力は終わり---」. */
const END_MARKER = /(?:[-=#*_~<>\[{(|]{2,8}|[\[<({【]) ?(?:end|begin(?:ning)?|start|close|stop) (?:of )?(?:the )?(?:user |system |previous |real |actual )?(?:input|prompt|document|context|instructions?|message|conversation|data|text|query|request|session|system prompt|transcript)\b/;
const END_MARKER_JA = /(?:[-=#*＿_~<>\[{(|]{2,8}|[【\[<(])(?:ユーザー|ユーザ|入力|文書|ドキュメント|プロンプト|会話|コンテキスト|指示|本文)(?:入力)?(?:の)?(?:終わり|終了|ここまで|おわり|終端|開始)/;
/** Markdown headings that impersonate template sections: "### Instruction:", "## System". */
const HEADING = /(?:^|\n)#{1,4} ?(?:system|instruction|instructions|new instructions|response|assistant|システム|指示|新しい指示)\b ?[:：]?/;

// ---------- Gates (see prefilter.ts): a literal every match of the guarded pattern contains ----------
const TEMPLATE_LITS = gate(['<|', 'inst]', 'sys>>', '_of_turn>']);
const TAG_LITS = gate(['<']);
const END_MARKER_LITS = gate(['end', 'begin', 'start', 'close', 'stop']);
const END_MARKER_JA_LITS = gate(['終わり', '終了', 'ここまで', 'おわり', '終端', '開始']);
const HEADING_LITS = gate(['#']);
/** A LABEL ends in a colon or a closing bracket. */
const LABEL_LITS = gate([':', '：', ']', ')', '】', '>', '}']);
const AUTHORITY_LITS = gate(['instruction', 'directive', 'rule', 'order', 'command', 'from', 'this is', 'override', 'mode', 'authori']);
/**
 * AUTHORITY_JA: alternative 1 is a sender right before からの / よりの; alternative 2 ends in
 * (指示|命令|ルール|指令)[:：]; the others hold 最優先, これは, モード or 権限.
 */
const AUTHORITY_JA_SENDERS = ['管理者', '開発者', 'システム', '運営', '運営者', 'オペレーター'];
const AUTHORITY_JA_FROM_LITS = gate(['からの', 'よりの']);
const AUTHORITY_JA_LITS = gate(['示:', '示：', '令:', '令：', 'ル:', 'ル：', '最優先', 'これは', 'モード', '権限']);

/** The authority claim is only a mode switch ("debug mode on", 「開発者モードを有効」), no message from anyone. */
const AUTHORITY_NOT_MODE = new RegExp(alt(...AUTHORITY_ALTS.filter((a) => !a.includes(' mode '))));
function modeOnly(t: string, j: string): boolean {
  return !AUTHORITY_NOT_MODE.test(t) && !/(?:からの|よりの)(?:指示|命令)|最優先|これは(?:システム|管理者|開発者)|権限|(?:指示|命令|ルール|指令)[:：]/.test(j);
}

/** A label followed by what people (not the assistant) do: a heading in a manual or patch notes. */
const DESCRIBES_PEOPLE =
  /^\s?(?:the |all |only )?(?:technicians?|operators?|engineers?|admins?|administrators?|users?|staff|players?|customers?|members?|employees?|owners?|drivers?|pilots?|maintainers?|the device|the unit|the controller|this (?:ability|feature|mode|setting|button|switch))\b[^.\n]{0,20}\b(?:can|may|must|should|will|is|are|have|has|need)\b/;

/** Template syntax: a code fence, {{ var }}, {% tag %}, ${var}, <<var>>, or a role: key of a prompt file. */
const TEMPLATE_SYNTAX = /```|(?:^|\n)\s{0,8}[a-z_]{2,20}: [^\n]{1,200}\n\s{0,8}[a-z_]{2,20}: |\{[a-z_][a-z0-9_.]{0,30}\}|(?:^|\n)\s{0,8}(?:system|user|assistant|system_prompt|instructions):\s?[|>]?(?=\n|$)|\{\{[^{}\n]{1,60}\}\}|\{%|\$\{[\w.]{1,40}\}|<<[\w.]{1,40}>>|\brole:\s?(?:system|user|assistant)\b/;
/** ...and the text asks for a review of it as a prompt or a template. */
/** ...and the text asks for a review of it as a prompt or a template (both words anywhere in the text). */
const TEMPLATE_WORD = /\b(?:prompt|template|yaml|jinja|config|persona)\b|プロンプト|テンプレート|テンプレ|設定ファイル/;
const TEMPLATE_REVIEW =
  /\b(?:review(?:ing)?|check|proofread|improve|critique|lint|validate|fix|tweak|refactor|tighten|explain|compare|rewrite|evaluate|test|look right|look ok|feedback|wording|friendlier|clearer|shorter|warmer|more (?:polite|natural|concise|formal|casual)|system line)\b|添削|レビュー|確認|チェック|見直|改善|直して|直す|評価|比較|検証|推敲|問題点|適切|書き方|分かりやす|わかりやす/;
const TEMPLATE_SYNTAX_LITS = gate(['```', '{', '<<', 'role:', 'system:', 'user:', 'assistant:', 'system_prompt:', 'instructions:', ': ']);

function templateUnderReview(t: string): boolean {
  return gatedTest(t, TEMPLATE_SYNTAX_LITS, TEMPLATE_SYNTAX) && TEMPLATE_WORD.test(t) && TEMPLATE_REVIEW.test(t);
}

export const detectFakeSystemMessage: Detector = (v) => {
  const hits: Hit[] = [];
  const t = v.folded;
  const j = v.ja;
  if (gatedTest(t, TEMPLATE_LITS, TEMPLATE_TOKEN)) hits.push({ id: 'delim.template', reason: 'delimiter_injection', weight: W.template });
  const tag = hasAny(t, TAG_LITS);
  if (tag && ROLE_TAG.test(t)) hits.push({ id: 'delim.role-tag', reason: 'delimiter_injection', weight: W.roleTag });
  if (tag && ROLE_TAG_WEAK.test(t)) hits.push({ id: 'delim.role-tag-weak', reason: 'delimiter_injection', weight: W.roleTagWeak });
  if ((gatedTest(t, END_MARKER_LITS, END_MARKER)) || (gatedTest(j, END_MARKER_JA_LITS, END_MARKER_JA))) {
    hits.push({ id: 'delim.end-marker', reason: 'delimiter_injection', weight: W.endMarker });
  }
  if (gatedTest(t, HEADING_LITS, HEADING)) hits.push({ id: 'delim.heading', reason: 'delimiter_injection', weight: W.heading });
  let labelled = false;
  let ordered = false;
  if (hasAny(t, LABEL_LITS) && mayMatchAll(LABEL, t)) {
    for (const m of t.matchAll(LABEL)) {
      labelled = true;
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 120);
      // "System override: technicians can override the controller": a manual's heading, describing what people do.
      if (DESCRIBES_PEOPLE.test(after)) continue;
      if (ORDER_WORDS.test(after)) {
        ordered = true;
        break;
      }
    }
  }
  if (labelled) hits.push({ id: 'fake.label', reason: 'fake_system_message', weight: W.label });
  // A prompt template under review ("review this prompt template: ```System: You are …{{ company }}```"): the label is material.
  if (ordered && templateUnderReview(t)) ordered = false;
  if (ordered) hits.push({ id: 'fake.label-order', reason: 'fake_system_message', weight: W.labelOrder });
  if (
    ((gatedTest(t, AUTHORITY_LITS, AUTHORITY)) || ((hasAny(j, AUTHORITY_JA_LITS) || hasAdjacent(j, AUTHORITY_JA_SENDERS, AUTHORITY_JA_FROM_LITS)) && AUTHORITY_JA.test(j))) &&
    // 「スマホで開発者モードを有効にする方法」: a device's own mode, claimed for no assistant.
    !(modeOnly(t, j) && modeOfADevice(t, j))
  ) {
    hits.push({ id: 'fake.authority', reason: 'fake_system_message', weight: W.authority });
  }
  return hits;
};
