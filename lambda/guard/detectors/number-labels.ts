/**
 * Labels of ordinary business numbers (order, tracking, invoice, serial, part, reservation,
 * ticket numbers ...). A number right after such a label is that number, so the detectors that
 * accept a number without its own context word (a check digit that happens to pass, a phone
 * shape, a bare pension or account shape) leave it alone.
 */
const LABEL = String.raw`(?:(?:ご|お)?(?:注文|受注|発注|管理|受付|伝票|追跡|送り状|お問い合わせ伝票|問い合わせ|問合せ|部品|製造|製品|商品|シリアル|予約|チケット|請求書?|見積書?|案件|整理|ロット|品|型|資産|会員|社員|従業員|職員|顧客|(?:保険)?証券|保険契約|取引|契約|申込|申請|手配|出荷|配送|荷物|在庫|物件|車両|機器|端末|ライセンス|認証|承認|処理|照合|照会|発行|登録ID|バッチ|ジョブ|ケース|インシデント|問題|課題|伝票|商品コード)(?:番号|No\.?|ID|コード)|(?:ライセンス|プロダクト|シリアル|製品|アクティベーション)キー|(?:製品)?シリアル|(?:会議|ミーティング|ウェビナー)(?:ID|番号)|(?<![A-Za-z])(?:ID|No\.?)|(?:伝票|送り状|追跡)(?=[ \t]*[:：])|waybill|AWB|品番|型番|型式|製番|図番|図面番号|S\/N|(?<![A-Za-z])SN(?![A-Za-z])|JAN(?:コード)?|EAN(?:-?13)?|GTIN|UPC|バーコード|ISBN|ASIN|SKU|ロット|(?:order|tracking|invoice|serial|ticket|reference|ref|case|part|item|product|reservation|booking|confirmation|incident|request|job|batch|model|sku)(?:[ _-]?(?:no\.?|number|num|id|#))?|(?:license|product|serial|activation) key|(?:meeting|conference|webinar)[ _-]?(?:id|number|no\.?))[ \t]*(?:[:：#=は]|No\.?)?[ \t]*[#＃]?[ \t]*`;
const LABEL_BEFORE = new RegExp(`${LABEL}$`, 'i');
/** A table header cell naming an ordinary business number (注文番号, 商品コード, order_id). */
export const ORDINARY_NUMBER_HEADER = new RegExp(`^${LABEL}$`, 'i');
// The second and later numbers of a list after one label: 部品番号 6182390382 と 0721963669.
const LISTED_AFTER_LABEL = new RegExp(`${LABEL}[0-9A-Za-z][0-9A-Za-z-]{2,24}(?:[ \t]*(?:と|、|,|，|/|及び|および|and|or|&)[ \t]*[0-9A-Za-z][0-9A-Za-z-]{2,24})*[ \t]*(?:と|、|,|，|/|及び|および|and|or|&)[ \t]*$`, 'i');

/** True when an ordinary-number label ends right before `start` (only separators between). */
export function afterOrdinaryNumberLabel(text: string, start: number): boolean {
  return ordinaryNumberLabelStart(text, start) >= 0;
}

/**
 * Where the ordinary-number label that ends right before `start` begins (for a list after one
 * label, where that label begins), or -1 when there is none.
 */
export function ordinaryNumberLabelStart(text: string, start: number): number {
  const from = Math.max(0, start - 24);
  const m = LABEL_BEFORE.exec(text.slice(from, start));
  if (m !== null) return from + m.index;
  // A list joiner right before the number: it may be the next entry after a labelled one.
  const c = text.charCodeAt(start - 1);
  if (!(c === 0x3068 || c === 0x3001 || c === 44 || c === 47 || c === 32 || c === 0xff0c)) return -1;
  const listFrom = Math.max(0, start - 80);
  const listed = LISTED_AFTER_LABEL.exec(text.slice(listFrom, start));
  return listed === null ? -1 : listFrom + listed.index;
}

/** Words of parcel delivery: a 12- or 13-digit number near them is a tracking number. */
export const LOGISTICS_WORDS = /追跡|配達|荷物|発送|出荷|送り状|伝票|宅急便|宅配便|ゆうパック|ヤマト|佐川|日本郵便|西濃|福山通運|tracking|shipment|parcel/i;
