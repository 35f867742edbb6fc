import { detectEntities } from '../../../lambda/guard/detect';
import { maskPersonalData } from '../../../lambda/guard/mask';

function names(text: string): string[] {
  return detectEntities(text)
    .filter((f) => f.type === 'PERSON_NAME')
    .map((f) => text.slice(f.start, f.end));
}

describe('Japanese names from the IPADIC lexicon', () => {
  it.each([
    ['人事部の鈴木です。', ['鈴木']],
    ['佐藤でございます。', ['佐藤']],
    ['出席者は田中、中村、小林の3名です。', ['田中', '中村', '小林']],
    ['伊藤健太が担当します。', ['伊藤健太']],
    ['氏名：ヤマモト サクラ', ['ヤマモト サクラ']],
    ['氏名: Taro Yamada', ['Taro Yamada']],
    ['担当者：Kenta Ito（営業部）', ['Kenta Ito']],
    ['営業部鈴木様', ['鈴木']],
    ['金子 優子様宛に送付', ['金子 優子']],
    ['本日の当番は千葉と伊藤です。', ['千葉', '伊藤']],
    ['上田陽菜が担当します。', ['上田陽菜']],
    ['ロバート・キャロルは講座の参加者に話しかけた。', ['ロバート・キャロル']],
    ['新監督にはペトロフスキー監督が就任した。', ['ペトロフスキー']],
    ['CMには中村エリカが出演します。', ['中村エリカ']],
    ['議事録は加藤蓮が作成しました。', ['加藤蓮']],
    ['経理部の山本誠は来週から出張です。', ['山本誠']],
    ['代表取締役山田太郎の挨拶', ['山田太郎']],
    ['メンバー：山田太郎、坂本誠', ['山田太郎', '坂本誠']],
    ['木下 拓海（開発部）', ['木下 拓海']],
    ['大島さくらさんの件で連絡します。', ['大島さくら']],
    ['営業の三上から折り返しご連絡いたします。', ['三上']],
    ['昨日、杉本と小野寺が来社しました。', ['杉本', '小野寺']],
    ['営業部長の岡崎がご挨拶に伺います。', ['岡崎']],
    ['田中さんと中村さんと阿部様に連絡', ['田中', '中村', '阿部']],
    ['髙橋さんと山﨑さんと渡邊様', ['髙橋', '山﨑', '渡邊']],
    ['2回目の小川淳司監督体制が始まった。', ['小川淳司']],
  ])('finds the name in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['高品質の部品を採用しました。', '今回の遅延は設計変更の結果です。', 'ダイバーシティ・インクルージョンは重要です。', 'カスタマー・サクセスの担当', '林の中を歩いてから会議に向かいます。', '森と湖の写真を使ってください。', '原案どおりで進めます。', '南口で待ち合わせましょう。', '担当部署は営業部です。', '円です', '本殿と拝殿を修復した。', '大さん橋に集合', '奥さんによろしくお伝えください。', '大家さんに連絡します。', '神様に祈る', '王様の耳', '皆さん、こんにちは', '東京社長会に出席'])(
    'leaves the common noun or department in %s unmasked',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );

  it('masks an ambiguous surname when a cue says it is a person', () => {
    expect(maskPersonalData('人事部の林です。').masked).toBe('人事部の[PERSON_NAME_1]です。');
    expect(maskPersonalData('林さんに連絡してください。').masked).toBe('[PERSON_NAME_1]さんに連絡してください。');
    expect(maskPersonalData('森課長の承認が必要です。').masked).toBe('[PERSON_NAME_1]課長の承認が必要です。');
    expect(maskPersonalData('本部長と副社長の承認が必要です。').masked).toBe('本部長と副社長の承認が必要です。');
    expect(maskPersonalData('松本部長の承認が必要です。').masked).toBe('[PERSON_NAME_1]部長の承認が必要です。');
  });
});
