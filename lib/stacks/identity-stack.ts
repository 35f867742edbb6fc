import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { DeploymentConfig } from '../config';
import { domainPrefixOf, idpGroupMapping, localUsersAllowed } from '../config/sections/identity';
import { IdpGroupMapping } from '../constructs/idp-group-mapping';
import type { IsolatedNetwork } from '../constructs/isolated-network';
import type { KitKeys } from '../constructs/kit-keys';
import { UserDirectory } from '../constructs/user-directory';

export interface IdentityStackProps extends StackProps {
  readonly config: DeploymentConfig;
  /** The foundation's keys (the sign-in trigger's logs and environment). */
  readonly keys: KitKeys;
  /** The foundation's network (the sign-in trigger runs in its isolated subnets). */
  readonly network: IsolatedNetwork;
}

/** The hosted-UI domain prefix from config, or one derived without revealing the account id. */
/**
 * Sign-in: the Cognito user pool with SAML federation, its hosted-UI domain, the app client and
 * the groups, plus the trigger that maps IdP groups to them when config maps any. Outputs are
 * the values an IdP administrator and a client developer need.
 */
export class IdentityStack extends Stack {
  public readonly directory: UserDirectory;
  /** Present when some group in `identity.groups` lists `idpGroups`. */
  public readonly groupMapping?: IdpGroupMapping;

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

    const mapping = idpGroupMapping(identity);
    if (Object.keys(mapping).length > 0) {
      this.groupMapping = new IdpGroupMapping(this, 'IdpGroups', {
        userPool: this.directory.userPool,
        mapping,
        vpc: props.network.vpc,
        logsKey: props.keys.logsKey,
        environmentKey: props.keys.dataKey,
        logRetentionDays: props.config.retention.logDays,
        retain: props.config.retainData,
      });
    }

    new CfnOutput(this, 'UserPoolId', { value: this.directory.userPool.userPoolId });
    new CfnOutput(this, 'AppClientId', { value: this.directory.client.userPoolClientId });
    if (this.directory.breakGlassClient) {
      new CfnOutput(this, 'BreakGlassAppClientId', {
        value: this.directory.breakGlassClient.userPoolClientId,
        description: 'App client for local (break-glass) users: managed login with a Cognito user name, writes no attribute',
      });
    }
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
