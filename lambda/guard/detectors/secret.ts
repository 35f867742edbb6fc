import { hasKeyword } from './context-window';
import type { Detector, RawFinding } from './detector';
import { codeAt } from './digit-sequence';
import { isKatakanaWordAt } from './ja-person-name';
import { pushTableCells } from './table-columns';

// Well-known token formats; each is specific enough to need no context.
// Each pattern is gated by a literal that must occur in the text, to skip most full scans.
// The number is the index of the literal's rarest character, searched for first (see hasLiteral).
const TOKEN_PATTERNS: ReadonlyArray<readonly [string, number, RegExp]> = [
  ['PRIVATE KEY', 3, /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]{16,16384}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----/g],
  // (GitHub issues 36 characters; 30 or more, as in pasted examples and tests.)
  ['_', 0, /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{30,255}/g],
  ['github_pat_', 6, /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,255}/g],
  ['xox', 0, /(?<![A-Za-z0-9_-])xox[abposr]-[A-Za-z0-9-]{10,255}/g],
  ['AIza', 2, /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g],
  ['_', 0, /(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,255}/g],
  ['sk-', 2, /(?<![A-Za-z0-9_-])sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,255}/g],
  ['eyJ', 2, /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,4096}/g],
  ['glpat-', 5, /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,255}/g],
  // SendGrid's API keys: SG., a 22-character id, a dot and a 43-character secret.
  ['SG.', 2, /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{32,64}(?![A-Za-z0-9_-])/g],
  ['npm_', 3, /(?<![A-Za-z0-9_-])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g],
  // Stripe's webhook signing secret; incoming-webhook URLs, whose path is the credential (Slack,
  // Discord, Microsoft Teams/Power Automate), reported whole as secret scanners do.
  ['whsec_', 0, /(?<![A-Za-z0-9_])whsec_[A-Za-z0-9+/=]{24,255}/g],
  ['hooks.slack.com', 0, /(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{20,128}/g],
  ['/api/webhooks/', 5, /(?:https?:\/\/)?(?:[a-z]+\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]{5,30}\/[A-Za-z0-9_-]{30,100}/g],
  // aws configure set aws_secret_access_key VALUE (a CI log's command line: a space, no = or :).
  ['configure set', 0, /(?<=(?<![A-Za-z])configure set (?:aws_secret_access_key|aws_session_token) )[A-Za-z0-9/+=]{16,}/g],
  ['webhook.office.com', 0, /(?:https?:\/\/)?[a-z0-9-]+\.webhook\.office\.com\/webhookb2\/[A-Za-z0-9@\/_-]{40,400}/g],
];
// key = value assignments: only the value is reported. The key may carry a prefix (DB_PASSWORD,
// spring.datasource.password, "client_secret") and sit in .env, shell export, YAML, JSON, TOML or
// .properties syntax; the value is whatever follows, in any alphabet.
// ASCII keys must not be glued to a letter or digit before them (bypass, xpassword); Japanese keys
// may be (ATM暗証番号, Wi-Fiパスワード).
const KEY =
  // An upper-case environment name glued to its credential word (PGPASSWORD, NPMTOKEN, GHSECRET):
  // matched here case-blind, kept only when the whole key is upper case (pushAssignments).
  '(?<![A-Za-z0-9])[a-z][a-z0-9]{1,15}(?:password|passwd|secret|token|apikey)|' +
  '(?<![A-Za-z0-9])(?:aws_access_key_id|aws_secret_access_key|secret[_.-]?access[_.-]?key|secret[_.-]?key|private[_.-]?key(?:[_.-]?id)?|client[_.-]?secret|api[_.-]?key|apikey|access[_.-]?token|auth[_.-]?token|refresh[_.-]?token|token|secret|passphrase|password|passwd|pwd|pass|pw|psk|pre[_.-]?shared[_.-]?key|wpa2?[_.-]?(?:psk|key)|pin(?:[ _-]?code|[ _-]?number|コード|番号)?)|パスワード|パスフレーズ|暗証番号|暗証コード|パスコード|合言葉|暗号化キー|ネットワークキー|セキュリティキー|トークン|シークレットキー|シークレット|秘密鍵';
