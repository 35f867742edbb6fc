import { EN_GIVEN_NAMES } from '../data/en-given-names';
import { EN_SURNAMES } from '../data/en-surnames';
import type { RawFinding } from './detector';
import { givenTier, surnameTier } from './ja-person-name';
import { isRomajiGivenName, isRomajiNamePair, isRomajiSurname } from './romaji-names';

/**
 * Names broken by PDF-to-text and narrow columns:
 * - a line break inside a surname (山⏎田太郎, 高⏎橋さん): the surname is read across the break;
 * - letter-spaced text (山 田 太 郎, 氏 名　佐 藤 健 一), where every kanji stands alone: the run is
 *   read with its spaces taken out, and a part of it that only looks like a name (所 属) is none;
 * - English words hyphenated at a line's end (Ken-⏎ta Yoshida): the word is read joined.
 * Each pass is gated on the characters it needs (a line break or space with kanji on both sides,
 * a hyphen before a line break), so text without them costs one indexOf or a few char tests.
 */

const MAX_SURNAME = 3;
const MAX_GIVEN = 3;
// Honorifics and titles that may follow a name (kanji ones inside the same run: 山⏎田部長).
const HONORIFIC_AFTER = /^[ \u3000]?(?:さん|様|さま|氏|先生|君|くん|ちゃん|殿)/;
const TITLE = /^(?:様|殿|氏|君|先生|社長|部長|課長|係長|次長|室長|主任|専務|常務|会長|所長|店長|院長|局長|支店長|取締役|教授|弁護士|医師)$/;
// A name label right before the name on its line (申請者：山⏎田太郎, 氏名　山 田 太 郎).
const LABEL_BEFORE = /(?:(?:名|者|人|担当|作成|記録|署名|宛先?|差出人|送信元)[ \u3000]*[:：]?|[:：][ \u3000]*[^\n:：]{0,8}?[部課室係])[ \u3000]*$/;
// What a person does right after their surname (小⏎林から連絡します, 井⏎上が担当します).
const PERSON_PREDICATE_AFTER = /^(?:から(?:連絡|報告|説明|ご|お|電話|メール)|が(?:担当|対応|伺|出席|参加|同行|ご|お|確認|連絡)|です(?:[。、！!\s]|$)|と申|でございます|に(?:確認|連絡|聞い|伝え|ご))/;
// The end of a name label spelled out before the name in one letter-spaced run (氏 名 山 田, 記 入 者 長 谷 川).
const SPELLED_LABEL_END = /(?:氏名|名前|[入成告請出]者|担当|記録)$/;
// Last kanji of a department or role word a surname may follow in the same run (営業部山⏎田).
const ROLE_END = '部課室局係店社者';

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 || c === 0x30f6;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 0x3000;
}

/** Repairs of broken names, from the findings at `from` on (the Japanese and English passes have run). */
export function repairBrokenNames(text: string, out: RawFinding[], from: number): void {
  if (text.indexOf('\n') >= 0) {
    joinLineBreaks(text, out);
    if (text.indexOf('-\n') >= 0 || text.indexOf('-\r\n') >= 0) joinHyphenated(text, out);
  }
  if (text.indexOf(' ') >= 0 || text.indexOf('\u3000') >= 0) readLetterSpaced(text, out, from);
}

// ---- a line break inside a surname ----

function joinLineBreaks(text: string, out: RawFinding[]): void {
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const breakStart = text.charCodeAt(i - 1) === 13 ? i - 1 : i;
    if (!isHanCode(text.charCodeAt(breakStart - 1)) || !isHanCode(text.charCodeAt(i + 1))) continue;
    joinAt(text, breakStart, i + 1, out);
  }
}

