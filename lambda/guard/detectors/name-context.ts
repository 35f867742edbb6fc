import { PREFECTURES } from '../data/prefectures';
import type { RawFinding } from './detector';
import { codeAt } from './digit-sequence';
import { isKanjiCommonNoun } from './ja-name-model';
import { givenTier, isKanaGivenName, isKanaSurname, isKatakanaWordAt, isNonNameTail, katakanaOf, landscapeOrPlaceAfter, surnameTier, trailingTitleLength, WORD_BEFORE_HONORIFIC } from './ja-person-name';
import { JA_CITIES } from '../data/cities';
import { PREFECTURE_WORDS } from '../data/prefectures';
import { detectAgedKanaNames, detectHiraganaActors, detectHiraganaFullNames, detectHiraganaNames, extendOverHiraganaGivenNames, extendOverKatakanaGivenNames, joinSurnamesBeforeGivenNames, kanjiHiraganaNameAt } from './name-hiragana';
import { isAnySurname } from './name-rare-surnames';
import { detectSpeakerNames, readsAsChat } from './name-speakers';
import { RangeLexicon } from './range-lexicon';

/**
 * Context after every other Japanese name pass has run (person-name.ts detectJapanese):
 * - a surname that starts a company or brand name is the company (武田薬品工業, 塩野義製薬,
 *   山田商店, 加藤商事, 株式会社山田, 江崎グリコ), and a surname with a thing's last kanji is the
 *   thing (小松菜, 松茸): such findings are dropped unless an honorific follows;
 * - names in hiragana before an honorific (いのうえさん) and hiragana given names after a kanji
 *   surname (山田さくら) come from name-hiragana.ts;
 * - the names of an attendee list after a label (出席：林、森、原), even one-kanji surnames that
 *   are also words, and Chinese and Korean names after a person's role (担当は王偉です).
 * And for English text, a capitalised word before a venue word is the venue (Rose Hall).
 */

// Words that make the kanji run a company when they follow a surname in it.
const COMPANY_WORDS = [
  '株式会社', '有限会社', '合同会社', '青果', '精肉', '鮮魚', '水産', '畜産', '製薬', '薬品', '工業', '商店', '商事', '商会', '商社', '証券', '證券', '銀行', '信金', '信用金庫', '製作所', '工務店', '産業', '建設',
  '電機', '電気', '電工', '物産', '興業', '化学', '化成', '食品', '乳業', '製菓', '製パン', '酒造', '醸造', '運輸', '物流', '海運', '陸運', '書店', '書房', '出版', '新聞',
  '放送', '不動産', '信託', '保険', '生命', '損保', '製紙', '製鉄', '鉄鋼', '重工', '精機', '精工', '技研', '工機', '薬局', '病院', '医院', '学園', '学院', '紡績', '織物',
  '商業', '百貨店', '自動車', '自動織機', '織機', '紡織', '製作', '工芸', '硝子', '印刷', '通商', '交易', '貿易', '水産', '畜産', '農園', '牧場', '旅館', '本舗', '組合',
  '観光', '交通', '電鉄', '急行', '航空', '海上', '火災', '通運', '製鋼', '鉱業', '石油', '電力', '機械', '機工', '工作所', '製造', '電子', '光学', '楽器', '興産', '殖産',
  '技術', '工房', '製麺', '製粉', '製糖', '酒店', '米店', '呉服店', '事務所', '研究所', '法律事務所',
  '科学', '通信', '総研', '電設', '土木', '倉庫', '運送', '計器', '測器', '製版', '塗装', '造船', '造園',
  // Facilities and institutions named after a person or a place (安田講堂, 早稲田大学).
  '電灯', '電線', '水電', '家具', '財閥', '建築',
  '講堂', '会館', '記念館', '美術館', '博物館', '資料館', '文学館', '図書館', '公園', '神社', '大社', '大学', '学校', '高校', '小学校', '中学校', '幼稚園', '保育園',
  '球場', '競技場', '体育館', '劇場', '霊園', '古墳', '遺跡', '空港', '温泉', '病院', '医院',
];
const COMPANY_FIRST = new Uint8Array(0x10000);
for (const w of COMPANY_WORDS) COMPANY_FIRST[w.charCodeAt(0)] = 1;
// One kanji that ends a shop's or a place's name when it ends the run (中村屋, 山本堂, 千葉県, 桜井線;
// not 市長, 町長: the run goes on there).
const SHOP_FINAL = new Set([...'屋堂舗店駅線寺城橋川島町村市区郡県港湾岬'].map((c) => c.charCodeAt(0)));
// Company markers right before a name: 株式会社山田, ㈱佐藤, (株)鈴木.
const COMPANY_BEFORE = /(?:株式会社|有限会社|合同会社|㈱|㈲|[(（][株有][)）])[ 　]?$/;
// Katakana words after a surname that are a person's role, not a brand (田中マネージャー, 佐藤リーダー).
const KATAKANA_ROLE = /^(?:マネージャー|マネジャー|リーダー|チーフ|ディレクター|プロデューサー|デザイナー|エンジニア|コーチ|キャプテン|オーナー|アナ|アナウンサー|プロ|トレーナー|スタッフ|サブリーダー|パートナー|コンサルタント|アシスタント|ドクター|シェフ|ママ|パパ|先輩)/;
// Last kanji of foods, plants and things whose names begin with a surname (小松菜, 松茸, 柳川鍋, 大島紬).
const THING_FINAL = new Set([...'菜茸鍋焼漬餅丼麺飯汁瓜芋粉酢紬塗焼染細笛'].map((c) => c.charCodeAt(0)));
// Honorifics and person words that keep a name a name whatever comes next.
const PERSON_AFTER = /^(?:さん|さま|様|くん|君|ちゃん|氏|殿|先生|社長|部長|課長|係長|主任|室長|専務|常務|会長|と申|です|が担当)/;

// Kanji (and 々 ヶ) as a table: one lookup per character in the run scan.
const HAN = new Uint8Array(0x10000);
for (let c = 0x4e00; c <= 0x9fff; c++) HAN[c] = 1;
for (let c = 0x3400; c <= 0x4dbf; c++) HAN[c] = 1;
for (let c = 0xf900; c <= 0xfaff; c++) HAN[c] = 1;
HAN[0x3005] = 1;
HAN[0x30f6] = 1;

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 || c === 0x30f6;
}

function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;
}

/** True when a company word starts inside the kanji run at or after `from` (up to `runEnd`). */
function companyWordIn(text: string, from: number, runEnd: number): boolean {
  for (let k = from; k < runEnd && k - from < 8; k++) {
    if (COMPANY_FIRST[text.charCodeAt(k)] !== 1) continue;
    for (const w of COMPANY_WORDS) if (k + w.length <= runEnd && text.startsWith(w, k)) return true;
  }
  return false;
}

// Words after a span that make it an organisation, a facility, an administration or an event.
const ORG_AFTER = /^(?:組(?![長合みむ立織閣員])|病|症候群|法律事務所|特許事務所|会計事務所|監査法人|税理士法人|弁護士法人|社(?![長員会内外是説交宅])|政権|選手権|財団|財閥|研究所|記念(?!日)|部門|同盟|鉄道|航空|設計局|大聖堂|聖堂|美術館|博物館|図書館|記念館|国際空港|空港|医大|大学|競馬場|競技場|球場|グループ|ホールディングス|家具|電線|電灯|建築|事務所|劇場|劇団|楽団|合唱団|音楽祭|映画祭)/;
const ORG_AFTER_FIRST = new Set([...'組病症法特会監税弁社政選財研記部同鉄航設大聖美博図国空医競球グホ家電建事劇楽合音映'].map((c) => c.charCodeAt(0)));

// Katakana venue words that are also given-name readings (横浜アリーナ).
const KATAKANA_VENUE = new Set(['アリーナ', 'ホール', 'ドーム', 'スタジアム', 'プラザ', 'タワー', 'センター', 'テラス', 'ガーデン', 'パーク']);

// Cities and districts that are also surnames (data/cities.ts): without a cue, before の/で/に/へ/から/まで or a
// place word, the place (川越の観光客, 岡崎の取引先, 明石で).
const CITIES = JA_CITIES;
// An airport or station code in brackets with a route arrow after it (羽田(HND) →), or the arrow before (→ 伊丹(ITM)):
// a code in brackets alone may be a team's (橋本（SRE）).
const COUNT_AFTER = /^[0-9０-９一二三四五六七八九十]/;
const BUILDING_END = /[\u3400-\u9fff](?:ビル|タワー|マンション|ハイツ|コーポ|プラザ|センター|ホール|ホテル|ストア|モール)$/;
const STOP_CODE_AFTER = /^[ 　]?[(（][A-Z]{3}[)）][ 　]*[→⇒⇔↔➡]/;
const STOP_CODE_ARRIVAL = /[→⇒⇔↔➡][ 　]*$/;
const STOP_CODE = /^[ 　]?[(（][A-Z]{3}[)）]/;
const ROUTE_LABEL_LINE = /(?:^|\n)[ 　]*(?:[【［\[]?(?:区間|経路|往路|復路|乗車区間|利用区間|定期区間|移動区間|通勤経路|通学経路|出発地|到着地|目的地|行先|行き先|乗車駅|降車駅|発駅|着駅|路線|ルート)[】］\]]?)[ 　]*[:：]?[^\n]*$/;

function routeStop(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 10);
  // A city with an airport code in brackets (羽田(HND)), or an arrow to one (羽田→FUK).
  if (CITIES.has(text.slice(start, end)) && (CITY_CODE_AFTER.test(after) || ARROW_TO_CODE.test(after))) return true;
  if (STOP_CODE_AFTER.test(after) || (STOP_CODE.test(after) && STOP_CODE_ARRIVAL.test(text.slice(Math.max(0, start - 3), start)))) return true;
  // (A city across an arrow is no sign: a phone tree of surnames has cities among them, 清水 → 熊谷 → 福田.)
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart <= 40 && ROUTE_LABEL_LINE.test(text.slice(Math.max(0, lineStart - 1), start))) return true;
  // Beside an arrow on a line that gives a departure or arrival time (山本明美 14:15着 川越→新木場): a stop.
  // Right after a time and 発 or 着 (11:30着 川越): the station.
  const before = text.slice(Math.max(lineStart, start - 10), start);
  if (TIME_THEN_STOP.test(before)) return true;
  return (ARROW_AFTER.test(after) || ARROW_BEFORE.test(text.slice(Math.max(0, start - 2), start))) && TIMETABLE_ON_LINE.test(text.slice(lineStart, start));
}
const CITY_CODE_AFTER = /^[(（][A-Z]{3}[)）]/;
const ARROW_TO_CODE = /^[ 　]?[→⇒][ 　]?[A-Z]{3}(?![A-Za-z])/;
const TIME_THEN_STOP = /[0-9]{1,2}[:：][0-9]{2}[ 　]?(?:発|着)[ 　]?$/;
const ARROW_AFTER = /^[ 　]?[→⇒➡]/;
const ARROW_BEFORE = /[→⇒➡][ 　]?$/;
const TIMETABLE_ON_LINE = /[0-9]{1,2}[:：][0-9]{2}[ 　]?(?:発|着)/;
/** True when `word` is one of the cities and districts above (名古屋, 横浜, 渋谷). */
export function isCityName(word: string): boolean {
  return CITIES.has(word);
}
const PLACE_CONTEXT_AFTER = /^(?:の|で|に|へ|から|まで|周辺|方面|近郊|エリア|地区|市内|界隈|支店|支社|工場|営業所|事業所|出張所)/;

const PLACE_WORD_END = /(?:[市区町村郡県橋駅港湾]|神宮|神社|道路|街道|空襲|線|山麓|海岸|干潟|公園|大通り?)$/;

/** A city alone in brackets (榊原（刈谷）→ 松本（本社）): the site a person works at, not a second name. */
function siteInBrackets(text: string, start: number, end: number): boolean {
  const open = text.charCodeAt(start - 1);
  const close = text.charCodeAt(end);
  return (open === 0xff08 || open === 0x28) && (close === 0xff09 || close === 0x29);
}
// Words that begin with an honorific's letters (長崎ちゃんぽん, 北海道さんま, 江戸様式); not さんまで (田中さんまで), nor さんご (田中さんご本人).
const HONORIFIC_SHAPED_WORD = /^(?:ちゃんぽん|さんま(?!で)|さんぽ|さんかく|さんすう|さんしょう|くんせい|様式|様子|様相|様々|氏子)/;

