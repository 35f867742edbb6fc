import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { IDP_GROUP_MAPPING_ENV, IDP_GROUPS_ATTRIBUTE, loadMapping, parseIdpGroups, tokenGroups } from '../shared/idp-groups';
import { logger } from '../shared/logger';

/**
 * Cognito pre-token-generation trigger (V2): puts the Cognito groups that the corporate IdP's
 * group claim maps to into `cognito:groups` of the ID and access tokens, so single-sign-on users
 * get their role and department groups (and with them the guard's per-group policy) from the IdP
 * instead of by hand. Groups a user holds in Cognito directly are kept.
 *
 * Any error here fails the sign-in (Cognito does not issue the token): the function fails closed.
 * It logs counts only, never a user attribute.
 */

const mapping = loadMapping(process.env[IDP_GROUP_MAPPING_ENV]);

export async function handler(event: PreTokenGenerationV2TriggerEvent): Promise<PreTokenGenerationV2TriggerEvent> {
  const current = event.request.groupConfiguration?.groupsToOverride ?? [];
  const idpGroups = parseIdpGroups(event.request.userAttributes?.[`custom:${IDP_GROUPS_ATTRIBUTE}`]);
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