const ASSIGNMENT = new RegExp(
  // The key: not glued to a letter or digit before it (a prefix joined by _ . - is fine: DB_PASSWORD,
  // spring.datasource.password), nothing after it. No prefix group: it would backtrack on a_a_a_...
  String.raw`(${KEY})(?![A-Za-z0-9_])["']?` +
    // A short note in brackets may follow the key: 暗証番号（4桁）：1234, パスワード(初期)：…
    String.raw`(?:[ 	]?\([^()
]{1,10}\))?` +
    // A verb may stand between the key and an arrow or colon: パスワード変えました→ value,
    // パスワードを変更しました：value (only before →, : or =; see VERB_BETWEEN below).
    String.raw`(?:[ 	]?[をが]?(?:変更|変え|変わり|更新|リセット|再設定|再発行|発行|設定)(?:し|され)?(?:ました|た|て(?:おき|い)?ました|ておいた|済み?|完了)?(?:よ|ので|です)?[。！!]?)?` +
    // The separator: = : := => (config syntax) or は / is (prose).
    // を only before a quoted value (パスワードを「さくら2025」に変更); nothing at all between a Japanese
    // key and a value in 「」 (仮パスワード「Temp#2024Ks!」を発行).
    // An arrow (合言葉 → 「うめ」) and 、 (暗証番号、1192です) read the same, 、 only before a value that is no word.
    // In brackets right after the key too: password（ea7836acc43d…）, パスワード(Tk7#pq2Lm).
    String.raw`[ 	]{0,3}(=>|->|→|:=|[:=：、]|は|を(?=[ 	]{0,3}[「『"'])|is(?= )|(?<=[ドズ号葉])(?=[「『])|[(（](?=[^)）
]{4,64}[)）]))[ 	]{0,3}` +
    // The value: quoted, digits spaced out one by one (or any characters spelled out so, in
    // groups of up to three: q u b 9 0 1 6 ! O K, txa 5 0 9 8 ! Q F), or a run up to whitespace or a
    // delimiter. Japanese quotes 「」『』 count as quotes (group 7).
    String.raw`(?:"([^"
]{1,512})"|'([^'
]{1,512})'|([0-9](?: [0-9]){3,40}(?![0-9])|[〇一二三四五六七八九](?: [〇一二三四五六七八九]){3,40}(?![〇一二三四五六七八九])|[!-~]{1,3}(?: [!-~]{1,3}){3,40}(?![!-~]))|([^\s"'${'`'},;{}\[\]()<>「」『』]{1,512})|[「『]([^「」『』
]{1,128})[」』])`,
  'gi',
);
const SPACED_DIGITS = /^(?:[0-9](?: [0-9])+|[〇一二三四五六七八九](?: [〇一二三四五六七八九])+)$/;
const KANJI_PIN = /^[〇一二三四五六七八九]{4,12}(?![〇一二三四五六七八九十百千万])/;

/** A value spelled out: at least four single characters, and they are at least half of its groups. */
function spelledOut(value: string): boolean {
  const groups = value.split(' ');
  const single = groups.filter((g) => g.length === 1).length;
  return single >= 4 && single * 2 >= groups.length;
}

// A PIN after 暗証番号 / パスコード / PIN with only a space between (暗証番号 1234, PIN 6390 で解除):
// the label is specific enough.
const PIN_AFTER_LABEL = /(?:暗証番号|暗証コード|パスコード|(?<![A-Za-z])PIN(?:コード|番号)?)[ \t]{1,3}([0-9](?: ?[0-9]){3,11}(?![0-9])|[〇一二三四五六七八九](?: ?[〇一二三四五六七八九]){3,11}(?![〇一二三四五六七八九十百千万]))/g;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
const VERB_BETWEEN = /変更|変え|更新|リセット|再設定|発行|設定/;
const VERB_NOT_A_VALUE = /:\/\/|^www\.|^[0-9]{2,4}[/.-][0-9]{1,2}[/.-][0-9]{1,2}$|^[0-9]{1,2}:[0-9]{2}$/;
const NON_ASCII = /[^\x00-\x7f]/;
const HIRAGANA = /[\u3041-\u309f]/;
const ASCII_CHAR = /[\x21-\x7e]/;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
// Values that stand for "no value here" in docs and templates.
const PLACEHOLDER_BODY = /^[A-Za-z0-9]{1,8}[_-](?:[xX*]{4,}[_-]?)+$|(?:[xX]{8,}|\*{8,})/;
const ENGLISH_VERB_AFTER = /^[ 　]?(?:済|し[たてま]|する|され|さ[れせ]|中|予定|対応|完了)/;
const KATAKANA_ONLY = /^[\u30a1-\u30fa\u30fc]+$/;
// A prefix and x's (xoxb-xxxxxxxxxxxx, sk-xxxx-xxxx, ghp_XXXXXXXX) are a placeholder too.
const PLACEHOLDER = /^(?:[A-Za-z0-9]{0,6}[_-](?:[xX*]{4,}[_-]?)+|\$\{.*\}|\$[A-Z_]+|\{\{.*\}\}|<.*>|\*+|x+|\.+|null|none|nil|true|false|required|optional|string|change[_-]?me|replace[_-]?me|changeit|your[_-][a-z_-]*(?:here)?|[a-z_-]*[_-]here|todo|tbd|dummy|sample|example|placeholder|redacted|masked|secret|password|yes|no|必須|任意|なし|未設定|不要|\(.*\))$/i;
const BEARER = /(?<![A-Za-z])Bearer\s+([A-Za-z0-9._~+/-]{20,4096}=*)/g;

/**
 * `text.includes(literal)`, searching first for the literal's character at `rare`: V8 finds a
 * single character quickly, while a short literal starting with a common letter is slow to find.
 */
function hasLiteral(text: string, literal: string, rare: number): boolean {
  if (literal.length === 1 || rare === 0) return text.indexOf(literal) >= 0;
  const c = literal[rare];
  for (let i = text.indexOf(c, rare); i >= 0; i = text.indexOf(c, i + 1)) {
    if (text.startsWith(literal, i - rare)) return true;
  }
  return false;
}

/** A plain word after "password is" is prose, not a secret: require mixed character classes. */
export function looksLikeSecretValue(value: string): boolean {
  if (value.length >= 20) return true;
  const classes =
    Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value)) + Number(/[^A-Za-z0-9]/.test(value));
  return classes >= 2 && /[0-9!#$%&*+/<=>?@^_{|}~]/.test(value);
}

function pushGroup(pattern: RegExp, text: string, out: RawFinding[], score: number) {
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const value = m[1];
    if (!looksLikeSecretValue(value)) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ type: 'SECRET', start, end: start + value.length, score });
  }
}

// Keys whose value may be written in any script (a Japanese passphrase: ひまわり, 山桜, さくら2025).
// The short chat keys pass: / pwd= / pw: / secret: too, with the same prose check.
const CONFIG_SEPARATOR = /^(?:=>|->|→|:=|[:=：])$/;
const WORD_VALUE_KEYS = new Set(['password', 'passwd', 'passphrase', 'pass', 'pwd', 'pw', 'secret', 'パスワード', 'パスフレーズ', '合言葉']);
// Keys whose value is a PIN: digits (or a short code) only.
const PIN_KEY = /^(?:pin|暗証|パスコード)/;

// Where a Japanese value ends and the sentence goes on: a copula or verb phrase after it
// (ひまわりです, 山桜になります, さくら2025でログイン), found from the value's third character on.
// Also a clause about when, glued straight on (ひまわり明日から有効, やまびこ明日までに覚えて).
const JAPANESE_VALUE_END = /(?:です|でした|でしょう|だ(?=[。、!！]|$)|になり|となり|にな|に設定|に変更|にし|にす|でログ|で入|でお|でき|でア|でサ|で接|と(?:なり|して)|を入力|を使|明日|本日|今日|今週|来週|来月|から(?:有効|使|ログ|適用|変更)|まで(?:に|有効)|以降)/;
// A value that reads as a sentence or a note about the secret, not the secret itself
// (誰にも教えないでください, 各自で設定してください, 12文字以上, 社員番号, メールでお知らせ).
const PROSE_VALUE = /ください|下さい|します|しま|ません|ました|ない|する|して|した|され|でき|こと|もの|ため|よう|など|について|場合|別途|連絡|参照|記載|設定|変更|入力|確認|必要|不要|任意|必須|同じ|同様|同上|共通|後日|未定|当日|次回|お知らせ|通知|メール|口頭|担当|管理|各自|本人|自身|定期|文字|桁|以上|以下|以内|英数|記号|数字|大文字|小文字|組み合わせ|誕生日|番号|ありません|なし|不明|空欄|非公開|忘れ|教え|伝え|共有|社内|認証|ログイン|ロック|リセット|初期化|発行|有効|無効|期限|とは|明日|本日|今日|来週|後ほど|[0-9]+回|時$/;
const SENTENCE_CUT = /[。、！？!?]/;
// Tools and channels a password is sent by or kept in, and the verbs that say so right after a value.
const CHANNEL_WORD = /^(?:slack|teams|line|e-?mail|mail|box|dropbox|google|gmail|excel|word|chat|sms|dm|1password|bitwarden|keepass|lastpass|vault|wiki|confluence|notion|backlog|jira|zoom|メール|チャット)$/i;
const CHANNEL_AFTER = /^[ 	]*(?:で|に|から)(?:送|共有|連絡|お知らせ|通知|記載|伝え|お送り|管理|保管)/;
// A count (pass: 3名, secret: 2件) is a tally, not a secret.
const COUNT = /[0-9]+(?:名|件|人|個|回|点|日|時間|分|秒|円|%|％)$/;
// A company's watchword is a slogan (今年の合言葉は「安全第一、品質第二」), not a passphrase.
const SLOGAN = /[、，・ 　]|第一|安全|品質|挑戦|改善|笑顔|一丸|全員|感謝|ゼロ|徹底|目標|前進|団結|スピード|お客様/;

/**
 * The secret in an unquoted non-ASCII value after a password-like key, or null when the value
 * reads as prose: cut at the sentence's punctuation and at the copula or verb that follows the
 * value, then rejected when a prose word remains.
 */
function japaneseValue(value: string): string | null {
  let v = value;
  const cut = v.search(SENTENCE_CUT);
  if (cut >= 0) v = v.slice(0, cut);
  const end = v.slice(2).search(JAPANESE_VALUE_END);
  if (end >= 0) v = v.slice(0, end + 2);
  if (v.length < 2 || v.length > 32 || PROSE_VALUE.test(v) || PLACEHOLDER.test(v) || COUNT.test(v)) return null;
  // Where or from whom the password is had, not the password: パスワードはフロントでお渡し…, 受付まで
  // お問い合わせ…, 窓口にてご案内….
  if (SOURCE_AFTER.test(value.slice(v.length))) return null;
  return v;
}
const SOURCE_AFTER = /^(?:で|まで|にて|に|から)(?:お(?!願い)|ご(?!入力)|確認|配布|渡|案内|伝|問|聞|尋|受け取|受取|入手|発行)/;

// The credential word at the end of a glued key, and the keys of the list that end in one themselves.
const GLUED_KEY = /^[a-z][a-z0-9]{1,15}(password|passwd|secret|token|apikey)$/;
const CAMEL_KEY = /^[A-Za-z][a-z0-9]+(?:[A-Z][a-z0-9]+)*(?:Password|Passwd|Secret|Token|ApiKey)$/;
const PLAIN_KEYS = new Set(['passphrase', 'clientsecret', 'accesstoken', 'authtoken', 'refreshtoken', 'secretkey']);

function pushAssignments(text: string, out: RawFinding[]): void {
  ASSIGNMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ASSIGNMENT.exec(text)) !== null) {
    let key = m[1].toLowerCase();
    const glued = GLUED_KEY.exec(key);
    if (glued !== null && !PLAIN_KEYS.has(key)) {
      // pgpassword or Bypass: prose and code words, not an environment name; a camelCase or
      // PascalCase key of JSON and code is one (dbPassword, ClientSecret, apiToken).
      if (m[1] !== m[1].toUpperCase() && !CAMEL_KEY.test(m[1])) continue;
      key = glued[1];
    }
    // After a verb (パスワード変えました→ …) only an arrow, colon or = and a value that is no word count.
    if (VERB_BETWEEN.test(m[0].slice(m[1].length, m[0].length - (m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]).length))) {
      const verbValue = m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7];
      const asciiPart = verbValue.charCodeAt(0) < 0x80 ? verbValue.slice(0, Math.max(0, verbValue.search(NON_ASCII)) || verbValue.length) : '';
      const quotedValue = m[3] !== undefined || m[4] !== undefined || m[7] !== undefined;
      // パスワード更新：2025/04/01, パスワードリセット→ https://… are a date and a link.
      if (!quotedValue && VERB_NOT_A_VALUE.test(asciiPart)) continue;
      if (!/^(?:=>|->|→|:=|[:=：])$/.test(m[2]) || !(quotedValue || (asciiPart.length >= 4 && looksLikeSecretValue(asciiPart)))) continue;
    }
    // reason=BAD_PASSWORD count=4: the key word is itself another key's value (a log's field).
    if (m.index > 0 && (text.charCodeAt(m.index - 1) === 0x3d || (text.charCodeAt(m.index - 1) === 0x5f && /=[A-Z_]*$/.test(text.slice(Math.max(0, m.index - 24), m.index))))) continue;
    const prose = m[2] === 'は' || m[2] === 'を' || m[2].toLowerCase() === 'is';
    // Characters spelled out: only after config syntax or a Japanese key, and mostly single
    // characters (password is on the way to me is prose).
    if (m[5] !== undefined && !SPACED_DIGITS.test(m[5]) && (m[2] === 'is' || m[2] === 'IS' || !spelledOut(m[5]))) continue;
    const value = m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7];
    const quoted = m[3] !== undefined || m[4] !== undefined || m[7] !== undefined;
    const isPin = PIN_KEY.test(key);
    // Any ASCII credential key in config syntax (client_secret：…, api_key = …; a full-width colon
    // is ':' here) takes a value in any script too, with the same prose check.
    const wordKey = WORD_VALUE_KEYS.has(key) || (!isPin && key.charCodeAt(0) < 0x80 && CONFIG_SEPARATOR.test(m[2]));
    // A trailing full stop or Japanese punctuation ends the sentence, not the value.
    let length = value.length;
    if (m[6] !== undefined) {
      // An ASCII value runs into Japanese text without a space: 暗証番号は1234です.
      if (value.charCodeAt(0) < 0x80) {
        const cut = value.search(NON_ASCII);
        if (cut > 0) length = cut;
      } else if (isPin && KANJI_PIN.test(value)) {
        // A PIN in kanji numerals (暗証番号は八三四八です): the numerals.
        length = (KANJI_PIN.exec(value) as RegExpExecArray)[0].length;
      } else if (wordKey) {
        // A value in kana or kanji after パスワード / 合言葉: the secret unless it reads as prose.
        const word = japaneseValue(value);
        if (word === null) continue;
        length = word.length;
      }
      while (length > 0 && '.。、'.includes(value[length - 1])) length--;
    }
    const trimmed = value.slice(0, length);
    if (m[2] === '、' && !(isPin ? /^[0-9 ]{4,}$/.test(trimmed) : PRINTABLE_ASCII.test(trimmed) && looksLikeSecretValue(trimmed))) continue;
    const nonAscii = NON_ASCII.test(trimmed);
    if (trimmed.length < (nonAscii && wordKey ? 2 : 4) || PLACEHOLDER.test(trimmed)) continue;
    // A PIN is digits (spaced out or not) or a short code: PIN番号の設定, 暗証番号は他人に… are not.
    if (isPin && !/^[0-9A-Za-z〇一二三四五六七八九](?: ?[0-9A-Za-z〇一二三四五六七八九]){3,15}$/.test(trimmed)) continue;
    if (isPin && m[6] !== undefined && !/[0-9〇一二三四五六七八九]/.test(trimmed)) continue;
    // A quoted value after a password-like key in prose: not a sentence in quotes.
    if (quoted && wordKey && nonAscii && PROSE_VALUE.test(trimmed)) continue;
    if (key === '合言葉' && nonAscii && SLOGAN.test(trimmed)) continue;
    // password はキャッシュ TTL 60 秒: an ordinary katakana word of the dictionary, unquoted, after an English key and は is what
    // the sentence is about, not a password.
    // トークンは Revoke 済み: an English word the sentence goes on from with a Japanese verb, not a value.
    if (prose && !quoted && /^[A-Za-z][a-z]{2,11}$/.test(trimmed) && ENGLISH_VERB_AFTER.test(text.slice(m.index + m[0].length - value.length + trimmed.length, m.index + m[0].length - value.length + trimmed.length + 4))) continue;
    if (prose && !quoted && key.charCodeAt(0) < 0x80 && KATAKANA_ONLY.test(trimmed) && isKatakanaWordAt(trimmed, 0, trimmed.length)) continue;
    // boarding pass: 搭乗口で提示, day pass: 当日券 (an English word before pass): a ticket, not a password.
    if (nonAscii && key === 'pass' && /[A-Za-z] $/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (m[6] !== undefined && nonAscii && !wordKey && !(isPin && KANJI_PIN.test(trimmed))) {
      // "パスワード：誰にも教えないでください" is a sentence about passwords: an unquoted value with kana in it.
      if (HIRAGANA.test(trimmed)) continue;
      const japaneseKeyWord = key.charCodeAt(0) >= 0x3000;
      // パスワード：別途連絡 (no ASCII at all after a Japanese key) is a note, not a password;
      // The short labels PW: / pass: read the same way (PW: 別途連絡).
      if ((japaneseKeyWord || key === 'pw' || key === 'pass' || key === 'pwd') && !ASCII_CHAR.test(trimmed)) continue;
    }
    // token: 4096 (a short number after token/secret) is a setting.
    if ((key === 'token' || key === 'secret') && m[6] !== undefined && /^[0-9]{1,7}$/.test(trimmed)) continue;
    // After "password is" / "パスワードは" only a value that does not read as a word counts.
    // (パスワードは abc123xyz: an ASCII value after the Japanese key is the password itself;
    // パスワードはひまわりです: so is a word after a Japanese key that passed the prose check;
    // 暗証番号は1234です: so are the digits after a PIN key).
    const japaneseKey = key.charCodeAt(0) >= 0x3000 || isPin;
    if (prose && m[5] === undefined && !looksLikeSecretValue(trimmed) && !(japaneseKey && PRINTABLE_ASCII.test(trimmed)) && !(wordKey && nonAscii) && !(isPin && /^[0-9〇一二三四五六七八九 ]+$/.test(trimmed))) continue;
    // パスワードはSlackで送ります, パスワードは Teams で共有: the channel it travels by, not the password.
    if (!quoted && (CHANNEL_WORD.test(trimmed) || CHANNEL_AFTER.test(text.slice(m.index + m[0].length - value.length + length, m.index + m[0].length - value.length + length + 8)))) continue;
    const start = m.index + m[0].length - (quoted ? value.length + 1 : value.length);
    // Digits spaced out inside an unquoted value (ab12 3 4 5%x): the value goes on over them.
    let end = start + length;
    if (m[6] !== undefined && length === value.length) {
      while (codeAt(text, end) === 32 && isDigitCode(text.charCodeAt(end - 1)) && isDigitCode(codeAt(text, end + 1))) {
        end += 2;
        while (end < text.length && !/[\s"'`,;{}\[\]()<>]/.test(text[end])) end++;
      }
    }
    const type = key === 'aws_access_key_id' ? 'AWS_ACCESS_KEY' : 'SECRET';
    // A Japanese word after a password-like key in prose outranks a reading of the same word as a name.
    out.push({ type, start, end, score: prose && !(wordKey && nonAscii) ? 0.85 : 0.9 });
  }
}

