import { expectNames, expectNoNames, found, types } from '../../support/detected';

// Families from blind sets of HR, sales-support and IT-operations text: who wrote a log line or a
// signature, who handles a table's row, and the words, numbers and placeholders of clean text that
// only look like personal data.

describe('speakers of logs, chats and tickets', () => {
  it('reads a bracketed author after a date and time, a name in brackets after a role, a firm and a name, and a chat copy', () => {
    expectNames([
      ['2025/04/27 10:12 [東] 五十嵐様より入電。\n2025/04/27 15:05 [池田] 再架電、五十嵐様と通話。', ['東', '五十嵐', '池田', '五十嵐']],
      ['コメント(石田)：配送会社に調査依頼済み。', ['石田']],
      ['[14:35] サポート(千葉): ご不便をおかけしております\n[14:53] サポート(千葉): 確認できました。', ['千葉', '千葉']],
      ['お客様: 14時から15時に変更できますか？\nグリーンホーム 関: 承知しました！15時で押さえます', ['関']],
      ['#crm-dev\n関 10:42 @北 スクリプトの件、\n北 10:45 うわ、すみません！\n関 10:46 お願いします。', ['関', '北', '北', '関']],
      ['遅延しています\nRODRIGUEZ ANA  10:05\n了解です、気をつけて', ['RODRIGUEZ ANA']],
    ]);
  });

  it('leaves headings and tags in brackets, places before a colon and a line that only starts with a time alone', () => {
    expectNoNames(['【周知】年末年始の休業に関するご案内', '【川越】おすすめスポット\n川越観光の定番', '大阪 天気: 晴れ\n東京 天気: 曇り', '品番(新型)：A-100', '東 10:00 集合', 'Daily Standup 10:00\n議題']);
  });
});

describe('signatures and staff columns', () => {
  it('reads the line above a signature contact line as the writer, and a staff column of a table', () => {
    expectNames([
      ['株式会社森田製作所 管理本部\n西村修\n直通：03-8648-4130', ['西村修']],
      ['管理本部\n林正義\nTEL 03-8648-4130', ['林正義']],
      ['| No | お客様名 | 内容 | 担当 |\n|---|---|---|---|\n| 1 | 東　涼太様 | 解約 | 田中 |\n| 2 | 森様 | 口座振替 | 北 |', ['東　涼太', '田中', '森', '北']],
      ['予約ID\t物件\t日時\t担当\nR-0428-01\tコーポ石川\t4/28 14:15\t長野', ['長野']],
    ]);
  });

  it('leaves an office above a contact line and the teams of a staff column alone', () => {
    expectNoNames(['お問い合わせ窓口\n東京本社\n電話：03-8648-4130', '営業部\n品質管理\n直通：03-8648-4130', '| タスク | 担当 | 期限 |\n|---|---|---|\n| 設計 | 営業部 | 5/1 |\n| 試験 | 全員 | 5/3 |']);
  });
});

describe('names next to words that look like honorifics, places and kin', () => {
  it('keeps a person at a firm, a name before さんまで, and a one-kanji given name before 様', () => {
    expectNames([
      ['1. 南海フーズ株式会社 高橋様（購買部）', ['高橋']],
      ['平和産業株式会社 林 正義様 … 決裁者紹介の打診', ['林 正義']],
      ['申込は林さんまで。締切は来週月曜。', ['林']],
      ['詳細は田中さんまでご連絡ください', ['田中']],
      ['田中一様', ['田中一']],
    ]);
  });

  it('leaves a company, kin, words ending in 様, stations and routes, and repeated surnames used as places alone', () => {
    expectNoNames([
      '株式会社吉田屋様',
      '年末調整の扶養親族欄、次男さんのマイナンバーが未記入でした',
      '取引態様：代理／引渡し：5月下旬予定',
      '東急東横線「菊名」駅 徒歩12分',
      '羽田発伊丹行きのNH401便は、機材繰りのため遅れます',
    ]);
    expectNames([
      ['・長野部長と岡山課長が採用計画を確認。長野・岡山の両拠点で各2名増員予定。', ['長野', '岡山']],
      ['森さんが担当。研修会場（森の中の研修センター）の手配は森が行います。', ['森', '森']],
    ]);
  });
});

