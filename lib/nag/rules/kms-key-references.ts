import {
  CfnResource,
  DefaultTokenResolver,
  IFragmentConcatenator,
  IPostProcessor,
  IResolvable,
  IResolveContext,
  Reference,
  Stack,
  Tokenization,
} from 'aws-cdk-lib';
import { TemplateValue, isRecord, resolveResource } from './template-values';

const KMS_KEY_TYPE = 'AWS::KMS::Key';

/** What a reference to a KMS key defined in the app resolves to under {@link resolveWithAppKeys}. */
export const APP_KMS_KEY = '${Residency::AppKmsKey}';

/** Concatenates like CloudFormation (`Fn::Join`) without depending on CDK internals. */
const joinFragments: IFragmentConcatenator = {
  join: (left, right) => {
    if (left === undefined) return right;
    if (right === undefined) return left;
    return typeof left === 'string' && typeof right === 'string' ? left + right : { 'Fn::Join': ['', [left, right]] };
  },
};

/**
 * Resolves tokens as usual, except that a reference to an `AWS::KMS::Key`
 * construct (its `Ref` / `Arn`, from any stack in the app) becomes
 * {@link APP_KMS_KEY}. Working on references rather than on the rendered
 * `{ Ref }` means cross-stack keys are recognised both before and after
 * synthesis turns them into `Fn::ImportValue`.
 */
class AppKeyMarkingResolver extends DefaultTokenResolver {
  constructor() {
    super(joinFragments);
  }

  public resolveToken(t: IResolvable, context: IResolveContext, postProcessor: IPostProcessor): unknown {
    if (t instanceof Reference && CfnResource.isCfnResource(t.target) && t.target.cfnResourceType === KMS_KEY_TYPE) {
      return APP_KMS_KEY;
    }
    return super.resolveToken(t, context, postProcessor);
  }
}

/** The resource's properties, resolved, with references to app-defined KMS keys marked. */
export function resolveWithAppKeys(node: CfnResource): Record<string, TemplateValue> {
  const resolver = new AppKeyMarkingResolver();
  return resolveResource(node, (value) => Tokenization.resolve(value, { scope: node, resolver })).properties;
}

/**
 * Whether a value (from {@link resolveWithAppKeys}) identifies a KMS key
 * defined in the app: a marked reference, or a raw `{ Ref }` /
 * `{ 'Fn::GetAtt': [id, 'Arn'] }` (e.g. from a property override) to an
 * `AWS::KMS::Key` in the same stack. Literal ARNs, key ids and
 * `alias/aws/...` are not app keys.
 */
export function isAppKmsKey(node: CfnResource, value: TemplateValue): boolean {
  if (value === APP_KMS_KEY) return true;
  if (typeof value === 'string') return isAppKeyAliasArn(node, value);
  if (!isRecord(value)) return false;
  const getAtt = value['Fn::GetAtt'];
  const logicalId = typeof value.Ref === 'string' ? value.Ref : Array.isArray(getAtt) ? getAtt[0] : undefined;
  if (typeof logicalId !== 'string') return false;
  const stack = Stack.of(node);
  return stack.node
    .findAll()
    .some((c) => CfnResource.isCfnResource(c) && c.cfnResourceType === KMS_KEY_TYPE && Stack.of(c) === stack && stack.resolve(c.logicalId) === logicalId);
}

const ALIAS_ARN = /^arn:aws:kms:([a-z0-9-]+):(\d{12}):(alias\/[\w/-]+)$/;

/**
 * A literal alias ARN (how a stack names a key in another region, where references cannot
 * reach) counts as an app key when the app defines that alias, in a stack of that account and
 * region, for a key the app defines.
 */
function isAppKeyAliasArn(node: CfnResource, arn: string): boolean {
  const match = ALIAS_ARN.exec(arn);
  if (!match) return false;
  const [, region, account, aliasName] = match;
  return node.node.root.node.findAll().some((c) => {
    if (!CfnResource.isCfnResource(c) || c.cfnResourceType !== 'AWS::KMS::Alias') return false;
    const stack = Stack.of(c);
    if (stack.region !== region || stack.account !== account) return false;
    const alias = c as unknown as { aliasName?: unknown; targetKeyId?: unknown };
    if (stack.resolve(alias.aliasName) !== aliasName) return false;
    const target = stack.resolve(alias.targetKeyId) as TemplateValue;
    return isAppKmsKey(c, target);
  });
}