// ID admin / PASS Adm!n2025 / PSK Gr33nT3a!5F / 初期パスワード Insp3ct-Adm1n / 新トークン Line!2024D2tB を…: an
// upper-case short key or a Japanese credential word and one space before a value of mixed letters
// and digits (or symbols).
const UPPER_KEY_SPACE = /(?:(?<![A-Za-z0-9])(?:PASS|PW|PWD|PASSWORD|PSK)|パスワード|トークン|シークレット(?:キー)?|アクセスキー|APIキー)[ \t\u3000]([\x21-\x7e]{6,64})(?![\x21-\x7e])/g;

const CHANGED_TO = /(?:パスワード|暗証番号|暗証コード|パスコード|PIN(?:コード)?|合言葉|password|passcode)(?:[(（][^)）\n]{1,8}[)）])?[ 　]?[がは][ 　]?(?:本日|今日|明日|今週|来週|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}\/[0-9]{1,2})?(?:から|より)?[ 　]?[「『"']?([0-9A-Za-z!#$%&*+\-.@^_~]{4,32})[」』"']?[ 　]?に(?:変わ|変更|な[りっ])/gi;

function pushChangedTo(text: string, out: RawFinding[]): void {
  CHANGED_TO.lastIndex = 0;
  for (let m = CHANGED_TO.exec(text); m !== null; m = CHANGED_TO.exec(text)) {
    const value = m[1];
    if (PLACEHOLDER.test(value) || !/[0-9]/.test(value)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.85 });
  }
}

