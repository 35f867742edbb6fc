import { CfnResource } from 'aws-cdk-lib';
import { NagRuleCompliance } from 'cdk-nag';
import { isAllowedRegion } from './japan-regions';
import { PolicyStatement, policyStatements, wildcardMatches } from './policy-statements';
import { ResidencyRule, ResidencyRuleCheck, ResidencyRuleOptions } from './residency-rule';
import { TemplateValue, asList, collectStrings, flattenToString, isRecord, resolveResource } from './template-values';

/** Cross-region inference profile ids that may route outside Japan, e.g. `apac.anthropic.claude-…-v1:0`. */
const FOREIGN_PROFILE_ID =
  /(?<![A-Za-z0-9_.-])(?:apac|global|us-gov|us|eu|au|ca)\.[a-z0-9-]+\.[a-z0-9.-]*(?:-v\d+(?::\d+)?|:\d+)/i;

/** Bedrock ARNs; region/account may be pseudo-parameter placeholders (see `flattenToString`). */
const BEDROCK_ARN =
  /arn:aws[a-z-]*:bedrock:(\$\{AWS::Region\}|[^:]*):(?:\$\{AWS::AccountId\}|[^:]*):([a-z-]+)\/([^\s"',]*)/g;

/** Actions that run a model; a `*` resource on these lets any model or profile be invoked. */
const INVOKE_ACTIONS = [
  'bedrock:InvokeModel',
  'bedrock:InvokeModelWithResponseStream',
  'bedrock:Converse',
  'bedrock:ConverseStream',
];

/** AWS managed policies that grant `bedrock:*`. */
const BROAD_MANAGED_POLICY = /:iam::aws:policy\/(?:AmazonBedrockFullAccess|AdministratorAccess|PowerUserAccess)$/;

const DOCUMENT_TYPES = [
  'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy',
  'AWS::IAM::GroupPolicy',
];
const INLINE_POLICY_TYPES = ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'];

/**
 * Bedrock models are reached only through `jp.` inference profiles or
 * foundation models in Tokyo/Osaka. Fails on: a non-`jp.` profile id or
 * profile ARN anywhere in the resource (policies, endpoint policies,
 * environment variables, …); a Bedrock ARN in another or a wildcard region;
 * an Allow statement (in an IAM policy or a Bedrock endpoint's policy)
 * granting `bedrock:*`, `*` over Bedrock resources, `NotAction`, or an invoke
 * action on resource `*`; an attached AWS managed policy that grants
 * `bedrock:*`. Deny statements only restrict and are ignored throughout.
 */
export function inferenceProfileResidency(options: Pick<ResidencyRuleOptions, 'allowedRegions'>): ResidencyRuleCheck {
  const check = (node: CfnResource) => {
    const { type, properties } = resolveResource(node);
    const strings = collectStrings(withoutDenyStatements(properties));
    const badIdentifier = strings.some(
      (s) => FOREIGN_PROFILE_ID.test(s) || bedrockArnsOutsideJapan(s, node, options.allowedRegions),
    );
    const documents = policyDocuments(type, properties);
    const badStatement = documents.flatMap(policyStatements).some(grantsTooMuchBedrock);
    const badManagedPolicy = asList(properties.ManagedPolicyArns).map(flattenToString).some((a) => BROAD_MANAGED_POLICY.test(a));
    if (badIdentifier || badStatement || badManagedPolicy) return NagRuleCompliance.NON_COMPLIANT;
    return documents.length > 0 || strings.some((s) => /bedrock/i.test(s))
      ? NagRuleCompliance.COMPLIANT
      : NagRuleCompliance.NOT_APPLICABLE;
  };
  return Object.defineProperty(check, 'name', { value: 'InferenceProfileResidency' });
}

/**
 * The policy documents that can grant Bedrock calls. Of VPC endpoints only
 * Bedrock's count; `*` statements on other endpoints are
 * EndpointPolicyScoped's business.
 */
function policyDocuments(type: string, properties: Record<string, TemplateValue>): TemplateValue[] {
  if (type === 'AWS::EC2::VPCEndpoint') {
    return /bedrock/i.test(flattenToString(properties.ServiceName)) ? [properties.PolicyDocument] : [];
  }
  if (DOCUMENT_TYPES.includes(type)) return [properties.PolicyDocument];
  if (INLINE_POLICY_TYPES.includes(type)) return asList(properties.Policies).filter(isRecord).map((p) => p.PolicyDocument);
  return [];
}

/** The value with every `Deny` policy statement removed: a Deny naming `apac.*` or `bedrock:*:*` only restricts. */
function withoutDenyStatements(value: TemplateValue): TemplateValue {
  if (Array.isArray(value)) return value.map(withoutDenyStatements);
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [
    key,
    key === 'Statement' ? asList(item).filter((s) => !(isRecord(s) && s.Effect === 'Deny')).map(withoutDenyStatements) : withoutDenyStatements(item),
  ]));
}

function bedrockArnsOutsideJapan(text: string, node: CfnResource, allowed: readonly string[]): boolean {
  for (const [, region, resourceType, id] of text.matchAll(BEDROCK_ARN)) {
    if (!isAllowedRegion(region, node, allowed)) return true;
    if (resourceType === 'inference-profile' && !id.startsWith('jp.')) return true;
  }
  return false;
}

function grantsTooMuchBedrock(statement: PolicyStatement): boolean {
  if (statement.effect !== 'Allow') return false;
  if (statement.notActions.length > 0) return true;
  const actions = statement.actions.map((a) => a.toLowerCase());
  if (actions.includes('bedrock:*')) return true;
  const anyResource = statement.resources.includes('*') || statement.notResources.length > 0;
  if (actions.includes('*') && (anyResource || statement.resources.some(mayBeBedrockResource))) return true;
  const invokes = statement.actions.some((a) => INVOKE_ACTIONS.some((invoke) => wildcardMatches(a, invoke)));
  return invokes && anyResource;
}

function mayBeBedrockResource(resource: TemplateValue): boolean {
  return typeof resource === 'string' && /^arn:[^:]*:(?:bedrock[^:]*|\*)(?::|$)/.test(resource);
}

export const INFERENCE_PROFILE_RESIDENCY: ResidencyRule = {
  name: 'InferenceProfileResidency',
  info: 'The resource refers to a Bedrock inference profile or model that may run outside Japan, or grants Bedrock invocation too broadly.',
  explanation:
    'Only jp. inference profiles (Tokyo/Osaka routing) and foundation models in ap-northeast-1/-3 keep prompts and completions in Japan. apac., global., us., eu. (and other geography) profiles route elsewhere; bedrock:*, a * action, or an invoke action on resource * would allow them.',
  create: inferenceProfileResidency,
};
