import { detectEntities } from '../../../lambda/guard/detect';

/** Values of `type` found in `text`, as the caller wrote them. */
function found(text: string, type: string): string[] {
  return detectEntities(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

const toFullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const withZeroWidth = (s: string) => s.replace(/([0-9])(?=[0-9])/g, '$1\u200b');

describe('secrets after short labels', () => {
  it.each([
    ['検証環境のPW: Qx7-mr2Lz です', 'Qx7-mr2Lz'],
    ['本番DBのPW：Tr4in!ng2025。', 'Tr4in!ng2025'],
    ['pass: hunter2 で入れます', 'hunter2'],
    ['ルーターの管理画面 pw=adm1n#77', 'adm1n#77'],
    ['カードの暗証番号 4821 は変更してください', '4821'],
    ['暗証番号：7 3 1 9', '7 3 1 9'],
  ])('masks the value in %s', (text, value) => {
    expect(found(text, 'SECRET').map((v) => v.normalize('NFKC'))).toEqual([value]);
  });

  it('holds under full-width letters and digits', () => {
    expect(found(`検証環境の${toFullWidth('PW')}：${toFullWidth('Qx7mr2Lz')} です`, 'SECRET')).toHaveLength(1);
  });

  it.each(['PW: 別途連絡します', 'boarding pass: 当日受付で受け取り', 'pass: true', 'PW-R の承認は済み', 'bypass: 1234567', 'パスワード：誰にも教えないでください'])(
    'leaves %s clean',
    (text) => {
      expect(found(text, 'SECRET')).toEqual([]);
    },
  );
});
