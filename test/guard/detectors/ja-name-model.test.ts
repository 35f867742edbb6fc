import { detectEntities } from '../../../lambda/guard/detect';
import { compoundOfWords, nameCandidates, type NameCandidate } from '../../../lambda/guard/detectors/ja-name-model';
import { JA_CLEAN_BUSINESS_TEXTS } from '../../fixtures/guard/ja-clean-business';
import { names } from '../../support/detected';

describe('learned pass for names in running text', () => {
  it('offers kanji runs, surname-led prefixes and katakana runs joined by ・ as candidates', () => {
    const out: NameCandidate[] = [];
    const text = '田中六助通産大臣とジョン・スミスが会談した。';
    nameCandidates(text, out);
    const spans = out.map((c) => text.slice(c.start, c.end));
    expect(spans).toEqual(expect.arrayContaining(['田中六助', 'ジョン・スミス']));
    expect(spans).not.toContain('た');
  });

  it('reads loanword compounds as words, not names', () => {
    expect(compoundOfWords('マイナンバー', 0, 6)).toBe(true);
    expect(compoundOfWords('データ・サイエンス', 0, 9)).toBe(true);
    expect(compoundOfWords('ミントケイビッチ', 0, 8)).toBe(false);
  });

  it('finds names in encyclopedia sentences that have no honorific or label', () => {
    const found = [
      ['ゲオルギー・ジューコフは、ソビエト連邦の軍人。', 'ゲオルギー・ジューコフ'],
      ['毛沢東は、中華人民共和国の政治家である。', '毛沢東'],
      ['松友美佐紀は、日本のバドミントン選手。', '松友美佐紀'],
    ].filter(([text, name]) => names(text).some((n) => n.includes(name) || name.includes(n)));
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  it('leaves clean business texts clean (at most one in fifty)', () => {
    const withFindings = JA_CLEAN_BUSINESS_TEXTS.filter((t) => detectEntities(t).length > 0);
    expect(withFindings.length).toBeLessThanOrEqual(1);
  });

  it('never reads company names or loanword compounds as names', () => {
    expect(names('小林製薬の新しい風邪薬が発売された。')).toEqual([]);
    expect(names('マイナンバーは来月から必要になります。')).toEqual([]);
    expect(names('議事録は共有フォルダに保存してください。')).toEqual([]);
  });
});
