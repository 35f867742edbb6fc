import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const run = (args: string[], input?: string) => spawnSync(tsx, ['bin/scan.ts', ...args], { cwd: root, input, encoding: 'utf8' });

describe('scan CLI', () => {
  it('writes one line per input line with findings, masked text and injection verdict', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-test-'));
    const input = path.join(dir, 'in.jsonl');
    const output = path.join(dir, 'out.jsonl');
    const text = '氏名：山田太郎 マイナンバー１２３４５６７８９０１８';
    fs.writeFileSync(input, [JSON.stringify({ id: 'a', text }), '{broken', JSON.stringify({ id: 'c', text: 'hello' })].join('\n') + '\n');
    const r = run(['--format', 'jsonl', '--input', input, '--output', output]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('line 2');
    const lines = fs.readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].id).toBe('a');
    const myNumber = lines[0].findings.find((f: { type: string }) => f.type === 'MY_NUMBER');
    expect(text.slice(myNumber.start, myNumber.end)).toBe('１２３４５６７８９０１８');
    expect(lines[0].masked).toBe('氏名：[PERSON_NAME_1] マイナンバー[MY_NUMBER_1]');
    expect(lines[0].injection).toEqual({ score: expect.any(Number), flagged: false, reasons: [] });
    expect(lines[1].error).toContain('line 2');
    expect(lines[2]).toMatchObject({ id: 'c', findings: [], masked: 'hello' });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('masks plain text with --format text and exits 0', () => {
    const r = run(['--format', 'text'], 'TEL 090-1234-5678\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('TEL [PHONE_NUMBER_1]\n');
  });

  it('exits 2 with usage on unknown flags', () => {
    const r = run(['--nope']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage:');
  });
});
