import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeEvidenceReport } from '../lib/report';
import { buildKit, type KitApp } from './support/kit-app';

/** The policy gate with the knowledge base on: the same packs as the default config, and no finding left. */
describe('policy gate with knowledgeBase.enabled', () => {
  let kit: KitApp;
  beforeAll(() => {
    kit = buildKit({ knowledgeBase: { enabled: true } }, { policyGate: true });
    // Throws "Validation failed" if any pack reports an unacknowledged finding.
    kit.app.synth({ force: true });
  });

  test('synth passes AwsSolutions, NIST 800-53 R5, Residency (KnowledgeBaseResidency included) and strict template validation', () => {
    const report = path.join(kit.app.outdir, 'validation-report.json');
    const plugins = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')).pluginReports : [];
    expect(plugins.filter((p: { conclusion: string }) => p.conclusion !== 'success')).toEqual([]);
    expect(kit.stacks.knowledgeBase).toBeDefined();
  });

  test('every knowledge-base acknowledgment names its rule and carries a reason', () => {
    const template = JSON.parse(fs.readFileSync(path.join(kit.app.outdir, `${kit.stacks.knowledgeBase!.stackName}.template.json`), 'utf8'));
    const acks = Object.values<any>(template.Resources).flatMap((r) => r.Metadata?.cdk_nag?.rules_to_suppress ?? []);
    expect(acks.length).toBeGreaterThan(0);
    for (const a of acks) expect(a.reason.length).toBeGreaterThan(40);
    expect(acks.map((a: { id: string }) => a.id)).not.toContain('Residency-KnowledgeBaseResidency');
  });

  describe('the evidence report', () => {
    let report: ReturnType<typeof writeEvidenceReport>['report'];
    beforeAll(() => {
      report = writeEvidenceReport(kit.app.outdir).report;
    });
    const kbStack = () => kit.stacks.knowledgeBase!.stackName;

    test('A-2 lists the claims filter and the re-check', () => {
      const a2 = report.checklist.find((c) => c.id === 'A-2')!;
      const kb = a2.present.find((f) => f.text.en.startsWith('Knowledge-base retrieval is filtered'));
      expect(kb?.text.en).toMatch(/never by the request body; every returned chunk's metadata is re-checked/);
      expect(a2.status).toBe('enforced');
    });

    test('the encryption inventory holds the documents bucket and the vector bucket, both under a kit key', () => {
      const stores = report.encryption.filter((e) => e.store.stack === kbStack());
      expect(stores.map((e) => e.kind).sort()).toEqual(expect.arrayContaining(['bucket', 'vector-bucket']));
      for (const e of stores.filter((s) => s.kind === 'bucket' || s.kind === 'vector-bucket')) expect(e.key.kind).toBe('customer-managed');
    });

    test('the residency inventory names the embedding model as invoked in Tokyo, and no foreign region', () => {
      const titan = report.residency.models.find((m) => m.id === 'amazon.titan-embed-text-v2:0');
      expect(titan?.scope).toBe('in-region-model');
      expect(titan?.locations.some((l) => l.resource.stack === kbStack())).toBe(true);
      expect(report.residency.regions.filter((r) => !r.inJapan)).toEqual([]);
    });

    test('the cost table counts the two knowledge-base endpoints and lists the vector store and the knowledge base', () => {
      const items = report.cost.lines.map((l) => l.item.en);
      expect(items.some((i) => /^S3 Vectors vector buckets and indexes \(2\)/.test(i))).toBe(true);
      expect(items.some((i) => /^Bedrock knowledge bases and data sources \(2\)/.test(i))).toBe(true);
      const endpoints = report.cost.lines.find((l) => l.item.en.startsWith('Interface VPC endpoints'))!;
      expect(endpoints.item.en).toMatch(/\((\d+) endpoints/);
      expect(endpoints.resources.some((r) => /BedrockAgentRuntimeEndpoint/.test(r.logicalId))).toBe(true);
    });
  });
});