describe('words of technical text', () => {
  it('leaves English words, step names and katakana compounds alone', () => {
    expectNoNames(['仕様書の Max speed 欄は 33 km', 'Page 11 の図8に Max load（最大荷重）415k', '- name: Azure login\n  uses: azure/login@v2', 'スクラムマスターはスプリントレビューで報告する', '- マイグレーション: orders テーブル 7 件']);
    expectNames([
      ['担当の Max です', ['Max']],
      ['my name is Kowalczyk and I', ['Kowalczyk']],
      ['ヤマダタロウ: 了解です', ['ヤマダタロウ']],
    ]);
  });

  it('leaves loopback addresses, versions, request ids, placeholders, build steps and product codes unmasked', () => {
    for (const text of [
      'listen 0.0.0.0:8080, health 127.0.0.1',
      'PLC ファームウェア 2.10.4.8（推奨 2.12.0.4）',
      '"request_id":"e2c31361-ac85-4aad-8115-790fe755dd1d"',
      'SLACK_BOT_TOKEN=xoxb-xxxxxxxxxxxx\nCLIENT_SECRET=',
      'kubectl rollout restart（password はキャッシュ TTL 60 秒）',
      '#8 [build 3/5] RUN npm ci\n#8 DONE 10.7s',
      '・品番：KX-6529408（入館カードケース）\n・JANコード：4979875433519',
      'SN-2024-000731〜000760 を交換',
    ]) {
      expect({ text, found: types(text) }).toEqual({ text, found: [] });
    }
  });

  it('still masks hosts, tokens, passwords in quotes and IBANs', () => {
    expect(found('サーバーのIPアドレスは127.105.76.165です。', 'IP_ADDRESS')).toEqual(['127.105.76.165']);
    expect(found('SLACK_BOT_TOKEN=xoxb-1234567890-abcdefghij', 'SECRET')).toEqual(['xoxb-1234567890-abcdefghij']);
    expect(found('初期パスワードは「コスモス」です。', 'SECRET')).toEqual(['コスモス']);
    expect(found('IBAN DE89-3704-0044-0532-0130-00', 'IBAN')).toEqual(['DE89-3704-0044-0532-0130-00']);
  });
});

describe('identifiers in lists, tables and labelled fields', () => {
  it('reads a number split by one tilde and other dashes after its label', () => {
    expect(found('法人番号：4～2684−1867－7326', 'CORPORATE_NUMBER')).toEqual(['4～2684−1867－7326']);
    expect(found('カード番号 3575～9520−3713−7941', 'CREDIT_CARD')).toEqual(['3575～9520−3713−7941']);
  });

  it('reads the birth date and insurance columns of a Markdown table', () => {
    const text = '| 氏名 | 生年月日 | 保険証 記号-番号 | 受診日 |\n|---|---|---|---|\n| レ・ティ・マイ | 1981/10/16 | 52166703-68 | 9/11 |';
    expect(found(text, 'DATE_OF_BIRTH')).toEqual(['1981/10/16']);
    expect(found(text, 'HEALTH_INSURANCE_NUMBER')).toEqual(['52166703-68']);
  });

  it('reads birthdays after names in a birthday list, and no dates after names elsewhere', () => {
    expect(found('8月誕生日ギフト対象者\n・石井さん（8月13日）\n・大塚 陽菜さん（8/8）', 'DATE_OF_BIRTH')).toEqual(['8月13日', '8/8']);
    expect(found('面談予定\n・石井さん（8月13日）\n・大塚さん（8/8）', 'DATE_OF_BIRTH')).toEqual([]);
  });

  it('reads a number right after 被保険者番号 as the insurance number, not a phone', () => {
    expect(types('健康保険証（被保険者番号 02859805-12）は7月24日まで')).toEqual(['HEALTH_INSURANCE_NUMBER:02859805-12']);
  });

  it('reads a passport name after Name (as in passport):', () => {
    expectNames([['Name (as in passport): ZHANG WEIMING\n氏名（カタカナ）: チョウ', ['ZHANG WEIMING', 'チョウ']]]);
  });
});

