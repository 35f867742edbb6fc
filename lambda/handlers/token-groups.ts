import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { IDP_GROUP_MAPPING_ENV, IDP_GROUPS_ATTRIBUTE, IDP_GROUPS_MAX_CHARS } from '../../contracts/idp-groups';
import { loadMapping, parseIdpGroups, samlProviderOf, tokenGroups } from '../shared/idp-groups';
import { logger } from '../shared/logger';

/**
 * Cognito pre-token-generation trigger (V2): puts the Cognito groups that the corporate IdP's
 * group claim maps to into `cognito:groups` of the ID and access tokens, so single-sign-on users
 * get their role and department groups (and with them the guard's per-group policy) from the IdP
 * instead of by hand. Groups a user holds in Cognito directly are kept.
 *
 * Only a federated user's IdP groups are mapped: `custom:idp_groups` on a local (break-glass)
 * user is ignored, so nobody maps themselves into `ai-admins` by writing the attribute.
 *
 * Any error here fails the sign-in (Cognito does not issue the token): the function fails closed.
 * It logs counts only, never a user attribute.
 */

const mapping = loadMapping(process.env[IDP_GROUP_MAPPING_ENV]);

/** The IdP's group claim is longer than the attribute holds: some groups would be lost, so no token. */
export class IdpGroupsTooLongError extends Error {
  constructor(chars: number) {
    super(`custom:${IDP_GROUPS_ATTRIBUTE} holds ${chars} characters, more than ${IDP_GROUPS_MAX_CHARS}; filter the group claim in the IdP`);
    this.name = 'IdpGroupsTooLongError';
  }
}

export async function handler(event: PreTokenGenerationV2TriggerEvent): Promise<PreTokenGenerationV2TriggerEvent> {
  const attributes = event.request.userAttributes ?? {};
  const current = event.request.groupConfiguration?.groupsToOverride ?? [];
  const raw = attributes[`custom:${IDP_GROUPS_ATTRIBUTE}`];
  const federated = samlProviderOf(attributes) !== undefined;

  if (!federated && raw !== undefined && raw.length > 0) {
    logger.warn('IdP groups ignored: not a federated user', { triggerSource: event.triggerSource, attributeChars: raw.length });
  }
  if (federated && raw !== undefined && raw.length > IDP_GROUPS_MAX_CHARS) {
    // Cognito refuses such a value itself; a claim that reaches us anyway is not trusted to be whole.
    logger.error('IdP group claim over the attribute limit: no token issued', { triggerSource: event.triggerSource, attributeChars: raw.length, limit: IDP_GROUPS_MAX_CHARS });
    throw new IdpGroupsTooLongError(raw.length);
  }

  const idpGroups = federated ? parseIdpGroups(raw) : [];
  const groups = tokenGroups(current, idpGroups, mapping);
  logger.info('token groups', {
    triggerSource: event.triggerSource,
    federated,
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