const FIRM_CHAIN_AFTER = /^(?:・[\u4e00-\u9fff\u30a1-\u30fa\u30fc\u3041-\u3096]{1,8}){1,3}(?:法律|特許|会計|税理士|設計)?(?:事務所|法人)/;
/** A city joined by ・, - or 〜 to another place word with no honorific after either (金沢・能登, 羽田-那覇). */
function placePair(text: string, start: number, end: number): boolean {
  if (PERSON_AFTER.test(text.slice(end, end + 3))) return false;
  // After a label of people on the line (出席：長野・岡山) they are people.
  const lineStart = text.lastIndexOf('\n', start) + 1;
  if (PEOPLE_LABEL_ON_LINE.test(text.slice(lineStart, start))) return false;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  const joinAfter = after === 0x30fb || after === 0x2d || after === 0x301c || after === 0xff5e;
  const joinBefore = before === 0x30fb || before === 0x2d || before === 0x301c || before === 0xff5e;
  if (joinAfter) {
    let e = end + 1;
    while (e < text.length && e - end <= 5 && isHan(text.charCodeAt(e))) e++;
    const other = text.slice(end + 1, e);
    if (other.length > 0 && !PERSON_AFTER.test(text.slice(e, e + 3)) && placeAndPlace(text, start, end, end + 1, e)) return true;
  }
  if (joinBefore) {
    let b = start - 1;
    while (b > 0 && start - 1 - b < 5 && isHan(text.charCodeAt(b - 1))) b--;
    const other = text.slice(b, start - 1);
    if (other.length > 0 && placeAndPlace(text, start, end, b, start - 1)) return true;
  }
  return false;
}

/** Both of a joined pair read as places: both cities, or one a city and the other no surname the lexicon holds firmly (能登, 角館; not 山崎). */
function placeAndPlace(text: string, selfStart: number, selfEnd: number, otherStart: number, otherEnd: number): boolean {
  const self = text.slice(selfStart, selfEnd);
  const other = text.slice(otherStart, otherEnd);
  const selfCity = CITIES.has(self) || PREFECTURE_WORDS.has(self);
  const otherCity = CITIES.has(other) || PREFECTURE_WORDS.has(other);
  if (selfCity && otherCity) return true;
  if (selfCity) return surnameTier(text, otherStart, otherEnd) < 2;
  if (otherCity) return surnameTier(text, selfStart, selfEnd) < 2;
  return false;
}

const PEOPLE_LABEL_ON_LINE = /(?:出席|参加|欠席|同席|同行|メンバー|担当|氏名|名前|者|員|CC|cc|宛先)[^\n:：]{0,4}[:：]/;
const HEAD_COUNT = /^[一二三四五六七八九十何数]+[人名]$/;
const KINSHIP_WORDS = new Set(['長男', '長女', '次男', '次女', '三男', '三女', '息子', '祖父', '祖母', '叔父', '叔母', '伯父', '伯母', '義父', '義母', '奥様']);
// Kanji that make a word with 様 after them (態様, 仕様, 模様, 同様, 多様, 異様, 紋様, 外様, 各様, 両様; not 一, 文, 有: 田中一様 is Hajime).
const SAMA_WORDS = new Set([...'態仕模同多異紋外各両'].map((c) => c.charCodeAt(0)));
const STATION_QUOTED = /^[」』][ 　]?(?:駅|線|口|方面|行き?|空港|港|バス停|停留所|インター|IC)/;
const FROM_TO = /^発[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?:行き?|方面|経由)/u;
const TO_AFTER = /^行き?/;
const FROM_BEFORE = /[\p{Script=Han}\p{Script=Katakana}ー]発$/u;

/** Whether a space and, before it, a company word that ends a firm's name (南海フーズ株式会社 ) come right before `start`. */
function personAtFirm(text: string, start: number): boolean {
  const space = text.charCodeAt(start - 1);
  if (space !== 0x20 && space !== 0x3000) return false;
  const m = COMPANY_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  if (m === null) return false;
  const before = start - (m[0].length);
  const c = text.charCodeAt(before - 1);
  return before > 0 && (isHan(c) || isKatakana(c) || c === 0x30fc || (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/** True when the Japanese name finding `f` names a company, a brand or a thing by its context. */
function companyOrThing(text: string, f: RawFinding): boolean {
  const end = f.end;
  // お一人様, 二名様: a count of people, not a name.
  if (HEAD_COUNT.test(text.slice(f.start, end))) return true;
  // 金沢・能登, 秋田・角館, 羽田-那覇: places joined as a tour's or a route's stops, one of them a city.
  if (placePair(text, f.start, end)) return true;
  // 次男さん, 長女さま: a family member named by kinship, not by name.
  if (end - f.start === 2 && KINSHIP_WORDS.has(text.slice(f.start, end))) return true;
  // アンダーソン・毛利・友常法律事務所: the partners' names that make a firm's name.
  if (text.charCodeAt(end) === 0x30fb && FIRM_CHAIN_AFTER.test(text.slice(end, end + 32))) return true;
  // 取引態様, 製品仕様, 水玉模様: the kanji before 様 and 様 make a word, no honorific.
  if (text.charCodeAt(end) === 0x69d8 && end - f.start >= 2 && SAMA_WORDS.has(text.charCodeAt(end - 1))) return true;
  // A station in quotes (東急東横線「菊名」駅) and the ends of a flight or a train (羽田発伊丹行き).
  if (STATION_QUOTED.test(text.slice(end, end + 3)) || FROM_TO.test(text.slice(end, end + 9)) || (TO_AFTER.test(text.slice(end, end + 2)) && FROM_BEFORE.test(text.slice(Math.max(0, f.start - 7), f.start)))) return true;
  if (HONORIFIC_SHAPED_WORD.test(text.slice(end, end + 5))) return true;
  if (f.score < 0.6 && CITIES.has(text.slice(f.start, end)) && (PLACE_CONTEXT_AFTER.test(text.slice(end, end + 3)) || siteInBrackets(text, f.start, end))) return true;
  // A stop of a route or trip: before an airport or station code and an arrow (羽田(HND) →), or on
  // a route line (区間　新宿 ⇔ 箱崎, 往路：羽田→…).
  if (f.score < 0.85 && routeStop(text, f.start, end)) return true;
  // A surname glued to a building's word (上野ビル, 中村マンション): the building (ビル is no given name here).
  if (BUILDING_END.test(text.slice(f.start, end)) && isHan(text.charCodeAt(f.start))) return true;
  if (isKatakana(text.charCodeAt(f.start)) && f.start > 0 && (isHan(text.charCodeAt(f.start - 1)) || isKatakana(text.charCodeAt(f.start - 1))) && KATAKANA_VENUE.has(text.slice(f.start, end))) return true;
  // A run of three kanji or more that ends in a place's or facility's word (長春市, 真鶴道路, 熱田神宮,
  // 青雲橋, 富山大空襲): the place or the event, unless a personal cue came with it.
  // (Not a surname of the lexicon that ends so: 小野寺, 薬師寺, 大須賀.)
  if (f.score < 0.85 && end - f.start >= 3 && isHan(text.charCodeAt(end - 1)) && PLACE_WORD_END.test(text.slice(f.start, end)) && surnameTier(text, f.start, end) === 0 && !isAnySurname(text, f.start, end)) return true;
  // 株式会社吉田屋様: a company takes 様 as a client does. Not after a firm's name that ends in
  // the company word and a space (南海フーズ株式会社 高橋様): that is whom at the firm.
  if (COMPANY_BEFORE.test(text.slice(Math.max(0, f.start - 6), f.start)) && !personAtFirm(text, f.start)) return true;
  if (PERSON_AFTER.test(text.slice(end, end + 3))) return false;
  // ザイラー社, モーガン社, ニクソン図書館, ボウイ競馬場: an organisation, facility or event word after the span.
  if (ORG_AFTER_FIRST.has(codeAt(text, end)) && ORG_AFTER.test(text.slice(end, end + 6))) return true;
  const last = text.charCodeAt(end - 1);
  if (!isHan(last)) return false;
  let runEnd = end;
  while (runEnd < text.length && isHan(text.charCodeAt(runEnd))) runEnd++;
  // 武田薬品工業, 塩野義製薬, 小林製薬 (the company word inside the finding or after it in the run).
  // Not the title after it: 組合 of 組合長 is a post (金子組合長), not a union's name.
  if (companyWordIn(text, f.start + 1, runEnd > end && TITLE_SET.has(text.slice(end, runEnd)) ? end : runEnd)) return true;
  if (runEnd === end + 1 && SHOP_FINAL.has(text.charCodeAt(end))) return true;
  // 江崎グリコ: a katakana word glued to the surname that is neither a given name nor a role.
  if (runEnd === end && isKatakana(codeAt(text, end))) {
    let k = end + 1;
    while (k < text.length && isKatakana(text.charCodeAt(k))) k++;
    if (k - end >= 2 && !isKanaGivenName(text, end, k) && !KATAKANA_ROLE.test(text.slice(end, k + 2))) return true;
  }
  // 小松菜, 松茸: a surname and one more kanji that ends a food or thing.
  if (end - f.start >= 2 && THING_FINAL.has(last) && runEnd === end && surnameTier(text, f.start, end - 1) > 0 && givenTier(text, end - 1, end) === 0) return true;
  return false;
}

// Labels of attendee and member lists: 出席：, 参加者:, メンバー：, CC：.
// Also any short kanji label for people or a rota: 出張者, 宿泊者, 対象者, 係員, 当番, 早番, 夜勤.
const LIST_LABEL = /(?:出席者?|参加者?|欠席者?|同席者?|同行者?|出席予定|参加予定|メンバー|参加メンバー|担当者?|関係者|[\u4e00-\u9fff]{1,3}[者員番勤]|CC|Cc|cc)[ \t　]*$/;

/**
 * Positions of `a` and `b` in `text`, in order, each string searched once (no rescans when one is
 * absent), written to POSITIONS; returns how many. A shared array, not a generator: the loops over
 * it call nothing that fills it again.
 */
const POSITIONS: number[] = [];
function positionsOf(text: string, a: string, b: string): number {
  let n = 0;
  let x = text.indexOf(a);
  let y = text.indexOf(b);
  while (x >= 0 || y >= 0) {
    if (y < 0 || (x >= 0 && x < y)) {
      POSITIONS[n++] = x;
      x = text.indexOf(a, x + 1);
    } else {
      POSITIONS[n++] = y;
      y = text.indexOf(b, y + 1);
    }
  }
  return n;
}
// An item: kanji, an honorific, a department in brackets (林（営業）).
const LIST_ITEM = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]{1,6})(?:[ 　]?(?:さん|様|氏|くん))?(?:[（(][^）)\n]{1,12}[）)])?/y;
const LIST_JOIN = /[ \t　]*[、,，・/／→][ \t　]*|[ 　]+/y;

// Departments and words that stand in a list of people (営業, 総務, 全員, 各位).
const LIST_WORDS = new Set('営業 総務 経理 人事 開発 企画 広報 法務 財務 技術 製造 品質 購買 調達 情報 管理 役員 社員 全員 各位 関係 未定 本件 以上 不在 欠席 出席 部長 課長 係長 主任 社長 専務 常務 室長 次長 担当 他社 弊社 御社 当社 顧客 先方 外部 内部 数名 一同 有志 代理'.split(' '));

// What may follow the last name of a list: the line's or text's end, a head count, です, a sentence's end.
const LIST_END_AFTER = /^(?:$|[ \t　]*(?:\r?\n|$)|(?:さん|様|氏)?(?:[。.）)]|です|でした|の(?:[0-9０-９]{1,2}|[一二三四五六七八九十両])名|[0-9０-９]{1,2}名|各氏|で(?!は|も|す)|が|は|に|へ|から|まで))/;

/** A two- or three-kanji list item the lexicon does not know that may still be a rare surname (not a common noun of IPADIC: 議事録). */
function unknownListItem(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 3 || NOUN_SINGLE.has(text.charCodeAt(start)) || TITLE_PREFIX.has(text.charCodeAt(start))) return false;
  const word = text.slice(start, end);
  if (LIST_WORDS.has(word) || LIST_WORDS.has(word.slice(0, 2)) || TITLE_SET.has(word) || PERSON_ROLES.has(word) || isNonNameTail(text, start, end)) return false;
  return !companyWordIn(text, start, end) && !RUN_BEFORE_INTRODUCTION.has(text.charCodeAt(end - 1)) && !SIDE.has(text.charCodeAt(end - 1)) && !isKanjiCommonNoun(text, start, end);
}

/** A one-kanji list item the lexicon does not know as a surname, standing alone between the list's separators. */
function unknownSingleItem(text: string, start: number, end: number): boolean {
  if (end - start !== 1 || NOUN_SINGLE.has(text.charCodeAt(start)) || TITLE_PREFIX.has(text.charCodeAt(start))) return false;
  const next = codeAt(text, end);
  return next === 0x3001 || next === 44 || next === 0xff0c || next === 0x30fb || next === 10 || next !== next;
}

/** The end of a hiragana given name one space after `end` (中川 ひかり), or `end`. */
function withKanaGivenName(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 0x3000) return end;
  let g = end + 1;
  while (g < text.length && g - end <= 6 && text.charCodeAt(g) >= 0x3041 && text.charCodeAt(g) <= 0x3096) g++;
  if (g - end - 1 < 2) return end;
  const kana = katakanaOf(text, end + 1, g);
  return isKanaGivenName(kana, 0, kana.length) ? g : end;
}

