import * as fs from 'node:fs';
import * as path from 'node:path';
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
});
