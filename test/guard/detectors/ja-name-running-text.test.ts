import type { RawFinding } from '../../../lambda/guard/detectors/detector';
import { compoundOfWords, nameCandidates, type NameCandidate, VETO_BELOW, VETO_FOREIGN_UP_TO, VETO_KANJI_BELOW, vetoable, wholeWords } from '../../../lambda/guard/detectors/ja-name-model';
import { names } from '../../support/detected';

const candidates = (text: string): string[] => {
  const out: NameCandidate[] = [];
  nameCandidates(text, out);
  return out.map((c) => text.slice(c.start, c.end));
};

describe('learned name pass: families of names in running text', () => {
  it('keeps a regnal number and a middle initial inside a katakana name', () => {
    expect(candidates('ルイ14世の時代')).toContain('ルイ14世');
    expect(candidates('ラムセス2世は')).toContain('ラムセス2世');
    expect(candidates('局長ダーナ・A・ブラウンは')).toContain('ダーナ・A・ブラウン');
    expect(candidates('ヘンリー・R.・ヘイルによって')).toContain('ヘンリー・R.・ヘイル');
    // No number without 世, no initial without a katakana part after it.
    expect(candidates('ルイ14人')).not.toContain('ルイ14');
    expect(candidates('ルイ・Aの')).toContain('ルイ');
  });

  it('reads regnal names whole in sentences', () => {
    for (const [text, name] of [
      ['ルイ14世は、ブルボン朝のフランス国王である。', 'ルイ14世'],
      ['エリザベス2世の戴冠式は1953年に行われた。', 'エリザベス2世'],
      ['ヘンリー8世は6度結婚した。', 'ヘンリー8世'],
    ]) expect(names(text)).toContain(name);
  });

  it('does not split a katakana part the lexicon knows only as a name into loanwords', () => {
    // スター + リン would make スターリン a compound of two words.
    expect(compoundOfWords('スターリン', 0, 5)).toBe(false);
    expect(names('スターリンの死後、フルシチョフが第一書記となった。')).toEqual(expect.arrayContaining(['スターリン', 'フルシチョフ']));
    // Loanwords stay compounds.
    expect(compoundOfWords('マイナンバー', 0, 6)).toBe(true);
    expect(compoundOfWords('データ・サイエンス', 0, 9)).toBe(true);
  });

  it('finds names after a role word and Chinese and Korean names before a title', () => {
    const found = [
      ['宰相ビスマルクはドイツ統一を進めた。', 'ビスマルク'],
      ['俳優のトム・ハンクスが主演を務めた。', 'トム・ハンクス'],
      ['1990年、李鵬首相は訪日を表明した。', '李鵬'],
      ['金大中は、韓国の第15代大統領。', '金大中'],
      ['胡錦濤国家主席が来日した。', '胡錦濤'],
    ].filter(([text, name]) => names(text).includes(name));
    expect(found.length).toBeGreaterThanOrEqual(4);
  });

  it('reads a place before a locative で and a short katakana word inside a kanji word as no name', () => {
    expect(names('明石で海を見ながら会議をした。')).toEqual([]);
    expect(names('大阪で開催された展示会に出展した。')).toEqual([]);
    expect(names('ヨウ素を含む食品を控えてください。')).toEqual([]);
    expect(names('ガス管の点検は来週です。')).toEqual([]);
    // The copula で keeps a name (担当は田中で、), and a title after a short katakana name keeps it.
    expect(names('担当は田中で、明日連絡します。')).toEqual(['田中']);
  });

  it('rules out only katakana runs whose every part is a whole word, and leaves split parts to the model', () => {
    expect(wholeWords('マイナンバー', 0, 6)).toBe(true);
    expect(wholeWords('データ・サイエンス', 0, 9)).toBe(true);
    // ボー + マン and サン + ダース are words, the runs themselves are not: no rule decides.
    expect(compoundOfWords('ボーマン', 0, 4)).toBe(true);
    expect(wholeWords('ボーマン', 0, 4)).toBe(false);
    expect(wholeWords('サンダース', 0, 5)).toBe(false);
    expect(names('またグリソンとボーマンは、長期滞在の記録を作った。')).toContain('ボーマン');
  });

  it('lets the model veto only weak rule findings that are exactly a katakana candidate', () => {
    const text = 'ワーナー・ブラザース';
    const kata: NameCandidate = { start: 0, end: 10, kind: 2 };
    const kanji: NameCandidate = { start: 0, end: 3, kind: 1 };
    const at = (start: number, end: number, score: number): RawFinding => ({ type: 'PERSON_NAME', start, end, score });
    expect(vetoable(kata, at(0, 10, 0.6), text)).toBe(true);
    expect(vetoable(kata, at(0, 10, VETO_FOREIGN_UP_TO), text)).toBe(true);
    expect(vetoable(kata, at(0, 10, 0.85), text)).toBe(false);
    expect(vetoable(kata, at(0, 5, 0.6), text)).toBe(false);
    // A kanji run only below VETO_KANJI_BELOW and outside brackets, labels and speaker lines.
    expect(vetoable(kanji, at(0, 3, VETO_KANJI_BELOW), '小田原に行く')).toBe(false);
    expect(vetoable(kanji, at(0, 3, VETO_KANJI_BELOW - 0.05), '小田原に行く')).toBe(true);
    expect(vetoable({ start: 7, end: 9, kind: 1 }, at(7, 9, 0.55), 'オペレーター（吉川）：')).toBe(false);
    expect(names('オペレーター（吉川）：ご不便をおかけして申し訳ございません。')).toEqual(['吉川']);
    // A given name that is also a word, found weakly in running text: vetoed.
    expect(names('真理と正義を尊ぶ校風で知られる。')).toEqual([]);
    // A part that reads as a Japanese name keeps a stronger rule finding whatever the model says.
    expect(vetoable({ start: 0, end: 7, kind: 2 }, at(0, 7, VETO_FOREIGN_UP_TO), 'サトウ・ケンタ')).toBe(false);
    expect(vetoable({ start: 0, end: 7, kind: 2 }, at(0, 7, VETO_BELOW - 0.05), 'サトウ・ケンタ')).toBe(true);
    expect(names('ジョン・スミスは会議に出席した。')).toEqual(['ジョン・スミス']);
    // A reading written without a separator is a surname reading and a given-name reading: kept.
    expect(vetoable({ start: 0, end: 6, kind: 2 }, at(0, 6, VETO_FOREIGN_UP_TO), 'アライツヨシ')).toBe(false);
    expect(vetoable({ start: 0, end: 6, kind: 2 }, at(0, 6, VETO_FOREIGN_UP_TO), 'ワーナーズム')).toBe(true);
    expect(names('お客様：荒井剛様（アライツヨシ）')).toEqual(['荒井剛', 'アライツヨシ']);
    expect(names('お客様：尾崎直美様（オザキナオミ）')).toEqual(['尾崎直美', 'オザキナオミ']);
  });

  it('reads an item enumerated with two or more found names as a name when it has a name\'s shape', () => {
    expect(names('毛沢東・周恩来・劉少奇・朱徳・陳雲・鄧小平の6人が指導した。')).toContain('陳雲');
    expect(names('メンバーはアンダーソン、スクワイア、バンクス、ハウの4人だった。')).toEqual(['アンダーソン', 'スクワイア', 'バンクス', 'ハウ']);
    // Words and departments between names stay words; places alone are no enumeration of names.
    expect(names('田中、佐藤、本社、鈴木が出席した。')).toEqual(['田中', '佐藤', '鈴木']);
    expect(names('山田、佐藤、営業部、総務課の担当者が集まった。')).toEqual(['山田', '佐藤']);
    expect(names('ジョン・スミス、データ・サイエンス、マイク・ロスの3件')).not.toContain('データ・サイエンス');
    expect(names('東京、大阪、名古屋の3都市で開催する。')).toEqual([]);
  });
});