/** A surname that starts before the break [breakStart, after) and ends after it, with a given name, a title or an honorific. */
function joinAt(text: string, breakStart: number, after: number, out: RawFinding[]): void {
  let left = breakStart;
  while (left > 0 && breakStart - left < MAX_SURNAME + MAX_GIVEN - 1 && isHanCode(text.charCodeAt(left - 1))) left--;
  let right = after;
  while (right < text.length && right - after < MAX_SURNAME + MAX_GIVEN + 2 && isHanCode(text.charCodeAt(right))) right++;
  // The run before the break must start at a word edge (not inside a longer kanji run, except after a role word).
  const runStart = left;
  const leftEdge = left === 0 || !isHanCode(text.charCodeAt(left - 1));
  const joined = text.slice(left, breakStart) + text.slice(after, right);
  const leftLength = breakStart - left;
  for (let p = 0; p < leftLength; p++) {
    if (p === 0 ? !leftEdge : ROLE_END.indexOf(joined[p - 1]) < 0) continue;
    for (let a = Math.min(MAX_SURNAME, joined.length - p); a >= 1; a--) {
      // A surname ending at the break is read by the split-name rules.
      if (p + a === leftLength) continue;
      const tier = surnameTier(joined, p, p + a);
      if (tier === 0) continue;
      // The break inside the given name (山田太⏎郎): the whole name before it and after.
      const end = p + a < leftLength ? givenAcross(joined, p + a, tier, leftLength) : a >= 2 ? nameEnd(text, joined, p + a, tier, runStart + p, after, leftLength) : -1;
      if (end < 0) continue;
      const start = runStart + p;
      out.push({ type: 'PERSON_NAME', start, end: after + (end - leftLength), score: 0.9 });
      return;
    }
  }
}

/** End (in `joined`) of a given name that starts at `givenStart` before the break and ends after it, filling the run but for a title; or -1. */
function givenAcross(joined: string, givenStart: number, tier: number, leftLength: number): number {
  for (let g = Math.min(MAX_GIVEN, joined.length - givenStart); g >= 2; g--) {
    if (givenStart + g <= leftLength || givenTier(joined, givenStart, givenStart + g) === 0) continue;
    const tail = joined.slice(givenStart + g);
    if ((tail === '' || TITLE.test(tail)) && (tier === 2 || givenStart >= 2)) return givenStart + g;
  }
  return -1;
}

/**
 * Where the name read from `joined` (surname ending at `surnameEnd`) ends, as an index into `joined`,
 * or -1 when what follows says no person: the rest of the run is a given name (with a title), a
 * title, or nothing before an honorific or after a name label.
 */
function nameEnd(text: string, joined: string, surnameEnd: number, tier: number, start: number, after: number, leftLength: number): number {
  const rest = joined.length - surnameEnd;
  const textEnd = after + (joined.length - leftLength);
  if (rest === 0) return HONORIFIC_AFTER.test(text.slice(textEnd, textEnd + 4)) || PERSON_PREDICATE_AFTER.test(text.slice(textEnd, textEnd + 6)) || (tier === 2 && LABEL_BEFORE.test(text.slice(Math.max(0, start - 16), start))) ? surnameEnd : -1;
  if (TITLE.test(joined.slice(surnameEnd))) return surnameEnd;
  for (let g = Math.min(MAX_GIVEN, rest); g >= 1; g--) {
    if (givenTier(joined, surnameEnd, surnameEnd + g) === 0) continue;
    const tail = joined.slice(surnameEnd + g);
    if (tail === '' ? g >= 2 || tier === 2 || HONORIFIC_AFTER.test(text.slice(textEnd, textEnd + 4)) : TITLE.test(tail)) return surnameEnd + g;
  }
  return -1;
}

// ---- letter-spaced kanji ----

/** Runs of single kanji each set apart by one space (山 田 太 郎), from their first kanji. */
function readLetterSpaced(text: string, out: RawFinding[], from: number): void {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // A unit: one kanji with no kanji right before it, followed by a space and another lone kanji.
    if (isHanCode(c) && !isHanCode(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1)) && isLoneHan(text, i + 2)) {
      i = readRun(text, i, out, from);
    } else i++;
  }
}

function isLoneHan(text: string, i: number): boolean {
  return isHanCode(text.charCodeAt(i)) && !isHanCode(text.charCodeAt(i + 1));
}

