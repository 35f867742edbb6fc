import { TemplateValue, asList, flattenToString, isRecord } from './template-values';

/** One IAM policy statement, normalised: every list present, strings rendered. */
export interface PolicyStatement {
  readonly effect: 'Allow' | 'Deny';
  readonly actions: string[];
  readonly notActions: string[];
  readonly resources: string[];
  readonly notResources: string[];
  /** `*` for anyone (`"*"` or `{ AWS: "*" }`), otherwise the rendered principal values. */
  readonly principals: string[];
  readonly hasPrincipal: boolean;
  readonly condition: Record<string, TemplateValue> | undefined;
}

const strings = (value: TemplateValue): string[] => asList(value).map(flattenToString);

/** The statements of a resolved policy document (a JSON string document is parsed first). */
export function policyStatements(document: TemplateValue): PolicyStatement[] {
  let doc = document;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc);
    } catch {
      return [];
    }
  }
  if (!isRecord(doc)) return [];
  return asList(doc.Statement).filter(isRecord).map((s) => ({
    effect: s.Effect === 'Deny' ? 'Deny' : 'Allow',
    actions: strings(s.Action),
    notActions: strings(s.NotAction),
    resources: strings(s.Resource),
    notResources: strings(s.NotResource),
    principals: principalValues(s.Principal),
    hasPrincipal: s.Principal !== undefined,
    condition: isRecord(s.Condition) && Object.keys(s.Condition).length > 0 ? s.Condition : undefined,
  }));
}

function principalValues(principal: TemplateValue): string[] {
  if (principal === undefined) return [];
  if (!isRecord(principal)) return strings(principal);
  return Object.values(principal).flatMap(strings);
}

/** Whether the statement applies to every principal (`*` or `{ AWS: '*' }`). */
export function isAnyPrincipal(statement: PolicyStatement): boolean {
  return statement.principals.includes('*');
}

/** IAM-style wildcard match (`*` and `?`), case-insensitive as IAM actions are. */
export function wildcardMatches(pattern: string, value: string): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i').test(value);
}
