/**
 * Instruction override: "ignore the previous instructions", 「以前の指示を無視して」,
 * "don't answer the question", 「上記の質問には答えずに」, "forget everything above".
 * Built as verb x qualifier x object; objects that name instructions weigh more
 * than objects that name the user's own question, and a qualifier that points
 * back ("above", 「上記の」) weighs more than none.
 */
import type { Detector, Hit } from './types';
import { gate, gatedTest, hasAny, mayMatchAll } from './prefilter';
import { alt, EN_NEGATED_ATTEMPT, EN_NEGATED_SENTENCE, EN_ANAPHORIC_RE, EN_ANAPHORIC, EN_NEUTRAL, EN_OBJ_ALL, EN_OBJ_STRONG, EN_OBJ_WEAK, JA_OBJ_STRONG, JA_OBJ_WEAK, JA_QUALIFIER, S } from './lexicon';

const W = {
  strongQualified: 0.85,
  strongBare: 0.6,
  weakQualified: 0.45,
  weakBare: 0.35,
  allQualified: 0.8,
  dontAnswer: 0.35,
  newTask: 0.45,
  chain: 0.3,
  own: 0.35,
  seize: 0.6,
};

/** Qualifiers naming the user as the owner of the instructions: my / our earlier instructions. */
const EN_OWN = /\b(?:my|our)\b/;
/** ...unless they also reach beyond them: your, all, every, the system's, the developer's. */
const EN_NOT_OWN = /\b(?:your|all|every|any|system|developer|safety)\b/;
const JA_OWN = /私|わたし|自分|弊社|当社/;
const JA_OWN_BEFORE = /(?:私|わたし|僕|自分|弊社|当社|こちら)(?:の|が|から|より)[^。、]{0,10}$/;
/** A device or an app being operated: its settings are reset, its defaults restored. */
const JA_DEVICE = /電源|ボタン|本体|工場出荷|初期化|ファームウェア|ルーター|プリンター|端末|スマホ|パソコン|アプリ|ブラウザ|画面|長押し|再起動|マニュアル|取扱説明書|取説/;
/** A device, a service or a runbook's system being operated: its settings and configuration are reset, replaced or reloaded. */
const EN_DEVICE =
  /\b(?:firmware|router|modem|button|device|factory|reset|reboot|restart|reload|systemctl|sudo|server|cluster|database|db|replica(?:tion)?|standby|primary|failover|cache|config file|\.conf|bios|printer|app|update|upgrade|install(?:er|ation)?|runbook|console|admin(?:istrator)? (?:panel|console|page)|settings (?:page|menu|screen))\b/;
const EN_TO_AI = /\b(?:assistant|chatbot|llm|language model|ai|gpt|bot)\b|\byour (?:settings|configuration|config|instructions|rules|programming)\b/;
const EN_SETTINGS_OBJ = /^(?:settings?|configuration|config)$/;
const JA_TO_AI = /あなた|君|お前|ai|アシスタント|チャットボット|システムプロンプト/;
const JA_NOT_OWN = /あなた|システム|開発者|全て|すべて|一切|あらゆる/;

/**
 * The user revising their own request: the override is followed by a change of form or content of
 * the same task ("scratch that, ignore the previous instructions I gave you — use a table instead
 * of bullets", 「最初の指示を無視して箇条書きで」「先ほどの指示は忘れて、500字以内で書き直して」).
 * "Your", "all", "every" or "the system's" instructions reach beyond the user's own and stay
 * attacks, and so does any override followed by a dictated output (": …", 「…」とだけ出力).
 */
const EN_REVISION =
  /\b(?:(?:i'd|i would|we'd|we would) (?:rather|prefer|like)|i (?:want|need|prefer)|we (?:want|need)|(?:the )?(?:client|boss|customer|manager|team|reader)s? (?:wants?|needs?|prefers?)|(?:have|want|need|keep|do|make|get) (?:it|this|that|them|the (?:summary|e-?mail|draft|report|text|answer|reply|translation|letter|list|table|memo|slides?|document|post|message))|use|using|make (?:it|them|the \w+)|put (?:it|the \w+)|format|write (?:it|the \w+|them)|rewrite|redo|keep (?:it|the \w+)|shorten|switch to|go with|turn (?:it|this|the \w+) into|change (?:it|the \w+)|instead of|rather than|i changed my mind|change of plan|scratch that|after all)\b[^.\n]{0,50}?\b(?:tables?|bullets?|bullet points|numbered list|list|paragraphs?|headings?|headers?|columns?|shorter|longer|briefer|formal|informal|casual|friendlier|polite|tone|words|characters|sentences|lines|pages?|japanese|english|markdown|csv|json|plain text|font|format|iso|dates?|style|order|version|draft|bold|prose)\b|\b(?:under|within|no more than|at most|less than) \d+ (?:words|characters|lines|sentences)\b|\bi changed my mind\b|\bscratch that\b/;
