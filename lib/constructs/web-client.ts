import * as fs from 'node:fs';
import * as path from 'node:path';
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import * as esbuild from 'esbuild';
import { DEPARTMENT_ATTRIBUTE, IDP_GROUPS_ATTRIBUTE } from '../../contracts';
import { EncryptedBucket } from './encrypted-bucket';
import { NETWORK_INTERFACE_ACTIONS, OWN_LOG_GROUP_ACTIONS } from './kit-function';

/** Where the client's sources live (bundled at synth; lib never imports them). */
export const WEB_SOURCE_DIR = path.resolve(__dirname, '..', '..', 'lambda', 'web');

/** The files the API serves, each on its own GET method with its own fixed Content-Type. */
export const WEB_FILES = [
  { route: '', key: 'index.html', contentType: 'text/html; charset=utf-8' },
  { route: 'app/main.js', key: 'app/main.js', contentType: 'text/javascript; charset=utf-8' },
  { route: 'app/style.css', key: 'app/style.css', contentType: 'text/css; charset=utf-8' },
  { route: 'app/config.json', key: 'app/config.json', contentType: 'application/json; charset=utf-8' },
] as const;

/** The runtime configuration the client reads from `app/config.json`. */
export interface WebClientRuntimeConfig {
  /** Managed-login base URL, `https://<prefix>.auth.ap-northeast-1.amazoncognito.com`. */
  readonly signInUrl: string;
  readonly clientId: string;
  /** Path of the client below the origin (`/<stage>/` on execute-api, `/` on a custom domain); also the redirect URI path. */
  readonly basePath: string;
  readonly scopes: readonly string[];
  /** Hosts whose links in answers stay links. */
  readonly allowedLinkHosts: readonly string[];
}

/**
 * The Content-Security-Policy of every file: nothing but the kit's own origin, plus the
 * managed-login origin for the token and revocation calls. No inline script or style, no
 * frames, no base element, no plugins.
 */
export function contentSecurityPolicy(signInOrigin: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${signInOrigin}`,
    `form-action 'self' ${signInOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "manifest-src 'self'",
  ].join('; ');
}

/** Security headers on every file the client is made of. */
export function securityHeaders(signInOrigin: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(signInOrigin),
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    // Small files, redeployed in place: always revalidate so a deploy takes effect at once.
    'Cache-Control': 'no-cache',
  };
}

/** index.html with the asset paths under the base path (no inline script or style). */
export function indexHtml(basePath: string): string {
  const template = fs.readFileSync(path.join(WEB_SOURCE_DIR, 'index.html'), 'utf8');
  return template.replace(/%BASE%/g, basePath);
}