/** The names of a list after a label, when every item reads as a surname or a full name. */
function detectListedNames(text: string, out: RawFinding[]): void {
  for (let n = positionsOf(text, '：', ':'), p = 0; p < n; p++) {
    const colon = POSITIONS[p];
    // The label ends right before the colon (spaces between allowed): a short look back.
    if (!LIST_LABEL.test(text.slice(Math.max(0, colon - 8), colon))) continue;
    const items: [number, number][] = [];
    // Two- and three-kanji items the lexicon does not know (薬袋, 小鳥遊), kept when known surnames outnumber them.
    let unknown = 0;
    let at = colon + 1;
    while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9 || text.charCodeAt(at) === 0x3000)) at++;
    for (;;) {
      LIST_ITEM.lastIndex = at;
      const item = LIST_ITEM.exec(text);
      if (item === null) break;
      const start = at;
      let end = at + item[1].length;
      let itemLength = item[0].length;
      // A title after the name (島副会長, 長谷川教頭): the name is before it.
      const title = item[0].length === item[1].length ? trailingTitleLength(text, start, end) : 0;
      if (title > 0) end -= title;
      // A given name in hiragana one space after the surname, a title after it (中川 ひかり会長).
      else if (item[0].length === item[1].length) {
        const given = withKanaGivenName(text, end);
        if (given > end) {
          end = given;
          let r = given;
          while (r < text.length && isHan(text.charCodeAt(r))) r++;
          itemLength = (r > given && trailingTitleLength(text, given - 1, r) === r - given ? r : given) - start;
        }
      }
      const named = readsAsName(text, start, end) || (end - start > item[1].length && readsAsName(text, start, start + item[1].length)) || (title > 0 && surnameTier(text, start, end) > 0 && !isNonNameTail(text, start, end));
      if (!named) {
        // A lone kanji the lexicon lacks as a surname (桑, 栗) counts among one-kanji surnames (出席：桑、岸、関), first item too.
        if (!(unknownListItem(text, start, end) && items.length > 0) && !unknownSingleItem(text, start, end)) {
          items.length = 0;
          break;
        }
        unknown++;
      }
      items.push([start, end]);
      at += itemLength;
      LIST_JOIN.lastIndex = at;
      const join = LIST_JOIN.exec(text);
      if (join === null || !isHan(codeAt(text, at + join[0].length))) break;
      at += join[0].length;
    }
    // An item that reads as no name empties the list (items.length = 0 above): nothing to check then.
    if (items.length === 0) continue;
    // An unknown last item only where the list ends (出張者：宮崎、山崎、一戸⏎), not before more text (…、議事録を共有).
    if (unknown > 0 && !readsAsName(text, items[items.length - 1][0], items[items.length - 1][1]) && !LIST_END_AFTER.test(text.slice(items[items.length - 1][1], items[items.length - 1][1] + 4))) continue;
    if (items.length < 2 || (unknown > 0 && items.length - unknown < Math.max(2, unknown + 1))) continue;
    for (const [start, end] of items) out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
  }
}

// A head count or a collective honorific after a list of names: 林、森、原の3名, 浜・関各氏, 林と森の両名.
const COUNT_AFTER_LIST = /(?:の)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2}|両)名|各氏|の各位/y;


const ITEM_END_HONORIFIC = /(?:さん|様|氏|くん)$/;

/** A list of two or more names right before a head count (林、森、原の3名で対応します). */
function detectCountedNames(text: string, out: RawFinding[]): void {
  for (let n = positionsOf(text, '名', '各'), p = 0; p < n; p++) {
    const mark = POSITIONS[p];
    // The count or collective word ending at or starting at the mark: の3名, 両名, 各氏, の各位.
    let m: RegExpExecArray | null = null;
    for (let k = Math.max(0, mark - 3); k <= mark && m === null; k++) {
      COUNT_AFTER_LIST.lastIndex = k;
      m = COUNT_AFTER_LIST.exec(text);
      if (m !== null && m.index + m[0].length <= mark) m = null;
    }
    if (m === null) continue;
    const items: [number, number][] = [];
    let end = m.index;
    for (;;) {
      const h = ITEM_END_HONORIFIC.exec(text.slice(Math.max(0, end - 2), end));
      if (h !== null) end -= h[0].length;
      let start = end;
      while (start > 0 && end - start < 4 && isHan(text.charCodeAt(start - 1))) start--;
      if (start === end || isHan(text.charCodeAt(start - 1)) || !readsAsName(text, start, end)) {
        if (start < end && !isHan(text.charCodeAt(start - 1))) items.length = 0;
        break;
      }
      items.push([start, end]);
      const sep = text.charCodeAt(start - 1);
      if (sep !== 0x3001 && sep !== 0x30fb && sep !== 0x2c && sep !== 0xff0c) break;
      end = start - 1;
    }
    if (items.length < 2) continue;
    for (const [start, end] of items) out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
  }
}

// A self-introduction only a person makes, after a kanji run the lexicon may not know (小鳥遊と申します).
const INTRODUCTION = /と申(?:します|しま|す者)|と言います/g;
const RUN_BEFORE_INTRODUCTION = new Set([...'部課室局係社店所'].map((c) => c.charCodeAt(0)));

/** The kanji run right before と申します: a surname or a full name, known to the lexicon or not. */
function detectIntroducedNames(text: string, out: RawFinding[]): void {
  INTRODUCTION.lastIndex = 0;
  for (let m = INTRODUCTION.exec(text); m !== null; m = INTRODUCTION.exec(text)) {
    const end = m.index;
    let start = end;
    while (start > 0 && end - start < 6 && isHan(text.charCodeAt(start - 1))) start--;
    if (end - start < 2 || end - start > 5 || isHan(text.charCodeAt(start - 1))) continue;
    if (RUN_BEFORE_INTRODUCTION.has(text.charCodeAt(end - 1)) || companyWordIn(text, start, end)) continue;
    out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
  }
}

// A self-introduction at a sentence's start: 関です。よろしくお願いします.
const SELF_INTRODUCTION = /(?:^|\n|[。！!]\s*)[ \t\u3000]*([\u4e00-\u9fff々]{1,4})です[。、！!\s]*(?:よろしく|宜しく)/g;

/** The name in a self-introduction followed by よろしく, even a surname that is also a word (関, 浜). */
function detectSelfIntroductions(text: string, out: RawFinding[]): void {
  SELF_INTRODUCTION.lastIndex = 0;
  for (let m = SELF_INTRODUCTION.exec(text); m !== null; m = SELF_INTRODUCTION.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    if (m[1].length === 1 && NOUN_SINGLE.has(text.charCodeAt(start))) continue;
    if (!readsAsName(text, start, end) && givenTier(text, start, end) === 0) continue;
    out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
  }
}

// A message that opens with its writer's name, at the text's start or after the opening greeting:
// 安藤です。…, お疲れ様です、本田です。, いつもお世話になっております。吉野でございます。
const SIGN_ON_BEFORE = String.raw`(?:^|(?:お疲れ様です|お疲れさまです|おつかれさまです|お世話になっております|お世話になります|こんにちは|こんばんは|おはようございます|失礼いたします|失礼します)[、。！!,，\s]*)[ \t\u3000]*`;
const SIGN_ON_AFTER = String.raw`(?:です|でございます)(?=[。、！!,，\s」（(]|$)`;
const SIGN_ON = new RegExp(String.raw`${SIGN_ON_BEFORE}([\u4e00-\u9fff々]{2,4})${SIGN_ON_AFTER}`, 'g');
// (In hiragana also quoted, as a caller's words are reported: 「わたなべです」と名乗られた, 「わたなべ」です;
// a quoted word alone, 「さいしょです」, is no name.)
const KANA_SIGN_ON = new RegExp(
  String.raw`${SIGN_ON_BEFORE}([\u3041-\u3096]{3,5})${SIGN_ON_AFTER}|「([\u3041-\u3096]{3,5})(?:(?:です|でございます)」(?=と(?:名乗|申|おっしゃ|仰))|」(?:です|でございます))`,
  'g',
);

/** The writer's name opening a message (SIGN_ON): a lexicon surname of two or more kanji that is no common noun. */
function detectSignOns(text: string, out: RawFinding[]): void {
  SIGN_ON.lastIndex = 0;
  for (let m = SIGN_ON.exec(text); m !== null; m = SIGN_ON.exec(text)) {
    const start = m.index + m[0].lastIndexOf(m[1], m[0].length - 2);
    const end = start + m[1].length;
    // (千葉です, 福島です at the start of a chat reply are where the writer is.)
    if (!readsAsName(text, start, end) || isKanjiCommonNoun(text, start, end) || PREFECTURE_STEMS.has(m[1])) continue;
    if (out.some((f) => f.type === 'PERSON_NAME' && f.start < end && f.end > start && f.score > 0)) continue;
    out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
  }
  // The same in hiragana, a given name or surname of three kana or more (ひかるです。, ゆうきです、,
  // 失礼します、まつもとです): two kana are as often a word (そうです, いいです), and a surname
  // reading of three kana ending in い as often an adjective (ながいです, ふかいです).
  KANA_SIGN_ON.lastIndex = 0;
  for (let m = KANA_SIGN_ON.exec(text); m !== null; m = KANA_SIGN_ON.exec(text)) {
    const word = m[1] ?? m[2];
    const start = m[1] !== undefined ? m.index + m[0].lastIndexOf(word, m[0].length - 2) : m.index + 1;
    const end = start + word.length;
    const kana = katakanaOf(text, start, end);
    const surname = isKanaSurname(kana, 0, kana.length) && !(end - start === 3 && text.charCodeAt(end - 1) === 0x3044);
    if (!isKanaGivenName(kana, 0, kana.length) && !surname) continue;
    if (out.some((f) => f.type === 'PERSON_NAME' && f.start < end && f.end > start && f.score > 0)) continue;
    out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
  }
}

/** A lexicon surname, or a surname followed by a given name. */
function readsAsName(text: string, start: number, end: number): boolean {
  if (surnameTier(text, start, end) > 0) return true;
  for (let a = Math.min(3, end - start - 1); a >= 1; a--) if (surnameTier(text, start, start + a) > 0 && givenTier(text, start + a, end) > 0) return true;
  return false;
}

// Common Chinese and Korean surnames (one character, without the ones that are also frequent
// Japanese surnames or start many common words: 林, 高, 田, 石, 白, 方).
export const CJK_SURNAMES: ReadonlySet<number> = new Set([
  ...'王李張劉陳楊黄趙周呉徐孫朱胡郭羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭董袁潘蒋蔡杜葉蘇魏呂沈姚盧姜崔鍾譚汪范廖賈韋傅鄒孟秦邱尹薛閻侯龔邵錢朴裴閔兪卞申權権洪禹金',
  // The same surnames in simplified characters, as mainland names are written (张伟, 刘洋, 陈静);
  // Japanese writes none of these characters (叶, a Japanese word's kanji too, is left out).
  ...'张刘陈杨赵吴孙罗郑谢许韩冯邓萧肖蒋苏吕卢钟谭贾韦邹龚钱阎闫马何',
].map((c) => c.charCodeAt(0)));
// Words of business text that start with one of those characters.
const CJK_STOP = /^(?:周知|周辺|周年|周囲|周期|周波|許可|許容|許諾|謝罪|謝礼|謝意|唐突|韓国|呉服|徐行|徐々|沈黙|沈下|朱肉|胡椒|羅列|陳列|陳謝|陳述|黄色|黄金|鄭重|蘇生|葉書|王子|王様|王国|王者|楊枝|侯爵|閻魔|朴訥|申請|申告|申込|申し|権限|権利|洪水|張り|孫請|趙|宋朝|唐揚|曹達|金曜|金額|金庫|金融|金属|金利|金具|金型|金券|金銭|金髪|金星|金色|金品|金物|金魚|金箔|金網|金策|金欠)/;
/** Whether `text[start, end)` (two or three kanji) is a Chinese or Korean name: a CJK surname first, no business word (張り紙, 周知). */
export function isCjkName(text: string, start: number, end: number): boolean {
  return end - start >= 2 && end - start <= 3 && CJK_SURNAMES.has(text.charCodeAt(start)) && !CJK_STOP.test(text.slice(start, end));
}

