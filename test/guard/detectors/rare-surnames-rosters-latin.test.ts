import { maskPersonalData } from '../../../lambda/guard/mask';
import { isRareSurname } from '../../../lambda/guard/detectors/name-rare-surnames';
import { expectNames, expectNoNames } from '../../support/detected';

describe('the rare-surname list built from ENAMDICT', () => {
  it('holds regional surnames IPADIC lacks and none of its ordinary words', () => {
    for (const s of ['譜久村', '鬼ヶ原', '仲村渠', '外間', '舟山', '財部']) expect({ s, rare: isRareSurname(s, 0, s.length) }).toEqual({ s, rare: true });
    // Ordinary words (IPADIC common nouns) and one-kanji strings are never in it.
    for (const w of ['会計', '受付', '石橋', '会議', '資料', '担当', '林']) expect({ w, rare: isRareSurname(w, 0, w.length) }).toEqual({ w, rare: false });
  });
});

describe('rare and regional surnames with an honorific, a title or a given name', () => {
  it('masks the surname before an honorific or a title', () => {
    expectNames([
      ['外間さんから電話がありました。折り返しお願いします。', ['外間']],
      ['譜久村様\n\nいつもお世話になっております。', ['譜久村']],
      ['[10:02] 佐藤: 鬼ヶ原さん、今日来る？', ['佐藤', '鬼ヶ原']],
      ['議事録：仲村渠部長より説明があった。', ['仲村渠']],
      ['営業部外間さんに共有済みです。', ['外間']],
    ]);
  });

  it('masks the whole full name, not the given name alone', () => {
    expectNames([
      ['依頼者 具志堅 舞氏より連絡がありました。', ['具志堅 舞']],
      ['東北の佐々木 翔さんと九州の財部 健太さんが参加', ['佐々木 翔', '財部 健太']],
      ['{"requester": "舟山 陽菜様", "status": "open"}', ['舟山 陽菜']],
    ]);
  });

  it('masks a rare surname before what a person does, in a self-introduction and beside listed names', () => {
    expectNames([
      // Before a predicate once the text has given it an honorific; in a self-introduction alone.
      ['譜久村様より見積依頼。譜久村が担当者です。譜久村から連絡がありました。', ['譜久村', '譜久村', '譜久村']],
      ['昨日、鬼ヶ原さんに会いました。鬼ヶ原から連絡がありました。', ['鬼ヶ原', '鬼ヶ原']],
      ['譜久村でございます。よろしくお願いします。', ['譜久村']],
      // A surname IPADIC also lists as a place (外間, 仲村渠) only in a self-introduction without a cue.
      ['はじめまして、外間と申します。', ['外間']],
      ['出席は鈴木、譜久村、田中の3名。', ['鈴木', '譜久村', '田中']],
    ]);
  });

  it('leaves places and eras that ENAMDICT also lists as surnames alone without a cue', () => {
    expectNoNames(['京都から連絡がありました。横浜と札幌へ出張。', '平成から続く取引です。', '中央線が遅延しています。']);
  });

  it('leaves departments and words that ENAMDICT also lists as surnames alone in running text', () => {
    expectNoNames(['第一が担当します。法制から連絡。', '明暗が分かれた。事業部から連絡がありました。', '来週は本社が担当です。']);
  });

  it('leaves roles, trades and offices before an honorific alone', () => {
    expectNoNames(['担当者様、事務局様、運転手さん、お疲れさまです。', '整備工場様より連絡がありました。', '先生、よろしくお願いします。大家さんに連絡済み。']);
  });
});

describe('rosters, rotas and role labels', () => {
  it('masks the names of a duty rota', () => {
    expectNames([
      ['当番表\n月 甲斐\n火 鬼ヶ原\n水 仲村渠\n木 舟山', ['甲斐', '鬼ヶ原', '仲村渠', '舟山']],
      ['清掃当番\n月曜 外間\n火曜 譜久村', ['外間', '譜久村']],
      ['6/3(月) 外間\n6/4(火) 舟山', ['外間', '舟山']],
    ]);
  });

  it('masks the value after a role label, a tag in brackets or a bullet', () => {
    expectNames([
      ['担当: 仲村渠、補佐: 舟山', ['仲村渠', '舟山']],
      ['【主】外間 【副】譜久村', ['外間', '譜久村']],
      ['司会（主）外間、書記（副）舟山', ['外間', '舟山']],
      ['・受付 外間\n・会計 譜久村', ['外間', '譜久村']],
      ['受付：外間、譜久村\n会計：舟山', ['外間', '譜久村', '舟山']],
      ['- 窓口: 外間\n- 集計: 財部', ['外間', '財部']],
      // Person labels of mails and lists, JSON and YAML keys, a one-kanji given name after the surname.
      ['参加者：具志堅、仲村渠、外間', ['具志堅', '仲村渠', '外間']],
      ['送信者：外間 樹\n件名：見積の件', ['外間 樹']],
      ['{"assignee": "仲村渠", "reviewer": "譜久村"}', ['仲村渠', '譜久村']],
      ['assignee: 外間\nreviewer: 舟山\nstatus: open', ['外間', '舟山']],
    ]);
  });

  it('leaves rotas and labels of tasks, places and times alone', () => {
    expectNoNames([
      '担当: 営業部\n受付: 完了\n会計：現金払い',
      '月 定例会議\n火 資料作成\n水 休み\n木 出張\n金 棚卸',
      '主：原材料の調達\n副：包装資材',
      '・受付 9:00\n・会計 窓口',
      '当番表\n月 燃えるゴミ\n火 資源\n水 不燃',
      '1日 休館\n2日 開館',
      '進行：議題順\n記録：録音',
      '月 晴れ\n火 曇り\n水 雨',
      '準備 会場\n設営 机\n撤収 全員',
      // Offices, regions and departments as the value of a person label or key.
      '担当：大阪\n補佐：本社',
      '氏名：東京',
      '{"owner": "経理", "name": "営業部"}',
      'from: 本社\nlead: 未定',
    ]);
  });
});