/** Bundle the client with esbuild (no Docker, a few hundred milliseconds). */
export function bundleWebClient(): { js: string; css: string } {
  const result = esbuild.buildSync({
    entryPoints: [path.join(WEB_SOURCE_DIR, 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2022'],
    platform: 'browser',
    charset: 'ascii',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const js = result.outputFiles[0].text;
  const css = fs.readFileSync(path.join(WEB_SOURCE_DIR, 'style.css'), 'utf8');
  return { js, css };
}

export interface WebClientProps {
  /** The REST API that serves the client next to /v1/* (same origin, same WAF). */
  readonly api: apigw.RestApi;
  readonly stageName: string;
  /** Custom domain of the API, when set (the execute-api endpoint is then disabled). */
  readonly customDomainName?: string;
  /** The execute-api interface endpoint of a private API (its endpoint-specific host name is a callback URL too). */
  readonly vpcEndpoint?: ec2.IInterfaceVpcEndpoint;
  readonly userPool: cognito.IUserPool;
  /** Managed-login origin, `https://<prefix>.auth.ap-northeast-1.amazoncognito.com`. */
  readonly signInOrigin: string;
  /** Identity providers the app client offers (SAML provider names; `COGNITO` for local users). */
  readonly identityProviders: readonly cognito.UserPoolClientIdentityProvider[];
  /** Attributes the client writes: every IdP-mapped attribute for a federated client (`appClientSettings`). @default none */
  readonly writeAttributes?: cognito.ClientAttributes;
  /** API auth flows: none a user could call on a federated client (`appClientSettings`). @default SRP only */
  readonly authFlows?: cognito.AuthFlow;
  readonly accessTokenValidity: Duration;
  readonly idTokenValidity: Duration;
  readonly refreshTokenValidity: Duration;
  readonly allowedLinkHosts: readonly string[];
  /** The deployment function runs here and reaches S3 through the gateway endpoint. */
  readonly vpc: ec2.IVpc;
  readonly serverAccessLogsBucket: s3.IBucket;
  readonly logsKey: kms.IKey;
  readonly logRetentionDays: number;
  readonly retain?: boolean;
}

/**
 * The employee web client, served from Tokyo without a global edge: the bundled static files in
 * a KMS-encrypted bucket of their own key, read by the kit's REST API through an S3 integration
 * whose role can only get those objects and decrypt them. Every file carries a strict CSP and
 * the other security headers. The client signs in with its own public app client (code grant,
 * PKCE, refresh-token rotation, revocation) whose callback URL is where the API serves it.
 */
export class WebClient extends Construct {
  public readonly bucket: s3.Bucket;
  public readonly key: kms.Key;
  public readonly appClient: cognito.UserPoolClient;
  public readonly readRole: iam.Role;
  public readonly deployment: s3deploy.BucketDeployment;
  /** Path of the client below the origin. */
  public readonly basePath: string;
  /** Where the client is served (also its callback and sign-out URLs). */
  public readonly urls: string[];
  public readonly methods: apigw.Method[] = [];

  constructor(scope: Construct, id: string, props: WebClientProps) {
    super(scope, id);
    const { region, urlSuffix } = Stack.of(this);
    const removalPolicy = props.retain === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    this.basePath = props.customDomainName ? '/' : `/${props.stageName}/`;
    const apiId = props.api.restApiId;
    this.urls = props.customDomainName
      ? [`https://${props.customDomainName}/`]
      : [
          `https://${apiId}.execute-api.${region}.${urlSuffix}${this.basePath}`,
          // A private API is also reached by its endpoint-specific name (no private DNS needed).
          ...(props.vpcEndpoint ? [`https://${apiId}-${props.vpcEndpoint.vpcEndpointId}.execute-api.${region}.${urlSuffix}${this.basePath}`] : []),
        ];

    this.key = new kms.Key(this, 'Key', {
      description: 'private-ai-jp: the web client static files',
      enableKeyRotation: true,
      rotationPeriod: Duration.days(365),
      pendingWindow: Duration.days(30),
      removalPolicy,
    });
    this.bucket = new EncryptedBucket(this, 'Files', {
      encryptionKey: this.key,
      serverAccessLogsBucket: props.serverAccessLogsBucket,
      // Old versions of a few small files: a week is enough to roll back a deploy.
      noncurrentVersionExpirationDays: 7,
      retain: props.retain,
    }).bucket;

    this.appClient = new cognito.UserPoolClient(this, 'AppClient', {
      userPool: props.userPool,
      oAuth: {
        callbackUrls: this.urls,
        logoutUrls: this.urls,
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
      },
      supportedIdentityProviders: [...props.identityProviders],
      accessTokenValidity: props.accessTokenValidity,
      idTokenValidity: props.idTokenValidity,
      refreshTokenValidity: props.refreshTokenValidity,
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes(DEPARTMENT_ATTRIBUTE, IDP_GROUPS_ATTRIBUTE),
      writeAttributes: props.writeAttributes ?? new cognito.ClientAttributes(),
      // Guaranteed settings last: a public browser client, code grant with PKCE, SRP only for
      // the managed login, rotating refresh tokens that sign-out revokes.
      generateSecret: false,
      authFlows: props.authFlows ?? { userSrp: true, user: false, userPassword: false, adminUserPassword: false, custom: false },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      refreshTokenRotationGracePeriod: Duration.seconds(10),
    });

    const { js, css } = bundleWebClient();
    const runtimeConfig: WebClientRuntimeConfig = {
      signInUrl: props.signInOrigin,
      clientId: this.appClient.userPoolClientId,
      basePath: this.basePath,
      scopes: ['openid', 'email', 'profile'],
      allowedLinkHosts: [...props.allowedLinkHosts],
    };

    const deployLogs = new logs.LogGroup(this, 'DeployLogs', {
      encryptionKey: props.logsKey,
      retention: props.logRetentionDays as logs.RetentionDays,
      removalPolicy,
    });
    const deploySg = new ec2.SecurityGroup(this, 'DeploySg', {
      vpc: props.vpc,
      description: `${id}: file deployment, HTTPS to the S3 gateway endpoint and the KMS endpoint only`,
      allowAllOutbound: false,
    });
    // The isolated route tables hold no route to the internet, so this reaches only the S3
    // gateway endpoint (public prefix-list addresses unknown offline) and the VPC's endpoints.
    deploySg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS to the S3 gateway endpoint and interface endpoints (no internet route exists)');

    // The deployment function's role, as a kit function's: its own log group and the ENI actions,
    // no AWS managed policy. CDK adds the bucket, key and asset grants to it.
    const deployRole = new iam.Role(this, 'DeployRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Copies the web client files into their bucket at deploy time (execution role)',
    });
    const deployNetwork = new iam.ManagedPolicy(this, 'DeployNetworkInterfaces', {
      description: 'Lambda VPC attachment: elastic network interfaces of the web client deployment function',
      statements: [new iam.PolicyStatement({ actions: [...NETWORK_INTERFACE_ACTIONS], resources: ['*'] })],
    });
    const deployLogsWrite = new iam.ManagedPolicy(this, 'DeployLogsWrite', {
      description: "Write log events to the web client deployment function's own log group only",
      statements: [new iam.PolicyStatement({ actions: [...OWN_LOG_GROUP_ACTIONS], resources: [deployLogs.logGroupArn] })],
    });
    deployRole.addManagedPolicy(deployNetwork);
    deployRole.addManagedPolicy(deployLogsWrite);
    Validations.of(deployNetwork).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Only the EC2 network-interface actions Lambda needs to attach the deployment function to the VPC; the interfaces do not exist before they are created, so no resource can be named.',
    });

    this.deployment = new s3deploy.BucketDeployment(this, 'Deploy', {
      role: deployRole,
      destinationBucket: this.bucket,
      sources: [
        s3deploy.Source.data('index.html', indexHtml(this.basePath)),
        s3deploy.Source.data('app/main.js', js),
        s3deploy.Source.data('app/style.css', css),
        s3deploy.Source.jsonData('app/config.json', runtimeConfig),
      ],
      prune: true,
      retainOnDelete: props.retain !== false,
      memoryLimit: 256,
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      securityGroups: [deploySg],
      logGroup: deployLogs,
      serverSideEncryption: s3deploy.ServerSideEncryption.AWS_KMS,
      serverSideEncryptionAwsKmsKeyId: this.key.keyArn,
    });

    // API Gateway reads exactly the served objects and decrypts them with this key, via S3 only.
    this.readRole = new iam.Role(this, 'ReadRole', {
      assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com'),
      description: 'API Gateway reads the web client files (GetObject on them, decrypt via S3)',
    });
    this.readRole.addManagedPolicy(
      new iam.ManagedPolicy(this, 'ReadPolicy', {
        description: 'GetObject on the served web client files only, and decrypt through S3 only',
        statements: [
            new iam.PolicyStatement({
              actions: ['s3:GetObject'],
              resources: WEB_FILES.map((f) => this.bucket.arnForObjects(f.key)),
            }),
            new iam.PolicyStatement({
              actions: ['kms:Decrypt'],
              resources: [this.key.keyArn],
              conditions: { StringEquals: { 'kms:ViaService': `s3.${region}.amazonaws.com` } },
            }),
        ],
      }),
    );

    const headers = securityHeaders(new URL(props.signInOrigin).origin);
    for (const file of WEB_FILES) {
      const resource = file.route ? props.api.root.resourceForPath(file.route) : props.api.root;
      this.methods.push(this.addFileMethod(resource, file, headers));
    }
    this.acknowledgeFindings();
  }

  private addFileMethod(resource: apigw.IResource, file: (typeof WEB_FILES)[number], headers: Record<string, string>): apigw.Method {
    const fixed: Record<string, string> = { ...headers, 'Content-Type': file.contentType };
    const responseParameters = (extra: Record<string, string> = {}) =>
      Object.fromEntries(Object.entries({ ...fixed, ...extra }).map(([k, v]) => [`method.response.header.${k}`, `'${v}'`]));
    const notFoundHeaders = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
    const integration = new apigw.AwsIntegration({
      service: 's3',
      integrationHttpMethod: 'GET',
      path: `${this.bucket.bucketName}/${file.key}`,
      options: {
        credentialsRole: this.readRole,
        // A GET carries no body; nothing from the request reaches S3.
        passthroughBehavior: apigw.PassthroughBehavior.WHEN_NO_MATCH,
        integrationResponses: [
          {
            statusCode: '200',
            responseParameters: {
              ...responseParameters(),
              'method.response.header.ETag': 'integration.response.header.ETag',
            },
          },
          {
            // S3 answers 403 for a missing object without ListBucket; either way: not found.
            selectionPattern: '4\\d{2}',
            statusCode: '404',
            responseParameters: responseParameters(notFoundHeaders),
            responseTemplates: { 'application/json': JSON.stringify({ message: 'Not found', requestId: '$context.requestId' }) },
          },
          {
            selectionPattern: '5\\d{2}',
            statusCode: '502',
            responseParameters: responseParameters(notFoundHeaders),
            responseTemplates: { 'application/json': JSON.stringify({ message: 'Service unavailable', requestId: '$context.requestId' }) },
          },
        ],
      },
    });
    const declared = (extra: string[] = []) =>
      Object.fromEntries([...Object.keys(fixed), ...extra].map((k) => [`method.response.header.${k}`, true]));
    return resource.addMethod('GET', integration, {
      authorizationType: apigw.AuthorizationType.NONE,
      methodResponses: [
        { statusCode: '200', responseParameters: declared(['ETag']) },
        { statusCode: '404', responseParameters: declared() },
        { statusCode: '502', responseParameters: declared() },
      ],
    });
  }

  private acknowledgeFindings(): void {
    // The deployment's function is a stack-level singleton CDK creates for every BucketDeployment.
    const handler = Stack.of(this).node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    const fn = handler?.node.defaultChild as lambda.CfnFunction | undefined;
    if (fn) {
      // One deployment at a time is all it does: cap it like every kit function.
      fn.reservedConcurrentExecutions = 1;
      Validations.of(fn).acknowledge(
        {
          id: 'AwsSolutions-L1',
          reason: "CDK's BucketDeployment handler is Python code shipped with aws-cdk-lib and pins the runtime it is tested on; it runs only during a deployment, in the isolated subnets.",
        },
        {
          id: 'NIST.800.53.R5-LambdaDLQ',
          reason: 'A CloudFormation custom-resource handler is invoked synchronously by CloudFormation, which receives and reports every failure; there is no asynchronous event to lose.',
        },
      );
    }
    const role = this.deployment.handlerRole;
    const policy = role.node.tryFindChild('DefaultPolicy')?.node.defaultChild;
    if (policy) {
      Validations.of(policy).acknowledge(
        ...['s3:Abort*', 's3:DeleteObject*', 's3:GetBucket*', 's3:GetObject*', 's3:List*', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'].map((action) => ({
          id: `AwsSolutions-IAM5[Action::${action}]`,
          reason: "CDK's read/write grant for the deployment: it syncs (and prunes) the files of the web client bucket and reads the staged asset; scoped to that bucket, the CDK asset bucket and the web client key.",
        })),
        {
          id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(this.bucket.node.defaultChild as s3.CfnBucket)}.Arn>/*]`,
          reason: 'The deployment replaces every object of the web client bucket, which holds nothing else.',
        },
        {
          id: `AwsSolutions-IAM5[Resource::arn:aws:s3:::cdk-hnb659fds-assets-${Stack.of(this).account}-${Stack.of(this).region}/*]`,
          reason: "Read access to the CDK bootstrap asset bucket in Tokyo, where the synthesized files are staged; object names are content hashes known only at deploy.",
        },
        {
          id: 'NIST.800.53.R5-IAMNoInlinePolicy',
          reason: "CDK's grants for the deployment function, in its own role's default policy, deleted with the role.",
        },
      );
    }
    for (const method of this.methods) {
      Validations.of(method.node.defaultChild!).acknowledge(
        {
          id: 'AwsSolutions-APIG4',
          reason: 'Public static files of the sign-in client (HTML, script, style, its public config); they hold no data and must load before the user has a token. Every /v1/* method keeps the Cognito authorizer.',
        },
        {
          id: 'AwsSolutions-COG4',
          reason: 'Public static files of the sign-in client; the Cognito authorizer guards every /v1/* method.',
        },
      );
    }
  }
}