/** Reads the letter-spaced run starting at `start`; returns where scanning goes on. */
function readRun(text: string, start: number, out: RawFinding[], from: number): number {
  const units = [start];
  let i = start;
  let half = 0;
  let full = 0;
  while (isSpace(text.charCodeAt(i + 1)) && isLoneHan(text, i + 2)) {
    if (text.charCodeAt(i + 1) === 32) half++;
    else full++;
    i += 2;
    units.push(i);
  }
  const end = i + 1;
  if (units.length < 3 && !(units.length === 2 && (spacedLine(text, start, end) || LABEL_BEFORE.test(text.slice(Math.max(0, start - 16), start))))) return end;
  // Label and value set apart by the other kind of space (氏 名　山 田 太 郎): split at the rarer kind.
  const splitCode = half > 0 && full > 0 ? (half >= full ? 0x3000 : 32) : -1;
  let segment = 0;
  for (let k = 1; k <= units.length; k++) {
    if (k === units.length || text.charCodeAt(units[k] - 1) === splitCode) {
      readSegment(text, units.slice(segment, k), out, from);
      segment = k;
    }
  }
  return end;
}

/** Whether the line of text[start, end) holds another letter-spaced run (a two-kanji label such as 所 属 in a spaced form). */
function spacedLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  for (let i = lineStart; i + 2 < lineEnd; i++) {
    if (i >= start && i < end) continue;
    if (isHanCode(text.charCodeAt(i)) && !isHanCode(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1)) && isLoneHan(text, i + 2)) return true;
  }
  return false;
}

/** One segment of a letter-spaced run: findings inside it are replaced by the name its kanji spell, if any. */
function readSegment(text: string, units: number[], out: RawFinding[], from: number): void {
  const start = units[0];
  const end = units[units.length - 1] + 1;
  let joined = '';
  for (const u of units) joined += text[u];
  // The whole segment, or its end after a label (氏名山田太郎), is a surname and a given name (a title may follow).
  for (let p = 0; units.length >= 3 && p + 3 <= joined.length; p++) {
    const nameEndAt = spelledNameEnd(joined, p, 3);
    if (nameEndAt < 0 || (p > 0 && surnameTier(joined, p, p + 2) !== 2 && surnameTier(joined, p, p + 3) !== 2)) continue;
    dropInside(out, from, start, end);
    out.push({ type: 'PERSON_NAME', start: units[p], end: units[nameEndAt - 1] + 1, score: 0.9 });
    return;
  }
  // A surname alone spelled out after a name label (担当者：山 田, 記 入 者　長 谷 川).
  // (Normalized text has no ideographic spaces, so a label may be spelled in the same run: 記入者長谷川.)
  for (let p = 0; p + 2 <= joined.length; p++) {
    if (p > 0 && !SPELLED_LABEL_END.test(joined.slice(0, p))) continue;
    // A surname alone needs the label: 日 本 橋 on an address line is the place.
    if (surnameTier(joined, p, joined.length) !== 2 || !(p > 0 || LABEL_BEFORE.test(text.slice(Math.max(0, start - 16), start)))) continue;
    dropInside(out, from, start, end);
    out.push({ type: 'PERSON_NAME', start: units[p], end, score: 0.85 });
    return;
  }
  // Otherwise only a finding across the spaces that spells no surname and given name goes (所 属);
  // a kanji read alone (林 森 原, 林 氏) keeps its reading. Two kanji that a label named as a
  // surname and a given name stay (氏名: 王 偉, 来訪者: 金 敏): the Chinese and Korean names of one
  // kanji each are written so.
  if (units.length === 2 && surnameTier(joined, 0, 1) > 0 && labelledFinding(out, from, start, end)) return;
  dropSpelledWords(text, out, from, start, end);
}

/** Whether a finding of 0.85 or more (a label's value) covers text[start, end) exactly. */
function labelledFinding(out: RawFinding[], from: number, start: number, end: number): boolean {
  for (let i = from; i < out.length; i++) if (out[i].type === 'PERSON_NAME' && out[i].start === start && out[i].end === end && out[i].score >= 0.85) return true;
  return false;
}

