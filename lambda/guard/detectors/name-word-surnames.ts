import type { RawFinding } from './detector';
import { surnameTier } from './ja-person-name';

/**
 * Surnames that are also ordinary words, and what is no person although it starts with a surname:
 * - a one-kanji surname right before a title, at the start of a word (中部長が承認, 南課長より;
 *   not 本部長, 副社長, 各部長: a title prefix before the title);
 * - a one-kanji surname opening a sentence before が/は and what only a person does (南が報告した,
 *   原が説明した; not 上が承認した, where 上 is the management, nor 北が強い);
 * - a finding that is a surname and a business word (山田商事, 比嘉産業様, 金城建工さん, 宮城組) is
 *   the company, whatever honorific follows it;
 * - a name inside an idiom or proverb that starts with a surname-shaped word (石橋を叩いて渡る) is
 *   the idiom.
 */

// Words that make a surname before them (in the same kanji run) a company or a trade.
const BUSINESS_WORDS = [
  '商事', '産業', '建工', '工業', '物産', '興業', '興産', '製作所', '工務店', '建設', '商会', '商店', '商社', '運輸', '運送', '電機', '電気', '電工', '技研', '水産',
  '工業所', '鉄工', '鉄工所', '工房', '設計', '不動産', '開発', '企画', '印刷', '製菓', '製薬', '食品', '薬品', '化学', '化成', '交通', '観光', '急便', '倉庫',
  '通商', '貿易', '商工', '工芸', '精機', '精工', '重工', '設備', '住宅', '造園', '塗装', '電設', '建材', '木材', '材木店', '酒造', '醸造', '農園', '牧場', '石油',
  '組', '工業株式会社', '硝子', '機工', '工機', '物流', '海運', '陸運', '建築', '土木', '総業', '実業', '工作所', '製造', '繊維', '紙業', '鋼業', '通運', '総研',
].sort((a, b) => b.length - a.length);
const BUSINESS = new RegExp(`(?:${BUSINESS_WORDS.join('|')})$`);

// Idioms and proverbs that start with, or hold, a word that is also a surname.
const IDIOMS = [
  '石橋を叩いて渡る', '石橋を叩く', '木を見て森を見ず', '森を見て木を見ず', '高嶺の花', '岡目八目', '井の中の蛙', '青天の霹靂', '白羽の矢', '大船に乗った',
  '上には上がいる', '石の上にも三年', '花より団子', '猿も木から落ちる', '二階から目薬', '青菜に塩', '柳に風', '柳の下の泥鰌', '柳の下のどじょう', '河童の川流れ',
  '急がば回れ', '長い物には巻かれろ', '立つ鳥跡を濁さず', '千里の道も一歩から', '桜切る馬鹿', '杉の木', '松竹梅', '鶴の一声', '亀の甲より年の功', '竹を割ったような',
  '泉のように', '堀を埋める', '外堀を埋める', '内堀を埋める', '橋渡し役', '大黒柱', '金字塔', '氷山の一角', '浜の真砂', '東奔西走', '南船北馬',
];
const IDIOM = new RegExp(IDIOMS.join('|'), 'y');
const IDIOM_FIRST = new Uint8Array(0x10000);
for (const w of IDIOMS) IDIOM_FIRST[w.charCodeAt(0)] = 1;
/** How far before a finding an idiom holding it may start (木を見て森を見ず: 4). */
const IDIOM_REACH = 6;

// Titles after a one-kanji surname (中部長, 南課長).
const TITLE = /^(?:部長|課長|係長|社長|主任|室長|所長|店長|専務|常務|次長|会長|工場長|支店長|班長|組長|職長|部長代理|課長代理|GM|マネージャー|リーダー)(?:[がはにのへとも、。からよりさ様殿]|$|[ 　\n])/;
const TITLE_G = /部長|課長|係長|社長|主任|室長|所長|店長|専務|常務|次長|会長|工場長|支店長|班長|組長|職長|部長代理|課長代理|GM|マネージャー|リーダー/g;
// Kanji that make a title with the title after them, or refer to the office, not a person.
const TITLE_PREFIX = new Set([...'本副元前新現故総次代全各同当貴弊御両歴諸同現旧正初'].map((c) => c.charCodeAt(0)));
// What only a person does, after が/は (報告した, 説明します, 言っていた).
const PREDICATE_G = /[がは](?:報告|説明|発表|提案|回答|返信|出席|欠席|退席|発言|謝罪|挨拶|同席|来社|訪問|電話|担当|対応し|対応す|対応を|引き継|言っ|言う|言い|話し|話す|答え|述べ|書い|送っ|送り|持って|来ま|来る|来た|参加|休み|休む|休ん|承認し|決裁)/g;
// One-kanji words that are also surnames but at a sentence's start mean something else (上が承認: the management).
const NOT_PERSON_WORD = new Set([...'上下前後次他皆各全本当同先元今新中外内彼誰私僕俺君父母兄姉弟妹妻夫子親客人方側者'].map((c) => c.charCodeAt(0)));

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 || c === 0x30f6;
}

