import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigateway';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { DeploymentConfig } from '../config';
import { ChatApi, chatRequestSchema } from '../constructs/chat-api';
import { EdgeFirewall } from '../constructs/edge-firewall';
import { withKnowledgeBaseFlag } from '../constructs/knowledge-base';
import type { IsolatedNetwork } from '../constructs/isolated-network';
import type { KitKeys } from '../constructs/kit-keys';
import { webClientSignIn } from '../constructs/user-directory';
import { WebClient } from '../constructs/web-client';

/** What a chat-function factory gets to build the function behind POST /v1/chat. */
export interface ChatFunctionContext {
  readonly config: DeploymentConfig;
  readonly keys: KitKeys;
  readonly network: IsolatedNetwork;
}

/** The functions behind the chat routes: POST /v1/chat and, when given, POST /v1/chat/stream (a streaming handler). */
export interface ChatFunctions {
  readonly chat: lambda.IFunction;
  readonly chatStream?: lambda.IFunction;
  /** Behind GET /v1/me and the /v1/conversations routes (the caller's profile and conversations). */
  readonly conversations?: lambda.IFunction;
}

/** Builds the function(s) behind the chat routes, inside the API stack (`scope`). */
export type ChatFunctionFactory = (scope: Construct, context: ChatFunctionContext) => lambda.IFunction | ChatFunctions;

export interface ApiStackProps extends StackProps {
  readonly config: DeploymentConfig;
  /** The foundation's keys (logs key for the API and WAF logs). */
  readonly keys: KitKeys;
  /** The foundation's network (VPC for the function, execute-api endpoint for a private API). */
  readonly network: IsolatedNetwork;
  /** The identity stack's user pool: the API's authorizer and the WAF's second resource. */
  readonly userPool: cognito.IUserPool;
  /** Builds the function behind POST /v1/chat (the kit passes the guarded chat function). */
  readonly chatFunction: ChatFunctionFactory;
  /**
   * JSON schema of the POST /v1/chat body checked by API Gateway.
   * @default chatRequestSchema(config.chat)
   */
  readonly chatRequestSchema?: apigw.JsonSchema;
  /** The foundation's access-log bucket (server access logs of the web client's bucket); needed when `webClient.enabled`. */
  readonly accessLogsBucket?: s3.IBucket;
}

/** The front door: the regional WAF web ACL and the REST API with its chat route. */
export class ApiStack extends Stack {
  public readonly firewall: EdgeFirewall;
  public readonly chatApi: ChatApi;
  public readonly chatFunction: lambda.IFunction;
  /** The streaming handler behind POST /v1/chat/stream, when the factory built one. */
  public readonly chatStreamFunction?: lambda.IFunction;
  public readonly conversationsFunction?: lambda.IFunction;
  /** The employee web client on the same API (when `webClient.enabled`). */
  public readonly webClient?: WebClient;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { config, keys, network } = props;
    const { api, waf } = config.edge;

    if (api.endpointType === 'private' && !network.interfaceEndpoints['execute-api']) {
      throw new Error(`ApiStack ${id}: edge.api.endpointType "private" needs the foundation's execute-api endpoint (extraInterfaceEndpoints)`);
    }

    const built = props.chatFunction(this, { config, keys, network });
    const functions: ChatFunctions = 'chat' in built ? built : { chat: built };
    this.chatFunction = functions.chat;
    this.chatStreamFunction = functions.chatStream;
    this.conversationsFunction = functions.conversations;

    this.firewall = new EdgeFirewall(this, 'Firewall', {
      name: config.prefix.toLowerCase(),
      allowedIpv4Cidrs: waf.allowedIpv4Cidrs,
      allowedIpv6Cidrs: waf.allowedIpv6Cidrs,
      japanOnly: waf.japanOnly,
      rateLimits: waf.rateLimits,
      maxRequestBodyKb: waf.maxRequestBodyKb as 16 | 32 | 48 | 64,
      stageName: api.stageName,
      sampledRequests: waf.sampledRequests,
      logsKey: keys.logsKey,
      logRetentionDays: config.retention.logDays,
      retain: config.retainData,
    });

    this.chatApi = new ChatApi(this, 'ChatApi', {
      endpointType: api.endpointType,
      vpcEndpoint: network.interfaceEndpoints['execute-api'],
      stageName: api.stageName,
      userPool: props.userPool,
      chatFunction: this.chatFunction,
      ...(this.chatStreamFunction ? { chatStreamFunction: this.chatStreamFunction } : {}),
      ...(this.conversationsFunction ? { conversationsFunction: this.conversationsFunction } : {}),
      chatRequestSchema: props.chatRequestSchema ?? (config.knowledgeBase.enabled ? withKnowledgeBaseFlag(chatRequestSchema(config.chat)) : chatRequestSchema(config.chat)),
      chatRateLimit: api.chatRateLimit,
      chatBurstLimit: api.chatBurstLimit,
      corsOrigins: api.corsOrigins,
      logsKey: keys.logsKey,
      logRetentionDays: config.retention.logDays,
      retain: config.retainData,
      customDomain: api.customDomain,
    });

    if (config.webClient.enabled) {
      if (!props.accessLogsBucket) throw new Error(`ApiStack ${id}: webClient.enabled needs the foundation's accessLogsBucket`);
      this.webClient = new WebClient(this, 'WebClient', {
        api: this.chatApi.api,
        stageName: api.stageName,
        customDomainName: api.customDomain?.domainName,
        vpcEndpoint: api.endpointType === 'private' ? network.interfaceEndpoints['execute-api'] : undefined,
        userPool: props.userPool,
        ...webClientSignIn(config),
        // The client keeps the same hosts clickable that the output guard lets through.
        allowedLinkHosts: config.chat.output.allowedLinkHosts,
        vpc: network.vpc,
        serverAccessLogsBucket: props.accessLogsBucket,
        logsKey: keys.logsKey,
        logRetentionDays: config.retention.logDays,
        retain: config.retainData,
      });
      new CfnOutput(this, 'WebClientUrl', { value: this.webClient.urls[0], description: 'Open this in a browser to use the service' });
      new CfnOutput(this, 'WebClientAppClientId', { value: this.webClient.appClient.userPoolClientId });
    }

    this.firewall.protectApi('ApiStageProtection', this.chatApi.stageArn);
    this.firewall.protectSignIn('UserPoolProtection', props.userPool.userPoolArn);

    new CfnOutput(this, 'ApiUrl', { value: this.chatApi.api.url });
    if (this.chatApi.domain) {
      new CfnOutput(this, 'CustomDomainTarget', {
        value: this.chatApi.domain.domainNameAliasDomainName,
        description: `CNAME/alias target for ${api.customDomain!.domainName}`,
      });
    }
  }
}
