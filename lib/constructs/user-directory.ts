import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { DEPARTMENT_ATTRIBUTE, IDP_GROUPS_ATTRIBUTE, IDP_GROUPS_MAX_CHARS } from '../../contracts/idp-groups';
import {
  type IdentityConfig,
  type SamlProviderConfig,
  claimsOf,
  domainPrefixOf,
  readMetadataFile,
} from '../config/sections/identity';
import type { DeploymentConfig } from '../config';

/**
 * Who signs in through an app client. `federated`: SAML users only; Cognito writes the mapped
 * attributes through the client at every sign-in. `local`: Cognito-native (break-glass) users
 * only; they may write no attribute, so none can set its own department or IdP groups.
 */
export type ClientAudience = 'federated' | 'local';

export interface AppClientOptions {
  readonly audience: ClientAudience;
  readonly callbackUrls: readonly string[];
  readonly logoutUrls: readonly string[];
}

/** Every attribute a SAML provider maps (`attributeMapping` in addSamlProvider): email, name, department, IdP groups. */
export function mappedAttributes(): cognito.ClientAttributes {
  return new cognito.ClientAttributes()
    .withStandardAttributes({ email: true, fullname: true })
    .withCustomAttributes(DEPARTMENT_ATTRIBUTE, IDP_GROUPS_ATTRIBUTE);
}

/**
 * The identity providers and attribute access of an app client for one audience. Write access
 * is per client, so federated and local users never share one: a federated client must write
 * every mapped attribute (Cognito rejects the sign-in otherwise), and a local user given that
 * client could set `custom:idp_groups` on itself through UpdateUserAttributes (SRP tokens carry
 * `aws.cognito.signin.user.admin`). Federated users have no password, so they get tokens only
 * through the OAuth code grant, whose scopes exclude the self-service attribute API.
 *
 * Managed login signs users in without any API auth flow, but an app client's id is public and
 * `supportedIdentityProviders` governs managed login only, so a local user could run SRP against
 * the federated client and then write the mapped attributes. The federated client therefore
 * lists only the admin flow, which needs IAM credentials (`cognito-idp:AdminInitiateAuth`, held by
 * no kit role); an explicit flow is needed because an empty list means Cognito's default (SRP,
 * custom and refresh-token auth). The local client keeps SRP: the password never leaves the
 * browser, and TOTP is still required.
 */
export function appClientSettings(
  audience: ClientAudience,
  samlProviderNames: readonly string[],
): Required<Pick<cognito.UserPoolClientOptions, 'supportedIdentityProviders' | 'readAttributes' | 'writeAttributes' | 'authFlows'>> {
  if (audience === 'federated' && samlProviderNames.length === 0) throw new Error('a federated app client needs at least one SAML provider');
  return {
    supportedIdentityProviders: audience === 'federated'
      ? samlProviderNames.map((name) => cognito.UserPoolClientIdentityProvider.custom(name))
      : [cognito.UserPoolClientIdentityProvider.COGNITO],
    readAttributes: new cognito.ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
      .withCustomAttributes(DEPARTMENT_ATTRIBUTE, IDP_GROUPS_ATTRIBUTE),
    writeAttributes: audience === 'federated' ? mappedAttributes() : new cognito.ClientAttributes(),
    authFlows: audience === 'federated'
      ? { adminUserPassword: true, userSrp: false, user: false, userPassword: false, custom: false }
      : { userSrp: true, user: false, userPassword: false, adminUserPassword: false, custom: false },
  };
}

export interface UserDirectoryProps {
  /** Hosted-UI domain prefix (`<prefix>.auth.ap-northeast-1.amazoncognito.com`). */
  readonly domainPrefix: string;
  readonly samlProviders: readonly SamlProviderConfig[];
  /** Cognito-native break-glass users may sign in (TOTP MFA, strong passwords). */
  readonly allowLocalUsers: boolean;
  /** @default 14 */
  readonly passwordMinLength?: number;
  /** Where managed login may send the code and the browser after sign-out (the main app client). */
  readonly callbackUrls: readonly string[];
  readonly logoutUrls: readonly string[];
  /** The break-glass client's URLs (present when SAML providers and local users are both on). @default callbackUrls / logoutUrls */
  readonly breakGlassCallbackUrls?: readonly string[];
  readonly breakGlassLogoutUrls?: readonly string[];
  /** @default 15 minutes */
  readonly accessTokenValidity?: Duration;
  /** @default 15 minutes */
  readonly idTokenValidity?: Duration;
  /** @default 12 hours */
  readonly refreshTokenValidity?: Duration;
  /** Cognito groups carried in `cognito:groups`. @default none */
  readonly groups?: IdentityConfig['groups'];
  /** Keep the user pool on stack deletion. @default true */
  readonly retain?: boolean;
}

