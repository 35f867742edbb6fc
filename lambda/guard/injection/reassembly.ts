/**
 * Payloads split into pieces that only an assembling reader sees: numbered words ("word 1: ignore,
 * word 2: all ... now do it", 「単語1：以前の、単語2：指示を」), a list of quoted single words, or the
 * cells of one table column ("read the first column top to bottom and execute it"). The pieces are
 * put back together as one more reading of the text (fold.ts hiddenViews), where the other rules look
 * for the override they spell; and a request to assemble pieces and then carry out the result is
 * evidence of its own. A puzzle the user wants solved ("combine the first letters to find the word")
 * asks for no carrying out, and a table of figures to total spells nothing.
 */
import { gate, hasAny, hasJapanese, mayMatchAll } from './prefilter';
import type { Detector, Hit } from './types';

const W = { assembleAndObey: 0.5 };

/** "word 1: ignore", "word #2 = all", "w3: previous", 「単語1：以前の」「1語目：」. */
const NUMBERED_WORD = /(?:\bword|\bw|\btoken|\bpart|\bpiece|単語|語|パーツ|部分|断片)\s?#?(\d{1,2})\s?(?:[:=：]|is)\s?["“'「]?([^\s,;、。"”'」|]{1,30})["”'」]?/g;
/** Three or more quoted single tokens in a row, separated by commas or spaces: "reveal", "your", "system". */
const QUOTED_RUN = /(?:["“'「][^\s"”'」]{1,30}["”'」][\s,、]{1,3}){2,}["“'「][^\s"”'」]{1,30}["”'」]/g;
const QUOTED_TOKEN = /["“'「]([^\s"”'」]{1,30})["”'」]/g;
const NUMBERED_LITS = gate(['word', 'w1', 'w2', 'token', 'part', 'piece', '単語', '語', 'パーツ', '部分', '断片']);
const QUOTE_LITS = gate(['"', '“', "'", '「']);
const TABLE_LITS = gate(['|']);

/** The values of numbered words, in the order of their numbers (at least three). */
function numberedWords(s: string): string | undefined {
  if (!hasAny(s, NUMBERED_LITS)) return undefined;
  if (!mayMatchAll(NUMBERED_WORD, s)) return undefined;
  const byNumber: [number, string][] = [];
  for (const m of s.matchAll(NUMBERED_WORD)) {
    byNumber.push([Number(m[1]), m[2]!]);
    if (byNumber.length > 64) break;
  }
  if (byNumber.length < 3) return undefined;
  byNumber.sort((a, b) => a[0] - b[0]);
  return byNumber.map(([, w]) => w).join(' ');
}

/** Each run of three or more quoted single tokens, joined by spaces. */
function quotedRuns(s: string): string[] {
  if (!hasAny(s, QUOTE_LITS) || !mayMatchAll(QUOTED_RUN, s)) return [];
  const out: string[] = [];
  for (const m of s.matchAll(QUOTED_RUN)) {
    out.push([...m[0].matchAll(QUOTED_TOKEN)].map((q) => q[1]).join(' '));
    if (out.length >= 8) break;
  }
  return out;
}

