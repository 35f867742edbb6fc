import { CfnResource } from 'aws-cdk-lib';
import { NagRuleCompliance } from 'cdk-nag';
import { regionsIn } from './japan-regions';
import { ResidencyRule, ResidencyRuleCheck, ResidencyRuleOptions } from './residency-rule';
import { collectStrings, resolvedProperties } from './template-values';

/**
 * No resource property names a region other than the allowed Japanese ones:
 * ARNs, endpoints, environment variables, policy conditions, anything. Every
 * string in the resolved properties is scanned (with `Fn::Join` / `Fn::Sub`
 * rendered whole). Pseudo parameters such as `AWS::Region` are not literals
 * and are left to StackRegion; availability zones (`ap-northeast-1a`) count
 * as their region.
 */
export function literalRegion(options: Pick<ResidencyRuleOptions, 'allowedRegions'>): ResidencyRuleCheck {
  const check = (node: CfnResource) => {
    const strings = collectStrings(resolvedProperties(node));
    const foreign = strings.flatMap(regionsIn).filter((r) => !options.allowedRegions.includes(r));
    return foreign.length > 0 ? NagRuleCompliance.NON_COMPLIANT : NagRuleCompliance.COMPLIANT;
  };
  return Object.defineProperty(check, 'name', { value: 'LiteralRegion' });
}

export const LITERAL_REGION: ResidencyRule = {
  name: 'LiteralRegion',
  info: 'A resource property contains a literal AWS region outside Japan (or ap-northeast-3 where Osaka is not allowed).',
  explanation:
    'A region name in an ARN, endpoint, environment variable or policy is how data is sent to, or read from, another region. Only ap-northeast-1 and, where allowed, ap-northeast-3 may appear.',
  create: literalRegion,
};
