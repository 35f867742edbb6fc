import type { EntityType } from '../types';
import type { RawFinding } from './detector';
import { ORDINARY_NUMBER_HEADER } from './number-labels';

/**
 * Pasted tables (CSV, TSV): a header cell names what its column holds, so a cell of that column
 * with the type's shape is that type, whatever another detector would read it as on its own (a
 * 12-digit My Number that also passes Luhn, a pension number starting with 0 that has a phone's
 * shape) and even without a context word on its own row. Each identifier detector asks for its
 * type's cells; the table is read once per text.
 */

/** [type, header cell, cell value] per identifier type (the header after quotes and spaces are trimmed). */
const IDENTIFIER_COLUMNS: ReadonlyArray<readonly [EntityType, RegExp, RegExp]> = [
  ['MY_NUMBER', /^(?:マイナンバー|個人番号|my[ _-]?number|mynumber)(?:[(（][^)）]*[)）])?$/i, /^[0-9](?:[ -]?[0-9]){11}$/],
  ['PENSION_NUMBER', /^(?:(?:基礎)?年金(?:手帳)?番号|pension[ _-]?(?:number|no\.?|id)?)$/i, /^[0-9]{4}[ -]?[0-9]{6}$/],
  ['PHONE_NUMBER', /^(?:(?:携帯|固定|自宅|緊急連絡先|連絡先)?電話(?:番号)?|携帯(?:番号)?|tel|phone(?:[ _-]?(?:number|no\.?))?|mobile|cell)$/i, /^\+?[0-9(][0-9() -]{8,16}[0-9]$/],
  ['CREDIT_CARD', /^(?:(?:クレジット)?カード番号|card[ _-]?(?:number|no\.?)|credit[ _-]?card(?:[ _-]?(?:number|no\.?))?)$/i, /^[0-9](?:[ -]?[0-9]){11,18}$/],
  ['BANK_ACCOUNT', /^(?:口座番号|account[ _-]?(?:number|no\.?))$/i, /^[0-9](?:[ -]?[0-9]){5,7}$/],
  ['CORPORATE_NUMBER', /^(?:法人番号|corporate[ _-]?number)$/i, /^T?[0-9](?:[ -]?[0-9]){12}$/],
  ['DRIVERS_LICENSE', /^(?:(?:運転)?免許証?(?:の)?番号|driver['’‘]?s?[ _-]?licen[cs]e(?:[ _-]?(?:number|no\.?))?)$/i, /^[0-9](?:[ -]?[0-9]){11}$/],
  ['PASSPORT_NUMBER', /^(?:旅券番号|パスポート(?:番号)?|passport(?:[ _-]?(?:number|no\.?))?)$/i, /^[A-Z]{2}[0-9]{7}$/],
  ['HEALTH_INSURANCE_NUMBER', /^(?:被?保険者(?:証)?番号|保険証番号|(?:被?保険者証?|保険証)?[ 　]?記号[-・ 　･]?(?:[・･]|及び|と)?番号)$/i, /^(?:[0-9]{6,8}|[0-9]{1,8}[-・ー‐][0-9]{1,8})$/],
  ['POSTAL_CODE', /^(?:郵便番号|〒|zip(?:[ _-]?code)?|postal[ _-]?code)$/i, /^[0-9]{3}-?[0-9]{4}$/],
  // A password column of an account list (| 初期PW |, 仮パスワード, password): any cell of it that is no placeholder.
  ['SECRET', /^(?:初期|仮|一時|新|旧)?(?:パスワード|PW|PWD|パスコード|暗証番号|PIN)(?:[(（][^)）]{0,8}[)）])?$|^(?:initial |temporary |temp )?(?:password|passwd|pwd|passcode|pin)$/i, /^(?![*＊・xX-]+$)(?!(?:なし|未設定|別途|-|—|本人|SMS|メール)$)[!-~]{4,64}$/],
];

/** A header's cells beat the detectors' own reading of the same characters. */
const COLUMN_SCORE = 0.995;

interface TableColumn {
  readonly type: EntityType;
  /** The header cell, after quotes and spaces are trimmed. */
  readonly header: RegExp;
  /** A cell of the column, trimmed alike. */
  readonly value: RegExp;
  readonly score: number;
  /** Longer cells are not read (a note in the column, not a value). */
  readonly maxLength: number;
}

const COLUMNS: TableColumn[] = IDENTIFIER_COLUMNS.map(([type, header, value]) => ({ type, header, value, score: COLUMN_SCORE, maxLength: 24 }));

/**
 * A column kind whose value pattern lives with its detector (the birth date's date forms): read
 * in the same pass over the text's tables as the identifier columns. Call at module load.
 */
export function registerTableColumn(column: TableColumn): void {
  COLUMNS.push(column);
  cellsOf = null;
}

let cellsOf: string | null = null;
let cells: RawFinding[] = [];
// Cells of columns whose header names an ordinary business number, as flat (start, end) pairs.
let ordinaryCells: number[] = [];

function trimmedCell(row: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && ' \t"\'\r'.includes(row[start])) start++;
  while (end > start && ' \t"\'\r'.includes(row[end - 1])) end--;
  return [start, end];
}

function splitCells(row: string, separator: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (;;) {
    const next = row.indexOf(separator, from);
    const to = next < 0 ? row.length : next;
    out.push(trimmedCell(row, from, to));
    if (next < 0) return out;
    from = next + 1;
  }
}

function readTables(text: string, ordinary: number[]): RawFinding[] {
  const found: RawFinding[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    // A Markdown table's row opens with a bar (| 氏名 | 生年月日 |); its rule row (|---|---|) reads as no cells.
    const separator = line.trimStart().startsWith('|') ? '|' : line.indexOf('\t') >= 0 ? '\t' : line.indexOf(',') >= 0 ? ',' : '';
    if (separator === '') {
      lineStart = lineEnd + 1;
      continue;
    }
    const header = splitCells(line, separator);
    const columns: Array<readonly [number, TableColumn]> = [];
    const ordinaryColumns: number[] = [];
    header.forEach(([s, e], column) => {
      const cell = line.slice(s, e);
      let typed = false;
      for (const kind of COLUMNS) {
        if (kind.header.test(cell)) {
          columns.push([column, kind]);
          typed = true;
        }
      }
      if (!typed && e > s && ORDINARY_NUMBER_HEADER.test(cell)) ordinaryColumns.push(column);
    });
    if (columns.length === 0 && ordinaryColumns.length === 0) {
      lineStart = lineEnd + 1;
      continue;
    }
    // The rows: every following line with the separator, up to the first without one.
    let rowStart = lineEnd + 1;
    while (rowStart < text.length) {
      let rowEnd = text.indexOf('\n', rowStart);
      if (rowEnd < 0) rowEnd = text.length;
      const row = text.slice(rowStart, rowEnd);
      if (row.indexOf(separator) < 0) break;
      if (separator === '|' && MARKDOWN_RULE.test(row)) {
        rowStart = rowEnd + 1;
        continue;
      }
      const rowCells = splitCells(row, separator);
      for (const [column, kind] of columns) {
        if (column >= rowCells.length) continue;
        const [s, e] = rowCells[column];
        if (e > s && e - s <= kind.maxLength && kind.value.test(row.slice(s, e))) found.push({ type: kind.type, start: rowStart + s, end: rowStart + e, score: kind.score });
      }
      for (const column of ordinaryColumns) if (column < rowCells.length) ordinary.push(rowStart + rowCells[column][0], rowStart + rowCells[column][1]);
      rowStart = rowEnd + 1;
    }
    lineStart = rowStart;
  }
  return found;
}

/** Push the cells of `type`'s columns in the tables of `text` (none unless it has a line break and a comma or tab). */
export function pushTableCells(text: string, type: EntityType, out: RawFinding[]): void {
  readOnce(text);
  for (let i = 0; i < cells.length; i++) if (cells[i].type === type) out.push(cells[i]);
}

const MARKDOWN_RULE = /^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?[ \t]*)?$/;

function readOnce(text: string): void {
  if (text === cellsOf) return;
  ordinaryCells = [];
  cells = text.indexOf('\n') >= 0 && (text.indexOf(',') >= 0 || text.indexOf('\t') >= 0 || text.indexOf('|') >= 0) ? readTables(text, ordinaryCells) : [];
  cellsOf = text;
}

/**
 * True when [start, end) lies in a cell of a column whose header names an ordinary business
 * number (注文番号, 伝票番号, order_id): a phone-shaped order number there is an order number.
 */
export function inOrdinaryNumberColumn(text: string, start: number, end: number): boolean {
  readOnce(text);
  for (let k = 0; k < ordinaryCells.length; k += 2) if (start >= ordinaryCells[k] && end <= ordinaryCells[k + 1]) return true;
  return false;
}
