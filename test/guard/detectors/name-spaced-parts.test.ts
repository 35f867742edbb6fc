import { detectSpacedNameParts } from '../../../lambda/guard/detectors/name-spaced-parts';
import type { RawFinding } from '../../../lambda/guard/detectors';
import { names } from '../../support/detected';

function pass(text: string): string[] {
  const out: RawFinding[] = [];
  detectSpacedNameParts(text, out);
  return out.map((f) => text.slice(f.start, f.end));
}

describe('a surname, one space and a given name the name detector read apart', () => {
  it.each([
    ['the surname glued to a person word', '健保組合資格喪失届：被保険者桑原 寛子、記号1205', '桑原 寛子'],
    ['a customer whose surname IPADIC lacks', '引継ぎ：顧客戸叶 啓介様のお電話は折り返し', '戸叶 啓介'],
    ['a new hire, the given name before さん', '内定者日下部 雫さんの入社書類を確認', '日下部 雫'],
    ['a professional title glued before the name', '地元出身の棋士藤代 湊は、十代でタイトルを獲得した', '藤代 湊'],
    ['the name label without a colon', '免許証の確認：氏名比嘉 徹', '比嘉 徹'],
    ['a rare surname after a label', '与信審査をお願いします。代表者：仲宗根 剛', '仲宗根 剛'],
    ['a rare surname that is also a place, before a lexicon given name', '保護者：石動 健', '石動 健'],
    ['a given name in hiragana before 先生', '新任教員の檜山 ちひろ先生の緊急連絡先', '檜山 ちひろ'],
    ['a given name in hiragana before a bracket', '児童：石動 そら（令和3年4月9日生まれ）', '石動 そら'],
    ['a full-width space', '契約者菅野\u3000大和（1988年1月23日生）', '菅野\u3000大和'],
  ])('%s', (_family, text, name) => {
    expect(pass(text)).toEqual([name]);
    expect(names(text)).toContain(name);
  });

  it.each([
    ['a place and a station', '天王寺 駅前で集合'],
    ['a rare place before a word that is no given name', '石動 駅の改札'],
    ['a prefecture before a given-name word', '大阪 光ファイバーの敷設'],
    ['a department and a title', '品質管理 部長'],
    ['a ward and a park', '東京都港区 芝公園'],
    ['a room and a booking', '会議室 予約'],
    ['a surname glued to a word that is no person', '大阪支店 東 会議'],
    ['a given-name word running on into a verb', '田中 光る画面'],
    ['hiragana that is no given name', '佐藤 から連絡'],
    ['a whole-run surname and a kanji given name (the detector\'s own join)', '山田 太郎様'],
  ])('%s: not read here', (_family, text) => {
    expect(pass(text)).toEqual([]);
  });
});
