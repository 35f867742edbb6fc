import { hasContext } from './context-window';
import type { Detector } from './detector';
import { codeAt, digitRuns, execAtRuns } from './digit-sequence';

const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = new RegExp(`(?<![0-9.])${OCTET}(?:\\.${OCTET}){3}(?![0-9]|\\.[0-9])`, 'y');
// Digits spaced out, with spaces around the dots too: "1 9 2 . 1 6 8 . 1 . 1 0", "1  9  2  .  1  6  8"
// (two spaces, or a full-width space beside a half-width one). Each octet is at most three digits
// with at most two spaces between them, so the match cannot backtrack badly.
const SPACED_OCTET = '[0-9](?:[ \\t]{0,2}[0-9]){0,2}';
const SPACED_IPV4 = new RegExp(`(?<![0-9.]|[0-9][ \\t]{1,2}|\\.[ \\t]{1,3})${SPACED_OCTET}(?:[ \\t]{0,3}\\.[ \\t]{0,3}${SPACED_OCTET}){3}(?![ \\t]{0,3}[0-9]|[ \\t]{0,3}\\.[ \\t]{0,3}[0-9])`, 'y');
// IP words near a spaced-out match; without one it needs six digits or more (1 . 2 . 3 . 4 is a list).
const IP_CONTEXT = /ip|アドレス|address|host|ホスト|サーバ|server|接続|送信元|宛先|アクセス元|ログ|log|from|src|dst|ゲートウェイ|gateway|dns|サブネット|subnet|ルータ|router|vpn|ssh/i;
// Numbered sections, steps and figures (手順 1 . 2 . 3 . 4, セクション 3.1.2.4) and sizes or
// quantities after the numbers (1 0 . 5 . 3 . 2 cm) are no hosts.
const SECTION_BEFORE = /(?:章|節|項|条|セクション|section|sec\.?|手順|ステップ|step|図|表|fig\.?|table|規格|型番|品番|no\.?)\s?[:：]?\s?$/i;
const UNIT_AFTER = /^\s?(?:cm|mm|km|kg|g|m|ml|l|%|％|円|個|件|点|倍|秒|分|時間|日|週|ヶ月|か月|年|台|本|枚|人|名)(?![A-Za-z])/;

/** Each of the four octets of a spaced-out match is at most 255 and has no leading zero. */
function isValidSpacedIpv4(raw: string): boolean {
  const octets = raw.replace(/[ \t]/g, '').split('.');
  return octets.length === 4 && octets.every((o) => o.length > 0 && o.length <= 3 && Number(o) <= 255 && (o.length === 1 || o[0] !== '0'));
}

const PREFIX_LENGTH = /^\/([0-9]{1,2})(?![0-9])/;

/**
 * A network in CIDR notation whose host bits are all zero (10.0.0.0/16, 192.168.0.0/24): a range of
 * addresses in a network design, no one's host. A host written with its prefix (192.168.1.10/24) is one.
 */
function isNetworkBlock(text: string, address: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2f) return false;
  const m = PREFIX_LENGTH.exec(text.slice(end, end + 4));
  if (m === null || Number(m[1]) > 32) return false;
  const prefix = Number(m[1]);
  const value = address.split('.').reduce((v, o) => v * 256 + Number(o), 0);
  const hostBits = 32 - prefix;
  return hostBits > 0 && value % 2 ** hostBits === 0;
}

