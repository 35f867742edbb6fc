import { buildEvidenceReport } from '../../lib/report/build-report';
import { CHECKLIST_ITEMS } from '../../lib/report/checklist';
import { renderHtml } from '../../lib/report/render/html';
import { renderJson } from '../../lib/report/render/json';
import { renderMarkdown } from '../../lib/report/render/markdown';
import { alarm, chatFunction, key, kmsBucket, logGroup, model, policy, role, stack, tlsOnlyPolicy } from './synthetic';

const sample = () =>
  model(
    stack('Foundation', { Key: key(), Bucket: kmsBucket(), BucketPolicy: tlsOnlyPolicy('Bucket'), Logs: logGroup() }),
    stack('Api', { ChatRole: role(), ChatPolicy: policy('ChatRole', ['bedrock:InvokeModel']), Chat: chatFunction('ChatRole'), Spike: alarm() }),
  );

/** The same templates with every object's keys in reverse order. */
function reversedKeys<T>(v: T): T {
  if (Array.isArray(v)) return v.map(reversedKeys) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversedKeys(x)])) as T;
  return v;
}

describe('rendering', () => {
  it('has all 20 checklist items in order', () => {
    const r = buildEvidenceReport(sample());
    expect(r.checklist.map((c) => c.id)).toEqual(CHECKLIST_ITEMS.map((i) => i.id));
    expect(r.checklist).toHaveLength(20);
    expect(Object.values(r.statusCounts).reduce((a, b) => a + b, 0)).toBe(20);
  });

  it('is deterministic: byte-identical output for the same input, whatever the key order of the templates', () => {
    const a = buildEvidenceReport(sample());
    const b = buildEvidenceReport(reversedKeys(sample()));
    expect(renderMarkdown(b)).toBe(renderMarkdown(a));
    expect(renderHtml(b)).toBe(renderHtml(a));
    expect(renderJson(b)).toBe(renderJson(a));
  });

  it('prints a date only when one is given', () => {
    expect(renderJson(buildEvidenceReport(sample()))).not.toContain('"date"');
    expect(renderMarkdown(buildEvidenceReport(sample(), { date: '2026-04-01' }))).toContain('Report date: 2026-04-01');
  });

  it('writes JSON with sorted keys that parses back', () => {
    const json = renderJson(buildEvidenceReport(sample()));
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual([...Object.keys(parsed)].sort());
    expect(parsed.checklist[3]).toMatchObject({ id: 'D-4', status: 'enforced' });
  });

  it('writes Markdown in English and Japanese', () => {
    const md = renderMarkdown(buildEvidenceReport(sample()));
    expect(md).toContain('# Evidence report: private AI service (Japan)');
    expect(md).toContain('# エビデンスレポート: プライベート AI サービス（国内）');
    expect(md).toContain('| D-4 Encryption in transit and at rest | **enforced** |');
    expect(md).toContain('| D-4 通信時・保存時の暗号化 | **強制済み** |');
  });

  it('writes one self-contained HTML file: no scripts, no external references, lang on each section, print styles', () => {
    const html = renderHtml(buildEvidenceReport(sample()));
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)="(?!#)/);
    expect(html).toContain('<section class="lang" lang="en">');
    expect(html).toContain('<section class="lang" lang="ja">');
    expect(html).toContain('@media print');
    expect(html).toContain(`default-src 'none'`);
  });

  it('escapes template text in HTML', () => {
    const m = model(stack('S<x>', { Key: key(), Bucket: kmsBucket() }));
    const html = renderHtml(buildEvidenceReport(m));
    expect(html).toContain('S&lt;x&gt;/Bucket');
    expect(html).not.toContain('S<x>');
  });
});