describe('labels, self-introductions and rotas', () => {
  it('reads names of one kanji each and a surname with a given name after a name label', () => {
    expectNames([
      ['氏名: 王 偉\n住所: 東京都', ['王 偉']],
      ['来訪者: 王 偉（サプライヤー監査）', ['王 偉']],
      ['氏名: 東恵\n住所: 大阪府', ['東恵']],
      ['担当は王 偉様です', ['王 偉']],
      ['金型交換は金 志勲さんの班で対応します。', ['金 志勲']],
    ]);
    expectNoNames(['氏名：東京', '出席者：室長、課長、品質担当', '所 属：営業部', '林 商事さん']);
  });

  it('reads the writer of a self-introduction after a team word, but not a position or a topic', () => {
    expectNames([
      ['品証の林です。倉庫で雨漏りがありました。', ['林']],
      ['設備保全の原です。2号機停止の原因は金型です。', ['原']],
      ['お疲れ様です。インフラのヴェンカテシュです。', ['ヴェンカテシュ']],
    ]);
    expectNoNames(['工場の前です。', '今日のテーマです。', '本日の議題です。', '駅の北です。']);
  });

  it('reads who holds a role or a rota slot, and a chat copy in katakana', () => {
    expectNames([
      ['• Primary: サラ・ジョンソン  080-7080-4276', ['サラ・ジョンソン']],
      ['発見者: マリア・サントス（検査課）', ['マリア・サントス']],
      ['明日は原班長が休暇のため上田が代行します。', ['原', '上田']],
      ['#ops-infra\nプリヤ・パテル  04:04\n基盤チームの確認', ['プリヤ・パテル']],
    ]);
    expectNoNames(['発見者：品質保証課', '責任者: 未定', 'スタンドアップ・ミーティング 10:00\n議題']);
  });
});

describe('credentials and passports in code and CI logs', () => {
  it('reads camelCase and PascalCase keys and aws configure set', () => {
    expect(found('"ClientSecret": "KNv8Q~_Ht8SeyJSWjPvNow0s1im7ye6XcLBXLmwz"', 'SECRET')).toEqual(['KNv8Q~_Ht8SeyJSWjPvNow0s1im7ye6XcLBXLmwz']);
    expect(found('"dbPassword": "Tk7#pq2Lm"', 'SECRET')).toEqual(['Tk7#pq2Lm']);
    expect(found('+ aws configure set aws_secret_access_key rBit7hi3SsxVXJ4lmiVxdoZWNRTxvBXOMJzgOQpE', 'SECRET')).toEqual(['rBit7hi3SsxVXJ4lmiVxdoZWNRTxvBXOMJzgOQpE']);
    for (const text of ['Bypass: the gate', 'pgpassword is set', 'aws configure set region ap-northeast-1']) expect({ text, found: types(text) }).toEqual({ text, found: [] });
  });

  it('reads a passport number of one letter and seven digits after its label only', () => {
    expect(found('旅券番号: V1360384', 'PASSPORT_NUMBER')).toEqual(['V1360384']);
    expect(found('品番 V1360384 を出荷', 'PASSPORT_NUMBER')).toEqual([]);
  });
});

describe('property locations', () => {
  it('leaves a property located down to its 丁目 alone, but not a residence or a full location', () => {
    expect(types('物件名：レジデンス原\n所在地：大阪市福島区福島3丁目\n交通：福島駅 徒歩13分')).toEqual([]);
    expect(found('所在地：東京都千代田区丸の内1-1-1', 'ADDRESS')).toEqual(['東京都千代田区丸の内1-1-1']);
    expect(found('住所：大阪市福島区福島3丁目', 'ADDRESS')).toEqual(['大阪市福島区福島3丁目']);
  });
});

