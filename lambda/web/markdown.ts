import { append, h } from './dom';
import { entityLabel, t } from './i18n';

/**
 * A small Markdown renderer that builds DOM nodes directly: model text only ever becomes text
 * nodes, so raw HTML shows as text. Images are never loaded (shown as "[image: alt]"), and a
 * link stays a link only for https URLs to an allow-listed host or this origin; otherwise its
 * text and target are shown as plain text. Placeholders such as [EMAIL_1] are highlighted with
 * their type.
 */
export interface RenderOptions {
  /** Hosts whose https links stay clickable. */
  readonly allowedLinkHosts: readonly string[];
  /** This page's origin (same-origin links stay links). */
  readonly origin: string;
}

const PLACEHOLDER = /\[([A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*)_(\d{1,4})\]/g;

/** Text with placeholders turned into highlighted `<mark>` elements. */
export function textWithPlaceholders(text: string): Node[] {
  const out: Node[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) out.push(document.createTextNode(text.slice(last, m.index)));
    const label = entityLabel(m[1]);
    out.push(
      h('mark', { class: 'placeholder', 'data-type': m[1], title: t('placeholderTitle', { type: label }) },
        // The placeholder never breaks; its type may go to the next line on a narrow screen.
        h('span', { class: 'placeholder-code' }, m[0]),
        h('span', { class: 'placeholder-type' }, label),
      ),
    );
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}

/**
 * A short, masked title (the conversation list): each placeholder shown as its type and number
 * ("氏名1", "e-mail address 1") in one unbreakable mark, the placeholder itself in its tooltip,
 * so a narrow column never breaks inside "[PERSON_NAME_1]".
 */
export function compactPlaceholders(text: string): Node[] {
  const out: Node[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) out.push(document.createTextNode(text.slice(last, m.index)));
    const label = entityLabel(m[1]);
    out.push(h('mark', { class: 'placeholder compact', 'data-type': m[1], title: `${m[0]} (${t('placeholderTitle', { type: label })})` }, `${label}${/[a-z]$/i.test(label) ? ' ' : ''}${m[2]}`));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}

/** The same as plain text, for a dialog or a label: "[PERSON_NAME_1]さん" becomes "氏名1さん". */
export function compactPlaceholderText(text: string): string {
  return text.replace(PLACEHOLDER, (_, type: string, n: string) => {
    const label = entityLabel(type);
    return `${label}${/[a-z]$/i.test(label) ? ' ' : ''}${n}`;
  });
}

/** The URL when a link to it may be followed, otherwise undefined. */
export function safeLinkTarget(raw: string, options: RenderOptions): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim(), options.origin);
  } catch {
    return undefined;
  }
  if (url.origin === options.origin) return url.href;
  if (url.protocol !== 'https:' || url.username || url.password) return undefined;
  return options.allowedLinkHosts.includes(url.hostname.toLowerCase()) ? url.href : undefined;
}

interface InlineRule {
  readonly re: RegExp;
  readonly render: (m: RegExpExecArray, options: RenderOptions) => Node[];
}

const INLINE: InlineRule[] = [
  { re: /`([^`\n]+)`/y, render: (m) => [h('code', {}, m[1])] },
  {
    re: /!\[([^\]\n]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/y,
    render: (m) => [h('span', { class: 'removed-image' }, t('imageRemoved', { alt: m[1] || '-' }))],
  },
  {
    re: /\[([^\]\n]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/y,
    render: (m, o) => {
      const href = safeLinkTarget(m[2], o);
      if (href) return [h('a', { href, rel: 'noopener noreferrer', target: '_blank', referrerpolicy: 'no-referrer' }, ...inline(m[1], o))];
      return [h('span', { class: 'inert-link', title: m[2] }, ...inline(m[1], o), ` (${m[2]})`)];
    },
  },
  { re: /\*\*([^*\n]+)\*\*/y, render: (m, o) => [h('strong', {}, ...inline(m[1], o))] },
  { re: /__([^_\n]+)__/y, render: (m, o) => [h('strong', {}, ...inline(m[1], o))] },
  { re: /\*([^*\s][^*\n]*)\*/y, render: (m, o) => [h('em', {}, ...inline(m[1], o))] },
  {
    re: /https:\/\/[^\s<>()\u3000-\u303f\uff00-\uffef]+/y,
    render: (m, o) => {
      const href = safeLinkTarget(m[0], o);
      return href ? [h('a', { href, rel: 'noopener noreferrer', target: '_blank', referrerpolicy: 'no-referrer' }, m[0])] : [document.createTextNode(m[0])];
    },
  },
];

/** Inline Markdown of one line or paragraph. */
export function inline(text: string, options: RenderOptions): Node[] {
  const out: Node[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push(...textWithPlaceholders(plain));
    plain = '';
  };
  let i = 0;
  outer: while (i < text.length) {
    const c = text[i];
    if (c === '`' || c === '!' || c === '[' || c === '*' || c === '_' || c === 'h') {
      for (const rule of INLINE) {
        rule.re.lastIndex = i;
        const m = rule.re.exec(text);
        if (m) {
          flush();
          out.push(...rule.render(m, options));
          i += m[0].length;
          continue outer;
        }
      }
    }
    plain += c;
    i += 1;
  }
  flush();
  return out;
}

/** Render Markdown into a fragment of block elements. */
export function renderMarkdown(source: string, options: RenderOptions): DocumentFragment {
  const frag = document.createDocumentFragment();
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  let paragraph: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length) {
      const p = h('p');
      paragraph.forEach((line, n) => {
        if (n > 0) p.appendChild(h('br'));
        append(p, ...inline(line, options));
      });
      frag.appendChild(p);
    }
    paragraph = [];
  };
  while (i < lines.length) {
    const line = lines[i];
    const fence = /^\s*(```|~~~)\s*([\w+-]*)\s*$/.exec(line);
    if (fence) {
      flushParagraph();
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !lines[i].trim().startsWith(fence[1])) body.push(lines[i++]);
      i += 1;
      const code = h('code', fence[2] ? { 'data-lang': fence[2] } : {});
      append(code, ...textWithPlaceholders(body.join('\n')));
      frag.appendChild(h('pre', { tabindex: 0 }, code));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flushParagraph();
      // Answers sit below the page's own headings: start at h3.
      const level = Math.min(6, heading[1].length + 2) as 3 | 4 | 5 | 6;
      frag.appendChild(h(`h${level}`, {}, ...inline(heading[2], options)));
      i += 1;
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flushParagraph();
      frag.appendChild(h('hr'));
      i += 1;
      continue;
    }
    if (/^\s*>/.test(line)) {
      flushParagraph();
      const quoted: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i])) quoted.push(lines[i++].replace(/^\s*>\s?/, ''));
      const q = h('blockquote');
      q.appendChild(renderMarkdown(quoted.join('\n'), options));
      frag.appendChild(q);
      continue;
    }
    const bullet = /^\s*([-*+]|\d{1,3}[.)])\s+/.exec(line);
    if (bullet) {
      flushParagraph();
      const ordered = /\d/.test(bullet[1]);
      const list = h(ordered ? 'ol' : 'ul');
      while (i < lines.length) {
        const item = /^\s*([-*+]|\d{1,3}[.)])\s+(.*)$/.exec(lines[i]);
        if (!item || /\d/.test(item[1]) !== ordered) break;
        list.appendChild(h('li', {}, ...inline(item[2], options)));
        i += 1;
      }
      frag.appendChild(list);
      continue;
    }
    if (line.trim() === '') flushParagraph();
    else paragraph.push(line);
    i += 1;
  }
  flushParagraph();
  return frag;
}