function pushUpperKeyValues(text: string, out: RawFinding[]): void {
  UPPER_KEY_SPACE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = UPPER_KEY_SPACE.exec(text)) !== null) {
    const value = m[1];
    if (!/[A-Za-z]/.test(value) || !/[0-9]/.test(value) || !looksLikeSecretValue(value) || PLACEHOLDER.test(value)) continue;
    // reason=BAD_PASSWORD count=4: the key is another field's value, the next field is no password.
    if (/=[A-Za-z0-9_]*$/.test(text.slice(Math.max(0, m.index - 24), m.index + 1)) || /^[a-z_]+=/.test(value)) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ type: 'SECRET', start, end: start + value.length, score: 0.8 });
  }
}

// The password in a connection URL: postgres://user:PASS@host/db, mysql://, redis://:PASS@host,
// amqp://. Only the password is reported (the e-mail detector leaves PASS@host alone).
const URL_CREDENTIAL = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,19}:\/\/([^\s:\/@]{0,64}):([^\s\/@]{1,128})@(?=[A-Za-z0-9[])/g;

// Documentation writes the password's place: postgres://user:password@localhost, redis://:PASS@host.
const URL_PLACEHOLDER = /^(?:password|passwd|pass|pwd|pw|secret|your[_-]?password|my[_-]?password|db[_-]?password|パスワード|[A-Z_]*PASSWORD[A-Z_]*|\$[A-Za-z_{][A-Za-z0-9_{}]*|%[A-Za-z_]+%|\[[^\]]*\]|_+)$/i;

function pushUrlCredentials(text: string, out: RawFinding[]): void {
  URL_CREDENTIAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_CREDENTIAL.exec(text)) !== null) {
    const end = m.index + m[0].length - 1;
    const password = m[2];
    // guest:guest, admin:admin: a product's documented default, written as an example.
    if (PLACEHOLDER.test(password) || URL_PLACEHOLDER.test(password) || password === m[1]) continue;
    out.push({ type: 'SECRET', start: end - password.length, end, score: 0.99 });
  }
  // A key alone as a URL's user (a Sentry DSN: https://<32 hex>@o123.ingest.sentry.io/…).
  URL_KEY_USER.lastIndex = 0;
  while ((m = URL_KEY_USER.exec(text)) !== null) {
    const start = m.index + m[0].length - 1 - m[1].length;
    out.push({ type: 'SECRET', start, end: start + m[1].length, score: 0.99 });
  }
}

