/**
 * Old and variant kanji that Japanese names keep, each followed by the form the name lexicon
 * (IPADIC) writes: pairs of characters, old form first. Two sources:
 * - the traditional forms (旧字体) given in parentheses in the Jōyō kanji table (常用漢字表,
 *   Cabinet notice of 2010) for characters that occur in names, and
 * - the variants common in family registers and business cards (髙, 﨑, 邉, 槇, 嶋 ...) that the
 *   table does not list.
 * Only characters of the Basic Multilingual Plane; compatibility ideographs that NFKC already
 * folds (U+F900-U+FAFF except the twelve unified ones) are left to normalization.
 */
export const JA_NAME_VARIANT_PAIRS =
  // Jōyō kanji table, traditional forms.
  '亞亜惡悪壓圧圍囲爲為醫医壹壱稻稲飮飲隱隠營営榮栄衞衛驛駅圓円鹽塩緣縁艷艶應応歐欧毆殴櫻桜奧奥橫横溫温價価假仮會会繪絵擴拡覺覚學学嶽岳樂楽渴渇卷巻陷陥寬寛關関歡歓觀観氣気歸帰僞偽戲戯犧犠舊旧據拠擧挙峽峡狹狭曉暁區区驅駆勳勲徑径惠恵溪渓經経繼継莖茎螢蛍輕軽鷄鶏藝芸缺欠儉倹劍剣圈圏檢検權権獻献縣県險険顯顕驗験嚴厳效効廣広恆恒鑛鉱號号國国黑黒濟済碎砕齋斎劑剤雜雑參参慘惨棧桟蠶蚕贊賛殘残絲糸齒歯兒児辭辞濕湿實実舍舎寫写釋釈壽寿收収從従澁渋獸獣縱縦肅粛處処緖緒敍叙將将燒焼稱称證証乘乗剩剰壤壌孃嬢條条淨浄疊畳讓譲釀醸觸触寢寝愼慎眞真盡尽圖図粹粋醉酔隨随髓髄數数樞枢聲声靜静齊斉攝摂專専戰戦淺浅潛潜纖繊踐践錢銭禪禅雙双壯壮搜捜插挿爭争總総聰聡莊荘裝装騷騒藏蔵臟臓屬属續続墮堕體体對対帶帯滯滞臺台瀧滝擇択澤沢單単擔担膽胆團団彈弾斷断遲遅晝昼蟲虫鑄鋳廳庁聽聴鎭鎮遞逓鐵鉄轉転點点傳伝黨党盜盗燈灯當当鬭闘獨独讀読屆届繩縄貳弐惱悩腦脳廢廃拜拝賣売麥麦發発髮髪拔抜蠻蛮祕秘濱浜甁瓶拂払佛仏竝並變変邊辺辨弁瓣弁辯弁舖舗步歩穗穂寶宝豐豊沒没飜翻每毎萬万滿満默黙彌弥譯訳藥薬與与豫予餘余譽誉搖揺樣様謠謡來来賴頼亂乱覽覧龍竜兩両獵猟綠緑壘塁淚涙勵励禮礼靈霊齡齢戀恋爐炉勞労樓楼錄録灣湾黃黄靑青淸清曾曽增増龜亀卽即德徳瀨瀬' +
  // Variants of names outside the table.
  '髙高﨑崎嵜崎邉辺濵浜檜桧冨富槗橋栁柳槇槙嶋島嶌島峯峰舘館邨村埜野渕淵曻昇鷗鴎';
