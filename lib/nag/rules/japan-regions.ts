import { CfnResource, Stack, Token } from 'aws-cdk-lib';
import { HOME_REGION, PARTNER_REGION } from '../../config/sections/core';

/** The regions a resource may live in or point at: Tokyo, plus Osaka when allowed. */
export function japanRegions(allowOsaka: boolean): readonly string[] {
  return allowOsaka ? [HOME_REGION, PARTNER_REGION] : [HOME_REGION];
}

/**
 * AWS region names (commercial, GovCloud, China, ISO, sovereign). The
 * look-behind stops `foo-us-east-1x`-style words matching mid-word; the
 * look-ahead stops `-10`; an availability-zone suffix (`ap-northeast-1a`) still
 * matches its region, which is what we want.
 */
const REGION_NAME =
  /(?<![a-z0-9])(?:us-gov|us-isof|us-isob|us-iso|eu-isoe|eusc-de|us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:northeast|southeast|northwest|southwest|north|south|east|west|central)-\d{1,2}(?![0-9])/g;

/** All region names that occur literally in a string. */
export function regionsIn(text: string): string[] {
  return text.match(REGION_NAME) ?? [];
}

/** The stack's region if it is a concrete string, otherwise undefined (env-agnostic stack). */
export function concreteStackRegion(node: CfnResource): string | undefined {
  const region = Stack.of(node).region;
  return Token.isUnresolved(region) ? undefined : region;
}

/**
 * Whether a region as written in a template is allowed. `${AWS::Region}`
 * (a pseudo parameter, see `flattenToString`) means the resource's own
 * stack region, which must then be concrete and allowed.
 */
export function isAllowedRegion(region: string, node: CfnResource, allowed: readonly string[]): boolean {
  if (region === '${AWS::Region}') {
    const stackRegion = concreteStackRegion(node);
    return stackRegion !== undefined && allowed.includes(stackRegion);
  }
  return allowed.includes(region);
}