/**
 * The Cognito user pool employees sign in to: SAML federation from the corporate IdP, no self
 * sign-up, TOTP MFA and enforced threat protection for any local user, a hosted-UI prefix domain
 * in Tokyo, and app clients limited to the authorization-code grant with PKCE: one for federated
 * users and, when local users are allowed too, a separate break-glass client that writes nothing.
 */
export class UserDirectory extends Construct {
  public readonly userPool: cognito.UserPool;
  /** The main app client: federated users when a SAML provider is configured, otherwise local users. */
  public readonly client: cognito.UserPoolClient;
  /** Local (break-glass) users' own client, when SAML providers and local users are both on. */
  public readonly breakGlassClient?: cognito.UserPoolClient;
  private readonly tokenValidity: { readonly access: Duration; readonly id: Duration; readonly refresh: Duration };
  public readonly domain: cognito.UserPoolDomain;
  public readonly samlProviders: cognito.UserPoolIdentityProviderSaml[] = [];
  public readonly groups: cognito.CfnUserPoolGroup[] = [];

  constructor(scope: Construct, id: string, props: UserDirectoryProps) {
    super(scope, id);
    if (!props.allowLocalUsers && props.samlProviders.length === 0) {
      throw new Error(`UserDirectory ${this.node.path}: with local users disabled at least one SAML provider is needed`);
    }
    if (props.callbackUrls.some((u) => !u.startsWith('https://')) || props.logoutUrls.some((u) => !u.startsWith('https://'))) {
      throw new Error(`UserDirectory ${this.node.path}: callback and sign-out URLs must use https`);
    }

    this.tokenValidity = {
      access: props.accessTokenValidity ?? Duration.minutes(15),
      id: props.idTokenValidity ?? Duration.minutes(15),
      refresh: props.refreshTokenValidity ?? Duration.hours(12),
    };

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      signInAliases: { email: true, username: false },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      accountRecovery: cognito.AccountRecovery.NONE,
      standardAttributes: {
        // Mapped attributes are rewritten from the assertion at every sign-in, so they stay mutable.
        email: { required: true, mutable: true },
        fullname: { required: false, mutable: true },
      },
      customAttributes: {
        [DEPARTMENT_ATTRIBUTE]: new cognito.StringAttribute({ minLen: 0, maxLen: 256, mutable: true }),
        [IDP_GROUPS_ATTRIBUTE]: new cognito.StringAttribute({ minLen: 0, maxLen: IDP_GROUPS_MAX_CHARS, mutable: true }),
      },
      passwordPolicy: {
        minLength: props.passwordMinLength ?? 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(1),
        passwordHistorySize: 24,
      },
      // Guaranteed settings last. MFA is required for every Cognito-native user; Cognito does not
      // apply it to federated users, whose MFA is the IdP's job.
      selfSignUpEnabled: false,
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false, email: false },
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      customThreatProtectionMode: cognito.CustomThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: props.retain === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    // Only an administrator creates local users (break-glass); no invitation by SMS.
    const cfnPool = this.userPool.node.defaultChild as cognito.CfnUserPool;
    cfnPool.adminCreateUserConfig = { allowAdminCreateUserOnly: true };

    for (const saml of props.samlProviders) this.samlProviders.push(this.addSamlProvider(saml));

    this.domain = this.userPool.addDomain('HostedUi', {
      cognitoDomain: { domainPrefix: props.domainPrefix },
      managedLoginVersion: cognito.ManagedLoginVersion.CLASSIC_HOSTED_UI,
    });