function hasFindingAt(out: RawFinding[], start: number, end: number): boolean {
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    if (f.type === 'PERSON_NAME' && f.score > 0 && f.start < end && f.end > start) return true;
  }
  return false;
}

// Where a sentence or line starts: the text's start, after 。！？ a line break, 「 or a space.
function sentenceStart(c: number): boolean {
  return Number.isNaN(c) || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x0a || c === 0x300c || c === 0x20 || c === 0x3000 || c === 0x3001 || c === 0x21 || c === 0x3f;
}

/** A one-kanji surname before a title or, opening a sentence, before a person's predicate. */
function detectOneKanjiSurnames(text: string, out: RawFinding[]): void {
  // Found from the title or the predicate, then the one kanji before it is checked.
  TITLE_G.lastIndex = 0;
  for (let m = TITLE_G.exec(text); m !== null; m = TITLE_G.exec(text)) {
    const i = m.index - 1;
    if (i < 0) continue;
    const c = text.charCodeAt(i);
    if (!isHan(c) || (i > 0 && isHan(text.charCodeAt(i - 1)))) continue;
    // 中部長: the kanji, then a title that ends the run.
    if (TITLE_PREFIX.has(c) || (NOT_PERSON_WORD.has(c) && c !== 0x4e2d)) continue;
    if (!TITLE.test(text.slice(m.index, m.index + 5))) continue;
    if (surnameTier(text, i, i + 1) === 0 || hasFindingAt(out, i, i + 1)) continue;
    out.push({ type: 'PERSON_NAME', start: i, end: i + 1, score: 0.8 });
  }
  PREDICATE_G.lastIndex = 0;
  for (let m = PREDICATE_G.exec(text); m !== null; m = PREDICATE_G.exec(text)) {
    const i = m.index - 1;
    if (i < 0) continue;
    const c = text.charCodeAt(i);
    if (!isHan(c) || !sentenceStart(i > 0 ? text.charCodeAt(i - 1) : NaN) || NOT_PERSON_WORD.has(c)) continue;
    if (surnameTier(text, i, i + 1) === 0 || hasFindingAt(out, i, i + 1)) continue;
    out.push({ type: 'PERSON_NAME', start: i, end: i + 1, score: 0.75 });
  }
}

const HONORIFIC_KANJI = '様殿氏君';

/** True when `text[start, end)` is a surname (or two kanji or more) and a business word (山田商事, 宮城組). */
function isCompany(text: string, start: number, end: number): boolean {
  const m = BUSINESS.exec(text.slice(start, end));
  return m !== null && m.index >= 1 && (m.index >= 2 || surnameTier(text, start, start + m.index) > 0);
}

/** Companies read as people, and idioms read as names: their findings are dropped. */
function dropCompaniesAndIdioms(text: string, out: RawFinding[], from: number): void {
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.score <= 0 || !isHan(text.charCodeAt(f.start))) continue;
    // The whole kanji run the finding sits in (比嘉 in 比嘉産業様, or the finding 比嘉産業 itself).
    let runEnd = f.end;
    while (runEnd < text.length && isHan(text.charCodeAt(runEnd)) && runEnd - f.end < 6) runEnd++;
    // The finding itself (比嘉産業 before 様), or the run without an honorific at its end (比嘉 in 比嘉産業様).
    if (isCompany(text, f.start, f.end) || isCompany(text, f.start, runEnd) || (HONORIFIC_KANJI.indexOf(text[runEnd - 1]) >= 0 && isCompany(text, f.start, runEnd - 1))) f.score = 0;
  }
  // Idioms: a sticky test at the few characters before each finding that may start one.
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.score <= 0) continue;
    for (let at = f.start; at >= 0 && f.start - at <= IDIOM_REACH; at--) {
      if (IDIOM_FIRST[text.charCodeAt(at)] !== 1) continue;
      IDIOM.lastIndex = at;
      const m = IDIOM.exec(text);
      if (m !== null && f.end <= at + m[0].length) {
        f.score = 0;
        break;
      }
    }
  }
}

const HAS_TITLE_OR_PREDICATE = /[長任務がは]/;

/** The word-surname passes, after the other Japanese name passes (person-name.ts). */
export function refineWordSurnames(text: string, out: RawFinding[], from: number): void {
  if (HAS_TITLE_OR_PREDICATE.test(text)) detectOneKanjiSurnames(text, out);
  dropCompaniesAndIdioms(text, out, from);
}
