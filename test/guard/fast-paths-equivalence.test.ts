/**
 * Properties for the fast paths of the guard core: each must give exactly what the full path gives.
 */
import fc from 'fast-check';
import { digitRuns, needsNormalization } from '../../lambda/guard/detectors/digit-sequence';
import { JA_ADDRESS_ANCHORS, JA_HONORIFICS, JA_NAME_CONTEXT_FIRST_CHARS } from '../../lambda/guard/detectors/keywords';
import { detectEntities } from '../../lambda/guard/detect';
import { maskPersonalData } from '../../lambda/guard/mask';
import { mergeFindings, resolveOverlaps } from '../../lambda/guard/merge-findings';
import { normalize } from '../../lambda/guard/normalize';
import { ENTITY_TYPES, type Finding } from '../../lambda/guard/types';

// Characters normalize() treats specially, mixed with ordinary ASCII, kana and kanji.
const PIECES = [
  'a', 'Z', '7', ' ', '-', '.', '(', '+', 'ー', 'データ', '東京都港区', '様', 'さん', '氏名', '１', 'Ａ', '　',
  '\u200b', '\u00ad', '\ufeff', '\u2212', '\u2014', '\uff0d', 'ｶ', 'ﾞ', '\u3099', 'e\u0301', '😀', '\u{E0041}', 'É', 'Ω', '①', '㊙',
  // Kanji numerals (a written-out number becomes digits), bidi and other format characters.
  '〇', '一', '二', '九', '〇九〇', '一二三四', '\u200e', '\u2066', '\u2062', '\u034f', '\ufe0f', '\u3164', '\u{E0100}', 'aー', 'ーb',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 24 }).map((p) => p.join(''));

describe('needsNormalization', () => {
  it('answers false only for texts normalize() leaves unchanged', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (!needsNormalization(t)) {
          const n = normalize(t);
          expect(n.changed).toBe(false);
          expect(n.text).toBe(t);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('flags the characters normalize() changes', () => {
    for (const t of ['１２', 'ＡＢ', '1\u200b2', '12ー34', '１２ー３４', 'ｶﾞ', '\u2212', 'a\u{E0041}', '　']) expect(needsNormalization(t)).toBe(true);
    for (const t of ['plain 123', 'データー', '12ーデータ', '東京都港区芝公園4丁目', '', '一二三', '第一回']) expect(needsNormalization(t)).toBe(false);
    for (const t of ['〇九〇ー一二三四ー五六七八', 'aーb', '1\u200e2', '\u034f']) expect(needsNormalization(t)).toBe(true);
  });

  it('leaves the same digit scan as digitRuns when the text is plain', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (needsNormalization(t)) return;
        const fast = digitRuns(t);
        digitRuns(`${t}x`); // evict the cache
        expect(digitRuns(t)).toEqual(fast);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('shared scan position lists', () => {
  it('lists every Japanese name cue and address anchor', () => {
    fc.assert(
      fc.property(text, (t) => {
        const runs = digitRuns(t);
        const cueChars = new Set([...JA_HONORIFICS.map((w) => w[0]), ...JA_NAME_CONTEXT_FIRST_CHARS]);
        const cues: number[] = [];
        const anchors: number[] = [];
        for (let i = 0; i < t.length; i++) {
          if (cueChars.has(t[i])) cues.push(i);
          if (JA_ADDRESS_ANCHORS.includes(t[i])) anchors.push(i);
        }
        expect(Array.from(runs.japaneseNameCueStarts)).toEqual(cues);
        expect(Array.from(runs.japaneseAddressAnchors)).toEqual(anchors);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('mergeFindings', () => {
  const finding = fc
    .record({ type: fc.constantFrom(...ENTITY_TYPES), start: fc.nat(60), length: fc.integer({ min: 0, max: 20 }), score: fc.constantFrom(0.5, 0.7, 0.85, 0.9) })
    .map(({ type, start, length, score }): Finding => ({ type, start, end: start + length, score }));

  it('resolves overlapping groups separately with the same result as resolving the whole list', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 12 }), (findings) => {
        const expected = findings.length <= 1 ? findings.slice() : resolveOverlaps(findings);
        expect(mergeFindings(findings)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('Japanese name cues found from the shared scan', () => {
  it('finds names after every context word and before honorifics', () => {
    for (const word of ['氏名', 'お名前', '名前', '担当', '担当者', '申請者', '契約者', '患者', '患者名', '差出人', '宛名', '署名']) {
      expect(detectEntities(`${word}：山田太郎`).some((f) => f.type === 'PERSON_NAME')).toBe(true);
    }
    expect(detectEntities('田中様と佐藤さん').filter((f) => f.type === 'PERSON_NAME').length).toBe(2);
  });
});

describe('mask value keys', () => {
  it('treats ASCII and full-width spellings of one value as the same value', () => {
    const r = maskPersonalData('Call 090-1234-5678 or ０９０ １２３４ ５６７８ or TARO@example.com, taro@example.com');
    expect(Object.keys(r.vault.values).sort()).toEqual(['[EMAIL_1]', '[PHONE_NUMBER_1]']);
  });
});