describe('log fields, English words in prose and katakana names of teams and events', () => {
  it('leaves a log field whose value names a password, and an English word before a Japanese verb', () => {
    for (const text of ['ip=10.0.0.5 reason=BAD_PASSWORD count=4', 'トークンは Revoke 済み、次からは環境変数で渡します']) {
      expect({ text, found: types(text).filter((t) => t.startsWith('SECRET')) }).toEqual({ text, found: [] });
    }
    expect(found('パスワードは sakura です', 'SECRET')).toEqual(['sakura']);
    expect(found('DB_PASSWORD Tk7mq270x', 'SECRET')).toEqual(['Tk7mq270x']);
  });

  it('leaves katakana glued after a kanji word alone, but not after a surname or a word for a person', () => {
    expectNoNames(['9月3日の試合で、高原スターズが西海マリナーズに勝った', '長野県は子育て応援フェスタを駅前で開催します']);
    expectNames([
      ['土屋アンナが出演', ['土屋アンナ']],
      ['ブレーメン商人ヒルデによって発明された', ['ヒルデ']],
    ]);
  });
});

describe('answers on a call and labels glued to an address', () => {
  it('reads a birth date answered in a later turn among other details, not an event date or one asked for nothing', () => {
    const call = 'オペレーター：ご本人確認のため、お名前と生年月日をお伺いします。\nお客様：山田です。電話は090-5895-7893、昭和62年2月9日です。';
    expect(found(call, 'DATE_OF_BIRTH')).toEqual(['昭和62年2月9日']);
    expect(found('オペレーター：生年月日をお願いします。\nお客様：1951年7月5日です。入社日：2003年4月1日', 'DATE_OF_BIRTH')).toEqual(['1951年7月5日']);
    expect(found('生年月日（例：1990/01/01）の形式で入力\n登録日 2003/04/01', 'DATE_OF_BIRTH')).toEqual([]);
  });

  it('reads an IPv6 address after a label glued with a full-width colon', () => {
    expect(found('検知IP：2400:4050:a9ef:6760:246a:7e12:a7a5:1e49（SG）', 'IP_ADDRESS')).toEqual(['2400:4050:a9ef:6760:246a:7e12:a7a5:1e49']);
    expect(found('MAC 00:1A:2B:3C:4D:5E, time 10:30:45', 'IP_ADDRESS')).toEqual([]);
  });

  it('reads a surname and a kana given name one space apart before です or an honorific', () => {
    expectNames([
      ['お客様：中島　かおりです。昭和51年生まれです。', ['中島　かおり']],
      ['中島 カオリ様', ['中島 カオリ']],
    ]);
    expectNoNames(['品川 サービスセンター', '東京 タワー']);
  });

  it('ends an address before the next field after 、', () => {
    expect(types('住所：東京都港区芝5-1-2、電話番号は03-1234-5678')).toEqual(['ADDRESS:東京都港区芝5-1-2', 'PHONE_NUMBER:03-1234-5678']);
  });
});

