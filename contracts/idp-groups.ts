/**
 * Names shared by the user pool (lib/constructs/user-directory.ts, idp-group-mapping.ts) and the
 * sign-in trigger (lambda/handlers/token-groups.ts) that maps IdP groups to Cognito groups.
 */

/** Custom user-pool attribute that receives the IdP's group claim (`custom:idp_groups`). */
export const IDP_GROUPS_ATTRIBUTE = 'idp_groups';
/**
 * Cognito's limit for a custom string attribute, and so for the IdP's group claim as stored
 * (about 53 Entra ID object ids of 36 characters plus separators). Longer claims fail the sign-in.
 */
export const IDP_GROUPS_MAX_CHARS = 2048;
/** Custom user-pool attribute that receives the IdP's department claim (`custom:department`). */
export const DEPARTMENT_ATTRIBUTE = 'department';
/** Environment variable of the trigger holding the mapping as JSON. */
export const IDP_GROUP_MAPPING_ENV = 'IDP_GROUP_MAPPING';

/** IdP group value -> Cognito group names, as synthesized from `identity.groups[].idpGroups`. */
export type GroupMapping = Readonly<Record<string, readonly string[]>>;