const URL_KEY_USER = /[a-z][a-z0-9+.-]{1,15}:\/\/([0-9a-f]{32}|(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{24,128})@/g;

// A password given on a command line: mysql -u report -p'R3port#2024q', mysqldump -pSecret1,
// sshpass -p 'pw' (MySQL's -p takes the value glued, sshpass's after a space).
const COMMAND_PASSWORD = /(?<![A-Za-z0-9_-])(?:(?:mysql|mysqldump|mysqladmin|mysqlimport|mariadb|mariadb-dump)(?![A-Za-z0-9_-])[^\n|;&]{0,120}?[ \t]-p|sshpass[ \t]+-p[ \t]*)(?:'([^'\n]{1,128})'|"([^"\n]{1,128})"|([^\s'"]{3,128}))/g;

// A long option naming a credential, as commands and compose files pass it: --password=…,
// --requirepass hunter2, and in an exec array "--requirepass", "…".
const OPTION_PASSWORD = /(?<![A-Za-z0-9_-])--(?:requirepass|masterauth|password|passwd|pass|db-password|token|auth-token|api-key|apikey|secret|client-secret|secret-key|access-key|private-key)(?:=|[ \t]+|",[ \t]*"|',[ \t]*')(?:'([^'\n]{1,128})'|"([^"\n]{1,128})"|([^\s'",\]]{3,128}))/g;