/** [0-9A-Fa-f:] */
function isIpv6Char(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** [0-9A-Za-z] */
function isAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
// "v1.2.3.4", "version 10.0.0.1" are version strings, not hosts.
// So are the four-part numbers of firmware, builds, releases and products (ファームウェア 2.0.1.15).
const VERSION_CONTEXT = /(?:version|ver\.?|v|バージョン|firmware|ファームウェア|ファーム|build|ビルド|release|リリース|patch|パッチ|update|アップデート|更新版|sdk|driver|ドライバ|ドライバー|rev\.?|revision|リビジョン|os|ios|android|windows|chrome|edge|firefox|office)\s?$/i;
// The words that name only versions may stand a colon or particle away (ファームウェアを 6.3.50.3 に,
// バージョン：10.2.0.15, 最新版は 6.3.50.3); update: 10.0.0.5 or Windows の … may still be a host.
const VERSION_WORD_BEFORE = /(?:version(?: number)?|ver\.?|バージョン(?:番号)?|firmware|ファームウェア|ファーム|fw|build|ビルド|rev\.?|revision|リビジョン|driver|ドライバー?|最新版|版)(?:\s?[:：=#]|\s?(?:を|は|が|の|に|も|で)|\s|\s?(?:番号|no\.?))*$/i;
// 6.3.50.3 版: a version number written before its word.
const VERSION_AFTER = /^\s?(?:版|バージョン)/;

/** A version word before the four numbers (a particle or colon between) or 版 right after. */
function isVersion(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return VERSION_CONTEXT.test(before) || VERSION_WORD_BEFORE.test(before) || VERSION_AFTER.test(text.slice(end, end + 6)) || afterVersion(text, start);
}

// A version word, then four numbers (ファームウェア 2.10.4.8（推奨 2.12.0.4）, version 1.2.3.4 → 1.2.4.0).
const VERSION_THEN_NUMBERS = /(?:version|ver\.?|バージョン|firmware|ファームウェア|ファーム|fw|build|ビルド|rev\.?|revision|リビジョン|driver|ドライバー?)[^\n]{0,12}?\d+\.\d+\.\d+\.\d+[^\n\d]{1,12}$/i;

/** Four numbers that follow a version's four numbers on the same line: the version it goes to. */
function afterVersion(text: string, start: number): boolean {
  const from = Math.max(0, start - 56);
  return VERSION_THEN_NUMBERS.test(text.slice(from, start));
}

/** The loopback, unspecified and broadcast addresses (127.0.0.1, 0.0.0.0, 255.255.255.255): no one's host (a 127.x.y.z other than 127.0.0.1 is kept: generated or mistyped, it may stand for a real one). */
function isNoHost(ip: string): boolean {
  return ip === '127.0.0.1' || ip === '0.0.0.0' || ip === '255.255.255.255';
}

/** A section number before (セクション 3.1.2.4) or a unit after (1 0 . 5 . 3 . 2 cm): four numbers that are no address. */
function isSectionOrQuantity(text: string, start: number, end: number): boolean {
  return SECTION_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || UNIT_AFTER.test(text.slice(end, end + 4));
}

/** Digits in a spaced-out match. */
function digitCount(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57) n++;
  return n;
}

/** Accept only well-formed IPv6: eight groups, or fewer with exactly one "::". */
export function isValidIpv6(candidate: string): boolean {
  const doubleColons = candidate.split('::').length - 1;
  if (doubleColons > 1) return false;
  const groups = candidate.split(':').filter((g) => g.length > 0);
  if (groups.length === 0 || groups.some((g) => g.length > 4)) return false;
  if (candidate.split(':').length < 3) return false;
  if (doubleColons === 0) return groups.length === 8 && !candidate.startsWith(':') && !candidate.endsWith(':');
  return groups.length <= 7 && groups.length >= 2;
}

// After an IP label, an address written with other separators than dots, and in kanji numerals
// (送信元IP: 61-196-137-229, client_ip="1 9 8 - 5 1 - …", (一九八・五一・一〇〇・八八) after a host's name).
const LABELLED_OCTET = '[0-9〇一二三四五六七八九](?:[ \\t]{0,2}[0-9〇一二三四五六七八九]){0,2}';
const LABELLED_IPV4 = new RegExp(
  `(?:(?<![A-Za-z])(?:IP|ip|Ip)(?:アドレス|[ _]?address|[ _]?addr)?|client_ip|src_ip|dst_ip|remote_addr|接続元|送信元|アクセス元|(?<=[a-z0-9]\\.[a-z]{2,6})[ \\t]*(?=\\())[ \\t]*[:：=]?[ \\t]*["'(（]?[ \\t]*(${LABELLED_OCTET}(?:[ \\t]{0,2}[-・][ \\t]{0,2}${LABELLED_OCTET}){3})(?![ \\t]{0,2}[-・.]?[ \\t]{0,2}[0-9〇一二三四五六七八九])`,
  'g',
);
const KANJI_DIGITS = '〇一二三四五六七八九';

function isValidLabelledIpv4(raw: string): boolean {
  const octets = raw.replace(/[ \t]/g, '').replace(/[〇一二三四五六七八九]/g, (c) => String(KANJI_DIGITS.indexOf(c))).split(/[-・]/);
  return octets.length === 4 && octets.every((o) => o.length > 0 && o.length <= 3 && Number(o) <= 255 && (o.length === 1 || o[0] !== '0'));
}

export const ipAddressDetector: Detector = {
  type: 'IP_ADDRESS',
  detect(text, _options, out) {
    if (text.indexOf('-') >= 0 || text.indexOf('・') >= 0) {
      LABELLED_IPV4.lastIndex = 0;
      for (let m = LABELLED_IPV4.exec(text); m !== null; m = LABELLED_IPV4.exec(text)) {
        if (!isValidLabelledIpv4(m[1])) continue;
        const start = m.index + m[0].length - m[1].length;
        out.push({ type: 'IP_ADDRESS', start, end: start + m[1].length, score: 0.85 });
      }
    }
    if (text.indexOf('.') >= 0) {
      // The first octet is a whole digit run of at most three digits followed by '.'.
      const runs = digitRuns(text);
      execAtRuns(IPV4, text, runs, (r) => runs.ends[r] - runs.starts[r] <= 3 && text[runs.ends[r]] === '.', (m) => {
        const end = m.index + m[0].length;
        if (isVersion(text, m.index, end) || isSectionOrQuantity(text, m.index, end) || isNetworkBlock(text, m[0], end) || isNoHost(m[0])) return;
        out.push({ type: 'IP_ADDRESS', start: m.index, end, score: 0.9 });
      });
      // Spaced out: a run of at most three digits followed by a space, or by a dot and a space, starts the match.
      execAtRuns(SPACED_IPV4, text, runs, (r) => runs.ends[r] - runs.starts[r] <= 3 && (codeAt(text, runs.ends[r]) === 32 || codeAt(text, runs.ends[r]) === 9 || codeAt(text, runs.ends[r]) === 46), (m) => {
        if ((m[0].indexOf(' ') < 0 && m[0].indexOf('\t') < 0) || !isValidSpacedIpv4(m[0])) return;
        const end = m.index + m[0].length;
        if (isVersion(text, m.index, end) || isSectionOrQuantity(text, m.index, end)) return;
        if (digitCount(m[0]) < 6 && !hasContext(text, m.index, end, IP_CONTEXT, 30, 12)) return;
        out.push({ type: 'IP_ADDRESS', start: m.index, end, score: 0.85 });
      });
    }
    // IPv6: expand around each ':' over hex digits and colons (a regex would start at every a-f letter).
    let next = 0;
    for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', Math.max(colon + 1, next))) {
      let start = colon;
      while (start > 0 && isIpv6Char(text.charCodeAt(start - 1))) start--;
      let end = colon + 1;
      while (end < text.length && isIpv6Char(text.charCodeAt(end))) end++;
      next = end;
      // A label's colon glued before the address (検知IP：2400:4050:…, IP:2001:db8::1) is no part of it.
      if (text.charCodeAt(start) === 58 && text.charCodeAt(start + 1) !== 58 && start > 0 && isAlphanumeric(text.charCodeAt(start - 1))) start++;
      // A valid address has at least two colons (isValidIpv6 would reject it anyway).
      const secondColon = text.indexOf(':', colon + 1);
      if (secondColon < 0 || secondColon >= end) continue;
      if (start > 0 && isAlphanumeric(text.charCodeAt(start - 1))) continue;
      if (end < text.length && isAlphanumeric(text.charCodeAt(end))) continue;
      if (!isValidIpv6(text.slice(start, end))) continue;
      const score = hasContext(text, start, end, /ip|address|アドレス|host/i) ? 0.95 : 0.85;
      out.push({ type: 'IP_ADDRESS', start, end, score });
    }
  },
};
