import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECKLIST_ITEMS, EVIDENCE_DIR, STATUSES, writeEvidenceReport } from '../../lib/report';
import { buildKit } from '../support/kit-app';

/** End to end: synthesize the default kit with the policy gate on, then write the report over its assembly. */
describe('evidence report over the synthesized default kit', () => {
  const { app } = buildKit({}, { policyGate: true });
  const assembly = app.synth();
  const first = writeEvidenceReport(assembly.directory);
  const read = () => ['report.md', 'report.html', 'report.json'].map((f) => fs.readFileSync(path.join(assembly.directory, EVIDENCE_DIR, f), 'utf8'));

  it('writes report.md, report.html and report.json into <assembly>/evidence', () => {
    expect(first.files.map((f) => path.relative(assembly.directory, f))).toEqual(['evidence/report.md', 'evidence/report.html', 'evidence/report.json']);
    expect(read().every((content) => content.length > 1000)).toBe(true);
  });

  it('gives every one of the 20 checklist items a status', () => {
    expect(first.report.checklist.map((c) => c.id)).toEqual(CHECKLIST_ITEMS.map((i) => i.id));
    for (const c of first.report.checklist) expect(STATUSES).toContain(c.status);
  });

  it('finds the guarantees the kit makes in every configuration', () => {
    const status = Object.fromEntries(first.report.checklist.map((c) => [c.id, c.status]));
    expect(status['D-3']).toBe('enforced');
    expect(status['D-4']).toBe('enforced');
    expect(status['A-3']).toBe('enforced');
    // The default access gate admits the built-in ai-users and ai-admins only.
    expect(status['A-2']).toBe('enforced');
    expect(first.report.checklist.find((c) => c.id === 'D-2')!.guidance.some((g) => g.en.startsWith('The guard does not detect:'))).toBe(true);
    expect(first.report.source.assemblySha256).toMatch(/^[0-9a-f]{64}$/);
    expect(['P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'V-1', 'V-2'].map((id) => status[id])).toEqual(Array(7).fill('organizational'));
    expect(first.report.network.internetPaths.found).toEqual([]);
    expect(first.report.residency.models.filter((m) => m.scope === 'foreign-profile')).toEqual([]);
  });

  it('states zero open findings per pack, established from validation-report.json, with the ledger from template metadata', () => {
    const gate = first.report.policyGate;
    expect(gate.validationReportFound).toBe(true);
    expect(gate.packs.map((p) => [p.pack, p.openFindings])).toEqual([
      ['AwsSolutions', 0],
      ['NIST.800.53.R5', 0],
      ['Residency', 0],
      ['CfnValidate', 0],
    ]);
    expect(gate.ledger).toContainEqual({
      pack: 'AwsSolutions',
      rule: 'AwsSolutions-S1',
      resource: { stack: 'PrivateAiJp-Foundation', logicalId: expect.stringMatching(/^AccessLogsBucket/), type: 'AWS::S3::Bucket' },
      reason: 'This is the server access log destination of every other bucket; logging it to itself would loop.',
    });
    expect(gate.ledger.every((a) => a.reason.length > 0)).toBe(true);
  });

  it('prices every interface endpoint in every AZ', () => {
    const endpoints = first.report.network.endpoints.filter((e) => e.endpointType === 'Interface');
    const line = first.report.cost.lines[0];
    expect(line.quantity).toBe(endpoints.reduce((n, e) => n + e.subnetCount, 0));
    expect(line.monthlyUsd).toBeCloseTo(line.quantity * 730 * 0.014, 2);
  });

  it('writes byte-identical files when run again over the same assembly', () => {
    const before = read();
    writeEvidenceReport(assembly.directory);
    expect(read()).toEqual(before);
  });
});
