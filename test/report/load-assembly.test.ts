import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadAssembly } from '../../lib/report/load-assembly';
import { writeEvidenceReport } from '../../lib/report/write-report';

function writeAssembly(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-assembly-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), JSON.stringify(content));
  return dir;
}

const manifest = {
  version: '55.0.0',
  artifacts: {
    'App-B': { type: 'aws:cloudformation:stack', environment: 'aws://111111111111/ap-northeast-1', properties: { templateFile: 'b.template.json', stackName: 'Custom-B' } },
    'App-A': { type: 'aws:cloudformation:stack', environment: 'aws://unknown-account/unknown-region', properties: { templateFile: 'a.template.json' } },
    Tree: { type: 'cdk:tree', properties: { file: 'tree.json' } },
  },
};

describe('loading a cloud assembly', () => {
  it('reads every stack with its CloudFormation name, environment and template, sorted by name', () => {
    const dir = writeAssembly({ 'manifest.json': manifest, 'a.template.json': { Resources: {} }, 'b.template.json': { Resources: { K: { Type: 'AWS::KMS::Key' } } } });
    const m = loadAssembly(dir);
    expect(m.stacks.map((s) => [s.name, s.account, s.region, Object.keys(s.template.Resources ?? {})])).toEqual([
      ['App-A', 'unknown-account', 'unknown-region', []],
      ['Custom-B', '111111111111', 'ap-northeast-1', ['K']],
    ]);
    expect(m.validationReport).toBeUndefined();
  });

  it('reads validation-report.json when synth wrote one', () => {
    const dir = writeAssembly({
      'manifest.json': manifest,
      'a.template.json': {},
      'b.template.json': {},
      'validation-report.json': { pluginReports: [{ pluginName: 'Residency', conclusion: 'failure', violations: [{ ruleName: 'Residency-StackRegion', violatingConstructs: [{ constructPath: 'B/x' }] }] }] },
    });
    expect(loadAssembly(dir).validationReport).toEqual({
      pluginReports: [{ pluginName: 'Residency', conclusion: 'failure', violations: [{ ruleName: 'Residency-StackRegion', constructPaths: ['B/x'] }] }],
    });
  });

  it('fails with a clear message on a directory that is not an assembly', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'not-assembly-'));
    expect(() => writeEvidenceReport(dir)).toThrow(`${dir} is not a cloud assembly: manifest.json not found (run cdk synth first)`);
  });
});