describe('chat exports, receipts, firms and English headings', () => {
  it('reads the senders of an exported LINE talk, not the cells of a schedule', () => {
    expectNames([['[LINE] 保護者グループ\n2025/05/10(土)\n07:02\tLiu Yang\tおはようございます。\n07:05\tいちかわ なおこ\t了解です！\n07:11\t崔 承勲\t配車の件、変更あれば連絡ください', ['Liu Yang', 'いちかわ なおこ', '崔 承勲']]]);
    expectNoNames(['09:00\t朝礼\t全員\n10:00\t定例会議\t第1会議室']);
  });

  it('leaves receipts, form fields, counts of people, firms, diseases and programme items alone', () => {
    expectNoNames([
      '領　収　書\n上様\n¥73,000-',
      '金額：4,200万円\n期間：3年\n金利：固定 年0.47%',
      'クーポンはお一人様1回限りです',
      '取引先一覧（青果・精肉）\n・鈴木青果（野菜全般、週5回）',
      '- アンダーソン・毛利・友常法律事務所：会計監査',
      'テーマ：ハンチントン病・橋本病の最新治療と看護',
      'スケジュール: Welcome Talk (10:00), Campus Tour (10:30), Club Showcase (13:00)',
      '配達状況：豊洲の6件目が不在です',
    ]);
    expectNames([
      ['山田・佐藤・鈴木の3名で対応', ['山田', '佐藤', '鈴木']],
      ['参加者: Krisztián Szöllösy, Maureen Thibault', ['Krisztián Szöllösy', 'Maureen Thibault']],
      ['橋本さんが担当', ['橋本']],
    ]);
    expect(types('Referee Meeting: 8:15 at Court A')).toEqual([]);
  });

  it('reads a new password or PIN announced with が…に変わりました and more passport formats', () => {
    expect(found('職員用Wi-Fiのパスワードが変わりました → hinata71Rk*\nSSIDはそのままです。', 'SECRET')).toEqual(['hinata71Rk*']);
    expect(found('麻薬金庫の暗証番号が本日から 341715 に変わりました。', 'SECRET')).toEqual(['341715']);
    expect(found('パスワードの桁数が12桁に変わりました', 'SECRET')).toEqual([]);
    expect(found('Passport No. P4444332C\nNationality PH', 'PASSPORT_NUMBER')).toEqual(['P4444332C']);
    expect(found('Passport No. GB227591\nNationality BR', 'PASSPORT_NUMBER')).toEqual(['GB227591']);
  });
});

describe('product codes in tables, dishes and facilities', () => {
  it('reads no check-digit identifier in a column its header names a product code, but does in a 法人番号 column', () => {
    expect(types('薬品名,YJコード,JANコード,ロット\nランソプラゾールOD錠15mg,2329023F2869,4983929025563,A46M349')).toEqual([]);
    expect(found('会社名,法人番号\nミライ物流,4983929025563', 'CORPORATE_NUMBER')).toEqual(['4983929025563']);
  });

  it('leaves dishes and scales named after people, and a facility with its 丁目 in brackets, alone', () => {
    expectNoNames(['Today Specials\n- Caesar Salad ¥1,070\n- Victoria Sponge kit', 'Please use the Morse Fall Scale for all new admissions']);
    expect(types('集合場所：中央公民館（本町2丁目）前の広場')).toEqual([]);
    expect(found('田中（東京都港区芝5丁目）', 'ADDRESS')).toEqual(['東京都港区芝5丁目']);
  });
});

describe('shift tables, quoted names, memo authors and English sign-offs', () => {
  it('reads the people of shift columns, lists in a cell included, and not a rota of words', () => {
    expectNames([['| 日付 | 早番 | 遅番 | 備考 |\n|---|---|---|---|\n| 1/4 | 関 | 小野、新井 |  |', ['関', '小野', '新井']]]);
    expectNoNames(['| 日付 | 当番 | 内容 |\n|---|---|---|\n| 1/4 | 全員 | 清掃 |\n| 1/5 | 未定 | 棚卸し |']);
  });

  it('reads a quoted name before an honorific, a kanji with its reading, a memo line from someone and an English sign-off', () => {
    expectNames([
      ['予約担当メモ：「轟」様は「とどろき」様とお読みします。', ['轟', 'とどろき']],
      ['19:30 5名 個室 金様（キム様） 080-4459-3027', ['金', 'キム']],
      ['・原より：関税書類は明日午前着予定', ['原']],
      ['Please call me back.\nThank you,\nラン', ['ラン']],
      ['お世話になります。先日お米を注文した安藤です。', ['安藤']],
    ]);
    expectNoNames(['Thanks,\nサポート', '注文した商品です。', 'ご案内した内容です。', '「会議室」様式']);
  });
});

