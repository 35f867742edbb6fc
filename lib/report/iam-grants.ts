import type { AssemblyModel } from './model';
import { type LocatedResource, asArray, compareText, isRecord, props, referencedResources, resourcesOfType } from './template-query';

/** One Allow statement of an identity policy, with the principals (roles, users, groups) it is attached to. */
export interface IdentityGrant {
  /** The resource holding the statement (a policy, managed policy or role). */
  readonly policy: LocatedResource;
  readonly principals: readonly LocatedResource[];
  readonly actions: readonly string[];
  readonly resources: unknown;
}

const PRINCIPAL_TYPES = ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'];

/** Allow statements of every identity policy in the assembly (inline, attached and managed). */
export function identityGrants(model: AssemblyModel): IdentityGrant[] {
  const grants: IdentityGrant[] = [];
  const principalsOf = (r: LocatedResource, keys: string[]): LocatedResource[] =>
    referencedResources(model, r.stack, keys.map((k) => props(r)[k])).filter((p) => PRINCIPAL_TYPES.includes(p.resource.Type));

  for (const policy of resourcesOfType(model, 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy')) {
    let principals = principalsOf(policy, ['Roles', 'Users', 'Groups']);
    if (policy.resource.Type === 'AWS::IAM::ManagedPolicy') {
      // Roles may attach a managed policy from their side (ManagedPolicyArns).
      const attachedBy = resourcesOfType(model, ...PRINCIPAL_TYPES).filter((p) =>
        referencedResources(model, p.stack, props(p).ManagedPolicyArns).some((m) => m.stack === policy.stack && m.logicalId === policy.logicalId),
      );
      principals = dedupe([...principals, ...attachedBy]);
    }
    grants.push(...statementsOf(policy, getDocument(props(policy).PolicyDocument), principals));
  }
  for (const principal of resourcesOfType(model, ...PRINCIPAL_TYPES)) {
    for (const inline of asArray(props(principal).Policies)) {
      if (isRecord(inline)) grants.push(...statementsOf(principal, getDocument(inline.PolicyDocument), [principal]));
    }
    for (const arn of asArray(props(principal).ManagedPolicyArns)) {
      const name = awsManagedPolicyName(arn);
      if (name === 'AdministratorAccess' || name === 'PowerUserAccess' || name === 'IAMFullAccess') {
        grants.push({ policy: principal, principals: [principal], actions: [name === 'IAMFullAccess' ? 'iam:*' : '*'], resources: '*' });
      }
    }
  }
  return grants;
}

function getDocument(doc: unknown): unknown[] {
  return isRecord(doc) ? asArray(doc.Statement) : [];
}

function statementsOf(policy: LocatedResource, statements: unknown[], principals: LocatedResource[]): IdentityGrant[] {
  return statements
    .filter((s): s is Record<string, unknown> => isRecord(s) && s.Effect === 'Allow')
    .map((s) => ({
      policy,
      principals,
      actions: asArray(s.Action).filter((a): a is string => typeof a === 'string'),
      resources: s.Resource,
    }));
}

/** Name of an AWS managed policy from its ARN (plain or `Fn::Join`ed), or undefined. */
export function awsManagedPolicyName(arn: unknown): string | undefined {
  const flat = typeof arn === 'string' ? arn : isRecord(arn) && Array.isArray(arn['Fn::Join']) ? (asArray((arn['Fn::Join'] as unknown[])[1]).filter((p) => typeof p === 'string') as string[]).join('') : '';
  const m = /:iam::aws:policy\/(?:.*\/)?([A-Za-z0-9+=,.@_-]+)$/.exec(flat);
  return m?.[1];
}

/** Whether a granted action (case-insensitive, `*` and `?` wildcards) covers a concrete action. */
export function actionMatches(granted: string, action: string): boolean {
  const escaped = granted.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i').test(action);
}

export function dedupe(resources: LocatedResource[]): LocatedResource[] {
  const map = new Map<string, LocatedResource>();
  for (const r of resources) map.set(`${r.stack.name}/${r.logicalId}`, r);
  return [...map.values()].sort((a, b) => compareText(a.stack.name, b.stack.name) || compareText(a.logicalId, b.logicalId));
}