// A role only a person has, then は/の/が: 担当は, 上司の, 通訳が.
const PERSON_ROLES = new Set(['担当', '担当者', '窓口', '上司', '同僚', '部下', '先輩', '後輩', '秘書', '通訳', '講師', '留学生', '研修生', '実習生', '技術者', '責任者', '代表者', '部長', '課長', '係長', '主任', '室長', '次長', '社長', '店長', '所長', '上長', '班長']);
// Characters that end a role before the name: は の が ： :.
const ROLE_PARTICLE = new Uint8Array(0x10000);
for (const c of 'はのが：:') ROLE_PARTICLE[c.charCodeAt(0)] = 1;
const SHORT_NAME_AFTER = /^(?:が|は|に(?!つ|関|よ|対|と)|から|より|へ|と(?!し|な|い)|です|でした|まで|も|宛|さん|様|氏)/;
const CJK_NAME_AFTER = /^(?:$|です|でございます|が|は|と|に|から|より|さん|様|氏|[、。,.\s（(])/;

/** After a person's role and は/の/が/： (担当は, 上司の) at `start`: a short surname that is also a word, or a Chinese or Korean name (王偉, 金志勲). */
function nameAfterRole(text: string, start: number, out: RawFinding[]): void {
  let end = start;
  while (end < text.length && end - start < 5 && isHan(text.charCodeAt(end))) end++;
  // A surname of one or two kanji that is also a word, after a person's role and before a
  // particle (上司の森に, 担当の関から): the role makes it a person.
  // A given name there too (同僚の光と飲みに, 部下の蓮に任せた); one kanji only before what a person
  // does or an honorific, since many are also abstract words (担当の和が大事, 先輩の愛が).
  const surname = end > start && surnameTier(text, start, end) > 0;
  const given = !surname && end - start <= 2 && end > start && givenTier(text, start, end) > 0 && (end - start === 2 || HONORIFIC_AFTER.test(text.slice(end, end + 2)) || PERSON_PREDICATE.test(text.slice(end, end + 12)));
  if (end - start <= 2 && (surname || given) && !NOUN_SINGLE.has(text.charCodeAt(start)) && SHORT_NAME_AFTER.test(text.slice(end, end + 4))) {
    out.push({ type: 'PERSON_NAME', start, end, score: 0.7 });
    return;
  }
  if (!CJK_SURNAMES.has(text.charCodeAt(start))) return;
  if (end - start < 2 || end - start > 3 || CJK_STOP.test(text.slice(start, end))) return;
  if (!CJK_NAME_AFTER.test(text.slice(end, end + 6))) return;
  out.push({ type: 'PERSON_NAME', start, end, score: 0.7 });
}

// One kanji that is a noun for a person or a side after の/は (担当の方から, 上司の者が), never a name
// alone without an honorific.
const NOUN_SINGLE = new Set([...'方者人側皆中上下前後間内外件日時際分本他別先元今次主副長員名全各当同両新旧金'].map((c) => c.charCodeAt(0)));
const HONORIFIC_AFTER = /^(?:さん|さま|様|くん|君|ちゃん|氏|殿|先生)/;

// A direction and a gate, building or side (東口, 北館, 西側): a place, not a surname and a given name.
const DIRECTION = new Set([...'東西南北'].map((c) => c.charCodeAt(0)));
const SIDE = new Set([...'口館棟側門'].map((c) => c.charCodeAt(0)));

/** Surname findings of one kanji that are such a noun. */
function nounForAPerson(text: string, f: RawFinding): boolean {
  if (HONORIFIC_AFTER.test(text.slice(f.end, f.end + 2))) return false;
  if (f.end - f.start === 2 && DIRECTION.has(text.charCodeAt(f.start)) && SIDE.has(text.charCodeAt(f.start + 1))) return true;
  return f.end - f.start === 1 && NOUN_SINGLE.has(text.charCodeAt(f.start));
}

// Titles written right after a name in the same kanji run (小田船長, 金正恩第一書記, 李肇星外相).
const TITLES = [
  '船長', '機長', '艦長', '監督', '選手', '投手', '捕手', '騎手', '棋士', '外相', '首相', '蔵相', '内相', '主席', '国家主席', '大統領', '委員長', '党委員長', '第一書記', '書記長', '総書記',
  '横綱', '大関', '親方', '師匠', '画伯', '教授', '准教授', '記者', '医師', '弁護士', '議員', '代議士', '知事', '市長', '町長', '村長', '社長', '会長', '頭取', '理事長', '学長', '校長',
  '院長', '館長', '所長', '署長', '部長', '課長', '係長', '店長', '駅長', '工場長', '支店長', '本部長', '専務', '常務', '取締役', '相談役', '顧問', '次長', '室長', '局長', '将軍', '提督',
  '大佐', '中佐', '少佐', '大尉', '中尉', '少尉', '元帥', '主任', '博士', '外務大臣', '大臣', '長官', '総統', '皇帝', '国王', '女王', '王子', '王女', '総裁', '議長', '代表', '氏',
  '組合長', '班長', '自治会長', '町内会長',
].sort((a, b) => b.length - a.length);
const TITLE_SET = new Set(TITLES);
// The same titles looked up as ranges of the text, for the loops over candidate lengths.
const TITLE_RANGES = RangeLexicon.of(TITLES);
const PLACE_HEAD = new Set(['支店長', '工場長', '所長', '駅長', '市長', '町長', '村長', '知事', '院長', '館長', '署長', '局長', '校長', '学長', '店長', '本部長', '部長', '代表']);
const TITLE_LAST = new Uint8Array(0x10000);
for (const t of TITLES) TITLE_LAST[t.charCodeAt(t.length - 1)] = 1;
const LONGEST_TITLE = TITLES[0].length;
// First characters of a run that make it a description, not a name, before a title (副社長, 前会長, 新監督).
const TITLE_PREFIX = new Set([...'本副元前新現故総次代同各全両初歴旧当我弊貴御同名臨'].map((c) => c.charCodeAt(0)));

/**
 * One pass over the kanji runs: at each run's end, a name before a title in the run (小田船長,
 * 李肇星外相) when the lexicon or a Chinese or Korean surname says the rest is a name, and a surname
 * followed by a hiragana given name (name-hiragana.ts).
 */
function scanKanjiRuns(text: string, out: RawFinding[], from: number): void {
  const tierOf = (s: number, e: number): number => surnameTier(text, s, e);
  const length = text.length;
  let first = -1;
  for (let i = 0; i <= length; i++) {
    const c = i < length ? text.charCodeAt(i) : 0;
    if (HAN[c] === 1) {
      if (first < 0) first = i;
      continue;
    }
    if (first < 0) continue;
    const run = i - first;
    const start = first;
    first = -1;
    if (run > 8) continue;
    if (c >= 0x3041 && c <= 0x3096 && run <= 3) {
      const next = kanjiHiraganaNameAt(text, start, i, out, tierOf);
      if (next > i) {
        i = next - 1;
        continue;
      }
    }
    if (run >= 2 && TITLE_LAST[text.charCodeAt(i - 1)] === 1) nameBeforeTitle(text, start, i, out, from);
    if (run <= 3 && (c === 0xff08 || c === 0x28)) surnameBeforeDepartment(text, start, i, out, from);
    // A role only a person has, or any ending in 者 (対応者は原です, 作成者の森).
    if (run >= 2 && ROLE_PARTICLE[c] === 1 && (PERSON_ROLES.has(text.slice(i - 2, i)) || (run >= 3 && PERSON_ROLES.has(text.slice(i - 3, i))) || (run <= 4 && text.charCodeAt(i - 1) === 0x8005))) {
      const after = codeAt(text, i + 1) === 32 || codeAt(text, i + 1) === 0x3000 ? i + 2 : i + 1;
      if (HAN[codeAt(text, after)] === 1) nameAfterRole(text, after, out);
    }
    if (run > 4) continue;
    if (run <= 4 && (c === 0x3078 || c === 0x306b || c === 0x304c || c === 0x306f || c === 0x304b || c === 0x3088 || c === 0x306e) && (run <= 3 || c !== 0x306f)) surnameBeforePredicate(text, start, i, out, from);
    const last = text.charCodeAt(i - 1);
    if (GIVEN_NAME_NEXT[c] === 1 || last === 0x69d8 || last === 0x541b) givenNameAt(text, start, i, out, from);
  }
}
// Characters after a given name alone that the check reads: an honorific's first letter, a particle, 、.
const GIVEN_NAME_NEXT = new Uint8Array(0x10000);
for (const c of 'さくちがはもかとにへ、') GIVEN_NAME_NEXT[c.charCodeAt(0)] = 1;

// A personal honorific after a given name: 拓海さん, 陽菜ちゃん (and 様/君 at the run's end).
const KANA_HONORIFIC_AT = /(?:さん|さま|くん|ちゃん)/y;

function stickyTest(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}
// A particle, then what only a person does, after a given name alone: 優斗から聞いた, 凛が言ってた.
const PERSON_PREDICATE = /^(?:が|は|も|から|と|に)[^。\n]{0,6}?(?:来る|来た|来て|来れ|言って|言った|言う|聞い|聞か|話し|休み|遅れ|連絡|メール|電話|担当|行く|行こ|帰っ|思う|思っ|欲しい|頼ん|頼む|お願い|確認し|送っ|くれ|もら|笑っ|泣い|怒っ|喜ん|会っ|会う|伝え|相談|任せ|教え|返事|返信|飲みに|ご飯|ランチ|食事し)/;
const VOCATIVE_BEFORE = /(?:^|\n)[ \t\u3000]*$/;

/** A given name alone (no surname): before a personal honorific, a person's predicate, or as the one addressed at a chat line's start. */
function givenNameAt(text: string, first: number, runEnd: number, out: RawFinding[], from: number): void {
  let end = runEnd;
  const h = codeAt(text, runEnd);
  // さん, さま, くん, ちゃん (a sticky test only after their first letter).
  let honorific = (h === 0x3055 || h === 0x304f || h === 0x3061) && stickyTest(KANA_HONORIFIC_AT, text, runEnd);
  const last = text.charCodeAt(runEnd - 1);
  if (!honorific && (last === 0x69d8 || last === 0x541b) && runEnd - first >= 2) {
    end = runEnd - 1; // 様, 君 inside the run
    honorific = true;
  }
  const start = first;
  const length = end - start;
  if (length < 1 || length > 3) return;
  const tier = givenTier(text, start, end);
  if (tier === 0 || (!honorific && surnameTier(text, start, end) === 2)) return;
  if (length === 1 && (NOUN_SINGLE.has(text.charCodeAt(start)) || (honorific && tier < 2))) return;
  // 大さん橋: the honorific's letters start a word. (The end compared on every call, so the JIT
  // has seen the comparison before the first honorific.)
  const atRunEnd = end === runEnd;
  if (honorific && atRunEnd && HAN[text.charCodeAt(runEnd + (text.startsWith('ちゃん', runEnd) ? 3 : 2))] === 1) return;
  const word = text.slice(start, end);
  if (WORD_BEFORE_HONORIFIC.test(word)) return;
  let found = false;
  if (honorific) found = true;
  else if (text.charCodeAt(end) === 0x3001) {
    // 翼、明日の会議出れる？: the name addressed at the start of a chat line.
    const lineEnd = text.indexOf('\n', end);
    found = VOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && readsAsChat(text.slice(end + 1, lineEnd < 0 ? text.length : lineEnd));
  } else {
    // A name that is also a word (光, 誠) only at a chat line's start: 光から連絡あった.
    found = (tier === 2 || VOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) && PERSON_PREDICATE.test(text.slice(end, end + 12));
  }
  if (!found) return;
  for (let k = from; k < out.length; k++) if (out[k].type === 'PERSON_NAME' && out[k].score >= 0.5 && out[k].start < end && out[k].end > start) return;
  out.push({ type: 'PERSON_NAME', start, end, score: 0.7 });
}

// What a person, not a place or a team, is handed or does in a support log: 飯田へ引き継ぎ, 岡が回答済み.
const SURNAME_PREDICATE = /^(?:へ|に|が|は|から)(?:引き継|引継|エスカレ|転送|依頼|確認を依頼|回答|折り返|対応中|対応済|対応し|連絡し|電話し|メールし|共有し|報告し)/;

// What one asks of, hears from or says of a person only (chat and tickets: 岡に聞いて, 金子に頼んでおいた,
// 原から連絡あった): enough for a surname that is also a word, where it opens its sentence.
const PERSON_ONLY_PREDICATE = /^(?:に(?:聞い|聞か|聞け|頼ん|頼む|頼ま|伝え|相談|お願い|任せ|教え|教わ|謝)|から(?:聞い|聞き|連絡|電話|メール|返事|返信|報告|言われ|頼まれ|折り返|ご連絡|改めて)|が(?:言って|言った|言う|来る|来た|来て|休み|遅れ))/;
const SENTENCE_OPEN_BEFORE = /(?:^|[\n。、！!？?「『（(]|[ \t　])$/;

const TASK_FIRST = new Uint8Array(0x10000);
for (const c of '引エ転依確回折対連電メ共報聞頼伝相お任教謝返言来休遅') TASK_FIRST[c.charCodeAt(0)] = 1;

/** A bare surname before a person's task in a support or work log (二次対応は飯田へ引き継ぎ). */
function surnameBeforePredicate(text: string, start: number, end: number, out: RawFinding[], from: number): void {
  const particle = text.charCodeAt(end);
  // A mail's sign-off on a line of its own: 金子より⏎.
  const signOff = particle === 0x3088 && codeAt(text, end + 1) === 0x308a && endsLine(text, end + 2) && opensLine(text, start);
  // The task's first letter after a one- or two-letter particle, before any lookup.
  if (particle !== 0x306e && (signOff || TASK_FIRST[codeAt(text, end + 1)] === 1 || TASK_FIRST[codeAt(text, end + 2)] === 1)) {
    const tier = surnameTier(text, start, end);
    if (tier > 0) {
      surnameWithTask(text, start, end, tier, signOff, out, from);
      return;
    }
  }
  // A full name of two words (宮崎翼が資料を作成): the predicate first, a sticky test without slicing.
  if (end - start >= 2 && particle !== 0x306f && (FULL_NAME_PREDICATE.lastIndex = end, FULL_NAME_PREDICATE.test(text)) && surnameTier(text, start, end) === 0) weakFullNameBeforePredicate(text, start, end, out, from);
}

function surnameWithTask(text: string, start: number, end: number, tier: number, signOff: boolean, out: RawFinding[], from: number): void {
  const word = text.slice(start, end);
  if ((end - start === 1 && NOUN_SINGLE.has(text.charCodeAt(start))) || CITIES.has(word) || REGIONS.has(word)) return;
  const after = text.slice(end, end + 8);
  const task = (signOff || SURNAME_PREDICATE.test(after)) && (end - start > 1 || tier === 2);
  // A one-kanji surname that is also a word (岡, 原) needs to open its sentence; a direction (東, 南) never counts alone.
  if (!task && !(PERSON_ONLY_PREDICATE.test(after) && SENTENCE_OPEN_BEFORE.test(text.slice(Math.max(0, start - 1), start)) && !(end - start === 1 && DIRECTION.has(text.charCodeAt(start))))) return;
  for (let k = from; k < out.length; k++) if (out[k].type === 'PERSON_NAME' && out[k].score >= 0.5 && out[k].start < end && out[k].end > start) return;
  out.push({ type: 'PERSON_NAME', start, end, score: 0.7 });
}

// What a person does or is asked, after a full name: が担当, から回答, に依頼, の提案 (not は: 東北は対応済み).
const FULL_NAME_PREDICATE = /(?:が[^、。\n]{0,8}?(?:担当|対応|作成|提出|出席|参加|入社|退職|異動|発表|説明|回答|承認|報告|来社|訪問|同行|確認し)|から(?:回答|連絡|報告|説明|返信|電話|メール|聞い)|より(?:回答|連絡|報告|説明)|に(?:依頼|確認|連絡|相談|聞い|頼ん|お願い|任せ)|へ(?:依頼|連絡|引き継|引継)|の(?:提案|報告|発表|異動|退職|入社|勤怠|休暇|出張|担当分))/y;

/**
 * A surname and a given name that are both also words (宮崎翼, 千葉彩, 南誠, 清水奏), filling a
 * run of two to four kanji that is no frequent noun or place, before what a person does or is
 * asked (が資料を作成, から回答, に依頼済み, の提案): the run alone reads as no name.
 */
function weakFullNameBeforePredicate(text: string, start: number, end: number, out: RawFinding[], from: number): void {
  let split = 0;
  for (let a = Math.min(3, end - start - 1); a >= 1 && split === 0; a--) {
    if (surnameTier(text, start, start + a) === 0 || givenTier(text, start + a, end) === 0) continue;
    // Not a noun for a person first (方, 者), nor a direction last (南北, 東西).
    if ((a === 1 && NOUN_SINGLE.has(text.charCodeAt(start))) || (end - start - a === 1 && DIRECTION.has(text.charCodeAt(end - 1)))) continue;
    if (!isNonNameTail(text, start + a, end)) split = a;
  }
  if (split === 0 || isNonNameTail(text, start, end) || isPlaceWord(text, start, end) || isKanjiCommonNoun(text, start, end)) return;
  for (let k = from; k < out.length; k++) if (out[k].type === 'PERSON_NAME' && out[k].score >= 0.5 && out[k].start < end && out[k].end > start) return;
  out.push({ type: 'PERSON_NAME', start, end, score: 0.65 });
}

// A department or team in brackets after a surname: 林（経理）, 森(開発部), 原（CSチーム）.
const DEPARTMENT_IN_BRACKETS = /^[（(]([^）)\n]{1,10})[）)]/;
const DEPARTMENT_END_WORD = /(?:[部課室局係]|チーム|グループ|担当|G)$/;

function surnameBeforeDepartment(text: string, start: number, end: number, out: RawFinding[], from: number): void {
  const m = DEPARTMENT_IN_BRACKETS.exec(text.slice(end, end + 12));
  if (m === null || !(LIST_WORDS.has(m[1]) || DEPARTMENT_END_WORD.test(m[1]))) return;
  const tier = surnameTier(text, start, end);
  if (tier === 0 || (end - start === 1 && NOUN_SINGLE.has(text.charCodeAt(start))) || isPlaceWord(text, start, end)) return;
  for (let k = from; k < out.length; k++) if (out[k].type === 'PERSON_NAME' && out[k].score >= 0.5 && out[k].start < end && out[k].end > start) return;
  out.push({ type: 'PERSON_NAME', start, end, score: 0.7 });
}

function nameBeforeTitle(text: string, first: number, runEnd: number, out: RawFinding[], from: number): void {
  if (runEnd - first < 2 || TITLE_LAST[text.charCodeAt(runEnd - 1)] !== 1) return;
  let end = -1;
  for (let t = Math.min(LONGEST_TITLE, runEnd - first - 1); t >= 1 && end < 0; t--) if (TITLE_RANGES.has(text, runEnd - t, runEnd)) end = runEnd - t;
  const start = first;
  if (end < 0 || end - start > 5 || TITLE_PREFIX.has(text.charCodeAt(start))) return;
  const length = end - start;
  const named =
    (length === 1 && surnameTier(text, start, end) === 2) ||
    (length >= 2 && length <= 4 && readsAsName(text, start, end)) ||
    (length >= 2 && length <= 3 && CJK_SURNAMES.has(text.charCodeAt(start)) && !CJK_STOP.test(text.slice(start, end))) ||
    (length === 3 && runEnd - end === 2 && MANAGER_TITLES.has(text.slice(end, runEnd)) && rareSurnameBeforeTitle(text, start, end));
  if (!named || companyWordIn(text, start, end)) return;
  // 千葉支店長, 横浜市長: the head of a place's office, not a surname.
  if (CITIES.has(text.slice(start, end)) && PLACE_HEAD.has(text.slice(end, runEnd))) return;
  let covered = false;
  for (let k = from; k < out.length && !covered; k++) covered = out[k].type === 'PERSON_NAME' && out[k].score >= 0.5 && out[k].start < end && out[k].end > start;
  if (!covered) out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
}

// Titles of a company's managers, which follow a surname and nothing else in business text.
const MANAGER_TITLES = new Set(['部長', '課長', '係長', '主任', '室長', '次長', '社長', '専務', '常務', '会長']);
// Kanji that end an office or a unit before a title (東京支社長, 総本部長), and numerals there (営業一課長).
const UNIT_END = new Set([...'支本総副代次元前新部課室局係所店社署院校第'].map((c) => c.charCodeAt(0)));

/**
 * A rare surname of three kanji that the lexicon does not know, before a manager's title in its
 * run (小鳥遊課長, 月見里部長): no IPADIC common noun, department, unit, numeral or place.
 */
function rareSurnameBeforeTitle(text: string, start: number, end: number): boolean {
  if (UNIT_END.has(text.charCodeAt(end - 1)) || surnameTier(text, start, end) > 0 || givenTier(text, start, end) > 0) return false;
  if ('一二三四五六七八九十'.indexOf(text[end - 1]) >= 0) return false;
  return unknownListItem(text, start, end) && !isPlaceWord(text, start, start + 2) && !isPlaceWord(text, start, end) && !isNonNameTail(text, start, start + 2) && !isNonNameTail(text, start + 1, end);
}

/** True when `text[start, end)` stands as a word: no kanji (or katakana, for a katakana name) glued before or after, except a department before and a title after. */
function standsAlone(text: string, start: number, end: number, katakanaName: boolean): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (katakanaName) return !isKatakana(before) && !isKatakana(after) && before !== 0x30fb && after !== 0x30fb;
  if (HAN[before] === 1 && !DEPARTMENT_BEFORE.has(before)) return false;
  if (HAN[after] !== 1) return !isKatakana(after);
  if (after === 0x69d8 || after === 0x6c0f || after === 0x541b || after === 0x6bbf) return true; // 様 氏 君 殿
  for (let t = Math.min(LONGEST_TITLE, text.length - end); t >= 2; t--) if (TITLE_RANGES.has(text, end, end + t)) return true;
  return false;
}
const DEPARTMENT_BEFORE = new Set([...'部課室局係'].map((c) => c.charCodeAt(0)));

