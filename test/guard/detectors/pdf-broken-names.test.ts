import { maskPersonalData } from '../../../lambda/guard/mask';
import { expectNames, expectNoNames } from '../../support/detected';

describe('names broken by PDF-to-text', () => {
  it('reads a surname across the line break that cuts it', () => {
    expectNames([
      ['申請者：山\n田太郎\n所属：営業部', ['山\n田太郎']],
      ['会議には高\n橋さんが出席します。', ['高\n橋']],
      ['議事録\n出席者は営業部の佐\n藤健一、総務の田中でした。', ['佐\n藤健一', '田中']],
      ['請求書の送付先は経理部長谷\r\n川部長です。', ['長谷\r\n川']],
      ['上記の件、小\n林から連絡します。', ['小\n林']],
      ['担当：山田太\n郎', ['山田太\n郎']],
      ['本日の受付は長谷川健\n一です', ['長谷川健\n一']],
      ['お問い合わせ：営業部　井\n上', ['井\n上']],
    ]);
    expect(maskPersonalData('報告者：渡\n辺美咲\n件名：月次報告').masked).not.toMatch(/辺美咲|渡\n/);
  });

  it('joins no ordinary words cut by a line break', () => {
    expectNoNames(['東京都千代田\n区丸の内', '株式会社山田太\n郎商店', '東\n京都の支店で会議を行います。', '本日は晴\n天なり', '株式会社山\n田製作所の工場見学', '前年比で売\n上が伸びました。']);
  });

  it('reads letter-spaced names as one and spaced labels as none', () => {
    expectNames([
      ['氏 名　山 田 太 郎\n所 属　営 業 部', ['山 田 太 郎']],
      ['報告者は 佐 藤 健 一 です。', ['佐 藤 健 一']],
      ['提 出 者　高 橋 美 咲\n提 出 日　5 月 1 日', ['高 橋 美 咲']],
      ['氏　名　中　村　光　一', ['中　村　光　一']],
      ['担当者：山 田', ['山 田']],
      ['記 入 者　長 谷 川', ['長 谷 川']],
    ]);
    expectNoNames(['所 属　総 務 課\n日 付　2024年5月1日', '第 1 回 定 例 会 議\n議 事 録', 'お 知 ら せ\n件 名　年 末 年 始 の 営 業']);
  });

  it('reads an English name hyphenated across a line as one name', () => {
    expectNames([
      ['Please contact Ken-\nta Yoshida about the invoice.', ['Ken-\nta Yoshida']],
      ['The report by Hiro-\nshi Tanaka was approved.', ['Hiro-\nshi Tanaka']],
      ['Kenta Yo-\nshida will attend.', ['Kenta Yo-\nshida']],
      ['Please ask Mr. Yoshi-\nda for the invoice.', ['Yoshi-\nda']],
    ]);
    expectNoNames(['The mar-\nket report is ready.', 'Turn left at John-\nson Street.']);
  });
});
