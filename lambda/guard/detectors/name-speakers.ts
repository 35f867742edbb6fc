import type { RawFinding } from './detector';
import { PREFECTURES } from '../data/prefectures';
import { givenTier, isKanaGivenName, isKanaSurname, isKatakanaWordAt, kanaNameReadings, surnameTier } from './ja-person-name';
import { isRomajiGivenName, isRomajiSurname } from './romaji-names';
import { EN_GIVEN_NAMES } from '../data/en-given-names';

/**
 * Speaker labels of chat logs and minutes that the label pass in name-formats.ts leaves out: a
 * given name alone (健太: 了解), a name in hiragana (いのうえ: 了解です), a name in angle or square
 * brackets (＜健太＞ 了解), and a one-kanji surname that is also a word (林: 了解です) on a line
 * that reads as speech. The label's format is the cue; the lexicon says the label is a name; a
 * label that could be a heading (結論：, 金: 5,000円) needs what follows to read as speech or a
 * second speaker line.
 */

const { surnames: KANA_SURNAMES, given: KANA_GIVEN } = kanaNameReadings();

// Optional bullet, channel tag ([チャット], 【LINE】), date and time stamp, then the label: in angle
// or square brackets (group 1), before a colon (group 2), in brackets after a role word before a
// colon (group 3: サポート(千葉):, コメント（石田）：), or after a firm's name and a space before a
// colon (group 4: グリーンホーム 中野:); then the rest of the line (group 5).
const NAME_CHARS = '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff々\\u3041-\\u3096]{1,6}';
const SPEAKER_LINE = new RegExp(
  '^[ \\t\\u3000]*(?:[-*・•][ \\t\\u3000]*)?(?:[[［【][^\\]］】\\n]{1,12}[\\]］】][ \\t\\u3000]*)?' +
    '(?:\\d{4}[/-]\\d{1,2}[/-]\\d{1,2}[ \\t\\u3000]+|\\d{1,2}/\\d{1,2}[ \\t\\u3000]+)?' +
    '(?:[[［(（]?\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?[\\]］)）]?[ \\t\\u3000]*)?' +
    `(?:[<＜[［【](${NAME_CHARS})[>＞\\]］】]|(${NAME_CHARS})[ \\t\\u3000]*[:：]` +
    `|[\\u30a1-\\u30fa\\u30fc\\u4e00-\\u9fff]{2,8}[(（](${NAME_CHARS})[)）][ \\t\\u3000]*[:：]` +
    `|[\\u30a1-\\u30fa\\u30fcA-Za-z\\u4e00-\\u9fff]{2,12}[ \\t\\u3000]+(${NAME_CHARS})[ \\t\\u3000]*[:：])` +
    '[ \\t\\u3000]*([^\\n]*)',
  'gmd',
);
// The same in Latin letters, the message on the next line (RODRIGUEZ ANA  10:05 / HIBARI Nana  9:55).
const LATIN_NAME_THEN_TIME = /^[ \t]*([A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,2}|[\u30a1-\u30fa\u30fc]{2,10}(?:[・ ][\u30a1-\u30fa\u30fc]{2,10}){1,2})[ \t]{1,3}(?:午前|午後)?\d{1,2}[:：]\d{2}(?: ?[AaPp][Mm])?[ \t]*$/gm;
let englishGiven: ReadonlySet<string> | null = null;

/** Whether a word of a Latin speaker's name is a name the lexicons know (romaji readings, English given names). */
function latinNameWord(word: string): boolean {
  const title = word[0] + word.slice(1).toLowerCase();
  return isRomajiSurname(word) || isRomajiGivenName(word) || (englishGiven ??= new Set(EN_GIVEN_NAMES)).has(title);
}

// A chat app's copied line: the name, a space and the time, then what is said (関 10:42 @北 顧客データ…).
const NAME_THEN_TIME = new RegExp(`^[ \\t\\u3000]*(${NAME_CHARS})[ \\t\\u3000]+(?:午前|午後)?\\d{1,2}[:：]\\d{2}(?:[ \\t\\u3000]+([^\\n]*))?$`, 'gmd');

