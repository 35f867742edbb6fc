import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type { DeploymentConfig } from '../config';
import { localUsersAllowed } from '../config/sections/identity';
import { domainPrefixOf } from './identity-stack';

/**
 * What the web client's app client shares with the identity stack's directory, derived from
 * the same config so both stacks agree without a cross-stack value: the managed-login origin
 * (its prefix is known at synth), the identity providers and the token lifetimes.
 */
export function webClientSignIn(config: DeploymentConfig) {
  const { identity } = config;
  return {
    signInOrigin: `https://${domainPrefixOf(config)}.auth.${config.region}.amazoncognito.com`,
    identityProviders: [
      ...identity.samlProviders.map((p) => cognito.UserPoolClientIdentityProvider.custom(p.name)),
      ...(localUsersAllowed(identity) ? [cognito.UserPoolClientIdentityProvider.COGNITO] : []),
    ],
    accessTokenValidity: Duration.minutes(identity.accessTokenMinutes),
    idTokenValidity: Duration.minutes(identity.idTokenMinutes),
    refreshTokenValidity: Duration.hours(identity.refreshTokenHours),
  };
}