/**
 * Every other occurrence of a name found with confidence (0.7 or more; one kanji only after an honorific),
 * and of the surname and given name of a kanji full name (山田太郎様 … 山田が): a name the
 * text names once is the same name where it stands again without a cue.
 */
function repeatFoundNames(text: string, out: RawFinding[], from: number): void {
  const end = out.length;
  let words: string[] | null = null;
  for (let i = from; i < end; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.score < 0.7 || f.end - f.start > 12) continue;
    // One kanji (森, 浜) only when an honorific named it.
    if (f.end - f.start < 2 && !HONORIFIC_AFTER.test(text.slice(f.end, f.end + 2))) continue;
    const c = text.charCodeAt(f.start);
    if (HAN[c] !== 1 && !isKatakana(c) && !(c >= 0x3041 && c <= 0x3096)) continue;
    (words ??= []).push(text.slice(f.start, f.end));
    if (HAN[c] === 1 && f.end - f.start >= 3) {
      // The surname of the full name, also when the lexicon does not know the given name (松田拓海).
      for (let a = Math.min(3, f.end - f.start - 1); a >= 2; a--) {
        const given = givenTier(text, f.start + a, f.end) > 0;
        if (surnameTier(text, f.start, f.start + a) === 0 || (!given && f.end - f.start - a > 2)) continue;
        words.push(text.slice(f.start, f.start + a));
        if (given && f.end - f.start - a >= 2) words.push(text.slice(f.start + a, f.end));
        break;
      }
    }
  }
  if (words === null) return;
  for (const word of new Set(words)) {
    const katakanaName = isKatakana(word.charCodeAt(0));
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const stop = at + word.length;
      // No word again where a place, a landscape word (小川さん … 小川の氾濫, 森さん … 森の奥) or, after
      // one kanji, a count follows it (星様 … 星1つ).
      if (landscapeOrPlaceAfter(text, stop) || (word.length === 1 && COUNT_AFTER.test(text.slice(stop, stop + 2)))) continue;
      let covered = false;
      for (let k = from; k < out.length && !covered; k++) covered = out[k].type === 'PERSON_NAME' && out[k].score >= 0.5 && out[k].start < stop && out[k].end > at;
      if (covered || !standsAlone(text, at, stop, katakanaName)) continue;
      const probe: RawFinding = { type: 'PERSON_NAME', start: at, end: stop, score: 0.7 };
      if (companyOrThing(text, probe)) continue;
      out.push(probe);
    }
  }
}

// Joining letters inside a surname (一ノ瀬, 八ノ宮, 霞ヶ原, 木ノ下, 三ケ田).
const NAME_JOIN = new Set([...'ノヶケ之'].map((c) => c.charCodeAt(0)));
const JOINED_CUE_AFTER = /^(?:さん|さま|様|くん|君|ちゃん|氏|殿|先生|と申)/;

/** The kanji before a joining letter: [start, join) when one or two kanji stand there alone. */
function kanjiBeforeJoin(text: string, join: number): number {
  let start = join;
  while (start > 0 && join - start < 3 && isHan(text.charCodeAt(start - 1)) && !NAME_JOIN.has(text.charCodeAt(start - 1))) start--;
  return join - start >= 1 && join - start <= 2 && !isHan(text.charCodeAt(start - 1)) ? start : -1;
}

/** A surname with ノ/ヶ/ケ/之 inside: a finding on its last part grows over the whole; alone, it needs an honorific. */
function detectJoinedSurnames(text: string, out: RawFinding[], from: number): void {
  for (let n = positionsOf(text, 'ノ', 'ヶ'), p = 0; p < n; p++) { const join = POSITIONS[p]; joinedSurnameAt(text, join, out, from); }
  for (let k = text.indexOf('ケ'); k >= 0; k = text.indexOf('ケ', k + 1)) joinedSurnameAt(text, k, out, from);
  for (let k = text.indexOf('之'); k >= 0; k = text.indexOf('之', k + 1)) joinedSurnameAt(text, k, out, from);
}

function joinedSurnameAt(text: string, join: number, out: RawFinding[], from: number): void {
  if (!isHan(text.charCodeAt(join + 1)) || NAME_JOIN.has(text.charCodeAt(join + 1))) return;
  const start = kanjiBeforeJoin(text, join);
  if (start < 0) return;
  for (let k = from; k < out.length; k++) {
    const f = out[k];
    if (f.type === 'PERSON_NAME' && f.score >= 0.5 && f.start === join + 1 && f.end - f.start <= 6) {
      f.start = start;
      return;
    }
  }
  let end = join + 1;
  while (end < text.length && end - join <= 2 && isHan(text.charCodeAt(end))) end++;
  if (isHan(text.charCodeAt(end)) || !JOINED_CUE_AFTER.test(text.slice(end, end + 3))) return;
  out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
}

// A person introducing themselves after their company: 株式会社アルファの森です, 合同会社ベータの一ノ瀬です.
const COMPANY_INTRODUCTION = /(?:株式会社|合同会社|有限会社|㈱|[(（]株[)）])[^\s。、！!「」\n]{0,20}?の([\u4e00-\u9fff々ヶノ]{1,5})(?:です|でございます)(?=[。、！!\s]|$)/g;