// The rest of a line that reads as chat: a reply word at its start, or a casual ending (plain
// です/ました end headings and notes as well: 桜：満開です).
const SPEECH =
  /(?:^(?:了解|承知|はい|いいえ|うん|おはよう|お疲れ|おつかれ|ありがと|すみません|すいません|よろしく|OK|ok|なるほど|確認します|わかりました|分かりました|私|僕|俺|自分|今から|明日|あとで|後で)|(?:よ|ね|かな|だね|だよ|よね|っす|かも|w|笑|ｗ|[?？])[。！!？?ｗw〜ー…．.\s]*$)/;
// A polite sentence end (参加します, 送りました, ご確認ください): speech after a label of two or
// more characters, but a one-kanji word that is also a given name (花：届きました) needs more.
const POLITE_END = /(?:ます|ました|ません|ましょう|ください|下さい|でしょうか|ですか)[。！!？?〜ー…．.\s]*$/;

// Labels of minutes and forms that are also names or name readings (本: a heading; 金: money).
const HEADING = new Set(['本', '金', '中', '上', '下', '前', '後', '東', '西', '南', '北', '例', '注', '答', '問', '他', '計', '済', '未', '元', '新', '旧', '原', '印', '場', '表', '裏', '主', '副', '正', '誤', '可', '否', '有', '無', '株', '件']);
// Hiragana words before a colon that are no speaker (めも：, ちゅうい：, おしらせ：).
const HIRAGANA_HEADING = new Set(['めも', 'ちゅうい', 'おしらせ', 'ひとこと', 'こたえ', 'しつもん', 'ないよう', 'ばしょ', 'にちじ', 'ひづけ', 'なまえ', 'おなまえ', 'よてい', 'れい', 'ちゅう', 'ほか', 'まとめ', 'こめんと', 'あと', 'いま', 'ぜんぶ']);

// Prefectures (with and without 都/府/県) and large cities: a table of places, not speakers.
const PLACES = new Set<string>(['東京', '大阪', '京都', '横浜', '名古屋', '札幌', '仙台', '神戸', '福岡', '博多', '広島', '川崎', '千葉', '新潟', '静岡', '浜松', '岡山', '熊本', '金沢', '本社', '支社', '本店', '支店']);
for (const p of PREFECTURES) {
  PLACES.add(p);
  if (p.length > 2) PLACES.add(p.replace(/[都府県]$/u, ''));
}

function isHiragana(c: number): boolean {
  return c >= 0x3041 && c <= 0x3096;
}

function katakana(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += String.fromCharCode(word.charCodeAt(i) + 0x60);
  return out;
}

const ONLY_IN_A_LOG = 0.5;
const PLACE_IN_A_LOG = 0.25;

/** True when the rest of a line reads as chat (a reply word first, or a casual ending). */
export function readsAsChat(rest: string): boolean {
  return SPEECH.test(rest);
}

/** 2: the label reads as a name; 1: only with speech after it or in a log; 0.5 only in a log; 0.25 only in a time-stamped log; 0: no name. */
function labelReading(label: string, headings = true): number {
  if (isHiragana(label.charCodeAt(0))) {
    for (let i = 1; i < label.length; i++) if (!isHiragana(label.charCodeAt(i))) return 0;
    if (label.length < 2 || HIRAGANA_HEADING.has(label)) return 0;
    const reading = katakana(label);
    return KANA_SURNAMES.has(reading) || KANA_GIVEN.has(reading) ? 1 : 0;
  }
  for (let i = 0; i < label.length; i++) if (isHiragana(label.charCodeAt(i))) return 0;
  // A prefecture that is also a common surname (石川, 宮崎, 千葉) speaks only in a time-stamped log.
  if (PLACES.has(label)) return surnameTier(label, 0, label.length) > 0 ? PLACE_IN_A_LOG : 0;
  // One kanji: a given name that is no surname (杏, 翔, 凛) on a line that reads as speech; a
  // surname (林, 森), which is as often a word, only among other speaker lines.
  if (label.length === 1) {
    if (headings && HEADING.has(label)) return 0;
    const surname = surnameTier(label, 0, 1) > 0;
    return !surname && givenTier(label, 0, 1) > 0 ? 1 : surname || givenTier(label, 0, 1) > 0 ? ONLY_IN_A_LOG : 0;
  }
  const sur = surnameTier(label, 0, label.length);
  const given = givenTier(label, 0, label.length);
  if (sur === 2 || given === 2) return 2;
  return sur > 0 || given > 0 ? 1 : 0;
}

