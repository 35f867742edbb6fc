import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { DeploymentConfig } from '../config';
import { localUsersAllowed } from '../config/sections/identity';
import { UserDirectory } from '../constructs/user-directory';

export interface IdentityStackProps extends StackProps {
  readonly config: DeploymentConfig;
}

/** The hosted-UI domain prefix from config, or `<prefix>-<account>` in lower case. */
export function domainPrefixOf(config: DeploymentConfig): string {
  return config.identity.domainPrefix ?? `${config.prefix.toLowerCase()}-${config.account}`;
}

/**
 * Sign-in: the Cognito user pool with SAML federation, its hosted-UI domain, the app client and
 * the groups. Outputs are the values an IdP administrator and a client developer need.
 */
export class IdentityStack extends Stack {
  public readonly directory: UserDirectory;

  constructor(scope: Construct, id: string, props: IdentityStackProps) {
    super(scope, id, props);
    const { identity } = props.config;

    this.directory = new UserDirectory(this, 'Directory', {
      domainPrefix: domainPrefixOf(props.config),
      samlProviders: identity.samlProviders,
      allowLocalUsers: localUsersAllowed(identity),
      passwordMinLength: identity.passwordMinLength,
      callbackUrls: identity.callbackUrls,
      logoutUrls: identity.logoutUrls,
      accessTokenValidity: Duration.minutes(identity.accessTokenMinutes),
      idTokenValidity: Duration.minutes(identity.idTokenMinutes),
      refreshTokenValidity: Duration.hours(identity.refreshTokenHours),
      groups: identity.groups,
      retain: props.config.retainData,
    });

    new CfnOutput(this, 'UserPoolId', { value: this.directory.userPool.userPoolId });
    new CfnOutput(this, 'AppClientId', { value: this.directory.client.userPoolClientId });
    new CfnOutput(this, 'HostedUiUrl', { value: this.directory.domain.baseUrl() });
    new CfnOutput(this, 'SamlEntityId', {
      value: this.directory.samlEntityId,
      description: 'Enter in the IdP as the SP entity ID / Identifier (audience)',
    });
    new CfnOutput(this, 'SamlAcsUrl', {
      value: this.directory.samlAcsUrl,
      description: 'Enter in the IdP as the ACS / Reply URL',
    });
  }
}
