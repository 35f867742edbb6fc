import { expectNames, expectNoNames, names } from '../../support/detected';

describe('one-kanji surnames and given names', () => {
  it('reads a one-kanji surname and given name in news style, with the age in brackets', () => {
    expectNames([
      ['容疑者の岡誠（53）は、容疑を否認している。', ['岡誠']],
      ['会社員、林聡（41）が逮捕された。', ['林聡']],
      ['無職、関学(67)＝東京都＝は', ['関学']],
      ['社内報：表彰者は北島康介（23）と林聡（41）。', ['北島康介', '林聡']],
    ]);
    expectNoNames(['東京（12）は前年を上回った。', '第3四半期（12）の売上', '新宿（5）、渋谷（3）', '部品（12）を発注', '大阪（2024）']);
  });

  it('reads a list of one-kanji surnames after a label, one the lexicon lacks among them', () => {
    expectNames([
      ['出席：桑、岸、関', ['桑', '岸', '関']],
      ['参加者：桑、岸、関、森\n議題：予算', ['桑', '岸', '関', '森']],
      ['出席: 森、林、原', ['森', '林', '原']],
    ]);
    expectNoNames(['出席：本、各、全', '出席予定：未定、調整中']);
  });
});

describe('foreign and English names', () => {
  it('reads foreign full names in English sentences, shipping lines and attendee lists', () => {
    expectNames([
      ['Rajesh Kumar from the Osaka office will join the call.', ['Rajesh Kumar']],
      ['Ship to: Tran Thi Hoa', ['Tran Thi Hoa']],
      ['Please meet Nguyen Van Minh at the lobby.', ['Nguyen Van Minh']],
      ['Consignee: Zhang Wei\nPort of discharge: Shanghai', ['Zhang Wei']],
      ['Attendees: Higa, Tanaka, Moore', ['Higa', 'Tanaka', 'Moore']],
      ['Present: Higa, Moore, Kumar', ['Higa', 'Moore', 'Kumar']],
      ['Attendees - Higa, Tanaka, Moore', ['Higa', 'Tanaka', 'Moore']],
      ['Attendees:\n- Mr. Higa (Sales)\n- Tanaka\n- Rajesh Kumar\n\nAgenda:\n- Budget', ['Higa', 'Tanaka', 'Rajesh Kumar']],
    ]);
  });

  it('reads a company in a signature and a word in a fixed phrase as no name', () => {
    expect(names('Best regards,\nKenji Sato\nSakura Realty')).toEqual(['Kenji Sato']);
    expectNoNames([
      'Thanks,\nHikari Logistics',
      'We will issue Amber alerts for delayed shipments.',
      'The dashboard turns to Amber status when stock is low.',
      'Our office is in Sri Lanka.',
      'Our offices are in Hong Kong, Kuala Lumpur and Ho Chi Minh City.',
      'We ship to Costa Rica and Puerto Rico.',
      'Visit Santa Cruz and San Jose.',
      'Members:\n- Design\n- Sales\n- Tokyo',
      'Agenda:\n- Budget\n- Hiring',
      'Add the Love Song to the playlist.',
    ]);
  });
});
