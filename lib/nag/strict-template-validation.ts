import {
  CloudFormationValidatePlugin,
  type IPolicyValidationContext,
  type IPolicyValidationPlugin,
  type PolicyValidationPluginReport,
} from 'aws-cdk-lib';

/**
 * aws-cdk-lib's CloudFormation template validation, with its warnings promoted to errors:
 * a template the CloudFormation linter doubts does not pass the gate.
 */
export class StrictTemplateValidation implements IPolicyValidationPlugin {
  public readonly name = 'CfnValidate';
  private readonly inner = new CloudFormationValidatePlugin();

  public get version(): string | undefined {
    return this.inner.version;
  }

  public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const report = this.inner.validate(context);
    const violations = report.violations
      .filter((v) => v.severity === 'error' || v.severity === 'warning' || v.severity === 'fatal')
      .map((v) => ({ ...v, severity: 'error' }));
    return { success: violations.length === 0, violations };
  }
}