describe('kin before a name, officials and chat handles', () => {
  it('reads a name glued after a kin word, a surname before an official title and a romaji handle in a chat', () => {
    expectNames([
      ['普通預金を、長女井上　あおい（昭和46年10月2日生）に相続させる', ['井上　あおい']],
      ['先月亡くなった父三浦 望の死亡保険金の請求について', ['三浦 望']],
      ['法人課税部門の南雲調査官より電話', ['南雲']],
      ['ひな：見つかったよ\nchihiro：口座番号わかる？', ['ひな', 'chihiro']],
    ]);
    expectNoNames(['note：明日まで\nmemo：確認です', 'token: 有効期限切れ']);
  });
});

describe('attendee lists with titles and readings in capitals', () => {
  it('reads every attendee of a list whose items carry titles, brackets or a kana given name', () => {
    expectNames([
      ['出席：中川 ひかり会長、島副会長、李（会計）、高橋、轟、長谷川教頭', ['中川 ひかり', '島', '李', '高橋', '轟', '長谷川']],
      ['氏名：李 秀英（LI XIUYING）', ['李 秀英', 'LI XIUYING']],
    ]);
    expectNoNames(['参加：営業部、総務部', 'ワーナー・ブラザース（WARNER BROS）', '対応：ロールバック済み。request_id=f']);
    expectNames([['担当：田中（HR DEPT）', ['田中']]]);
  });
});

describe('places joined as stops and forms filled with examples', () => {
  it('leaves cities joined to other places alone, but not people joined to a city or listed after a label', () => {
    expectNoNames(['北陸周遊プラン（金沢・能登）\n1日目：金沢駅', '秋田・角館 紅葉バスツアー', '| 羽田-那覇 | 普通 | 50,000円 |']);
    expectNames([
      ['今週の当番は宮崎・山崎・一戸です。', ['宮崎', '山崎', '一戸']],
      ['出席：長野・岡山', ['長野', '岡山']],
      ['長野さん・岡山さんが出席', ['長野', '岡山']],
    ]);
  });

  it('leaves zero-filled example numbers and ○○ addresses unmasked, but not a real number', () => {
    expect(types('【記入例】\n電話番号：000-0000-0000\nご住所：〒000-0000 ○○県○○市○○町1-2-3\n（例：09000000000）')).toEqual([]);
    expect(found('携帯：090-0000-0001', 'PHONE_NUMBER')).toEqual(['090-0000-0001']);
    expect(found('振込先：みずほ銀行 渋谷支店（普）6300000', 'BANK_ACCOUNT')).toEqual(['6300000']);
  });
});

describe('construction firms, service areas and long numbers in groups', () => {
  it('leaves a joint venture of 組 firms, a service area down to 丁目 and a long grouped number alone', () => {
    expect(types('西松建設・奥村組共同企業体の鉄塔No.27')).toEqual([]);
    expect(types('区域：本町1丁目〜5丁目の一部\n断水後は濁り水が出ることがあります')).toEqual([]);
    expect(types('供給地点特定番号：06 3389 4986 0820 0836 5225')).toEqual([]);
    expectNames([['奥村さんが担当', ['奥村']]]);
    expect(found('電話 06 3389 4986', 'PHONE_NUMBER')).toEqual(['06 3389 4986']);
  });
});

