import { CfnResource } from 'aws-cdk-lib';
import { NagRuleCompliance } from 'cdk-nag';
import { PolicyStatement, isAnyPrincipal, policyStatements } from './policy-statements';
import { ResidencyRule } from './residency-rule';
import { resolvedProperties } from './template-values';

/**
 * Every VPC endpoint (interface or gateway) carries its own policy, and that
 * policy is not a bare allow-all. Without a policy, AWS applies full access —
 * anyone in the VPC could use the endpoint to reach any account's resources
 * (e.g. copy data to a bucket outside Japan). A document fails when it has no
 * statements, or an unconditioned `Allow * on * to *` that no Deny narrows.
 * Gateway Load Balancer endpoints do not support policies and are skipped.
 */
export function endpointPolicyScoped(node: CfnResource) {
  if (node.cfnResourceType !== 'AWS::EC2::VPCEndpoint') return NagRuleCompliance.NOT_APPLICABLE;
  const properties = resolvedProperties(node);
  if (properties.VpcEndpointType === 'GatewayLoadBalancer') return NagRuleCompliance.NOT_APPLICABLE;
  const statements = policyStatements(properties.PolicyDocument);
  const allowAll = statements.some(isBareAllowAll) && !statements.some((s) => s.effect === 'Deny');
  return statements.length === 0 || allowAll ? NagRuleCompliance.NON_COMPLIANT : NagRuleCompliance.COMPLIANT;
}
Object.defineProperty(endpointPolicyScoped, 'name', { value: 'EndpointPolicyScoped' });

function isBareAllowAll(s: PolicyStatement): boolean {
  return s.effect === 'Allow'
    && (!s.hasPrincipal || isAnyPrincipal(s))
    && (s.actions.includes('*') || s.notActions.length > 0)
    && (s.resources.includes('*') || s.notResources.length > 0 || s.resources.length === 0)
    && s.condition === undefined;
}

export const ENDPOINT_POLICY_SCOPED: ResidencyRule = {
  name: 'EndpointPolicyScoped',
  info: 'The VPC endpoint has no policy, or a bare allow-all policy.',
  explanation:
    'An endpoint policy is the only control on what callers inside the VPC can reach through the endpoint. Scope it to the actions and resources (or accounts/organisation) the kit uses, so the endpoint cannot be used to move data to other accounts.',
  create: () => endpointPolicyScoped,
};