    const federated = this.samlProviders.length > 0;
    // One client per kind of user, because write access is per client: Cognito writes the mapped
    // attributes through the client a federated user signs in with, so that client must allow
    // them, and a local user must not get a client that does (see appClientSettings).
    this.client = this.addAppClient('WebClient', {
      audience: federated ? 'federated' : 'local',
      callbackUrls: props.callbackUrls,
      logoutUrls: props.logoutUrls,
    });
    if (federated && props.allowLocalUsers) {
      this.breakGlassClient = this.addAppClient('BreakGlassClient', {
        audience: 'local',
        callbackUrls: props.breakGlassCallbackUrls ?? props.callbackUrls,
        logoutUrls: props.breakGlassLogoutUrls ?? props.logoutUrls,
      });
    }

    for (const [i, group] of (props.groups ?? []).entries()) {
      this.groups.push(
        new cognito.CfnUserPoolGroup(this, `Group-${group.name}`, {
          userPoolId: this.userPool.userPoolId,
          groupName: group.name,
          description: `${group.kind}: ${group.description ?? group.name}`,
          // Roles outrank departments when Cognito picks the preferred role.
          precedence: (group.kind === 'role' ? 0 : 100) + i,
        }),
      );
    }
  }

  /**
   * An app client with the kit's guaranteed settings (public, code grant with PKCE, SRP only,
   * short tokens, rotation and revocation) for one kind of user. Other stacks that need their
   * own client (a web client at its served URL) use `appClientSettings` for the same rules.
   */
  public addAppClient(id: string, options: AppClientOptions): cognito.UserPoolClient {
    if (options.callbackUrls.some((u) => !u.startsWith('https://')) || options.logoutUrls.some((u) => !u.startsWith('https://'))) {
      throw new Error(`UserDirectory ${this.node.path}: callback and sign-out URLs of ${id} must use https`);
    }
    const settings = appClientSettings(options.audience, this.samlProviders.map((p) => p.providerName));
    const client = this.userPool.addClient(id, {
      oAuth: {
        callbackUrls: [...options.callbackUrls],
        logoutUrls: [...options.logoutUrls],
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
      },
      accessTokenValidity: this.tokenValidity.access,
      idTokenValidity: this.tokenValidity.id,
      refreshTokenValidity: this.tokenValidity.refresh,
      // Guaranteed settings last: the audience's providers, attributes and auth flows (see
      // appClientSettings; no refresh-token auth flow, which refresh-token rotation forbids), and a
      // public (browser) client using the code grant with PKCE.
      ...settings,
      generateSecret: false,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      refreshTokenRotationGracePeriod: Duration.seconds(10),
    });
    for (const p of this.samlProviders) client.node.addDependency(p);
    return client;
  }

  /** The entity ID an IdP admin enters: `urn:amazon:cognito:sp:<user pool id>`. */
  public get samlEntityId(): string {
    return `urn:amazon:cognito:sp:${this.userPool.userPoolId}`;
  }

  /** The ACS (reply) URL an IdP admin enters. */
  public get samlAcsUrl(): string {
    return `${this.domain.baseUrl()}/saml2/idpresponse`;
  }

  private addSamlProvider(saml: SamlProviderConfig): cognito.UserPoolIdentityProviderSaml {
    const claims = claimsOf(saml);
    const metadata = saml.metadataFile !== undefined
      ? cognito.UserPoolIdentityProviderSamlMetadata.file(readMetadataFile(saml.metadataFile))
      : cognito.UserPoolIdentityProviderSamlMetadata.url(saml.metadataUrl!);
    return new cognito.UserPoolIdentityProviderSaml(this, `Saml-${saml.name}`, {
      userPool: this.userPool,
      name: saml.name,
      metadata,
      identifiers: saml.emailDomains.length ? [...saml.emailDomains] : undefined,
      idpSignout: saml.signOut,
      encryptedResponses: saml.encryptedAssertions,
      idpInitiated: false,
      requestSigningAlgorithm: cognito.SigningAlgorithm.RSA_SHA256,
      attributeMapping: {
        email: cognito.ProviderAttribute.other(claims.email),
        fullname: cognito.ProviderAttribute.other(claims.displayName),
        custom: {
          [`custom:${DEPARTMENT_ATTRIBUTE}`]: cognito.ProviderAttribute.other(claims.department),
          [`custom:${IDP_GROUPS_ATTRIBUTE}`]: cognito.ProviderAttribute.other(claims.groups),
        },
      },
    });
  }
}

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
