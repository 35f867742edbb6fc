/**
 * Context keywords of the context-gated detectors, by family. Every match of a family's
 * (case-insensitive) context regex contains one of its keywords, so a family whose keywords
 * are all absent can skip its own regex scan (see hasKeyword in context-window.ts).
 */
export const KEYWORD_FAMILIES = {
  bank: ['口座', '普', '当座', '貯蓄', '支店', 'ゆうちょ', '貯金', '振替', '振込', '振り込み', 'account', 'acct'],
  license: ['免許', 'licen', 'dl'],
  passport: ['旅券', 'パスポート', 'passport', '搭乗', '渡航', '出国', '入国', 'ビザ', '査証', 'チェックイン', 'visa', 'check-in', 'boarding'],
  pension: ['年金', '照会', 'pension'],
  health: ['保険', '記号', 'insurance', 'member'],
  ssn: ['ssn', 'social security', '社会保障番号'],
  postal: ['郵便番号', 'postal code', 'post code', 'postcode', 'zip'],
  address: ['address', '住所', '所在地', '入寮先', '転居先', '引越', '引っ越', '居住地', '滞在先', 'live', 'located at', 'resid'],
  secret: ['secret', 'api', 'token', 'pass', 'pw', 'private', 'access_key', 'psk', 'wpa', 'shared', 'パスワード', 'パスフレーズ', '暗証番号', '暗号化キー', 'ネットワークキー', 'セキュリティキー', 'トークン', 'シークレット', '秘密鍵', 'アクセスキー'],
  birth: ['生年月日', '誕生日', '生まれ', 'dob', 'd.o.b', 'birth', 'born'],
  marker: ['秘', '取扱注意', '取り扱い注意', 'confidential', 'internal'],
} as const;

export type KeywordFamily = keyof typeof KEYWORD_FAMILIES;

/** Keywords written in Japanese all start at U+3000 or above; the rest are ASCII. */
export const JAPANESE_KEYWORDS: ReadonlyArray<readonly [string, KeywordFamily]> = (
  Object.entries(KEYWORD_FAMILIES) as Array<[KeywordFamily, readonly string[]]>
).flatMap(([family, words]) => words.filter((w) => w.charCodeAt(0) >= 0x3000).map((w) => [w, family] as const));

/** 1 for characters that start a Japanese keyword (the shared text scan records where they occur). */
export const JAPANESE_KEYWORD_START = new Uint8Array(0x10000);
for (const [word] of JAPANESE_KEYWORDS) JAPANESE_KEYWORD_START[word.charCodeAt(0)] = 1;

/** Japanese honorifics a name may precede (person-name.ts), in regex alternation order. */
export const JA_HONORIFICS = ['様', 'さま', 'さん', '氏', '殿', '君', 'くん', 'ちゃん', '先生', 'せんせい', '部長', '課長', '係長', '社長', '専務', '常務', '主任', '室長'] as const;

/** First characters of the Japanese name context words (person-name.ts JA_CONTEXT). */
export const JA_NAME_CONTEXT_FIRST_CHARS = '氏お名担申契患差宛署';

/** 1 for characters that start a Japanese honorific or name context word (recorded by the shared scan). */
export const JAPANESE_NAME_CUE_START = new Uint8Array(0x10000);
for (const word of JA_HONORIFICS) JAPANESE_NAME_CUE_START[word.charCodeAt(0)] = 1;
for (let i = 0; i < JA_NAME_CONTEXT_FIRST_CHARS.length; i++) JAPANESE_NAME_CUE_START[JA_NAME_CONTEXT_FIRST_CHARS.charCodeAt(i)] = 1;

/** Characters every Japanese address contains (address.ts runs its regexes only around them). */
export const JA_ADDRESS_ANCHORS = '都道府県市区町村郡';
