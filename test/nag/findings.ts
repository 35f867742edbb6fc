import { App, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { ResidencyChecks, ResidencyChecksProps } from '../../lib/nag';

export const ACCOUNT = '111111111111';
export const TOKYO = 'ap-northeast-1';

/**
 * An App with one stack `S` in Tokyo (or the given region; `null` = environment-agnostic).
 * The built-in CloudFormation schema validation is off: it makes `app.synth()` take seconds.
 */
export function testStack(region: string | null = TOKYO, id = 'S'): { app: App; stack: Stack } {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, id, region === null ? {} : { env: { account: ACCOUNT, region } });
  return { app, stack };
}

export interface Finding {
  /** e.g. `Residency-KeyRotation` */
  readonly ruleId: string;
  /** construct path, e.g. `S/Key/Resource` */
  readonly path: string;
}

/** All findings of the ResidencyChecks pack over a construct tree. */
export function residencyFindings(scope: IConstruct, props?: ResidencyChecksProps): Finding[] {
  const report = new ResidencyChecks(undefined, { verbose: true, ...props }).validateScope(scope);
  // A rule that throws is reported as a violation; in tests that hides bugs, so surface it.
  const crashed = report.violations.find((v) => v.description.startsWith('Rule threw an error'));
  if (crashed) throw new Error(`${crashed.ruleName} threw on ${crashed.violatingResources[0]?.constructPath}: ${crashed.description}`);
  return report.violations.flatMap((v) =>
    v.violatingResources.map((r) => ({ ruleId: v.ruleName, path: r.constructPath ?? '' })),
  );
}

/** The construct paths one rule (by name, e.g. `KeyRotation`) reports. */
export function pathsFor(ruleName: string, scope: IConstruct, props?: ResidencyChecksProps): string[] {
  return residencyFindings(scope, props)
    .filter((f) => f.ruleId === `Residency-${ruleName}`)
    .map((f) => f.path);
}