// A .pgpass line: hostname:port:database:username:password, the password the last field.
const PGPASS_LINE = /^[ \t]*(?:[A-Za-z0-9._-]+|\*):(?:[0-9]{1,5}|\*):(?:[A-Za-z0-9._-]+|\*):(?:[A-Za-z0-9._@-]+|\*):([^\s:]{3,128})[ \t]*$/gm;

// A port (or *) between two colons, as every .pgpass line has one: most texts have none.
const PGPASS_GATE = /:(?:[0-9]{1,5}|\*):/;

function pushCommandPasswords(text: string, out: RawFinding[]): void {
  for (const pattern of [COMMAND_PASSWORD, PGPASS_LINE, OPTION_PASSWORD]) {
    if (pattern === OPTION_PASSWORD && text.indexOf('--') < 0) continue;
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      const value = m[1] ?? m[2] ?? m[3];
      if (value === undefined || PLACEHOLDER.test(value) || URL_PLACEHOLDER.test(value)) continue;
      const end = pattern === PGPASS_LINE ? m.index + m[0].trimEnd().length : m.index + m[0].length - (m[3] === undefined ? 1 : 0);
      out.push({ type: 'SECRET', start: end - value.length, end, score: 0.9 });
    }
  }
}

function pushPins(text: string, out: RawFinding[]): void {
  PIN_AFTER_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PIN_AFTER_LABEL.exec(text)) !== null) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ type: 'SECRET', start, end: start + m[1].length, score: 0.85 });
  }
}

