/**
 * IdP groups -> Cognito groups for the sign-in trigger (`handlers/token-groups.ts`); the attribute
 * and variable names come from contracts/idp-groups.ts, which the constructs import too.
 *
 * The IdP's group claim arrives in the `custom:idp_groups` attribute, written from the SAML
 * assertion at every federated sign-in. Cognito stores a multi-valued SAML attribute as "[a, b]";
 * a single value arrives as is. The attribute is trusted only on a federated user: a local user's
 * copy is ignored, whoever wrote it.
 */

import { type GroupMapping, IDP_GROUP_MAPPING_ENV } from '../../contracts/idp-groups';

/**
 * The SAML provider a user signed in through, or undefined for a local (Cognito-native) user.
 * Both signals are set by Cognito and cannot be written through any attribute API: the user
 * status `EXTERNAL_PROVIDER` (a user Cognito created at a federated sign-in) and the `identities`
 * attribute naming a SAML provider. A local user linked to an IdP by an administrator
 * (AdminLinkProviderForUser) keeps its own status and so counts as local.
 */
export function samlProviderOf(attributes: Readonly<Record<string, string | undefined>>): string | undefined {
  if (attributes['cognito:user_status'] !== 'EXTERNAL_PROVIDER') return undefined;
  let identities: unknown;
  try {
    identities = JSON.parse(attributes.identities ?? '');
  } catch {
    return undefined;
  }
  if (!Array.isArray(identities)) return undefined;
  const saml = identities.find((i): i is { providerName: string } =>
    typeof i === 'object' && i !== null && i.providerType === 'SAML' && typeof i.providerName === 'string' && i.providerName.length > 0);
  return saml?.providerName;
}

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
 * The mapping from the trigger's environment; throws on anything else, so a bad mapping fails
 * every sign-in rather than issuing tokens without groups. Checked by hand (no schema library)
 * to keep the sign-in path's bundle and cold start small.
 */
export function loadMapping(raw: string | undefined): GroupMapping {
  if (raw === undefined) throw new Error(`${IDP_GROUP_MAPPING_ENV} is not set`);
  const parsed: unknown = JSON.parse(raw);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${IDP_GROUP_MAPPING_ENV} must be a JSON object`);
  for (const [idpGroup, groups] of Object.entries(parsed)) {
    if (idpGroup.length === 0) throw new Error(`${IDP_GROUP_MAPPING_ENV} has an empty IdP group name`);
    if (!Array.isArray(groups) || groups.length === 0 || !groups.every((g) => typeof g === 'string' && g.length > 0)) {
      throw new Error(`${IDP_GROUP_MAPPING_ENV}: each IdP group must map to a non-empty list of group names`);
    }
  }
  return parsed as GroupMapping;
}
