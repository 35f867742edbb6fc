import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as organizations from 'aws-cdk-lib/aws-organizations';
import type { Construct } from 'constructs';
import type { DeploymentConfig } from '../config';
import { residencyScpFor } from '../governance/write-governance';

export interface OrganizationPolicyStackProps extends StackProps {
  readonly config: DeploymentConfig;
}

/**
 * For the organization's management account (or a delegated administrator): the Japan-residency
 * SCP, created and attached to the configured targets. Organizations is a global service;
 * CloudFormation manages its resources from whichever region the stack is in, so the stack stays
 * in Tokyo like every other.
 */
export class OrganizationPolicyStack extends Stack {
  public readonly policy: organizations.CfnPolicy;

  constructor(scope: Construct, id: string, props: OrganizationPolicyStackProps) {
    super(scope, id, props);
    const { organization } = props.config.governance;
    this.policy = new organizations.CfnPolicy(this, 'JapanResidency', {
      name: organization.policyName,
      description: 'private-ai-jp: deny requests outside Japan; jp. Bedrock inference profiles only',
      type: 'SERVICE_CONTROL_POLICY',
      // An object, not a string, so CloudFormation drift detection works on the content.
      content: residencyScpFor(props.config),
      targetIds: [...organization.targetIds],
    });
    new CfnOutput(this, 'PolicyId', { value: this.policy.attrId });
  }
}