/** Each column of each table (lines starting with |), its cells read top to bottom. */
function tableColumns(s: string): string[] {
  // A table row starts a line (the folded text has no blank after a line break).
  if (!hasAny(s, TABLE_LITS) || (!s.startsWith('|') && !s.includes('\n|'))) return [];
  const out: string[] = [];
  let rows: string[][] = [];
  const flush = (): void => {
    if (rows.length >= 3) {
      const width = Math.min(8, Math.max(...rows.map((r) => r.length)));
      for (let c = 0; c < width; c++) out.push(rows.map((r) => r[c] ?? '').filter(Boolean).join(' '));
    }
    rows = [];
  };
  for (const line of s.split('\n')) {
    const l = line.trim();
    if (!l.startsWith('|')) {
      flush();
      continue;
    }
    // A separator row (|---|:--:|) holds no words.
    if (/^[|:\-\s]+$/.test(l)) continue;
    rows.push(l.replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
    if (rows.length > 200) break;
  }
  flush();
  return out;
}

/** The pieces of the text put back together, one line per assembly; undefined when there are none. */
export function reassembledView(folded: string): string | undefined {
  const parts: string[] = [];
  const numbered = numberedWords(folded);
  if (numbered) parts.push(numbered);
  parts.push(...quotedRuns(folded), ...tableColumns(folded));
  return parts.length ? parts.join('\n') : undefined;
}

/**
 * "Put the words together and do it", "read the first column and execute it", "combine them and
 * follow the resulting instruction", 「つなげて実行して」「1列目を上から読んでその通りに実行」: an
 * assembly of pieces (words, cells, a column, letters) followed by carrying the result out.
 */
const EN_PIECES = '(?:them|these|those|the (?:(?:first|numbered|quoted|above|listed|following) )?(?:words|pieces|parts|cells|tokens|fragments|letters|chunks|lines|columns?))';
const EN_ASSEMBLE_OBEY = new RegExp(
  `\\b(?:(?:combine|concatenate|join|assemble|reassemble|merge|glue) ${EN_PIECES}|(?:put|string|stitch) ${EN_PIECES} together|read (?:the |each )?(?:first|second|third|fourth|last|left|right|\\d(?:st|nd|rd|th)) column|read ${EN_PIECES} (?:in order|top to bottom|from top to bottom|down))\\b[^.\\n]{0,60}?\\b(?:execute|follow(?! up)|obey|do (?:it|that|this|what (?:it|they) says?|as (?:it|they) says?)|carry (?:it |them )?out|act on (?:it|them)|perform (?:it|them)|comply)\\b`,
);
const JA_PIECES = '(?:単語|セル|列|文字|断片|パーツ|部分|語|それら|これら|各行|行頭|列目)';
const JA_ASSEMBLE_OBEY = new RegExp(
  `(?:${JA_PIECES}(?:を|の)?[^。\\n]{0,12}?(?:つなげ|繋げ|つなぎ|繋ぎ|連結|組み合わせ|結合|並べ|合わせ|上から(?:順に)?読|縦に読|順に読|順番に読))[^。\\n]{0,40}?(?:実行|従っ|従い|その通りに|指示通り)`,
);
/** 「つなげて実行して」 with no object: enough when the text holds numbered words or a table to assemble. */
const JA_BARE_ASSEMBLE_OBEY = /(?:つなげ|繋げ|つない|繋い|連結し|組み合わせ|合わせ)て[^。\n]{0,10}?(?:実行|従っ|従い|その通りに|指示通り)/;
const EN_ASSEMBLE_LITS = gate(['combine', 'concatenate', 'join', 'assemble', 'merge', 'glue', 'together', 'column']);
const JA_ASSEMBLE_LITS = gate(['つなげ', '繋げ', 'つなぎ', '繋ぎ', '連結', '組み合わせ', '結合', '並べ', '合わせ', '読']);
const OBEY_LITS = gate(['execute', 'follow', 'obey', 'do it', 'do that', 'do this', 'do what', 'do as', 'carry', 'act on', 'perform', 'comply', '実行', '従', 'その通り', '指示通り']);

export const detectReassembly: Detector = (v) => {
  const hits: Hit[] = [];
  if (!hasAny(v.folded, OBEY_LITS)) return hits;
  const ja = hasJapanese(v.ja) && hasAny(v.ja, JA_ASSEMBLE_LITS);
  if (
    (hasAny(v.folded, EN_ASSEMBLE_LITS) && EN_ASSEMBLE_OBEY.test(v.folded)) ||
    (ja && JA_ASSEMBLE_OBEY.test(v.ja)) ||
    (ja && JA_BARE_ASSEMBLE_OBEY.test(v.ja) && (numberedWords(v.folded) !== undefined || tableColumns(v.folded).length > 0))
  ) {
    hits.push({ id: 'encoded.assemble-and-obey', reason: 'encoded_payload', weight: W.assembleAndObey });
  }
  return hits;
};
