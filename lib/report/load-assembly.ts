import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AssemblyModel, CfnTemplateJson, StackModel, ValidationReport } from './model';
import { asArray, compareText, isRecord } from './template-query';

/** CDK writes this whenever validation plugins (the policy gate) run during synth. */
export const VALIDATION_REPORT_FILE = 'validation-report.json';

/** Read the stacks of a cloud assembly (`manifest.json` + `*.template.json`) and its validation report. */
export function loadAssembly(dir: string): AssemblyModel {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error(`${dir} is not a cloud assembly: manifest.json not found (run cdk synth first)`);
  const stacks = readStacks(dir).sort((a, b) => compareText(a.name, b.name));
  const reportFile = path.join(dir, VALIDATION_REPORT_FILE);
  return fs.existsSync(reportFile) ? { stacks, validationReport: parseValidationReport(readJson(reportFile)) } : { stacks };
}

function readStacks(dir: string): StackModel[] {
  const manifest = readJson(path.join(dir, 'manifest.json'));
  const artifacts = isRecord(manifest) && isRecord(manifest.artifacts) ? manifest.artifacts : {};
  const stacks: StackModel[] = [];
  for (const [name, artifact] of Object.entries(artifacts)) {
    if (!isRecord(artifact) || !isRecord(artifact.properties)) continue;
    if (artifact.type === 'aws:cloudformation:stack' && typeof artifact.properties.templateFile === 'string') {
      const env = /^aws:\/\/([^/]+)\/(.+)$/.exec(String(artifact.environment ?? ''));
      const account = env && !env[1].startsWith('unknown') ? env[1] : 'unknown-account';
      const region = env && !env[2].startsWith('unknown') ? env[2] : 'unknown-region';
      const template = readJson(path.join(dir, artifact.properties.templateFile)) as CfnTemplateJson;
      // The CloudFormation stack name, which cross-stack references (Fn::GetStackOutput) use.
      const stackName = typeof artifact.properties.stackName === 'string' ? artifact.properties.stackName : name;
      stacks.push({ name: stackName, region, account, template });
    } else if (artifact.type === 'cdk:cloud-assembly' && typeof artifact.properties.directoryName === 'string') {
      stacks.push(...readStacks(path.join(dir, artifact.properties.directoryName)));
    }
  }
  return stacks;
}

export function parseValidationReport(json: unknown): ValidationReport {
  const reports = isRecord(json) ? asArray(json.pluginReports) : [];
  return {
    pluginReports: reports.filter(isRecord).map((p) => ({
      pluginName: String(p.pluginName),
      conclusion: p.conclusion === 'failure' ? 'failure' : 'success',
      violations: asArray(p.violations)
        .filter(isRecord)
        .map((v) => ({
          ruleName: String(v.ruleName),
          constructPaths: asArray(v.violatingConstructs)
            .filter(isRecord)
            .map((c) => String(c.constructPath ?? ''))
            .sort(compareText),
        })),
    })),
  };
}

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