function detectCompanyIntroductions(text: string, out: RawFinding[]): void {
  COMPANY_INTRODUCTION.lastIndex = 0;
  for (let m = COMPANY_INTRODUCTION.exec(text); m !== null; m = COMPANY_INTRODUCTION.exec(text)) {
    const end = m.index + m[0].lastIndexOf('で');
    const start = end - m[1].length;
    const joined = /^[\u4e00-\u9fff々]{1,2}[ノヶ][\u4e00-\u9fff々]{1,2}$/.test(m[1]);
    const named = joined || (m[1].length === 1 ? surnameTier(text, start, end) > 0 && !NOUN_SINGLE.has(text.charCodeAt(start)) : readsAsName(text, start, end));
    if (!named || RUN_BEFORE_INTRODUCTION.has(text.charCodeAt(end - 1)) || PERSON_ROLES.has(m[1]) || companyWordIn(text, start, end)) continue;
    out.push({ type: 'PERSON_NAME', start, end, score: 0.75 });
  }
}

function isHiraganaCode(c: number): boolean {
  return c >= 0x3041 && c <= 0x3096;
}

/** True when the hiragana `text[start, end)` reads as a lexicon given name (さくら, みどり). */
function hiraganaGivenName(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 5) return false;
  let kana = '';
  for (let i = start; i < end; i++) kana += String.fromCharCode(text.charCodeAt(i) + 0x60);
  return isKanaGivenName(kana, 0, kana.length) && !HIRAGANA_NOT_GIVEN.has(text.slice(start, end));
}
const HIRAGANA_NOT_GIVEN = new Set('こと もの ため ほう とき ところ おかげ せい ぶん かわり よう ほか みんな あと まえ うち なか へや いえ'.split(' '));

// A kinship word before a given name: 娘のさくらが, 息子の陽翔は (not 息子の学校).
const KINSHIP = /(?:息子|娘|妻|夫|母|父|兄|姉|弟|妹|長男|長女|次男|次女|三男|三女|孫|嫁|甥|姪)の/g;
const AFTER_KIN_NAME = /^(?:は|が|も|と|に|を|から|です|ちゃん|くん|、)/;

const KIN_LAST = new Uint8Array(0x10000);
for (const c of '子娘妻夫母父兄姉弟妹男女孫嫁甥姪') KIN_LAST[c.charCodeAt(0)] = 1;

function detectKinNames(text: string, out: RawFinding[], from: number): void {
  // Only where a kinship word's last kanji stands before の (no regex over texts without one).
  let any = false;
  for (let k = text.indexOf('の', 1); k >= 0 && !any; k = text.indexOf('の', k + 1)) any = KIN_LAST[text.charCodeAt(k - 1)] === 1;
  if (!any) return;
  KINSHIP.lastIndex = 0;
  for (let m = KINSHIP.exec(text); m !== null; m = KINSHIP.exec(text)) {
    const start = m.index + m[0].length;
    const c = text.charCodeAt(start);
    let end = start;
    if (isHan(c)) {
      while (end < text.length && end - start < 4 && isHan(text.charCodeAt(end))) end++;
      if (isHan(text.charCodeAt(end)) || end - start > 3) continue;
      if (givenTier(text, start, end) === 0 || (end - start === 1 && NOUN_SINGLE.has(c))) continue;
    } else if (isHiraganaCode(c)) {
      // The longest given-name reading that a particle or an honorific closes.
      let found = -1;
      for (let e = Math.min(text.length, start + 5); e >= start + 2 && found < 0; e--) if (hiraganaGivenName(text, start, e) && AFTER_KIN_NAME.test(text.slice(e, e + 3))) found = e;
      if (found < 0) continue;
      end = found;
    } else continue;
    if (!AFTER_KIN_NAME.test(text.slice(end, end + 3))) continue;
    let covered = false;
    for (let k = from; k < out.length && !covered; k++) covered = out[k].type === 'PERSON_NAME' && out[k].score >= 0.5 && out[k].start < end && out[k].end > start;
    if (!covered) out.push({ type: 'PERSON_NAME', start, end, score: 0.7 });
  }
}

/** A kanji surname, a space and a hiragana given name (知念　つばさ, 笠原 しのぶ): one span over both. */
function detectSpacedHiraganaNames(text: string, out: RawFinding[], from: number): void {
  for (let n = positionsOf(text, ' ', '\u3000'), p = 0; p < n; p++) {
    const space = POSITIONS[p];
    if (!isHan(codeAt(text, space - 1)) || !isHiraganaCode(codeAt(text, space + 1))) continue;
    let start = space;
    while (start > 0 && space - start < 4 && isHan(text.charCodeAt(start - 1))) start--;
    if (space - start > 3 || isHan(codeAt(text, start - 1)) || surnameTier(text, start, space) === 0) continue;
    let end = space + 1;
    while (end < text.length && end - space <= 6 && isHiraganaCode(text.charCodeAt(end))) end++;
    // The whole hiragana run, or the run before an honorific.
    let nameEnd = -1;
    if (!isHiraganaCode(codeAt(text, end)) && !isHan(codeAt(text, end)) && !isKatakana(codeAt(text, end)) && hiraganaGivenName(text, space + 1, end)) nameEnd = end;
    else for (let e = end - 1; e >= space + 3 && nameEnd < 0; e--) if (HONORIFIC_AFTER.test(text.slice(e, e + 2)) && hiraganaGivenName(text, space + 1, e)) nameEnd = e;
    if (nameEnd < 0) continue;
    let merged = false;
    for (let k = from; k < out.length; k++) {
      const f = out[k];
      if (f.type === 'PERSON_NAME' && f.score >= 0.5 && f.start <= start && f.end >= start + 1 && f.end <= nameEnd) {
        f.start = Math.min(f.start, start);
        f.end = nameEnd;
        merged = true;
      }
    }
    if (!merged) out.push({ type: 'PERSON_NAME', start, end: nameEnd, score: 0.75 });
  }
}

// Casual running text: a bare surname before と/も and what people do together (昨日佐藤と飲みに行ったら、高橋も来てた).
const TIME_BEFORE_NAME = /^(?:昨日|今日|明日|先日|先週|今週|来週|週末|昨夜|今朝|今夜|今度|毎日|毎週|昨年|去年|今年)/;
const TOGETHER_AFTER = /^(?:と(?:一緒|飲|食事|ご飯|ごはん|会|話|遊|行|出か|ランチ|電話|カラオケ|二人|ふたり)|も(?:来|行|い[たる]|一緒|参加|呼|誘|飲|食))/;

// What one does only with a person (a place or a surname that is also a word needs it): 石川とご飯, 山口も来る.
const PEOPLE_ONLY_AFTER = /^(?:と(?:飲み|飲ん|食事|ご飯|ごはん|会っ|遊ん|ランチ|カラオケ)|も来[るたて])/;

const TOGETHER_FIRST = new Uint8Array(0x10000);
for (const c of '一飲食ご会話遊行出ラ電カ二ふ来い参呼誘') TOGETHER_FIRST[c.charCodeAt(0)] = 1;

function detectCompanionSurnames(text: string, out: RawFinding[], from: number): void {
  for (let n = positionsOf(text, 'と', 'も'), p = 0; p < n; p++) {
    const at = POSITIONS[p];
    if (TOGETHER_FIRST[codeAt(text, at + 1)] !== 1 || !isHan(codeAt(text, at - 1)) || !TOGETHER_AFTER.test(text.slice(at, at + 4))) continue;
    let start = at;
    while (start > 0 && at - start < 7 && isHan(text.charCodeAt(start - 1))) start--;
    if (isHan(text.charCodeAt(start - 1))) continue;
    const timed = TIME_BEFORE_NAME.exec(text.slice(start, at));
    if (timed !== null) start += timed[0].length;
    const length = at - start;
    if (length < 1 || length > 3) continue;
    const tier = surnameTier(text, start, at);
    if (tier === 0 || CITIES.has(text.slice(start, at)) || companyWordIn(text, start, at)) continue;
    if (length === 1 && (NOUN_SINGLE.has(text.charCodeAt(start)) || (tier < 2 && timed === null))) continue;
    if (length >= 2 && tier < 2 && timed === null && !PEOPLE_ONLY_AFTER.test(text.slice(at, at + 4))) continue;
    let covered = false;
    for (let k = from; k < out.length; k++) {
      const f = out[k];
      if (f.type !== 'PERSON_NAME' || f.score < 0.5 || f.start >= at || f.end <= start) continue;
      // 今日藤井: a time word read into the name.
      if (timed !== null && f.start < start && f.end === at) f.start = start;
      covered = true;
    }
    if (!covered) out.push({ type: 'PERSON_NAME', start, end: at, score: 0.7 });
  }
}

// Kana that end the stem of a word written with kanji and one kana (沢登り, 手続き, 見積り), and
// the particles after such a word. No given name is one hiragana, so a name never sits there.
const OKURIGANA = new Set([...'りきしみいえけせてめれびぎひ'].map((c) => c.charCodeAt(0)));
const PARTICLE = new Set([...'のがをにはへでともや'].map((c) => c.charCodeAt(0)));

/**
 * A surname read without a strong cue from the start of a word with okurigana (沢登りの予定,
 * 山登りが): the kanji run then one kana and a particle. The finding is the word, not a name.
 */
function dropOkuriganaStems(text: string, out: RawFinding[], from: number): void {
  for (let k = from; k < out.length; k++) {
    const f = out[k];
    if (f.type !== 'PERSON_NAME' || f.score <= 0 || f.score >= 0.8 || !isHan(text.charCodeAt(f.end - 1))) continue;
    if (OKURIGANA.has(codeAt(text, f.end)) && PARTICLE.has(codeAt(text, f.end + 1))) f.score = 0;
  }
}

function isGap(c: number): boolean {
  return c === 32 || c === 0x3000 || c === 9;
}

/** The kanji run of 1 to 4 characters ending at `end`, preceded by no kanji: its start, or -1. */
function kanjiRunBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 5 && isHan(text.charCodeAt(start - 1))) start--;
  return start === end || end - start > 4 ? -1 : start;
}

/** The kanji run of 1 to 4 characters starting at `start`, followed by no kanji: its end, or -1. */
function kanjiRunAfter(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < 5 && isHan(text.charCodeAt(end))) end++;
  return end === start || end - start > 4 ? -1 : end;
}

// How the two parts of a split full name are set apart (splitNameGap).
const GAP_SPACE = 1; // one to three spaces, full-width spaces or tabs (東海林  絢子, 石川　　絢子)
const GAP_LINE = 2; // a line break, with spaces around it (山田⏎太郎, 長谷部⏎　　千尋)
const GAP_MARK = 3; // a middle dot or a slash (鈴木・一郎, 石井/浩二, 宮崎 / 大翔)
let gapKind = 0;

/** Where the second part starts after a gap at `at`, setting gapKind, or -1 when no gap is there. */
function splitNameGap(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < 3 && isGap(text.charCodeAt(i))) i++;
  const spaces = i - at;
  const c = codeAt(text, i);
  if (c === 13 || c === 10) {
    i += c === 13 && codeAt(text, i + 1) === 10 ? 2 : 1;
    // The next line's indentation (a signature or a form aligns its values: 長谷部⏎　　　　千尋).
    const line = i;
    while (i < text.length && i - line < 8 && isGap(text.charCodeAt(i))) i++;
    gapKind = GAP_LINE;
    return i;
  }
  if (c === 0x30fb || c === 0x2f || c === 0xff0f) {
    if (spaces > 1) return -1;
    i++;
    if (isGap(codeAt(text, i))) i++;
    gapKind = GAP_MARK;
    return i;
  }
  gapKind = GAP_SPACE;
  return spaces > 0 ? i : -1;
}

// What may follow the given-name part of a split name: the line's or text's end, a gap,
// punctuation, an honorific or a particle (not a word's okurigana: 鈴木⏎正しい).
const AFTER_SPLIT_GIVEN = /^(?:$|[\s、。，,.．（(「」『』)）・/／:：!！?？]|さん|さま|様|くん|君|ちゃん|氏|殿|が|は|も|に|へ|と|から|より|です|でした|まで|宛)/;
const PERSON_CUE_AFTER_SPLIT = /^[ \t　]*(?:さん|さま|様|くん|君|ちゃん|氏|殿|が|は|から|より|です|でした|宛)/;
// Honorific kanji glued to the given-name part (山田⏎太郎様).
const GLUED_HONORIFIC = new Set([...'様殿氏君'].map((c) => c.charCodeAt(0)));

/** True when only blanks, a colon or a bullet stand between the line's start and `start`: the part opens its line or a label's value. */
function opensLine(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isGap(text.charCodeAt(i))) i--;
  const c = codeAt(text, i);
  return i < 0 || c === 10 || c === 13 || c === 0x3a || c === 0xff1a || c === 0x30fb || c === 0x2d || c === 0x7c || i < start - 1;
}

/** A word of the given-name lexicon that is also a title, a department or a list word (一同, 主任, 以上): never the second part. */
function ordinarySecondPart(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return TITLE_SET.has(word) || LIST_WORDS.has(word) || PERSON_ROLES.has(word) || isNonNameTail(text, start, end);
}

