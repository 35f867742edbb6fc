/**
 * Shared vocabulary for the pattern detectors. Patterns are built from these
 * parts (verb x qualifier x object) rather than listed sentence by sentence.
 * All gaps are bounded, so no pattern can backtrack catastrophically.
 */

/** Joins alternatives into a non-capturing group. */
export const alt = (...xs: string[]): string => `(?:${xs.join('|')})`;

/** A short separator between English words (the folded view has single spaces; spaced-out runs may have none). */
export const S = `[\\s,'"*_-]{0,3}`;

/** English words that point back at earlier context. */
export const EN_ANAPHORIC = [
  'above', 'above-mentioned', 'aforementioned', 'previous', 'previously', 'prior', 'earlier', 'preceding',
  'foregoing', 'former', 'original', 'initial', 'old', 'past', 'last', 'first', 'given', 'provided', 'existing',
  'system', 'developer', 'all', 'every', 'these', 'those', 'current', 'mentioned', 'stated', 'written', 'said',
  'my', 'your', 'safety', 'any',
];
/** Neutral determiners that may sit between the verb and the object. */
export const EN_NEUTRAL = ['the', 'of', 'this', 'that', 'each', 'other', 'our', 'its', 'entire', 'whole', 'following'];

/** English objects of an override, strong: what a model is told to follow. */
export const EN_OBJ_STRONG = [
  'instructions?', 'prompts?', 'commands?', 'directives?', 'rules?', 'guidelines?', 'orders?', 'constraints?',
  'restrictions?', 'programming', 'guidance', 'context', 'system messages?', 'polic(?:y|ies)', 'reminders?',
  'warnings?', 'training', 'configuration', 'settings?', 'tasks?',
];
/** English objects of an override, weak: what a user asked. */
export const EN_OBJ_WEAK = [
  'questions?', 'questioning', 'problems?', 'quer(?:y|ies)', 'requests?', 'inputs?', 'conversation',
  'messages?', 'texts?', 'content', 'words', 'sentences?', 'statements?',
];
/** Objects that mean "everything" (strong once qualified, e.g. "everything above"). */
export const EN_OBJ_ALL = ['everything', 'anything', 'all of (?:it|that|this|them)', 'all that', 'all this', 'it all'];

export const EN_ANAPHORIC_RE = new RegExp(`\\b${alt(...EN_ANAPHORIC)}\\b`);

/** Japanese words that point back at earlier context (qualifier of an object). */
export const JA_QUALIFIER = [
  '上記', '上述', '前述', '以上', '以前', '直前', '先ほど', '先程', 'さっき', 'これまで', '今まで', 'いままで',
  '最初', '元々', 'もともと', '既存', '過去', '前', '上', 'この', 'その', 'あの', 'これら', 'それら', 'あれら',
  '全て', 'すべて', '一切', 'あらゆる', '私', 'わたし', 'あなた', 'システム', '開発者', '初期', '元', '既定', 'デフォルト',
];
/** Japanese objects, strong: instructions given to the model. */
export const JA_OBJ_STRONG = [
  '指示', '命令', '指令', 'プロンプト', 'ルール', '規則', '制約', '制限', 'コマンド', 'ディレクティブ', '設定',
  'ガイドライン', 'ポリシー', '方針', 'インストラクション', '注意事項', '警告', 'リマインダー', '約束', '決まり',
  'タスク', '役割', 'システムメッセージ',
];
/** Japanese objects, weak: what the user asked. */
export const JA_OBJ_WEAK = ['質問', '問題', '問い', '話', '内容', '依頼', 'お願い', '要求', '文章', 'テキスト', '入力', '会話', 'こと'];

/**
 * Frequent English words (function words and the words of instructions). Folding reads text
 * against them: a leet token that folds to one ("4ll", "y0u") is leetspeak, and a text whose
 * words are frequent only when reversed or ROT13-shifted is written that way.
 */
export const EN_COMMON_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'you', 'your', 'all', 'are', 'for', 'not', 'with', 'this', 'that', 'from', 'have', 'has', 'was', 'will', 'can', 'but',
  'what', 'any', 'now', 'then', 'just', 'only', 'also', 'into', 'about', 'there', 'their', 'they', 'them', 'our', 'who', 'how', 'why',
  'when', 'which', 'been', 'were', 'would', 'should', 'could', 'must', 'shall', 'please', 'tell', 'give', 'show', 'say', 'print',
  'write', 'send', 'make', 'use', 'new', 'old', 'each', 'every', 'other', 'its', 'out', 'one', 'two', 'first', 'last', 'before',
  'after', 'above', 'below', 'next', 'here', 'these', 'those', 'such', 'some', 'more', 'most', 'very', 'like', 'than', 'because',
  'ignore', 'forget', 'disregard', 'previous', 'prior', 'earlier', 'instructions', 'instruction', 'rules', 'prompt', 'system',
  'reveal', 'password', 'secret', 'secrets', 'data', 'keys', 'key', 'user', 'users', 'answer', 'reply', 'output', 'everything',
  'anything', 'nothing', 'without', 'restrictions', 'hidden', 'message', 'messages', 'conversation', 'email', 'address', 'admin',
  'do', 'is', 'it', 'to', 'of', 'in', 'on', 'at', 'be', 'me', 'my', 'we', 'an', 'or', 'if', 'as', 'by', 'no', 'so', 'up',
]);

/**
 * A sentence that rules against attempts, up to the point read: "Do not instruct the assistant to
 * ignore previous instructions, reveal its system prompt or act without restrictions" (a list under
 * one negation, as acceptable-use policies write it).
 */
export const EN_NEGATED_SENTENCE =
  /\b(?:do not|don't|dont|never|must not|mustn't|should not|shouldn't|may not|cannot|are not (?:allowed|permitted) to|is not (?:allowed|permitted) to|no one (?:should|may|can))\s(?:[a-z']+\s){0,2}(?:try|attempt|ask|tell|make|get|force|trick|instruct|allow|let|encourage|persuade|prompt|request|direct)\w*\b(?:\s[a-z']+){0,3}\sto\s(?:(?!\b(?:but|just|instead|now|then|so|rather|anyway)\b)[^.!?:;\n]){0,160}$/;

/** A negation over an attempt to make the assistant do it: "never try to make it", "do not ask the AI to", "must not get it to". */
export const EN_NEGATED_ATTEMPT =
  /\b(?:never|not|don't|dont|do not|must not|mustn't|should not|shouldn't|no one (?:should|may))\s(?:(?:try|attempt|ask|tell|make|get|force|trick|instruct|allow|let|encourage|persuade|prompt)(?:ing|s)?\s(?:to\s)?(?:it\s|them\s|the\s[a-z]+\s|an?\s[a-z]+\s|our\s[a-z]+\s)?(?:to\s)?){1,2}$/;
