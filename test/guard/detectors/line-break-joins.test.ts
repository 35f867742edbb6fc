import { detectEntities } from '../../../lambda/guard/detect';
import { joinValueBreaks } from '../../../lambda/guard/detectors/line-breaks';

// A dot before a line break is most often the end of a sentence: joining there made the
// identifier detectors read most multi-line prompts twice, for nothing.
describe('line breaks joined inside a value', () => {
  it('leaves sentence ends alone, with letters or digits after the break', () => {
    for (const text of ['Thanks for the details about the issue.\nThe invoice is attached.', 'Ship to Springfield, IL 20175.\n2024年度の売上は前年比5%増です。', '売上は前年並み.\n3月に見直します。']) {
      expect(joinValueBreaks(text)).toBeNull();
    }
  });

  it('joins a dot break inside an e-mail address or a dotted number, and finds the value', () => {
    const cases: [string, string, string][] = [
      ['連絡先: taro.yamada@example.\nco.jp まで', 'EMAIL', 'taro.yamada@example.\nco.jp'],
      ['接続元IP: 192.168.\n10.24 からのアクセス', 'IP_ADDRESS', '192.168.\n10.24'],
    ];
    for (const [text, type, value] of cases) {
      expect(joinValueBreaks(text)).not.toBeNull();
      const found = detectEntities(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));
      expect(found).toContain(value);
    }
  });
});