/**
 * A full name whose parts are set apart by spaces (two spaces, a full-width pair, a tab), a line
 * break (the surname on one line and the given name on the next, as forms, signatures and
 * narrow mail clients paste them) or a middle dot or slash: each part a lexicon name of its
 * kind. When one part was found, the other is a name too; when neither was, the pair counts
 * when one part is an unambiguous name and, across a line break, both stand alone on their
 * lines (or a person cue follows). Found from the gap characters, so a text without one pays
 * nothing; the parts stay separate findings, so the gap itself is never masked.
 */
function joinSplitNameParts(text: string, out: RawFinding[]): void {
  // Each gap character found by indexOf; a gap counts where a kanji or katakana ends right before it.
  for (let g = 0; g < SPLIT_GAP_CHARS.length; g++) {
    const gapChar = SPLIT_GAP_CHARS[g];
    // One space alone is the detector's own single-space join (山田 太郎, サトウ ケンタ), and a dot
    // between katakana its foreign-name reading (ロバート・キャロル): not read again here.
    const lone = g === 2 || g === 3;
    for (let at = text.indexOf(gapChar, 1); at >= 0; at = text.indexOf(gapChar, at + 1)) {
      const before = text.charCodeAt(at - 1);
      if (lone && !isGap(codeAt(text, at + 1)) && codeAt(text, at + 1) !== 10 && codeAt(text, at + 1) !== 13 && codeAt(text, at + 1) !== 0x30fb && codeAt(text, at + 1) !== 0x2f && codeAt(text, at + 1) !== 0xff0f) continue;
      if (HAN[before] === 1 || (isKatakana(before) && g !== 4)) joinSplitNameAt(text, at, out);
      else if (g === 0 && before === 13 && (HAN[codeAt(text, at - 2)] === 1 || isKatakana(codeAt(text, at - 2)))) joinSplitNameAt(text, at - 1, out);
    }
  }
}

/** The split name, if any, whose first part ends at `gap`. */
function joinSplitNameAt(text: string, gap: number, out: RawFinding[]): void {
  if (isKatakana(text.charCodeAt(gap - 1))) {
    joinSplitKanaName(text, gap, out);
    return;
  }
  const start = kanjiRunBefore(text, gap);
  if (start < 0 || gap - start > 4) return;
  const second = splitNameGap(text, gap);
  if (second < 0) return;
  const kind = gapKind;
  if (isHiraganaCode(codeAt(text, second))) {
    joinSplitHiraganaGivenName(text, start, gap, second, kind, out);
    return;
  }
  if (HAN[codeAt(text, second)] !== 1) return;
  let end = kanjiRunAfter(text, second);
  if (end < 0) return;
  if (end - second >= 2 && GLUED_HONORIFIC.has(text.charCodeAt(end - 1))) end--;
  if (end - second > 3 || !AFTER_SPLIT_GIVEN.test(text.slice(end, end + 3))) return;
  const gTier = givenTier(text, second, end);
  if (gTier === 0 || ordinarySecondPart(text, second, end)) return;
  const sTier = surnameTier(text, start, gap);
  const givenFound = covered(out, second, end);
  // A rare surname the lexicon does not know, opening its line or a label's value, before a
  // given name found on its own (送信者：一戸⏎悠真).
  if (sTier === 0) {
    if ((kind === GAP_LINE || (kind === GAP_SPACE && second - gap >= 2)) && givenFound && gTier === STRONG_TIER && end - second >= 2 && opensLine(text, start) && unknownListItem(text, start, gap) && !isPlaceWord(text, start, gap) && !covered(out, start, gap)) out.push({ type: 'PERSON_NAME', start, end: gap, score: 0.7 });
    return;
  }
  const surnameFound = covered(out, start, gap);
  if (surnameFound && givenFound) return;
  const oneKanjiNoun = gap - start === 1 && NOUN_SINGLE.has(text.charCodeAt(start));
  if (givenFound) {
    if (!oneKanjiNoun || opensLine(text, start)) out.push({ type: 'PERSON_NAME', start, end: gap, score: 0.7 });
    return;
  }
  if (surnameFound) {
    if (end - second >= 2 || gTier === STRONG_TIER || PERSON_CUE_AFTER_SPLIT.test(text.slice(end, end + 3)) || endsLine(text, end)) out.push({ type: 'PERSON_NAME', start: second, end, score: 0.7 });
    return;
  }
  if (kind === GAP_MARK || oneKanjiNoun || (gap - start === 1 && DIRECTION.has(text.charCodeAt(start)))) return;
  const cue = PERSON_CUE_AFTER_SPLIT.test(text.slice(end, end + 3));
  const clear = (sTier === STRONG_TIER && gap - start >= 2) || (gTier === STRONG_TIER && end - second >= 2);
  if (!clear && !cue) return;
  if (kind === GAP_LINE && !cue && !(opensLine(text, start) && endsLine(text, end))) return;
  out.push({ type: 'PERSON_NAME', start, end: gap, score: 0.7 }, { type: 'PERSON_NAME', start: second, end, score: 0.7 });
}

const STRONG_TIER = 2;

/** The katakana run of 2 to 7 letters ending at `end` (no katakana or ・ before it): its start, or -1. */
function kanaRunBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 8 && isKatakana(text.charCodeAt(start - 1))) start--;
  const c = codeAt(text, start - 1);
  return end - start < 2 || end - start > 7 || isKatakana(c) || c === 0x30fb ? -1 : start;
}

/** A surname reading and a given-name reading split by a gap (ヤマダ⏎タロウ, スズキ\tイチロウ, タナカ/ヒロシ). */
function joinSplitKanaName(text: string, gap: number, out: RawFinding[]): void {
  const start = kanaRunBefore(text, gap);
  if (start < 0) return;
  const second = splitNameGap(text, gap);
  if (second < 0 || !isKatakana(codeAt(text, second))) return;
  let end = second;
  while (end < text.length && end - second < 8 && isKatakana(text.charCodeAt(end))) end++;
  if (end - second < 2 || end - second > 7 || isKatakana(codeAt(text, end)) || codeAt(text, end) === 0x30fb) return;
  if (!isKanaSurname(text, start, gap) || !isKanaGivenName(text, second, end)) return;
  const surnameFound = covered(out, start, gap);
  const givenFound = covered(out, second, end);
  if (surnameFound && givenFound) return;
  // Neither found: both readings, not both also loanwords or other words (スズキ alone may be the fish)
  // unless a label opens the line (フリガナ：).
  if (!surnameFound && !givenFound && isKatakanaWordAt(text, start, gap) && isKatakanaWordAt(text, second, end) && !(opensLine(text, start) && colonBefore(text, start))) return;
  if (!surnameFound) out.push({ type: 'PERSON_NAME', start, end: gap, score: 0.7 });
  if (!givenFound) out.push({ type: 'PERSON_NAME', start: second, end, score: 0.7 });
}

/** True when a colon ends what stands before `start` on its line (a label's value). */
function colonBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isGap(text.charCodeAt(i))) i--;
  return codeAt(text, i) === 0x3a || codeAt(text, i) === 0xff1a;
}

/** A kanji surname and a hiragana given name split by a gap (山田⏎たろう, 佐藤　　さくら). */
function joinSplitHiraganaGivenName(text: string, start: number, gap: number, second: number, kind: number, out: RawFinding[]): void {
  if (kind === GAP_MARK) return;
  let end = second;
  while (end < text.length && end - second < 6 && isHiraganaCode(text.charCodeAt(end))) end++;
  // The whole hiragana run, or the run before an honorific (さくらさん).
  let nameEnd = -1;
  if (!isHiraganaCode(codeAt(text, end)) && hiraganaGivenName(text, second, end)) nameEnd = end;
  else for (let e = end - 1; e >= second + 2 && nameEnd < 0; e--) if (HONORIFIC_AFTER.test(text.slice(e, e + 2)) && hiraganaGivenName(text, second, e)) nameEnd = e;
  if (nameEnd < 0 || covered(out, second, nameEnd)) return;
  const tier = surnameTier(text, start, gap);
  if (tier === 0) return;
  const surnameFound = covered(out, start, gap);
  if (!surnameFound && !(tier === STRONG_TIER && gap - start >= 2 && (endsLine(text, nameEnd) || nameEnd < end))) return;
  if (!surnameFound) out.push({ type: 'PERSON_NAME', start, end: gap, score: 0.7 });
  out.push({ type: 'PERSON_NAME', start: second, end: nameEnd, score: 0.7 });
}
// Prefectures without 都/道/府/県 (東京, 大阪, 神奈川) and the cities above: places, never a rare surname.
const PREFECTURE_STEMS = new Set(PREFECTURES.map((p) => (p.length > 2 ? p.slice(0, -1) : p)));
// The regions of Japan, some of them also surnames (中部, 東海): a branch or a market there, no person.
const REGIONS = new Set(['北海道', '東北', '関東', '北関東', '南関東', '首都圏', '甲信越', '北陸', '東海', '中部', '近畿', '関西', '中国', '四国', '九州', '沖縄', '山陰', '山陽', '北信越', '信越', '中京', '京阪神', '阪神', '湘南']);

function isPlaceWord(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return PREFECTURE_STEMS.has(word) || CITIES.has(word) || REGIONS.has(word);
}

/** True when only blanks stand between `end` and the line's or text's end. */
function endsLine(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isGap(text.charCodeAt(i))) i++;
  return i >= text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

const SPLIT_GAP_CHARS = ['\n', '\t', '\u3000', ' ', '\u30fb', '/', '\uff0f'];


/** Whether a PERSON_NAME finding of score 0.5 or more covers text[start, end). */
function covered(out: readonly RawFinding[], start: number, end: number): boolean {
  for (let k = 0; k < out.length; k++) {
    const f = out[k];
    if (f.type === 'PERSON_NAME' && f.score >= 0.5 && f.start <= start && f.end >= end) return true;
  }
  return false;
}

// A sign-off label before a full name: 文責：小鳥遊 翔太, 承認者：薬袋 健 (the given name found, the surname unknown).
const SIGN_LABEL = /(?:文責|承認者?|確認者?|作成者?|起案者?|記入者?|報告者|担当者?)[：:]?[ 　]*$/;

function extendSignedNames(text: string, out: RawFinding[], from: number): void {
  for (let k = from; k < out.length; k++) {
    const f = out[k];
    const space = f.start - 1;
    if (f.type !== 'PERSON_NAME' || f.score < 0.5 || (codeAt(text, space) !== 32 && codeAt(text, space) !== 0x3000)) continue;
    let start = space;
    while (start > 0 && space - start < 4 && isHan(text.charCodeAt(start - 1))) start--;
    const length = space - start;
    if (length < 2 || length > 3 || isHan(codeAt(text, start - 1)) || givenTier(text, f.start, f.end) === 0) continue;
    if (!SIGN_LABEL.test(text.slice(Math.max(0, start - 6), start)) || !unknownListItem(text, start, space)) continue;
    f.start = start;
  }
}

/** The context rules above, on the Japanese name findings in out[from..]. */
export function refineJapaneseNames(text: string, out: RawFinding[], from: number): void {
  detectHiraganaNames(text, out, (t, s, e) => surnameTier(t, s, e) > 0);
  detectHiraganaActors(text, out);
  if (text.indexOf(' ') >= 0 || text.indexOf('　') >= 0) detectHiraganaFullNames(text, out);
  if (text.indexOf('歳') >= 0 || text.indexOf('才') >= 0 || text.indexOf('月') >= 0) detectAgedKanaNames(text, out);
  detectListedNames(text, out);
  detectSpeakerNames(text, out);
  scanKanjiRuns(text, out, from);
  detectCountedNames(text, out);
  detectIntroducedNames(text, out);
  if (text.indexOf('よろしく') >= 0 || text.indexOf('宜しく') >= 0) detectSelfIntroductions(text, out);
  if (text.indexOf('です') >= 0 || text.indexOf('でございます') >= 0) detectSignOns(text, out);
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (f.type === 'PERSON_NAME' && f.score > 0 && (companyOrThing(text, f) || nounForAPerson(text, f))) f.score = 0;
  }
  detectJoinedSurnames(text, out, from);
  if ((text.indexOf('会社') >= 0 || text.indexOf('株') >= 0 || text.indexOf('㈱') >= 0) && text.indexOf('で', 1) >= 0) detectCompanyIntroductions(text, out);
  detectKinNames(text, out, from);
  detectCompanionSurnames(text, out, from);
  detectSpacedHiraganaNames(text, out, from);
  if (text.indexOf('者') >= 0 || text.indexOf('文責') >= 0 || text.indexOf('承認') >= 0 || text.indexOf('確認') >= 0 || text.indexOf('担当') >= 0) extendSignedNames(text, out, from);
  dropOkuriganaStems(text, out, from);
  extendOverHiraganaGivenNames(text, out, from, (s, e) => surnameTier(text, s, e) > 0);
  extendOverKatakanaGivenNames(text, out, from, (s, e) => surnameTier(text, s, e) > 0, (s, e) => isKanaGivenName(text, s, e));
  joinSurnamesBeforeGivenNames(text, out, from, (s, e) => surnameTier(text, s, e) > 0, (s, e) => givenTier(text, s, e) > 0 || isKanaGivenName(text, s, e));
  joinSplitNameParts(text, out);
  repeatFoundNames(text, out, from);
  if (text.indexOf('\n') >= 0) extendLineListedNames(text, out, from);
  if (text.indexOf('、') >= 0 || text.indexOf('・') >= 0 || text.indexOf('/') >= 0 || text.indexOf('→') >= 0 || text.indexOf('／') >= 0) extendEnumeratedNames(text, out, from);
}