describe('rotas with numbers, family lines, business cards and crew tables', () => {
  it('reads who is on call beside a bracketed number, kin lines of a form, a card name spelling and a crew table', () => {
    expectNames([
      ['・月火：左右田（09093127619）\n・金土日：清水（090-6828-8891）', ['左右田', '清水']],
      ['本人：419321182780\n妻 保：1177-5355-9196\n夫 つばさ：354010776003', ['保', 'つばさ']],
      ['Call me at 080-1234-5678.\nBest regards,\nK. Yamaguchi\nProject Engineer', ['K. Yamaguchi']],
      ['主任\n砂川 誠\nSUNAGAWA Makoto\n〒291-0458 千葉県市原市', ['砂川 誠', 'SUNAGAWA Makoto']],
      ['| 班 | 職長 | 作業員 |\n|---|---|---|\n| A班 | 大林 | 蛭子大輔、サラ・オコナー |', ['大林', '蛭子大輔', 'サラ・オコナー']],
    ]);
    expectNoNames(['本社（03-1234-5678）', 'Thanks,\nIT Support', 'Thanks,\nInternal Communications', 'Best regards,\nMirai Logistics', '| 班 | 作業員 |\n|---|---|\n| A | クレーン、バックホウ |', '田中\nSales Team'.split('\n')[1]]);
  });
});

describe('様 glued to a surname, password columns and card holders', () => {
  it('reads a surname the lexicon also holds as a word before 様, a password column of an account table and a card holder', () => {
    expectNames([['件名：住所変更届\n\n人事部 安藤様\n\nお疲れ様です。', ['安藤']], ['Name on card: MIN ZHANG\n最終利用：9/8', ['MIN ZHANG']]]);
    expectNoNames(['神様にお祈りする', '仕様の変更', '皆様へのお知らせ']);
    const table = '| 氏名 | メール | 初期PW |\n|---|---|---|\n| 安藤 彩 | aya@example.com | River!2026? |\n| 北 湊 | kita@example.com | ******** |';
    expect(found(table, 'SECRET')).toEqual(['River!2026?']);
    expect(found('| 項目 | PIN |\n|---|---|\n| 金庫 | なし |', 'SECRET')).toEqual([]);
  });
});

describe('airline records', () => {
  it('reads a compact birth date after its cue and a passport of two letters and eight digits, not a flight date', () => {
    expect(found('生年月日: 06OCT13\n国籍: JPN', 'DATE_OF_BIRTH')).toEqual(['06OCT13']);
    expect(found('パスポート番号: EA74017256', 'PASSPORT_NUMBER')).toEqual(['EA74017256']);
    expect(found('便名 JL123 12OCT25 出発', 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('flight codes, plan tables and example forms', () => {
  it('leaves a city before an airport code, a plan table and an example form alone, but not a real form or a phone tree', () => {
    expectNoNames(['【遅延のお知らせ】BC760便（8/8(金) 羽田→FUK）', '10/24(金) MM263 羽田(HND) 06:05 → NRT', 'plan_code,name,min_stay,closed\nADV30,30日前早割,1,false\nNRF,返金不可,1,false', '【記入例】\nお名前：旅行 太郎（リョコウ タロウ）']);
    expectNames([
      ['お名前：山田 太郎\n電話：090-1234-5678', ['山田 太郎']],
      ['清水 → 熊谷 → 福田', ['清水', '熊谷', '福田']],
      ['ORG:株式会社サンプル\nN:佐藤;花子;;;', ['佐藤', '花子']],
      ['emp_code,name,dept\nE001,山田太郎,営業部', ['山田太郎']],
    ]);
  });
});

describe('venues in English', () => {
  it('leaves a lounge or a ballroom alone, but not a name before a suite number', () => {
    expectNoNames(['Drinks in the Harbor Lounge, dinner in the Grand Ballroom']);
    expectNames([['Mrs. Jennifer Alcaraz Suite 541', ['Jennifer Alcaraz']]]);
  });
});

describe('predicates only a person has', () => {
  it('reads a surname before は or が and a person-only predicate, not a department, an office or a prefecture', () => {
    expectNames([
      ['・松本は来月から育休のため、学年会計は山田さんに', ['松本', '山田']],
      ['内容：光回線のランプが赤点滅している。13:05頃 松本が訪問予定。', ['松本']],
    ]);
    expectNoNames(['・営業部は来月から在宅勤務', '・本社が訪問予定', '・長野が訪問予定', '・会議は来週から在宅勤務で']);
  });
});