export const secretDetector: Detector = {
  type: 'SECRET',
  detect(text, _options, out) {
    pushTableCells(text, 'SECRET', out);
    for (const [gate, rare, pattern] of TOKEN_PATTERNS) {
      if (!hasLiteral(text, gate, rare)) continue;
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(text)) !== null) {
        // A token's prefix and x's (xoxb-xxxxxxxxxxxx) is the placeholder of a template.
        if (PLACEHOLDER_BODY.test(m[0])) continue;
        out.push({ type: 'SECRET', start: m.index, end: m.index + m[0].length, score: 0.99 });
      }
    }
    // パスワードが本日から 341715 に変わりました: the new value before に and the verb.
    if (text.indexOf('に変') >= 0 || text.indexOf('になり') >= 0) pushChangedTo(text, out);
    // The keys outside the keyword list (PIN, パスコード, 合言葉, 暗証コード) are looked up here.
    const pin = text.indexOf('PIN') >= 0 || text.indexOf('暗証') >= 0 || text.indexOf('パスコード') >= 0;
    if (pin || hasKeyword(text, 'secret') || text.indexOf('合言葉') >= 0) {
      pushAssignments(text, out);
      if (pin) pushPins(text, out);
      if (text.indexOf('PASS') >= 0 || text.indexOf('PW') >= 0 || text.indexOf('PSK') >= 0 || text.indexOf('パスワード') >= 0 || text.indexOf('トークン') >= 0 || text.indexOf('キー') >= 0 || text.indexOf('シークレット') >= 0) pushUpperKeyValues(text, out);
    }
    if (text.indexOf('://') >= 0) pushUrlCredentials(text, out);
    if (text.indexOf(' -p') >= 0 || text.indexOf('--') >= 0 || PGPASS_GATE.test(text)) pushCommandPasswords(text, out);
    if (hasLiteral(text, 'Bearer', 0)) pushGroup(BEARER, text, out, 0.95);
  },
};