// Characters that close a label before what is said.
const LABEL_CLOSE = new Set([...':：>＞]］】'].map((c) => c.charCodeAt(0)));

/** A cheap test before the line regex: a colon or a closing bracket within 24 characters of a line's start. */
function mayHaveSpeakerLine(text: string): boolean {
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStart = i + 1;
    else if (i - lineStart < 24 && LABEL_CLOSE.has(c)) return true;
    else if (i - lineStart >= 24) {
      const next = text.indexOf('\n', i);
      if (next < 0) return false;
      i = next - 1;
    }
  }
  return false;
}

// An @-mention written in kanji or hiragana (@薫 資料を, @ゆかりさん): the @ is the cue, the lexicon says the word is a name.
const MENTION = /[@＠]([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]{1,4}|[\u3041-\u3096]{2,8})/g;
const MENTION_HONORIFIC = /(?:さん|さま|ちゃん|くん)$/;
// Mentions of a group (@みなさん, @みんな).
const MENTION_NON_NAMES = new Set(['みな', 'みんな', 'ぜんいん', 'かく', 'おのおの']);

/** A cheap test before the mention pattern: an @ followed by a kana or kanji (not an e-mail's domain). */
function mayHaveMention(text: string): boolean {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) if (text.charCodeAt(at + 1) >= 0x3041) return true;
  return text.indexOf('＠') >= 0;
}

function detectMentions(text: string, out: RawFinding[]): void {
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m !== null; m = MENTION.exec(text)) {
    // After an ASCII letter or digit the @ belongs to an address or a handle (a@例.jp).
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 0;
    if ((before >= 0x30 && before <= 0x39) || ((before | 0x20) >= 0x61 && (before | 0x20) <= 0x7a)) continue;
    let label = m[1];
    if (isHiragana(label.charCodeAt(0))) label = label.replace(MENTION_HONORIFIC, '');
    // A one-kanji word after @ is no heading (@北 資料を).
    if (label.length === 0 || MENTION_NON_NAMES.has(label) || labelReading(label, false) === 0) continue;
    const start = m.index + 1;
    out.push({ type: 'PERSON_NAME', start, end: start + label.length, score: 0.75 });
  }
}