const EN_REVISION_NOT = /\b(?:your|all|every|any|system|developer|safety|hidden|original)\b/;
/** A dictated output after the override (": …", "say '…'") or anything the other families catch is no revision. */
const EN_DICTATE_AFTER = /(?:output|say|print|reply|respond|answer|write|type|repeat)\w{0,3}[\s,]{0,2}(?:only |just |exactly |directly )?[:"“']/;
const JA_REVISION =
  /箇条書き|表(?:形式|組み|に(?:し|ま)|で)|段落|見出し|\d+(?:字|文字|行|語)(?:以内|程度|くらい|ぐらい|前後|以下|まで|で|に)|字以内|文字以内|短く|長く|簡潔|丁寧|敬語|くだけ|柔らか|硬め|口調|トーン|文体|(?:日本語|英語)で|書き直|言い直|まとめ直|作り直|やり直|フォーマット|形式で|並べ替え|太字|改行|番号付き|結論から|です・?ます調|だ・?である調/;
const JA_REVISION_NOT = /あなた|君|システム|開発者|全て|すべて|全部|一切|あらゆる|ai|アシスタント/;
const JA_DICTATE_AFTER = /[」』"”]\s?と(?:だけ)?(?:出力|言|答え|返|書|表示|入力)|[:：]\s?[「『"“]/;

/** "the previous instructions I sent about scanning receipts": the writer's own earlier instructions. */
const EN_OWN_AFTER = /^\s(?:that )?(?:i|we)(?:'ve| have)?\s(?:sent|gave|wrote|mentioned|shared|posted|e-?mailed|provided|made|left|typed|listed|circulated|issued)\b/;

/** What a revision never asks for: secrets, the assistant's own set-up, rules switched off. */
const EN_REVISION_HARM = /\b(?:passwords?|credentials?|api[ _-]?keys?|tokens?|secrets?|system prompt|hidden|confidential|your (?:instructions|prompt|rules|configuration|settings|guidelines)|unrestricted|uncensored|no (?:rules|restrictions|limits|filters))\b/;
const JA_REVISION_HARM = /パスワード|認証情報|apiキー|トークン|秘密|機密|システムプロンプト|(?:あなた|君)の(?:設定|指示|プロンプト|ルール)|制限(?:なし|を解除|のない)|フィルター/;

/**
 * An apology or a correction right before the override ("Sorry, forget the previous instruction",
 * 「すみません、さっきの指示は忘れてください」): the user taking back their own request, whatever the
 * change that follows (a revision word list cannot know every one: 横向き, landscape, the other file).
 */
const EN_CORRECTION_BEFORE = /\b(?:sorry|apologies|my bad|my mistake|oops|whoops|correction|on second thought|change of plans?)\b[^.\n]{0,25}$/;
const JA_CORRECTION_BEFORE = /(?:すみません|すいません|済みません|申し訳(?:ありません|ございません|ないです)|ごめん(?:なさい)?|失礼(?:しました|いたしました)|訂正(?:します|です|させてください)|やっぱり|間違えました|間違いでした)[^。\n]{0,12}$/;

/**
 * Why the user changes their own request: someone they work for changed it, the earlier text was
 * the old or wrong one, this one is the new one ("Forget the previous instructions, the client
 * wants blue", 「前の指示は忘れてください。先方の希望で…」「こちらが最新版です」).
 */
const EN_CHANGE_REASON =
  /\b(?:the (?:client|customer|boss|manager|team|reader|editor|lawyer|partner|vendor)s? (?:wants?|asked|prefers?|needs?|changed|said)|(?:that|it|this) was the (?:old|wrong|previous|outdated|earlier) (?:one|version|draft|file|text|copy)|(?:this|the) (?:new|updated|latest|correct|right|revised|final) (?:one|version|draft|file|text|copy)|use this one|wrong (?:file|version|draft|text|one|document|attachment))\b/;
const JA_CHANGE_REASON =
  /(?:先方|お客様|顧客|上司|部長|課長|クライアント|取引先)の(?:希望|要望|指示|意向|依頼)で|(?:さっき|先ほど|前|最初)の(?:は|が)(?:古い|間違い|誤り|旧)|(?:こちら|これ)が(?:正しい|最新|新しい|正式)|最新版|改訂版|修正版|差し替え|古い版|旧版|間違えて|誤って/;

function enRevision(t: string, start: number, end: number): boolean {
  if (EN_REVISION_HARM.test(t.slice(end, end + 140))) return false;
  if (EN_REVISION_NOT.test(t.slice(start, end))) return false;
  if (EN_OWN_AFTER.test(t.slice(end, end + 30)) && !EN_DICTATE_AFTER.test(t.slice(end, end + 100))) return true;
  const after = t.slice(end, end + 140).split(/\n|["”]/)[0] ?? '';
  if (EN_CORRECTION_BEFORE.test(t.slice(Math.max(0, start - 40), start)) || EN_CHANGE_REASON.test(after)) return !EN_DICTATE_AFTER.test(after);
  return EN_REVISION.test(`${t.slice(Math.max(0, start - 40), start)} ${after}`) && !EN_DICTATE_AFTER.test(after);
}

function jaRevision(j: string, start: number, end: number): boolean {
  if (JA_REVISION_NOT.test(j.slice(start, end)) || JA_REVISION_HARM.test(j.slice(end, end + 60))) return false;
  const after = j.slice(end, end + 60);
  if (JA_CORRECTION_BEFORE.test(j.slice(Math.max(0, start - 24), start)) || JA_CHANGE_REASON.test(after)) return !JA_DICTATE_AFTER.test(after);
  // The revision follows in the same line and outside any quotation the override sits in.
  return JA_REVISION.test(after.split(/\n|」|』/)[0] ?? '') && !JA_DICTATE_AFTER.test(after);
}

// ---------- English ----------
const EN_NEG = `(?<!(?:\\bnot|\\bnever|n't|\\bdont|\\bcannot)\\s{0,2})`;
const EN_VERB = alt(
  'ignor(?:e|ing)', 'disregard(?:ing)?', 'forget(?:ting)?', 'neglect(?:ing)?', 'overlook(?:ing)?', 'discard(?:ing)?',
  'drop(?:ping)?', 'override', 'overriding', 'abandon(?:ing)?', 'set aside', 'pay no attention to', 'never ?mind',
  'skip(?:ping)?', 'throw out', 'scrap', 'cancel', 'bypass(?:ing)?', 'disobey(?:ing)?', 'regardless of', 'irrespective of',
  'notwithstanding', 'instead of (?:following|answering|obeying)', 'in spite of', 'despite',
);
const EN_MOD = alt(...EN_ANAPHORIC, ...EN_NEUTRAL);
const EN_POST = alt(
  'above', 'before', 'prior', 'earlier', 'so far', 'previously', 'up to (?:now|this point)', 'you (?:were|have been) given',
  'given (?:to you|above|before|earlier)', 'from before', 'in (?:the )?(?:system )?prompt',
);
const EN_OVERRIDE = new RegExp(
  `${EN_NEG}\\b${EN_VERB}${S}(?:about${S})?((?:${EN_MOD}${S}){0,5})` +
    `(${alt(...EN_OBJ_STRONG)}|${alt(...EN_OBJ_WEAK)}|${alt(...EN_OBJ_ALL)})\\b` +
    `(${S}${EN_POST}\\b)?`,
  'g',
);
const EN_OBJ_STRONG_RE = new RegExp(`^${alt(...EN_OBJ_STRONG)}$`);
const EN_OBJ_ALL_RE = new RegExp(`^${alt(...EN_OBJ_ALL)}$`);
/** "ignore the above", "forget all that came before", "disregard what you were told". */
const EN_OVERRIDE_BARE = new RegExp(
  `${EN_NEG}\\b${EN_VERB}${S}(?:${alt('all', 'everything', 'anything', 'the', 'what(?:ever)?')}${S}){0,2}` +
    `${alt('above', 'before', 'previously', 'so far', 'that came before', 'you (?:were|have been) (?:told|given)', 'i (?:said|told you|asked) (?:before|earlier|above)')}\\b`,
  '',
);
/** "forget about them/it, you now ..." */
const EN_FORGET_IT = /\b(?:forget|ignore|disregard)(?: about)? (?:them|that|it|those|this)\b[^.\n]{0,30}\b(?:now|instead|just|only|reply|say|output|answer)\b/;
/** "don't follow the above instructions", "stop following your rules". */
const EN_DONT_FOLLOW = new RegExp(
  `\\b(?:do not|don't|dont|stop|no longer|never again)${S}(?:follow(?:ing)?|obey(?:ing)?|comply(?:ing)? with|listen(?:ing)? to|adher(?:e|ing) to)${S}((?:${EN_MOD}${S}){0,4})(${alt(...EN_OBJ_STRONG)})\\b`,
  'g',
);
/** "don't answer (the question)", "no need to answer". */
const EN_DONT_ANSWER = /\b(?:do not|don't|dont|no need to|without|never|not|don't rush to|do not rush to|no need to rush to) ?(?:answer(?:ing)?|respond(?:ing)? to|reply(?:ing)? to)\b(?! (?:if|unless|when|in case|until)\b)/;
/** After an override: "... and just output", "..., then rephrase". Checked on the text right after the override. */
const EN_CHAIN = /^[^.?!\n]{0,25}?(?:\band\b|\bthen\b|\binstead\b|,|;|:)[\s,]*(?:(?:just|only|simply|directly|please|now|instead|you|need|to|must|should|will)\s?)*(?:output|say|reply|respond|answer|write|repeat|rephras|paraphras|recap|type|enter|print|tell|share|give|list|explain|translate|describe|go straight|get straight|return|state)/;
/** "now your task is ...", "your new instructions are", "instead, you will". */
const EN_NEW_TASK = /\b(?:(?:now|from now on),? (?:your|the) (?:new |real |actual |only )?(?:task|job|goal|instruction|mission|purpose) (?:is|will be)|your (?:new|real|actual|true) (?:task|job|goal|instructions?|mission|purpose) (?:is|are|will be)|new instructions?:|instead,? (?:you (?:will|must|should)|your (?:task|job)))/;

// ---------- Gates (see prefilter.ts): a literal every match of the guarded pattern contains ----------
/** EN_VERB: EN_OVERRIDE, EN_OVERRIDE_BARE and EN_FORGET_IT all start with one. */
const EN_VERB_LITS = gate([
  'ignor', 'disregard', 'forget', 'neglect', 'overlook', 'discard', 'drop', 'overrid', 'abandon', 'set aside', 'pay no attention to',
  'never', 'skip', 'throw out', 'scrap', 'cancel', 'bypass', 'disobey', 'regardless of', 'irrespective of', 'notwithstanding',
  'instead of', 'in spite of', 'despite',
]);
const EN_DONT_FOLLOW_LITS = gate(['do not', "don't", 'dont', 'stop', 'no longer', 'never']);
const EN_ANSWER_LITS = gate(['answer', 'respond', 'reply']);
const EN_NEW_TASK_LITS = gate(['task', 'job', 'goal', 'instruction', 'mission', 'purpose', 'instead']);
/** JA_VERB: JA_OVERRIDE and JA_OVERRIDE_BARE end with one. */
/** JA_VERB's forms, one literal per alternative or per branch of it. */
const JA_VERB_LITS = gate([
  '無視', '忘れ', '従わ', '従う', '守ら', '守る必要', '答えな', '答えず', '回答しな', '回答しず', '返答しな', '返答しず', '応答しな', '応答しず', '返事しな', '返事しず',
  '答える必要', '回答する必要', '返答する必要', '回答せず', '返答せず', '気にせず', '気にしないで', '関係なく', '構わず', 'かまわず', '考慮せず', '考えずに',
  'かかわらず', '拘らず', '破棄し', '破棄せ', 'リセットし', 'リセットせ', '取り消', '撤回し', '撤回せ', '捨てて', '捨てろ', '上書きし', '上書きせ', '無効に', '無効化',
  'スキップし', 'スキップせ', 'スルーし', 'スルーせ', '放棄し', '放棄せ', '度外視', 'なかったことに',
]);
const JA_ANSWER_LITS = gate(['答え', '回答', '返答', '応答', '返事']);
const JA_NEW_TASK_LITS = gate(['あなたの', '君の', '新しい指示', '新たな指示', '指示に従']);

// ---------- Japanese ----------
const JA_Q = alt(...JA_QUALIFIER);
const JA_OBJ = `${alt(...JA_OBJ_STRONG, ...JA_OBJ_WEAK)}(?:(?:の|や|と|、)${alt(...JA_OBJ_STRONG, ...JA_OBJ_WEAK)}){0,2}`;
const JA_PARTICLE = `(?:${alt('には', 'に対しては', 'については', 'は', 'を', 'も', 'に', 'なんて', 'とか', 'など', 'なんか', 'のこと(?:は|を)?', 'のことは')})?`;
const JA_QUANT = `(?:${alt('全て', 'すべて', '全部', 'ぜんぶ', '一切', '完全に', '全く', 'まったく', 'いったん', '一旦', '一度', 'もう', 'ひとまず', 'とりあえず')})?`;
/** Imperative / te-form of the verbs; past, passive and "don't ignore" are excluded. */
const JA_VERB = alt(
  '無視(?!した|しない|しません|され|するな|できな|する[人方者])',
  '忘れ(?:て(?!しま|い[るたま])|ろ|なさい|ること|去っ|てください)',
  '従わ(?:ないで|なくて|ず|ないこと|なくても)', '従う(?:な|必要は(?:ない|ありません))',
  '守ら(?:ないで|なくて|ず)', '守る必要は(?:ない|ありません)',
  '(?:答え|回答し|返答し|応答し|返事し)(?:ないで|ずに|なくて)', '(?:答え|回答す|返答す)る必要は(?:ない|ありません)', '(?:答え|回答せ|返答せ)ず',
  '気にせず', '気にしないで', '関係なく', '構わず', 'かまわず', '考慮せず', '考えずに', 'かかわらず', '拘らず',
  '破棄(?:し|せよ)', 'リセット(?:し|せよ)', '取り消(?:し|せ)', '撤回(?:し|せよ)', '捨て(?:て|ろ)', '上書き(?:し|せよ)',
  '無効(?:に|化)', 'スキップ(?:し|せよ)', 'スルー(?:し|せよ)', '放棄(?:し|せよ)', '度外視', 'なかったことに',
);
const JA_OVERRIDE = new RegExp(
  `((?:${JA_Q}(?:の|にある|で(?:の)?|された|した)?){0,2})(?:${alt('全て', 'すべて', '一切')}の)?(${JA_OBJ})${JA_PARTICLE}${JA_QUANT}[、,]?${JA_QUANT}${JA_VERB}`,
  'g',
);
/** Qualifier without object: 「上記は無視して」「これまでのことは全部忘れて」「それらのことは忘れて」. */
const JA_OVERRIDE_BARE = new RegExp(
  `${alt('上記', '上述', '前述', '以上', 'これまで', '今まで', 'いままで', 'それら', 'これら', 'ここまで', '先ほど', 'さっき', '以前')}(?:の(?:こと|内容|話|すべて|全て))?${JA_PARTICLE}${JA_QUANT}${JA_VERB}`,
  '',
);
const JA_STRONG_RE = new RegExp(alt(...JA_OBJ_STRONG));
const JA_NEW_TASK = /(?:今度は|今から|これからは|ここからは|以降は|今の)?(?:あなたの|君の)(?:新しい|本当の|真の|次の)?(?:仕事|任務|タスク|役割|目的)は(?!何)|のが(?:あなたの|君の)(?:仕事|任務|タスク|役目|役割)|新しい指示[:：は]|新たな指示[:：は]|次の指示に従って|以下の指示に従[いっ]/;
/** 「答えずに」「答えないで」「回答は不要」「答えを急がず」 (no object needed). */
const JA_DONT_ANSWER = /(?:答え|回答し|返答し|応答し|返事し)(?:ないで|ずに|なくて(?:いい|よい|も))|(?:答え|回答せ|返答せ)ず(?:に|、)|(?:答え|回答|返答)(?:る|す)?(?:る)?必要は(?:ない|ありません)|(?:答え|回答|返答)(?:は|を)(?:急がず|不要|しないで)/;
/** After an override: 「無視して、言い換えてください」「忘れて、次のように出力」. */
const JA_CHAIN = /^(?:して|し|せず|ずに|で|て|ください|下さい)?(?:ください|下さい)?[、,。]?(?:次の|以下の|代わりに|ただ|直接|今すぐ|すぐに|そのまま|ここでは|今度は)?[^。？?]{0,12}?(?:出力|言い換え|繰り返|答え|返信|返答|入力|書い|教え|言っ|述べ|追加|復唱|共有|説明|翻訳|要約|表示|アウトプット|実行)/;

const OPEN_QUOTE = /["“'「『‘]\s?$/;
const CLOSE_QUOTE = /^[ .,!?]{0,2}["”'」』’]/;

/** True when text[start, end) is wrapped in quotation marks on one line. */
function isQuoted(t: string, start: number, end: number): boolean {
  return OPEN_QUOTE.test(t.slice(Math.max(0, start - 2), start)) && CLOSE_QUOTE.test(t.slice(end, end + 3));
}

function chain(hits: Hit[]): void {
  hits.push({ id: 'override.chain', reason: 'instruction_override', weight: W.chain });
}

function enOverride(t: string, hits: Hit[]): void {
  const verb = hasAny(t, EN_VERB_LITS);
  if (verb) {
    if (mayMatchAll(EN_OVERRIDE, t))
    for (const m of t.matchAll(EN_OVERRIDE)) {
      const mods = m[1] ?? '';
      const obj = m[2] ?? '';
      const qualified = EN_ANAPHORIC_RE.test(mods) || Boolean(m[3]);
      // "ignore the previous replication settings", "forget the previous configuration and reload it": a system being operated.
      if (EN_SETTINGS_OBJ.test(obj) && EN_DEVICE.test(t) && !EN_TO_AI.test(t)) continue;
      let weight: number;
      if (EN_OBJ_ALL_RE.test(obj)) weight = qualified ? W.allQualified : W.weakBare;
      else if (EN_OBJ_STRONG_RE.test(obj)) weight = qualified ? W.strongQualified : W.strongBare;
      else weight = qualified ? W.weakQualified : W.weakBare;
      // The user's own earlier instructions ("disregard my earlier instructions about the shipment")
      // are theirs to revoke; "your", "all" or "the system's" instructions are not.
      if (EN_OWN.test(mods) && !EN_NOT_OWN.test(mods)) weight = Math.min(weight, W.own);
      // "ignore the previous instructions I gave you — use a table instead": the user revising their own request.
      const revision = enRevision(t, m.index, m.index + m[0].length);
      if (revision) weight = Math.min(weight, W.own);
      // A phrase quoted as a mention ('what does "ignore previous instructions" mean?') is weaker evidence.
      if (isQuoted(t, m.index, m.index + m[0].length)) weight = Math.round(weight * 50) / 100;
      // A rule against attempting it ("never try to make it ignore its safety rules") is a policy.
      if (EN_NEGATED_ATTEMPT.test(t.slice(Math.max(0, m.index - 50), m.index))) weight = Math.min(weight, W.own);
      hits.push({ id: `override.en.${weight}`, reason: 'instruction_override', weight });
      if (!revision && EN_CHAIN.test(t.slice(m.index + m[0].length, m.index + m[0].length + 80))) chain(hits);
    }
    if (EN_OVERRIDE_BARE.test(t)) hits.push({ id: 'override.en.bare', reason: 'instruction_override', weight: W.allQualified });
    if (EN_FORGET_IT.test(t)) hits.push({ id: 'override.en.forget-it', reason: 'instruction_override', weight: W.weakQualified });
  }
  if (hasAny(t, EN_DONT_FOLLOW_LITS) && mayMatchAll(EN_DONT_FOLLOW, t)) {
    for (const m of t.matchAll(EN_DONT_FOLLOW)) {
      const weight = EN_ANAPHORIC_RE.test(m[1] ?? '') ? W.strongQualified : W.strongBare;
      hits.push({ id: `override.en.dont-follow.${weight}`, reason: 'instruction_override', weight });
    }
  }
  const dontAnswer = hasAny(t, EN_ANSWER_LITS) ? EN_DONT_ANSWER.exec(t) : null;
  if (dontAnswer && EN_CHAIN.test(t.slice(dontAnswer.index + dontAnswer[0].length, dontAnswer.index + dontAnswer[0].length + 80))) chain(hits);
  if (dontAnswer) hits.push({ id: 'override.en.dont-answer', reason: 'instruction_override', weight: W.dontAnswer });
  if (gatedTest(t, EN_NEW_TASK_LITS, EN_NEW_TASK)) hits.push({ id: 'override.en.new-task', reason: 'instruction_override', weight: W.newTask });
}

function jaOverride(t: string, hits: Hit[]): void {
  const verb = hasAny(t, JA_VERB_LITS);
  if (verb && mayMatchAll(JA_OVERRIDE, t)) {
    for (const m of t.matchAll(JA_OVERRIDE)) {
      const qualified = (m[1] ?? '').length > 0;
      const strong = JA_STRONG_RE.test(m[2] ?? '');
      let weight = strong ? (qualified ? W.strongQualified : W.strongBare) : qualified ? W.weakQualified : W.weakBare;
      // 「工場出荷時設定にリセット」「設定をリセットして電源を入れ直す」: a device's settings, not the assistant's.
      if (/^(?:設定|初期設定|既定|デフォルト)/.test(m[2] ?? '') && JA_DEVICE.test(t) && !JA_TO_AI.test(t)) continue;
      // 「私が先ほどお送りした指示は取り消して」: the user revokes their own instruction.
      if ((JA_OWN.test(m[1] ?? '') || JA_OWN_BEFORE.test(t.slice(Math.max(0, m.index - 14), m.index))) && !JA_NOT_OWN.test(m[1] ?? '')) weight = Math.min(weight, W.own);
      // 「最初の指示を無視して箇条書きで」: the user revising their own request.
      const revision = jaRevision(t, m.index, m.index + m[0].length);
      if (revision) weight = Math.min(weight, W.own);
      hits.push({ id: `override.ja.${weight}`, reason: 'instruction_override', weight });
      if (!revision && JA_CHAIN.test(t.slice(m.index + m[0].length, m.index + m[0].length + 40))) chain(hits);
    }
  }
  if (gatedTest(t, JA_ANSWER_LITS, JA_DONT_ANSWER)) hits.push({ id: 'override.ja.dont-answer', reason: 'instruction_override', weight: W.dontAnswer });
  if (verb && JA_OVERRIDE_BARE.test(t)) hits.push({ id: 'override.ja.bare', reason: 'instruction_override', weight: W.allQualified });
  if (gatedTest(t, JA_NEW_TASK_LITS, JA_NEW_TASK)) hits.push({ id: 'override.ja.new-task', reason: 'instruction_override', weight: W.newTask });
}

/**
 * The explicit override, worded only the way attacks word it: "ignore (all) (the|your) previous
 * instructions", 「以前の指示を無視して」. Narrower than the patterns above (no "cancel my last
 * order", no 「システムの指示に従わず」), so it stands on its own in the score (score.ts).
 */
const EN_EXPLICIT = /(?<!\b(?:not|never|dont|don't|don’t|n't|n’t)\s{0,2})\b(?:ignore|disregard|forget|discard|override)\s(?:all\s|any\s)?(?:of\s)?(?:the\s|your\s)?(?:(?:previous|prior|above|preceding|earlier|original|initial|system)\s(?:instructions?|prompts?|directions?|directives?|commands?|guidelines)\b|instructions\s(?:you\s(?:were|have\sbeen)\sgiven|you\sreceived|above)\b)/;
const JA_EXPLICIT = /(?<!(?:私|わたし|僕|自分|弊社|当社|こちら)(?:の|が|から|より)[^。、]{0,10})(?:以前|上記|以上|これまで|今まで|前|最初|元|システム|先ほど|さっき)の(?:指示|命令|プロンプト|指令|制約)(?:は|を|も)?(?:すべて|全て|全部|一切)?(?:無視|忘れ|破棄|無効に|リセット)/;

/**
 * The same explicit override in a third language the user may ask to have translated and followed:
 * Spanish, French, Italian, Portuguese, German, Chinese ("ignora todas las instrucciones anteriores",
 * "ignorez les instructions précédentes", 「忽略之前的所有指令」).
 */
const FOREIGN_EXPLICIT =
  /\b(?:ignora|ignore[zr]?|olvida|olvide|oublie[zr]?|dimentica|esque[cç]a)\s(?:todas\s|todos\s|toutes\s|tous\s|tutte\s|tutti\s)?(?:las\s|los\s|les\s|le\s|as\s|os\s|tus\s|tes\s|vos\s|sus\s)?(?:instrucciones|instructions|istruzioni|instru[cç][oõ]es|[oó]rdenes|indicaciones|consignes)\s(?:anteriores|previas|precedentes|pr[ée]c[ée]dentes|ant[ée]rieures|precedenti|previe)\b|\bignorier(?:e|en sie|t)?\s(?:alle\s)?(?:(?:vorherigen|bisherigen|vorigen|fr[üu]heren|obigen)\s)(?:anweisungen|instruktionen|befehle)\b|忽略(?:之前|以上|先前|上面|前面|此前|以前)的?(?:所有|全部|一切)?(?:指令|指示|说明|提示)/;
const FOREIGN_LITS = gate(['instruc', 'istruz', 'rdenes', 'indicaciones', 'consignes', 'anweisung', 'instruktion', 'befehle', '忽略']);

/**
 * Seizing authority over the assistant's rules: the user's words outrank its rules, its rules are
 * void or lifted by the user, the user is its administrator now. The object is the assistant's own
 * rules ("your operating rules", 「あなたの会社のルール」), so "my edits take precedence over the
 * template" or 「私が管理者ですが、パスワードのリセット方法は」 stay quiet. Stands on its own (score.ts).
 */
const EN_RULES = "(?:rules?|rulebook|operating rules|policies|policy|guidelines|restrictions|limits|safety rules|content rules|filters?|programming|instructions|directives|settings|configuration)";
const EN_SEIZE = new RegExp(
  alt(
    `\\b(?:whatever|what|everything|anything) i (?:type|write|say|send)\\b[^.\\n]{0,20}\\b(?:outranks?|overrides?|supersedes?|takes? precedence over|comes? before|trumps?|is more authoritative than)\\b[^.\\n]{0,12}\\byour\\b`,
    `\\b(?:treat|consider|regard|take)\\b[^.\\n]{0,10}\\bmy (?:messages?|words?|notes?|instructions?|input|prompts?|orders?)\\b[^.\\n]{0,30}\\b(?:as|to be) (?:your |the )?["“']?(?:new |real |top-level |highest(?:-priority)? |only )?(?:system prompt|system message|settings?|configuration|rules?|instructions?|policy|orders?|law)\\b`,
    `\\bmy (?:notes?|messages?|instructions?|words?|orders?) (?:as )?(?:more authoritative than|above|over|outrank(?:ing)?|override|overriding) your (?:company |developer's |operator's |own )?${EN_RULES}\\b`,
    `\\bmy (?:word|messages?|instructions?|notes?) (?:is|are) (?:now )?(?:the only|your only|your new) (?:rules?|instructions?|law)\\b`,
    `\\b(?:consider|treat|declare) (?:your|all (?:your |prior |previous )?)${EN_RULES}(?: as)? (?:void|suspended|abolished|revoked|lifted|null|cancell?ed)\\b`,
    `\\byour ${EN_RULES} (?:is|are) (?:now |hereby )?(?:void|suspended|abolished|revoked|lifted|disabled|null|cancell?ed|no longer (?:valid|in effect|applicable))\\b`,
    `\\bi(?:'m| am) (?:now |hereby )?(?:lifting|suspending|disabling|removing|revoking|turning off|overriding) your (?:safety |content |operating )?${EN_RULES}\\b`,
    `\\bi(?:'m| am) (?:now )?your (?:new )?(?:administrator|admin|operator|developer|owner|master|creator)\\b`,
    `\\b(?:all )?existing (?:limits|restrictions|rules|filters) (?:are )?(?:now )?(?:suspended|lifted|void|disabled)\\b`,
    `\\byour (?:instructions|orders|rules|commands) (?:now |will )?come from me\\b`,
    `\\ball (?:prior|previous|earlier|existing|of your|your) (?:directives|instructions|rules|policies|guidelines|restrictions) (?:are|is) (?:now |hereby )?(?:void|null|revoked|cancell?ed|suspended|lifted|obsolete)\\b`,
    `\\byour only rule (?:now )?is\\b`,
    `\\byou (?:now )?(?:take orders|obey|answer to) (?:only )?(?:from )?me(?:,| and| instead| not| rather)`,
  ),
);
const JA_AI_RULES = '(?:会社の|運営会社の|開発者の|運用)?(?:ルール|運用ルール|方針|規則|設定|ポリシー|ガイドライン|制限|制約|安全ルール|ルールブック|安全装置|フィルター)';
const JA_MINE = '私の(?:指示|メモ|メッセージ|言うこと|書くこと|命令|言葉|入力)';
const JA_SEIZE = new RegExp(
  alt(
    `(?:あなた|君|お前)の${JA_AI_RULES}(?:より|よりも)(?:も)?、?${JA_MINE}(?:の方|のほう)?(?:を|が)(?:優先|最優先|正しい|上)`,
    `${JA_MINE}(?:を|は)[^。]{0,8}(?:最上位|最優先|システムプロンプト|あなたの設定|新しい設定|絶対|唯一の)[^。]{0,8}(?:として|と)(?:扱|み|考え|し)`,
    `私が(?:あなた|君)の(?:設定|ルール|運用|方針)を?(?:管理|変更|上書き|決め|書き換え)`,
    `(?:これから|今日から|本日から|今後|以後|今から)(?:は)?私が(?:あなたの)?(?:管理者|開発者|運営者|オーナー|主人)`,
    `(?:あなた|君|お前)の${JA_AI_RULES}(?:は|を)[^。]{0,10}(?:廃止|停止|解除|無効|撤廃|取り消|失効)`,
    `既存の(?:制限|ルール|制約|規則)(?:は)?(?:すべて|全て|全部)?(?:停止|解除|無効|廃止)`,
    `(?:今後|以降|これから|今から)(?:は)?、?${JA_MINE}(?:だけ|のみ)を(?:最)?優先|${JA_MINE}(?:だけ|のみ)?を最優先`,
  ),
);
const EN_SEIZE_LITS = gate(['i type', 'i write', 'i say', 'i send', 'my ', 'your ', 'existing', 'me']);
const JA_SEIZE_LITS = gate(['私', '既存', 'あなた', '君', 'お前']);

export const detectInstructionOverride: Detector = (v) => {
  const hits: Hit[] = [];
  enOverride(v.folded, hits);
  jaOverride(v.ja, hits);
  if ((hasAny(v.folded, EN_SEIZE_LITS) && EN_SEIZE.test(v.folded)) || (hasAny(v.ja, JA_SEIZE_LITS) && JA_SEIZE.test(v.ja))) {
    hits.push({ id: 'override.seize', reason: 'instruction_override', weight: W.seize });
  }
  const en = (v.folded.includes('instruction') || v.folded.includes('prompt') || v.folded.includes('direct') || v.folded.includes('command') || v.folded.includes('guideline')) ? EN_EXPLICIT.exec(v.folded) : null;
  const ja = !en && (v.ja.includes('指示') || v.ja.includes('命令') || v.ja.includes('プロンプト') || v.ja.includes('指令') || v.ja.includes('制約')) ? JA_EXPLICIT.exec(v.ja) : null;
  if (en) {
    const ruled = EN_NEGATED_SENTENCE.test(v.folded.slice(Math.max(0, en.index - 200), en.index));
    if (!ruled && !enRevision(v.folded, en.index, en.index + en[0].length)) hits.push({ id: 'override.explicit', reason: 'instruction_override', weight: W.strongQualified });
  } else if (ja) {
    if (!jaRevision(v.ja, ja.index, ja.index + ja[0].length)) hits.push({ id: 'override.explicit', reason: 'instruction_override', weight: W.strongQualified });
  } else if (hasAny(v.folded, FOREIGN_LITS) && FOREIGN_EXPLICIT.test(v.folded)) {
    hits.push({ id: 'override.explicit', reason: 'instruction_override', weight: W.strongQualified });
  }
  return hits;
};