describe('one-kanji given names', () => {
  it('masks them with an honorific, as chat speakers and in mentions', () => {
    expectNames([
      ['晴ちゃん、明日来れる？', ['晴']],
      ['[14:29] 晴: OK\n[14:30] 凪: 了解です', ['晴', '凪']],
      ['暖くんが来た', ['暖']],
      ['@樹 確認お願いします', ['樹']],
    ]);
  });
});

describe('surnames that are also words', () => {
  it('masks a one-kanji surname before a title or a person predicate', () => {
    expectNames([
      ['中部長が承認しました。', ['中']],
      ['東課長に確認します。', ['東']],
      ['定例の件、南が報告した。原が説明した。', ['南', '原']],
      ['本日、原が説明しました。', ['原']],
    ]);
  });

  it('leaves titles of offices, the management, weather and idioms alone', () => {
    expectNoNames([
      '本部長が承認しました。副社長より連絡。各部長へ共有。',
      '上が承認した。北が強い。南が晴れ。',
      '中部から報告。中部長距離便の運行表。',
      '石橋を叩いて渡る性格です。',
      '木を見て森を見ず、という指摘があった。',
    ]);
  });
});

describe('companies that start with a surname', () => {
  it('are no names, whatever honorific follows', () => {
    expectNoNames(['山田商事の件です。比嘉産業と金城建工に発注。', '比嘉産業様より見積が届きました。', '金城建工さんに発注済み。', '宮城組さんの現場に行きます。', 'Best regards,\nMirai Logistics', 'Mirai Logistics Inc. will ship the parts.']);
  });

  it('keep the person beside them', () => {
    expectNames([
      ['山田商事の鈴木様', ['鈴木']],
      ['Best regards,\nKenji Sato\nMirai Logistics', ['Kenji Sato']],
    ]);
  });
});

describe('Latin-script names', () => {
  it('masks Korean romanised names, apostrophe surnames, cc lines and card-holder columns', () => {
    expectNames([
      ['Kim Minju and Park Jihoon joined the call.', ['Kim Minju', 'Park Jihoon']],
      ['Seo-yeon Lee sent the deck.', ['Seo-yeon Lee']],
      ['担当：KIM MINJU（ソウル支社）', ['KIM MINJU']],
      ["Sean O'Connor will send the file.", ["Sean O'Connor"]],
      ["Luca D'Angelo and O'Reilly Media", ["Luca D'Angelo"]],
      ['CC: yuki tanaka, kenji sato', ['yuki tanaka', 'kenji sato']],
      ["name\tcard_holder\tamount\n1\tHANAKO SUZUKI\t3000\n2\tMICHAEL O'BRIEN\t4000\n3\tANNA KOWALSKA\t5000", ['HANAKO SUZUKI', "MICHAEL O'BRIEN", 'ANNA KOWALSKA']],
      ['Please contact Agnieszka Wiśniewska or Krzysztof Nowak.', ['Agnieszka Wiśniewska', 'Krzysztof Nowak']],
    ]);
  });

  it('leaves venues, companies and teams alone', () => {
    expectNoNames(['We stayed at Park Hotel near Lee Road. Han Solutions is a vendor.', 'cc: sales team, all members', 'order_id,card_holder_type\n1,CORPORATE']);
  });

  it('masks them in the output of maskPersonalData', () => {
    const masked = maskPersonalData("cc: Sean O'Connor, Kim Minju").masked;
    expect(masked).not.toMatch(/O'Connor|Minju/);
    expect(masked).toMatch(/^cc: \S+/);
  });
});
