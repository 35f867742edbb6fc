import type { AssemblyModel, CfnResourceJson, ResourceRef, StackModel } from './model';

/** One resource with the stack it lives in. */
export interface LocatedResource {
  readonly stack: StackModel;
  readonly logicalId: string;
  readonly resource: CfnResourceJson;
}

export const refOf = (r: LocatedResource): ResourceRef => ({ stack: r.stack.name, logicalId: r.logicalId, type: r.resource.Type });

export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const compareRefs = (a: ResourceRef, b: ResourceRef): number =>
  compareText(a.stack, b.stack) || compareText(a.logicalId, b.logicalId);

/** Every resource of every stack, sorted by stack name and logical id. */
export function allResources(model: AssemblyModel): LocatedResource[] {
  const out: LocatedResource[] = [];
  for (const stack of model.stacks) {
    for (const [logicalId, resource] of Object.entries(stack.template.Resources ?? {})) {
      out.push({ stack, logicalId, resource });
    }
  }
  return out.sort((a, b) => compareText(a.stack.name, b.stack.name) || compareText(a.logicalId, b.logicalId));
}

export function resourcesOfType(model: AssemblyModel, ...types: string[]): LocatedResource[] {
  return allResources(model).filter((r) => types.includes(r.resource.Type));
}

export function props(r: LocatedResource): Record<string, unknown> {
  return r.resource.Properties ?? {};
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Property at a dotted path, e.g. `BucketEncryption.ServerSideEncryptionConfiguration`. */
export function getPath(value: unknown, path: string): unknown {
  let cur: unknown = value;
  for (const part of path.split('.')) {
    if (!isRecord(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

/** `true` for the boolean or the string CloudFormation also accepts. */
export function isTrue(v: unknown): boolean {
  return v === true || v === 'true';
}

/**
 * The resource a value points at: `Ref`, `Fn::GetAtt` in this stack, or an output of another stack
 * in the assembly (`Fn::GetStackOutput`, or `Fn::ImportValue` of an export).
 */
export function resolveTarget(model: AssemblyModel, stack: StackModel, value: unknown): LocatedResource | undefined {
  if (!isRecord(value)) return undefined;
  let logicalId: string | undefined;
  if (typeof value.Ref === 'string') logicalId = value.Ref;
  const getAtt = value['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') logicalId = getAtt[0];
  if (typeof getAtt === 'string') logicalId = getAtt.split('.')[0];
  if (logicalId !== undefined) {
    const resource = stack.template.Resources?.[logicalId];
    return resource ? { stack, logicalId, resource } : undefined;
  }
  // Cross-stack references: `Fn::GetStackOutput` (current CDK) or an export read with `Fn::ImportValue`.
  const stackOutput = value['Fn::GetStackOutput'];
  if (isRecord(stackOutput) && typeof stackOutput.StackName === 'string' && typeof stackOutput.OutputName === 'string') {
    const other = model.stacks.find((s) => s.name === stackOutput.StackName);
    const output = other?.template.Outputs?.[stackOutput.OutputName];
    return other && output ? resolveTarget(model, other, output.Value) : undefined;
  }
  const imported = value['Fn::ImportValue'];
  if (typeof imported === 'string') {
    for (const other of model.stacks) {
      for (const output of Object.values(other.template.Outputs ?? {})) {
        if (output.Export?.Name === imported) return resolveTarget(model, other, output.Value);
      }
    }
  }
  return undefined;
}

/** Every resource a value refers to anywhere inside it (Ref, GetAtt, ImportValue, Sub `${Id}`). */
export function referencedResources(model: AssemblyModel, stack: StackModel, value: unknown): LocatedResource[] {
  const found = new Map<string, LocatedResource>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!isRecord(v)) return;
    const direct = resolveTarget(model, stack, v);
    if (direct) found.set(`${direct.stack.name}/${direct.logicalId}`, direct);
    const sub = v['Fn::Sub'];
    const subText = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
    if (subText) {
      for (const m of subText.matchAll(/\$\{([A-Za-z0-9]+)(\.[A-Za-z0-9.]+)?\}/g)) {
        const resource = stack.template.Resources?.[m[1]];
        if (resource) found.set(`${stack.name}/${m[1]}`, { stack, logicalId: m[1], resource });
      }
    }
    Object.values(v).forEach(visit);
  };
  visit(value);
  return [...found.values()].sort((a, b) => compareText(a.stack.name, b.stack.name) || compareText(a.logicalId, b.logicalId));
}

/** A string found in a template, with where it was found. */
export interface FoundString {
  readonly path: string;
  readonly value: string;
}

/**
 * Every string a property holds once intrinsics are flattened: `Fn::Join` is joined (tokens become
 * `{...}`), `Fn::Sub` keeps its text. Keys are not reported, values are.
 */
export function collectStrings(value: unknown, path = ''): FoundString[] {
  const out: FoundString[] = [];
  const visit = (v: unknown, p: string): void => {
    if (typeof v === 'string') {
      out.push({ path: p, value: v });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, `${p}[${i}]`));
      return;
    }
    if (!isRecord(v)) return;
    const join = v['Fn::Join'];
    if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
      const parts = (join[1] as unknown[]).map((part) => (typeof part === 'string' ? part : tokenText(part)));
      out.push({ path: p, value: parts.join(join[0]) });
      return;
    }
    for (const [k, child] of Object.entries(v)) visit(child, p ? `${p}.${k}` : k);
  };
  visit(value, path);
  return out;
}

function tokenText(v: unknown): string {
  if (!isRecord(v)) return '{?}';
  if (typeof v.Ref === 'string') return `{${v.Ref}}`;
  const getAtt = v['Fn::GetAtt'];
  if (Array.isArray(getAtt)) return `{${getAtt.join('.')}}`;
  return '{...}';
}
