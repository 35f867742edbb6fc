import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { logger } from '../shared/logger';

/**
 * Cognito pre-token-generation trigger (V2): puts the Cognito groups that the corporate IdP's
 * group claim maps to into `cognito:groups` of the ID and access tokens, so single-sign-on users
 * get their role and department groups (and with them the guard's per-group policy) from the IdP
 * instead of by hand. Groups a user holds in Cognito directly are kept.
 *
 * The IdP's group claim arrives in the `custom:idp_groups` attribute, written from the SAML
 * assertion at every federated sign-in; the app client cannot write it. Cognito stores a
 * multi-valued SAML attribute as "[a, b]"; a single value arrives as is.
 *
 * Any error here fails the sign-in (Cognito does not issue the token): the function fails closed.
 * It logs counts only, never a user attribute.
 */

export const IDP_GROUPS_CLAIM = 'custom:idp_groups';
export const MAPPING_VARIABLE = 'IDP_GROUP_MAPPING';

/** IdP group value -> Cognito group names, as synthesized from `identity.groups[].idpGroups`. */
export type GroupMapping = Readonly<Record<string, readonly string[]>>;

/** The IdP group values in the attribute: "[a, b]", "a, b" or "a", trimmed and de-duplicated. */
export function parseIdpGroups(value: string | undefined): string[] {
  if (value === undefined) return [];
  let inner = value.trim();
  if (inner.startsWith('[') && inner.endsWith(']')) inner = inner.slice(1, -1);
  const parts = inner.split(',').map((g) => g.trim()).filter((g) => g.length > 0);
  return [...new Set(parts)];
}

/** The token's groups: the user's Cognito groups plus every group their IdP groups map to. */
export function tokenGroups(current: readonly string[], idpGroups: readonly string[], mapping: GroupMapping): string[] {
  const groups = new Set(current);
  for (const idpGroup of idpGroups) {
    if (!Object.hasOwn(mapping, idpGroup)) continue;
    for (const group of mapping[idpGroup]) groups.add(group);
  }
  return [...groups].sort();
}

/**
 * Read at cold start: a bad mapping fails every sign-in rather than issuing tokens without groups.
 * Checked by hand (no schema library) to keep the sign-in path's bundle and cold start small.
 */
export function loadMapping(raw: string | undefined): GroupMapping {
  if (raw === undefined) throw new Error(`${MAPPING_VARIABLE} is not set`);
  const parsed: unknown = JSON.parse(raw);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${MAPPING_VARIABLE} must be a JSON object`);
  for (const [idpGroup, groups] of Object.entries(parsed)) {
    if (idpGroup.length === 0) throw new Error(`${MAPPING_VARIABLE} has an empty IdP group name`);
    if (!Array.isArray(groups) || groups.length === 0 || !groups.every((g) => typeof g === 'string' && g.length > 0)) {
      throw new Error(`${MAPPING_VARIABLE}: each IdP group must map to a non-empty list of group names`);
    }
  }
  return parsed as GroupMapping;
}

const mapping = loadMapping(process.env[MAPPING_VARIABLE]);

export async function handler(event: PreTokenGenerationV2TriggerEvent): Promise<PreTokenGenerationV2TriggerEvent> {
  const current = event.request.groupConfiguration?.groupsToOverride ?? [];
  const idpGroups = parseIdpGroups(event.request.userAttributes?.[IDP_GROUPS_CLAIM]);
  const groups = tokenGroups(current, idpGroups, mapping);
  logger.info('token groups', {
    triggerSource: event.triggerSource,
    idpGroupCount: idpGroups.length,
    cognitoGroupCount: current.length,
    tokenGroupCount: groups.length,
  });
  // IAM roles and the preferred role are passed through unchanged (the kit assigns none).
  const { iamRolesToOverride, preferredRole } = event.request.groupConfiguration ?? {};
  event.response = {
    claimsAndScopeOverrideDetails: {
      ...event.response?.claimsAndScopeOverrideDetails,
      groupOverrideDetails: {
        groupsToOverride: groups,
        ...(iamRolesToOverride ? { iamRolesToOverride } : {}),
        ...(preferredRole ? { preferredRole } : {}),
      },
    },
  };
  return event;
}
