import { Duration } from 'aws-cdk-lib';
import type { DeploymentConfig } from '../config';
import { appClientSettings } from '../constructs/user-directory';
import { domainPrefixOf } from './identity-stack';

/**
 * What the web client's app client shares with the identity stack's directory, derived from
 * the same config so both stacks agree without a cross-stack value: the managed-login origin
 * (its prefix is known at synth), the identity providers and the token lifetimes.
 */
export function webClientSignIn(config: DeploymentConfig) {
  const { identity } = config;
  // Federated users when an IdP is configured, otherwise local users: never both on one client,
  // because the client's write access differs (break-glass users use the directory's own client).
  const samlNames = identity.samlProviders.map((p) => p.name);
  const { supportedIdentityProviders, writeAttributes, authFlows } = appClientSettings(samlNames.length > 0 ? 'federated' : 'local', samlNames);
  return {
    signInOrigin: `https://${domainPrefixOf(config)}.auth.${config.region}.amazoncognito.com`,
    identityProviders: supportedIdentityProviders,
    writeAttributes,
    authFlows,
    accessTokenValidity: Duration.minutes(identity.accessTokenMinutes),
    idTokenValidity: Duration.minutes(identity.idTokenMinutes),
    refreshTokenValidity: Duration.hours(identity.refreshTokenHours),
  };
}
