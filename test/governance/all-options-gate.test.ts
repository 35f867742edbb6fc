import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { residencyGuardPolicy } from '../../lib/constructs/drift-rules';
import { GOVERNANCE_DIR, RESIDENCY_GUARD_FILE, SCP_FILE, writeGovernanceArtefacts } from '../../lib/governance/write-governance';
import { buildKit } from '../support/kit-app';

const EVERY_OPTION = {
  governance: {
    scp: { breakGlassPrincipals: ['arn:aws:iam::*:role/BreakGlass'], extraGlobalActions: ['chatbot:*'] },
    organization: { enabled: true, targetIds: ['ou-ab12-cdefgh34'] },
    configRules: { enabled: true, createRecorder: true },
  },
  resilience: { osaka: { enabled: true } },
};

/** Resource count per type, per stack. */
function inventory(stacks: Stack[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const stack of stacks) {
    const counts: Record<string, number> = {};
    for (const r of Object.values<any>(Template.fromStack(stack).toJSON().Resources ?? {})) counts[r.Type] = (counts[r.Type] ?? 0) + 1;
    out[stack.stackName] = counts;
  }
  return out;
}

const stacksOf = (app: { node: { children: readonly unknown[] } }) => app.node.children.filter((c): c is Stack => Stack.isStack(c));

/** Drift rules and Osaka recovery, with the recorder left to Control Tower. */
const RULES_AND_OSAKA = { governance: { configRules: { enabled: true } }, resilience: { osaka: { enabled: true } } };

describe('governance and resilience options on', () => {
  test.each([
    ['every option', EVERY_OPTION],
    ['drift rules and Osaka recovery', RULES_AND_OSAKA],
  ])('%s: synth passes AwsSolutions, NIST 800-53 R5, Residency and template validation, in Tokyo and Osaka only', (_name, overrides) => {
    const { app } = buildKit(overrides, { policyGate: true });
    // Throws "Validation failed" on any unacknowledged finding.
    const assembly = app.synth({ force: true });
    const regions = assembly.stacks.map((s) => s.environment.region);
    expect(new Set(regions)).toEqual(new Set(['ap-northeast-1', 'ap-northeast-3']));
    expect(assembly.stacks.filter((s) => s.environment.region === 'ap-northeast-3').map((s) => s.stackName)).toEqual(['PrivateAiJp-OsakaRecovery']);
  });
});

describe('the default synth', () => {
  test('has none of the optional parts', () => {
    const { app, stacks } = buildKit({});
    const names = stacksOf(app).map((s) => s.stackName);
    expect(names).not.toContain('PrivateAiJp-OsakaRecovery');
    expect(names).not.toContain('PrivateAiJp-OrganizationPolicy');
    for (const stack of stacksOf(app)) expect(stack.region).toBe('ap-northeast-1');
    const all = stacksOf(app).map((s) => Template.fromStack(s).toJSON());
    const types = all.flatMap((t) => Object.values<any>(t.Resources ?? {}).map((r) => r.Type));
    expect(types.filter((t) => t.startsWith('AWS::Config::') || t.startsWith('AWS::Organizations::'))).toEqual([]);
    const buckets = all.flatMap((t) => Object.values<any>(t.Resources ?? {}).filter((r) => r.Type === 'AWS::S3::Bucket'));
    expect(buckets.filter((b) => b.Properties.ReplicationConfiguration)).toEqual([]);
    const [table] = Object.values<any>(Template.fromStack(stacks.api).findResources('AWS::DynamoDB::GlobalTable'));
    expect(table.Properties.Replicas.map((r: any) => r.Region)).toEqual(['ap-northeast-1']);
  });

  test('SCP-only options change no template (same stacks, same resources)', () => {
    const plain = buildKit({});
    const withScpOptions = buildKit({ governance: { scp: EVERY_OPTION.governance.scp } });
    expect(inventory(stacksOf(withScpOptions.app))).toEqual(inventory(stacksOf(plain.app)));
  });

  test('still writes the SCP, its README and the residency Guard rule under governance/', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'paj-gov-'));
    try {
      const file = writeGovernanceArtefacts(outdir, buildKit({}).config);
      expect(file).toBe(path.join(outdir, GOVERNANCE_DIR, SCP_FILE));
      const text = fs.readFileSync(file, 'utf8');
      expect(text).toContain('"aws:RequestedRegion"');
      expect(text).toContain('"bedrock:InferenceProfileArn": "arn:aws:bedrock:*:*:inference-profile/jp.*"');
      expect(fs.readFileSync(path.join(outdir, GOVERNANCE_DIR, 'README.md'), 'utf8')).toMatch(/sandbox OU/);
      expect(fs.readFileSync(path.join(outdir, GOVERNANCE_DIR, RESIDENCY_GUARD_FILE), 'utf8')).toBe(residencyGuardPolicy());
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
