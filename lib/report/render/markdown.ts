import type { EvidenceReport } from '../build-report';
import { LABELS, LANGS } from '../i18n';
import { type Block, type Cell, reportDocument } from './document';

const cellText = (c: Cell): string => (typeof c === 'string' ? c : `**${c.label}**`);

/** Markdown-safe table cell: no pipes or line breaks. */
const escapeCell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function blockToMarkdown(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${b.text}`;
    case 'paragraph':
      return b.text;
    case 'list':
      return b.items.map((i) => `- ${i}`).join('\n');
    case 'table': {
      if (b.rows.length === 0) return '_-_';
      const align = b.headers.map((_, i) => (b.numeric?.includes(i) ? '---:' : '---'));
      return [
        `| ${b.headers.map(escapeCell).join(' | ')} |`,
        `| ${align.join(' | ')} |`,
        ...b.rows.map((r) => `| ${r.map((c) => escapeCell(cellText(c))).join(' | ')} |`),
      ].join('\n');
    }
  }
}

/** The report as Markdown: the English report, then the Japanese one. */
export function renderMarkdown(report: EvidenceReport): string {
  const parts = [`${LANGS.map((l) => `[${LABELS[l].language}](#${l}-top)`).join(' | ')}`];
  for (const lang of LANGS) {
    parts.push(`<a id="${lang}-top"></a>`);
    parts.push(...reportDocument(report, lang).map(blockToMarkdown));
  }
  return `${parts.join('\n\n')}\n`;
}
