import { detectEntities } from '../../../lambda/guard/detect';
import type { EntityType } from '../../../lambda/guard/types';

function found(text: string, type: EntityType): string[] {
  return detectEntities(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

describe.each<[EntityType, string, string, string]>([
  ['DRIVERS_LICENSE', '運転免許証番号：123456789012', "driver's license number D1234567", '123456789012'],
  ['PASSPORT_NUMBER', '旅券番号 TK1234567', 'passport no. TR7654321', 'TK1234567'],
  ['PENSION_NUMBER', '基礎年金番号 1234-567890', 'pension number 1234567890', '1234-567890'],
  ['BANK_ACCOUNT', '三菱UFJ銀行 渋谷支店 普通 1234567', 'bank account 12345678', '1234567'],
  ['HEALTH_INSURANCE_NUMBER', '保険者番号 06123456', 'health insurance number 12345678', '06123456'],
])('%s (context-driven)', (type, japanese, english, bare) => {
  it('is found with Japanese context', () => {
    expect(found(japanese, type)).toHaveLength(1);
  });
  it('is found with English context', () => {
    expect(found(english, type)).toHaveLength(1);
  });
  it('is not reported without context', () => {
    expect(found(`値は ${bare} です`, type)).toEqual([]);
  });
});

describe('ADDRESS', () => {
  it('finds Japanese addresses with 丁目/番地/号 forms', () => {
    expect(found('住所は東京都千代田区丸の内一丁目1番1号です', 'ADDRESS')).toEqual(['東京都千代田区丸の内一丁目1番1号']);
    expect(found('大阪府大阪市北区梅田3-1-1 グランフロント 12F', 'ADDRESS')[0]).toMatch(/^大阪府大阪市北区梅田3-1-1/);
    expect(found('横浜市中区本町2丁目10番地', 'ADDRESS')).toEqual(['横浜市中区本町2丁目10番地']);
  });
  it('does not mask a bare prefecture or city mention', () => {
    expect(found('来週は東京都に出張します', 'ADDRESS')).toEqual([]);
    expect(found('大阪府大阪市で開催', 'ADDRESS')).toEqual([]);
  });
  it('finds English street addresses with unit and following lines', () => {
    const text = 'Ship to 1600 Pennsylvania Avenue NW\nSuite 200\nWashington, DC 20500\nThanks';
    expect(found(text, 'ADDRESS')).toEqual(['1600 Pennsylvania Avenue NW\nSuite 200\nWashington, DC 20500']);
    expect(found('I live at 221B Baker Street.', 'ADDRESS')).toEqual(['221B Baker Street']);
  });
});

describe('PERSON_NAME', () => {
  it.each([
    ['山田太郎様へのご連絡', '山田太郎'],
    ['佐藤さんに確認します', '佐藤'],
    ['高橋部長が承認', '高橋'],
    ['氏名：中村 一郎', '中村 一郎'],
    ['担当：渡辺', '渡辺'],
    ['マイケルさんが来社', 'マイケル'],
  ])('finds the Japanese name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toEqual([name]);
  });

  it.each(['お客様各位', '担当者様', 'ユーザーさん', '皆様こんにちは'])('does not treat %s as a name', (text) => {
    expect(found(text, 'PERSON_NAME')).toEqual([]);
  });

  it.each([
    ['My name is John Smith.', 'John Smith'],
    ['Please contact Mrs. Jane Doe today', 'Jane Doe'],
    ['Dear Kowalczyk, thank you', 'Kowalczyk'],
    ['Emily Carter joined the team', 'Emily Carter'],
  ])('finds the English name in %s', (text, name) => {
    expect(found(text, 'PERSON_NAME')).toEqual([name]);
  });

  it('does not mask ordinary capitalized words', () => {
    expect(found('The Monday meeting is in Tokyo.', 'PERSON_NAME')).toEqual([]);
  });
});

describe('CONFIDENTIAL_MARKER', () => {
  it('finds markers and configured code names, not words containing 秘', () => {
    const types = (text: string, codeNames: string[] = []) =>
      detectEntities(text, { codeNames }).filter((f) => f.type === 'CONFIDENTIAL_MARKER').map((f) => text.slice(f.start, f.end));
    expect(types('【社外秘】資料')).toEqual(['社外秘']);
    expect(types('㊙ 資料')).toEqual(['㊙']);
    expect(types('秘書に連絡')).toEqual([]);
    expect(types('INTERNAL ONLY: draft')).toEqual(['INTERNAL ONLY']);
    expect(types('Project Falcon launch', ['Falcon'])).toEqual(['Falcon']);
    expect(types('Project Falconry', ['Falcon'])).toEqual([]);
  });
});