const ENUM_COMMA = 0x3001; // 、
const ENUM_DOT = 0x30fb; // ・
const MAX_ENUM_ITEM = 6;

/** End of the enumeration item starting at `start` (a kanji run, or a katakana run with ・ or = inside), or `start` when none. */
function enumItemEnd(text: string, start: number): number {
  let e = start;
  if (HAN[text.charCodeAt(start)] === 1) {
    while (e < text.length && e - start < MAX_ENUM_ITEM + 1 && HAN[text.charCodeAt(e)] === 1) e++;
    return e - start > MAX_ENUM_ITEM ? start : e;
  }
  while (e < text.length && e - start <= 24) {
    const c = text.charCodeAt(e);
    if (isKatakana(c)) e++;
    else if ((c === ENUM_DOT || c === 0x3d) && isKatakana(text.charCodeAt(e + 1)) && e > start) e++;
    else break;
  }
  return e;
}

/** Start of the enumeration item ending at `end` (exclusive), or `end` when none. */
function enumItemStart(text: string, end: number): number {
  let b = end;
  if (HAN[text.charCodeAt(end - 1)] === 1) {
    while (b > 0 && end - b < MAX_ENUM_ITEM + 1 && HAN[text.charCodeAt(b - 1)] === 1) b--;
    return end - b > MAX_ENUM_ITEM ? end : b;
  }
  while (b > 0 && end - b <= 24) {
    const c = text.charCodeAt(b - 1);
    if (isKatakana(c)) b--;
    else if ((c === ENUM_DOT || c === 0x3d) && isKatakana(text.charCodeAt(b - 2)) && b < end) b--;
    else break;
  }
  return b;
}

// Between kanji, also a slash or an arrow (a circulation or approval route: 宮崎/山崎/一戸, 東→森→一戸).
const ENUM_BETWEEN_KANJI = new Set([ENUM_DOT, 0x2f, 0xff0f, 0x2192]);

/** A separator between enumerated names at `at`: 、 always, ・ / ／ → between kanji (毛沢東・周恩来). */
function enumSeparator(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === ENUM_COMMA || (ENUM_BETWEEN_KANJI.has(c) && HAN[text.charCodeAt(at - 1)] === 1 && HAN[text.charCodeAt(at + 1)] === 1);
}

/**
 * An unfound kanji item among found names that the lexicon does not refute: a surname of one
 * kanji that is no noun for a person (神, 東), or a rare surname of two or three kanji that is
 * no word, department or place (一戸, 小鳥遊), where the next item or the list's end follows.
 */
function rareEnumItem(text: string, start: number, end: number): boolean {
  if (HAN[text.charCodeAt(start)] !== 1) return false;
  if (end - start === 1) return surnameTier(text, start, end) > 0 && !NOUN_SINGLE.has(text.charCodeAt(start)) && !DIRECTION.has(text.charCodeAt(start));
  if (surnameTier(text, start, end) > 0 || givenTier(text, start, end) > 0 || !unknownListItem(text, start, end) || isPlaceWord(text, start, end)) return false;
  return enumSeparator(text, end) || LIST_END_AFTER.test(text.slice(end, end + 4));
}

/** Whether the unfound enumeration item `text[start, end)` has a person's name's shape. */
function enumItemLooksLikeName(text: string, start: number, end: number): boolean {
  const len = end - start;
  const c = text.charCodeAt(start);
  if (HAN[c] === 1) {
    if (len < 2 || len > 4 || SHOP_FINAL.has(text.charCodeAt(end - 1)) || isNonNameTail(text, end - 2, end)) return false;
    // Two kanji: a surname or given name the lexicon knows as nothing else, or a Chinese or Korean name (陳雲), not a word (本社, 東口).
    if (len === 2) return surnameTier(text, start, end) > 1 || givenTier(text, start, end) > 1 || CJK_SURNAMES.has(c);
    return surnameTier(text, start, start + 2) > 0 || surnameTier(text, start, start + 1) > 0 || CJK_SURNAMES.has(c);
  }
  if (len < 3) return false;
  for (let from = start, i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== ENUM_DOT && text.charCodeAt(i) !== 0x3d) continue;
    if (isKatakanaWordAt(text, from, i)) return false;
    from = i + 1;
  }
  return true;
}

/**
 * Names enumerated with names the passes above found (生沢徹、安田銀二、浮谷洸次郎; 朱徳・陳雲・鄧小平;
 * アンダーソン、スクワイア、バンクス): an item between separators that has a name's shape is a
 * name when two or more other items of the same enumeration were found as names.
 */
function extendEnumeratedNames(text: string, out: RawFinding[], from: number): void {
  const end = out.length;
  let lastChainEnd = -1;
  for (let i = from; i < end; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.score < 0.5 || f.start < lastChainEnd) continue;
    if (!enumSeparator(text, f.end) && !enumSeparator(text, f.start - 1)) continue;
    const items: Array<[number, number]> = [[f.start, f.end]];
    // Left, then right, over separators.
    for (let at = f.start; enumSeparator(text, at - 1); ) {
      const b = enumItemStart(text, at - 1);
      const found = foundAt(out, from, end, b, at - 1);
      const start = found !== null ? found.start : b;
      if (start >= at - 1) break;
      items.unshift([start, at - 1]);
      at = start;
    }
    for (let at = f.end; enumSeparator(text, at); ) {
      const found = foundAt(out, from, end, at + 1, -1);
      const stop = found !== null ? found.end : enumItemEnd(text, at + 1);
      if (stop <= at + 1) break;
      items.push([at + 1, stop]);
      at = stop;
    }
    lastChainEnd = items[items.length - 1][1];
    let names = 0;
    for (const [a, b] of items) if (foundAt(out, from, end, a, b) !== null) names++;
    if (names < 2 || items.length < 3) continue;
    for (const [a, b] of items) {
      if (foundAt(out, from, end, a, b) !== null || !(enumItemLooksLikeName(text, a, b) || (names * 2 >= items.length && rareEnumItem(text, a, b)))) continue;
      out.push({ type: 'PERSON_NAME', start: a, end: b, score: 0.6 });
    }
  }
}

// A line that holds one kanji item, after a bullet, a number or a weekday (・宮崎, 2. 山崎, 火 一戸, 水曜：神).
const LINE_LIST_ITEM = /^[ \t　]*(?:(?:[・\-*•●○■□◆◇▶>]|[0-9０-９]{1,2}[.)）．、]|[月火水木金土日](?:曜日?)?(?=[ 　:：]))[ \t　:：]*)?([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々ヶ]{1,4})(?:[ 　]?(?:さん|様|氏|くん))?[ \t　]*\r?$/;

/** Start of the line holding `at`, and its end (the next line break or the text's end). */
function lineStart(text: string, at: number): number {
  // lastIndexOf reads a negative start as 0: the first line starts at 0 even when the text opens with '\n'.
  return at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}
function lineEnd(text: string, at: number): number {
  const e = text.indexOf('\n', at);
  return e < 0 ? text.length : e;
}

/** The item of the line-list line starting at `start` ([itemStart, itemEnd]), or null. */
function lineListItem(text: string, start: number): [number, number] | null {
  const end = lineEnd(text, start);
  if (end - start > 24) return null;
  const m = LINE_LIST_ITEM.exec(text.slice(start, end));
  if (m === null) return null;
  const at = start + m[0].indexOf(m[1]);
  return [at, at + m[1].length];
}

/**
 * Names listed one a line (a bulleted roster, a duty rota by weekday, a numbered list): when two
 * or more of three or more such lines were found as names and they are at least half, the other
 * items that the lexicon reads as a surname or full name, or a rare surname it does not refute, are names.
 */
function extendLineListedNames(text: string, out: RawFinding[], from: number): void {
  const count = out.length;
  let done = -1;
  for (let i = from; i < count; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.score < 0.5 || f.start < done || HAN[text.charCodeAt(f.start)] !== 1) continue;
    let first = lineStart(text, f.start);
    const own = lineListItem(text, first);
    if (own === null || own[0] !== f.start || own[1] !== f.end) continue;
    const items: [number, number][] = [own];
    while (first > 0) {
      const previous = lineStart(text, first - 1);
      const item = lineListItem(text, previous);
      if (item === null) break;
      items.unshift(item);
      first = previous;
    }
    for (let next = lineEnd(text, f.end) + 1; next < text.length; ) {
      const item = lineListItem(text, next);
      if (item === null) break;
      items.push(item);
      next = lineEnd(text, item[1]) + 1;
    }
    done = items[items.length - 1][1];
    if (items.length < 3) continue;
    // Found names, and unfound items the lexicon reads as a surname or a full name (宮崎, 東).
    // A surname that is also a city (宮崎, 千葉) is marked among them but supports no list of its own.
    let names = 0;
    let lexicon = 0;
    for (const [a, b] of items) {
      if (covered(out, a, b)) names++;
      else if (lexiconListItem(text, a, b) && !isPlaceWord(text, a, b)) lexicon++;
    }
    if (names === 0 || names + lexicon < 2 || 2 * (names + lexicon) < items.length) continue;
    for (const [a, b] of items) {
      if (!covered(out, a, b) && (lexiconListItem(text, a, b) || rareEnumItem(text, a, b))) out.push({ type: 'PERSON_NAME', start: a, end: b, score: 0.6 });
    }
  }
}

/** A list item the lexicon reads as a surname or a full name that is no place and no one-kanji noun for a person. */
function lexiconListItem(text: string, start: number, end: number): boolean {
  return readsAsName(text, start, end) && !(end - start === 1 && (NOUN_SINGLE.has(text.charCodeAt(start)) || DIRECTION.has(text.charCodeAt(start))));
}

/** The PERSON_NAME finding of out[from, end) (score 0.5 or more) starting at `start` (and ending at `stop` unless it is -1). */
function foundAt(out: RawFinding[], from: number, end: number, start: number, stop: number): RawFinding | null {
  for (let k = from; k < end; k++) {
    const f = out[k];
    if (f.type === 'PERSON_NAME' && f.score >= 0.5 && f.start === start && (stop < 0 || f.end === stop)) return f;
  }
  return null;
}

// Words that end a venue or facility name: "Rose Hall", "Victoria Arena".
const VENUE_WORDS = new Set(['Hall', 'Halls', 'Arena', 'Theater', 'Theatre', 'Stadium', 'Auditorium', 'Gallery', 'Museum', 'Pavilion', 'Dome', 'Studio', 'Studios', 'Ballroom', 'Lounge', 'Room', 'Rooms', 'Chapel', 'Church', 'Cathedral', 'Forum', 'Colosseum', 'Coliseum', 'Amphitheatre', 'Amphitheater', 'Hotel', 'Inn', 'Resort', 'Lodge', 'Cafe', 'Café', 'Restaurant', 'Bar', 'Pub', 'Tavern', 'Bistro', 'Salon', 'Clinic', 'Academy', 'Library', 'Market', 'Garden', 'Gardens']);
const FIRM_AFTER = /^,? (?:& |and )(?:Co\b|Company|Sons|Partners|Associates|[A-Z][a-z]+['’]s\b)/;
const VERB_AFTER = /^,?\s+(?:said|says|told|tells|wrote|writes|asked|asks|replied|added|noted|explained|who|and his|and her)\b/;
const TITLE_BEFORE = /(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s*$/;

/** English name findings in out[from..] that end with, or stand before, a venue word: the venue. */
export function dropVenueNames(text: string, out: RawFinding[], from: number): void {
  for (let i = from; i < out.length; i++) {
    const f = out[i];
    if (f.type !== 'PERSON_NAME' || f.score <= 0 || f.score >= 0.9) continue;
    const c = text.charCodeAt(f.start);
    if (c < 0x41 || c > 0x5a) continue;
    const space = text.lastIndexOf(' ', f.end - 1);
    const lastWord = space > f.start ? text.slice(space + 1, f.end) : '';
    let k = f.end + 1;
    while (k < text.length && k - f.end < 14 && /[A-Za-zé]/.test(text[k])) k++;
    const nextWord = text[f.end] === ' ' ? text.slice(f.end + 1, k) : '';
    // "Tiffany & Co.", "Ben & Jerry's": a firm or brand named after people.
    if (FIRM_AFTER.test(text.slice(f.end, f.end + 16))) {
      f.score = 0;
      continue;
    }
    if (!VENUE_WORDS.has(lastWord) && !VENUE_WORDS.has(nextWord)) continue;
    if (TITLE_BEFORE.test(text.slice(Math.max(0, f.start - 6), f.start))) continue;
    // "Stuart Hall said": a person's verb after the words keeps the name.
    if (VERB_AFTER.test(text.slice(f.end, f.end + 12))) continue;
    f.score = 0;
  }
}
