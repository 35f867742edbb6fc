/**
 * Foreign names as Japanese forms and messages write them where the Japanese name passes have no
 * cue: a katakana name in parts joined by ・ after a label for a person (被災労働者：ソムチャイ・ジャイディー,
 * 技能実習生：グエン・ティ・ラン) or in brackets before an honorific (（イ・スンヨプ）さん), and a name in
 * Hangul before a Korean or Japanese honorific or after a name label (김민수 님, 박지현さん, 성명: 이서연).
 */
import type { RawFinding } from './detector';
import { isKatakanaWordAt } from './ja-person-name';

const KATAKANA_PART = '[\\u30a1-\\u30fa\\u30fc]{1,12}';
const FOREIGN_NAME = `${KATAKANA_PART}(?:[・=＝]${KATAKANA_PART}){1,3}`;
// A label for a person: a word ending in 者, 人 or 員 (被災労働者, 保証人, 実習生 as 生; 入居者様 too), and its colon.
const AFTER_PERSON_LABEL = new RegExp(`[\\u4e00-\\u9fff]{1,6}(?:者|人|員|生)(?:様|さま)?[ 　]*[:：][ 　]*(${FOREIGN_NAME})(?![\\u30a1-\\u30fa\\u30fc・])`, 'g');
const IN_BRACKETS_BEFORE_HONORIFIC = new RegExp(`[（(](${FOREIGN_NAME})[）)](?=さん|様|さま|氏|君|くん|殿)`, 'g');
// Quoted as it is to be written, before an honorific (宛名を「グエン・ティ・ラン」様に).
const QUOTED_BEFORE_HONORIFIC = new RegExp(`[「『](${FOREIGN_NAME})[」』](?=さん|様|さま|氏|君|くん|殿)`, 'g');

// Korean full names are mostly three syllables: before 님 or 씨 only those (선생님, 고객님 are titles),
// and not a word for a role (관리자님, 회원님); before a Japanese honorific or after a label, two to four.
// Also with its katakana reading after it (이서연（イ・ソヨン）, 최유진／チェ・ユジン), or after a colon
// that ends a Japanese label or a Korean one for a person (スタッフ：최유진, 통역 담당: 정하은).
const HANGUL_NAME = /(?<![\uac00-\ud7a3])(?:([\uac00-\ud7a3]{3})(?<![자원])[ 　]?(?:님|씨)|([\uac00-\ud7a3]{2,4})[ 　]?(?:さん|様|さま|氏)|(?<=(?:성명|이름|담당|氏名|名前|[\u3041-\u30ff\u4e00-\u9fff])[ 　]*[:：][ 　]*)([\uac00-\ud7a3]{2,4})(?![\uac00-\ud7a3])|([\uac00-\ud7a3]{2,4})(?=[（(／/][\u30a1-\u30fa\u30fc]{1,8}・[\u30a1-\u30fa\u30fc]{1,8}))/g;
// A katakana reading in parts right after a name found (张伟さん（チャン・ウェイ）, 최유진／チェ・ユジン).
const READING_AFTER = /^(?:さん|様|さま|氏)?[（(／/]([\u30a1-\u30fa\u30fc]{1,8}(?:・[\u30a1-\u30fa\u30fc]{1,8}){1,2})(?=[）)]|[^\u30a1-\u30fa\u30fc・]|$)/;

export function detectForeignScriptNames(text: string, out: RawFinding[]): void {
  const dotted = text.indexOf('・') >= 0;
  if (dotted || text.indexOf('=') >= 0 || text.indexOf('＝') >= 0) {
    pushKatakanaNames(text, AFTER_PERSON_LABEL, false, out);
    pushKatakanaNames(text, IN_BRACKETS_BEFORE_HONORIFIC, true, out);
    pushKatakanaNames(text, QUOTED_BEFORE_HONORIFIC, false, out);
  }
  if (HAS_HANGUL.test(text)) {
    HANGUL_NAME.lastIndex = 0;
    for (let m = HANGUL_NAME.exec(text); m !== null; m = HANGUL_NAME.exec(text)) {
      const name = m[1] ?? m[2] ?? m[3] ?? m[4];
      const start = m.index + m[0].indexOf(name);
      out.push({ type: 'PERSON_NAME', start, end: start + name.length, score: 0.8 });
    }
  }
  if (dotted) pushReadingsAfterNames(text, out);
}

/** Katakana readings in parts right after the names found so far (name-formats.ts reads those of Japanese names). */
function pushReadingsAfterNames(text: string, out: RawFinding[]): void {
  const count = out.length;
  for (let i = 0; i < count; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.score < 0.5) continue;
    const m = READING_AFTER.exec(text.slice(f.end, f.end + 24));
    if (m === null) continue;
    const start = f.end + m[0].length - m[1].length;
    if (!out.some((g) => g.type === 'PERSON_NAME' && g.score >= 0.5 && g.start <= start && g.end >= start + m[1].length)) out.push({ type: 'PERSON_NAME', start, end: start + m[1].length, score: 0.8 });
  }
}

const HAS_HANGUL = /[\uac00-\ud7a3]/;

/**
 * The names `pattern` (group 1) finds, unless their parts are katakana words that name no one
 * (オンライン・セミナー): all of them after a label, half of them with only brackets around (`strict`).
 */
function pushKatakanaNames(text: string, pattern: RegExp, strict: boolean, out: RawFinding[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    let words = 0;
    let parts = 0;
    for (let a = start; a < end; ) {
      let b = a;
      while (b < end && !isJoiner(text.charCodeAt(b))) b++;
      parts++;
      if (b - a >= 2 && isKatakanaWordAt(text, a, b)) words++;
      a = b + 1;
    }
    // Some parts of a name may also be words (グエン・ティ・ラン); all of them make a phrase (オンライン・セミナー).
    if ((strict ? words * 2 >= parts : words === parts) || end - start < 4) continue;
    out.push({ type: 'PERSON_NAME', start, end, score: 0.8 });
  }
}

function isJoiner(c: number): boolean {
  return c === 0x30fb || c === 0x3d || c === 0xff1d;
}
