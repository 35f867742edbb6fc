import type { EvidenceReport } from '../build-report';
import { LABELS, LANGS } from '../i18n';
import { type Block, type Cell, reportDocument } from './document';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Inline styles only: no scripts, fonts or images, so the file renders offline and prints. */
const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1a1a1a; line-height: 1.5; }
nav { margin-bottom: 1rem; }
nav a { margin-right: 1rem; }
h1 { font-size: 1.6rem; border-bottom: 2px solid #333; padding-bottom: .3rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #999; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .85rem; }
th, td { border: 1px solid #bbb; padding: .25rem .4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; }
td.num { text-align: right; white-space: nowrap; }
.status { display: inline-block; padding: 0 .4rem; border-radius: .3rem; font-weight: 600; white-space: nowrap; border: 1px solid; }
.status-enforced { background: #e3f4e6; color: #0b5a1c; border-color: #0b5a1c; }
.status-partial { background: #fff4d6; color: #6b4a00; border-color: #6b4a00; }
.status-organizational { background: #e4ecfb; color: #1d3f7a; border-color: #1d3f7a; }
.status-gap { background: #fde4e4; color: #8a1010; border-color: #8a1010; }
section.lang + section.lang { margin-top: 3rem; border-top: 3px double #333; padding-top: 1rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  nav { display: none; }
  section.lang + section.lang { break-before: page; border-top: none; }
  h2, h3, h4 { break-after: avoid; }
  tr { break-inside: avoid; }
  .status { border-width: 2px; }
}
`.trim();

function cellHtml(c: Cell): string {
  return typeof c === 'string' ? escapeHtml(c) : `<span class="status status-${c.status}">${escapeHtml(c.label)}</span>`;
}

function blockToHtml(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}${b.anchor ? ` id="${escapeHtml(b.anchor)}"` : ''}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'list':
      return `<ul>\n${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      if (b.rows.length === 0) return '<p>-</p>';
      const head = `<tr>${b.headers.map((x) => `<th scope="col">${escapeHtml(x)}</th>`).join('')}</tr>`;
      const rows = b.rows.map((r) => `<tr>${r.map((c, i) => `<td${b.numeric?.includes(i) ? ' class="num"' : ''}>${cellHtml(c)}</td>`).join('')}</tr>`);
      return `<table>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
  }
}

/** The report as one self-contained HTML file: English and Japanese sections with their `lang`. */
export function renderHtml(report: EvidenceReport): string {
  const nav = `<nav>${LANGS.map((l) => `<a href="#${l}-top" lang="${l}">${escapeHtml(LABELS[l].language)}</a>`).join('')}</nav>`;
  const sections = LANGS.map((lang) => `<section class="lang" lang="${lang}">\n${reportDocument(report, lang).map(blockToHtml).join('\n')}\n</section>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may load from anywhere: no network, no scripts, inline styles only.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(LABELS.en.title)} / ${escapeHtml(LABELS.ja.title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    nav,
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