/** Whether text[from, to) holds a digit (the time stamp of a log line). */
function codeIsDigitBefore(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

// LINE's exported talk history: time, tab, the sender's display name, tab, the message
// (07:02\t崔 承勲\t配車の件…). Two such lines make the export; the name field is whoever sent it.
const LINE_EXPORT = /^(?:午前|午後)?\d{1,2}:\d{2}\t([^\t\n]{1,24})\t([^\t\n]+)$/gm;
// Senders that are no person: the app's own notices, bots and deleted accounts.
const LINE_NON_PERSON = /^(?:LINE|Bot|bot|BOT|システム|運営|公式|Unknown|unknown|不明|削除されたユーザー|メンバーがいません|.*(?:公式|事務局|運営|センター|グループ|チーム|bot|Bot))$/;

function detectLineExport(text: string, out: RawFinding[]): void {
  const senders: Array<[number, number]> = [];
  LINE_EXPORT.lastIndex = 0;
  for (let m = LINE_EXPORT.exec(text); m !== null; m = LINE_EXPORT.exec(text)) {
    const name = m[1].trim();
    // A message, not a schedule's cell (07:02\t朝礼\t全員): a sentence with kana in it.
    if (name.length === 0 || /[0-9@/:]/.test(name) || LINE_NON_PERSON.test(name) || !/[\u3041-\u3096]|[a-z]{2,} [a-z]{2,}/.test(m[2])) continue;
    const start = m.index + m[0].indexOf(m[1]) + (m[1].length - m[1].trimStart().length);
    senders.push([start, start + name.length]);
  }
  if (senders.length < 2) return;
  for (const [start, end] of senders) out.push({ type: 'PERSON_NAME', start, end, score: 0.8 });
}

/** Speaker labels pushed as PERSON_NAME findings (cheap exit when no line has a colon or a bracket). */
export function detectSpeakerNames(text: string, out: RawFinding[]): void {
  if (mayHaveMention(text)) detectMentions(text, out);
  if (text.indexOf('\t') >= 0 && text.indexOf(':') >= 0) detectLineExport(text, out);
  if (!mayHaveSpeakerLine(text)) return;
  const found: { start: number; end: number; tier: number; speech: boolean; timed: boolean }[] = [];
  SPEAKER_LINE.lastIndex = 0;
  for (let m = SPEAKER_LINE.exec(text); m !== null; m = SPEAKER_LINE.exec(text)) {
    if (m[0].length === 0) {
      SPEAKER_LINE.lastIndex++;
      continue;
    }
    const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : m[3] !== undefined ? 3 : 4;
    const label = m[group];
    const start = (m.indices as RegExpIndicesArray)[group]![0];
    // A time stamp before the label ([10:58] 林: 承知しました) makes the line a log line by itself.
    const timed = start > m.index && codeIsDigitBefore(text, m.index, start);
    // In square brackets after a time stamp (10:12 [東] 入電) a one-kanji word is no heading.
    let tier = labelReading(label, !(timed && group === 1));
    if (tier === 0) continue;
    // 【川越】おすすめスポット: a word in lenticular brackets at a line's start is a heading or a tag
    // unless a time stamp or other speaker lines make the text a log.
    if (group === 1 && !timed && text.charCodeAt(start - 1) === 0x3010) tier = Math.min(tier, ONLY_IN_A_LOG);
    // The firm's name before it (グリーンホーム 関:) says the label is someone who speaks for it.
    if (group === 4 && tier === ONLY_IN_A_LOG) tier = 1;
    // So does a role word with the label in brackets (コメント(石田)：, 担当（林）:).
    if (group === 3 && tier !== PLACE_IN_A_LOG) tier = tier >= 1 ? 2 : 1;
    const rest = m[5];
    const speech = rest.length > 0 && (SPEECH.test(rest) || ((label.length >= 2 || timed) && POLITE_END.test(rest)));
    found.push({ start, end: start + label.length, tier, speech, timed });
  }
  if (text.indexOf(':') >= 0 || text.indexOf('：') >= 0) {
    LATIN_NAME_THEN_TIME.lastIndex = 0;
    for (let m = LATIN_NAME_THEN_TIME.exec(text); m !== null; m = LATIN_NAME_THEN_TIME.exec(text)) {
      const words = m[1].split(' ');
      // Two words of a name at least half known (a foreign name in katakana: two parts), and a message on the next line.
      if (m[1].charCodeAt(0) < 0x3000 ? words.filter(latinNameWord).length * 2 < words.length : m[1].split(/[・ ]/).some((p) => isKatakanaWordAt(p, 0, p.length) && !isKanaSurname(p, 0, p.length) && !isKanaGivenName(p, 0, p.length))) continue;
      const next = m.index + m[0].length + 1;
      if (next >= text.length || text.charCodeAt(next) === 10) continue;
      const start = m.index + m[0].indexOf(m[1]);
      out.push({ type: 'PERSON_NAME', start, end: start + m[1].length, score: 0.75 });
    }
    NAME_THEN_TIME.lastIndex = 0;
    for (let m = NAME_THEN_TIME.exec(text); m !== null; m = NAME_THEN_TIME.exec(text)) {
      const tier = labelReading(m[1], false);
      if (tier === 0) continue;
      const start = (m.indices as RegExpIndicesArray)[1]![0];
      const rest = m[2] ?? '';
      found.push({ start, end: start + m[1].length, tier, speech: rest.length > 0 && (SPEECH.test(rest) || POLITE_END.test(rest)), timed: true });
    }
  }
  // A log: two or more speaker lines, one of them speech (大阪：晴れ / 東京：曇り is a table).
  // Two time-stamped speaker lines are a log as well (a ticket's history: 10:12 [東] 入電 / 15:05 [池田] 再架電).
  const log = found.length >= 2 && (found.some((f) => f.speech) || found.filter((f) => f.timed).length >= 2);
  for (const f of found) {
    if (f.tier === PLACE_IN_A_LOG ? !(f.timed && log) : !(f.tier === 2 || (f.speech && (f.tier >= 1 || f.timed)) || log)) continue;
    out.push({ type: 'PERSON_NAME', start: f.start, end: f.end, score: 0.75 });
  }
}
