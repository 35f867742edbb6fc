import type { APIGatewayProxyEvent } from 'aws-lambda';
import { unauthorized } from './chat-errors';

/** Who is calling, from the Cognito authorizer's verified claims only (never the body). */
export interface CallerIdentity {
  readonly sub: string;
  readonly groups: string[];
  /** `unassigned` when the IdP sends no department. */
  readonly department: string;
}

const SUB = /^[0-9A-Za-z-]{1,128}$/;

/**
 * API Gateway flattens `cognito:groups` into a string ("a,b" or "[a b]"); a Lambda
 * test event may carry an array. Both become a sorted, de-duplicated list.
 */
function parseGroups(value: unknown): string[] {
  const parts = Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? value.replace(/^\[|\]$/g, '').split(/[\s,]+/)
      : [];
  return [...new Set(parts.map((g) => g.trim()).filter((g) => g.length > 0))].sort();
}

/** Read the caller from the authorizer context; throws a 401 ChatError without a valid `sub`. */
export function callerIdentity(event: APIGatewayProxyEvent): CallerIdentity {
  const claims = event.requestContext?.authorizer?.claims as Record<string, unknown> | undefined;
  const sub = claims?.sub;
  if (typeof sub !== 'string' || !SUB.test(sub)) throw unauthorized();
  const department = claims?.['custom:department'];
  return {
    sub,
    groups: parseGroups(claims?.['cognito:groups']),
    department: typeof department === 'string' && department.trim() ? department.trim().slice(0, 128) : 'unassigned',
  };
}
