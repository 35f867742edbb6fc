import { CfnResource, Stack } from 'aws-cdk-lib';

/** A JSON value as it appears in a synthesized CloudFormation template. */
export type TemplateValue = unknown;

/** The resource as CloudFormation will see it: type plus fully resolved properties (overrides included). */
export interface ResolvedResource {
  readonly type: string;
  readonly properties: Record<string, TemplateValue>;
}

/**
 * Resolve a resource the way synthesis does (`_toCloudFormation` applies raw
 * overrides; `Stack.resolve` turns tokens into intrinsics). A resource that
 * renders nothing (e.g. an L2 `Policy` attached to no principal) has no
 * properties. `resolve` may be swapped for a custom token resolution.
 */
export function resolveResource(
  node: CfnResource,
  resolve: (value: unknown) => unknown = (value) => Stack.of(node).resolve(value),
): ResolvedResource {
  const rendered = resolve(node._toCloudFormation()) as {
    Resources?: Record<string, { Type: string; Properties?: Record<string, TemplateValue> }>;
  };
  const [resource] = Object.values(rendered.Resources ?? {});
  return { type: resource?.Type ?? node.cfnResourceType, properties: resource?.Properties ?? {} };
}

/** The resolved properties of a resource. */
export function resolvedProperties(node: CfnResource): Record<string, TemplateValue> {
  return resolveResource(node).properties;
}

export function isRecord(value: TemplateValue): value is Record<string, TemplateValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value that may be a single item or a list, as a list (absent → empty). */
export function asList(value: TemplateValue): TemplateValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Render a resolved value as one string, so patterns can match across
 * `Fn::Join` / `Fn::Sub`. Intrinsics that cannot be rendered become `${...}`
 * placeholders: `{ Ref: 'AWS::Region' }` → `${AWS::Region}`,
 * `{ 'Fn::GetAtt': ['Key', 'Arn'] }` → `${Key.Arn}`.
 */
export function flattenToString(value: TemplateValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRecord(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const [fn] = keys;
      const arg = value[fn];
      if (fn === 'Ref' && typeof arg === 'string') return `\${${arg}}`;
      if (fn === 'Fn::GetAtt' && Array.isArray(arg)) return `\${${arg.map(flattenToString).join('.')}}`;
      if (fn === 'Fn::Join' && Array.isArray(arg) && Array.isArray(arg[1])) {
        return arg[1].map(flattenToString).join(typeof arg[0] === 'string' ? arg[0] : '');
      }
      if (fn === 'Fn::Sub') return flattenToString(Array.isArray(arg) ? arg[0] : arg);
      return `\${${fn}}`;
    }
  }
  return '${?}';
}

/**
 * Every string in a resolved value. `Fn::Join` / `Fn::Sub` are rendered whole
 * (see {@link flattenToString}) and their non-literal parts are walked too, so
 * strings inside e.g. `Fn::If` branches are not missed.
 */
export function collectStrings(value: TemplateValue, out: string[] = []): string[] {
  if (typeof value === 'string') {
    out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectStrings(item, out);
  } else if (isRecord(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && (keys[0] === 'Fn::Join' || keys[0] === 'Fn::Sub')) {
      out.push(flattenToString(value));
      const arg = value[keys[0]];
      const parts = keys[0] === 'Fn::Join' && Array.isArray(arg) ? asList(arg[1]) : Array.isArray(arg) ? arg.slice(1) : [];
      for (const part of parts) if (typeof part !== 'string') collectStrings(part, out);
    } else {
      for (const item of Object.values(value)) collectStrings(item, out);
    }
  }
  return out;
}
