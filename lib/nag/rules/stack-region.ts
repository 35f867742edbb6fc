import { CfnResource } from 'aws-cdk-lib';
import { NagRuleCompliance } from 'cdk-nag';
import { concreteStackRegion } from './japan-regions';
import { ResidencyRule, ResidencyRuleCheck, ResidencyRuleOptions } from './residency-rule';

/**
 * Every resource is deployed to Tokyo (or Osaka when allowed). An
 * environment-agnostic stack (region is a token) could land anywhere, so it
 * fails too.
 */
export function stackRegion(options: Pick<ResidencyRuleOptions, 'allowedRegions'>): ResidencyRuleCheck {
  const check = (node: CfnResource) => {
    const region = concreteStackRegion(node);
    return region !== undefined && options.allowedRegions.includes(region)
      ? NagRuleCompliance.COMPLIANT
      : NagRuleCompliance.NON_COMPLIANT;
  };
  return Object.defineProperty(check, 'name', { value: 'StackRegion' });
}

export const STACK_REGION: ResidencyRule = {
  name: 'StackRegion',
  info: 'The resource is in a stack whose region is not ap-northeast-1 (or an allowed ap-northeast-3), or whose region is not fixed.',
  explanation:
    'All data and processing must stay in Japan. Stacks must be given an explicit env with region ap-northeast-1; ap-northeast-3 only where the configuration allows Osaka.',
  create: stackRegion,
};