function dropSpelledWords(text: string, out: RawFinding[], from: number, start: number, end: number): void {
  let kept = from;
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (!(f.type === 'PERSON_NAME' && f.start >= start && f.end <= end && f.end - f.start >= 3 && !spellsName(text, f.start, f.end))) out[kept++] = f;
  }
  out.length = kept;
}

/** Whether the spaced kanji of text[start, end) spell a surname and a given name. */
function spellsName(text: string, start: number, end: number): boolean {
  let joined = '';
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) joined += text[i];
  return spelledNameEnd(joined, 0, 2) === joined.length;
}

/** End (in `joined`) of a surname + given name at `p` that fills the rest of `joined` but for a title, or -1. */
function spelledNameEnd(joined: string, p: number, minLength: number): number {
  for (let a = Math.min(MAX_SURNAME, joined.length - p - 1); a >= 1; a--) {
    if (surnameTier(joined, p, p + a) === 0) continue;
    for (let g = Math.min(MAX_GIVEN, joined.length - p - a); g >= 1; g--) {
      if (a + g < minLength || givenTier(joined, p + a, p + a + g) === 0) continue;
      const tail = joined.slice(p + a + g);
      if (tail === '' || TITLE.test(tail)) return p + a + g;
    }
  }
  return -1;
}

/** Drops name findings (from `from`) that lie wholly inside [start, end): parts of a spaced run read on their own. */
function dropInside(out: RawFinding[], from: number, start: number, end: number): void {
  let kept = from;
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (!(f.type === 'PERSON_NAME' && f.start >= start && f.end <= end)) out[kept++] = f;
  }
  out.length = kept;
}

// ---- English hyphenation across a line ----

const GIVEN = new Set(EN_GIVEN_NAMES);
const SURNAMES = new Set(EN_SURNAMES);
const HYPHENATED = /([A-Z][a-z]*)-\r?\n[ \t]*([a-z]+)/g;

function isNamePair(first: string, second: string): boolean {
  return (GIVEN.has(first) && SURNAMES.has(second)) || isRomajiNamePair(first, second);
}

/** "Ken-⏎ta Yoshida", "Kenta Yo-⏎shida": the hyphenated word joined reads as a name with its neighbour. */
function joinHyphenated(text: string, out: RawFinding[]): void {
  HYPHENATED.lastIndex = 0;
  for (let m = HYPHENATED.exec(text); m !== null; m = HYPHENATED.exec(text)) {
    const word = m[1] + m[2];
    const start = m.index;
    const end = m.index + m[0].length;
    // The next word: "Ken-⏎ta Yoshida".
    const next = /^ ([A-Z][a-z]+)\b/.exec(text.slice(end, end + 24));
    if (next !== null && isNamePair(word, next[1])) {
      out.push({ type: 'PERSON_NAME', start, end: end + next[0].length, score: 0.85 });
      continue;
    }
    // The word before: "Kenta Yo-⏎shida".
    const previous = /\b([A-Z][a-z]+) $/.exec(text.slice(Math.max(0, start - 24), start));
    if (previous !== null && isNamePair(previous[1], word)) {
      out.push({ type: 'PERSON_NAME', start: start - previous[0].length, end, score: 0.85 });
      continue;
    }
    // A finding that ends at the hyphen read half a word (John-⏎son Street): it covers the whole word or goes.
    const cut = start + m[1].length;
    for (let i = out.length - 1; i >= 0; i--) {
      const f = out[i];
      if (f.type !== 'PERSON_NAME' || f.end !== cut) continue;
      // Before another capitalised word (Johnson Street) the English rules had no say on the whole: drop.
      if ((GIVEN.has(word) || SURNAMES.has(word) || isRomajiSurname(word) || isRomajiGivenName(word)) && next === null) f.end = end;
      else out.splice(i, 1);
    }
  }
}
