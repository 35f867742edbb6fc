import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { Duration, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { CHAT_SETTINGS_ENV, type ChatSettings } from '../../contracts/chat-settings';
import { CONVERSATION_KEYS, CONVERSATION_SUMMARY_ATTRIBUTES } from '../../contracts/conversation-keys';
import { CONVERSATIONS_SETTINGS_ENV, conversationsSettingsOf } from '../../contracts/conversations-settings';
import type { DeploymentConfig } from '../config';
import { HOME_REGION } from '../config/sections/core';
import { LAMBDA_ENVIRONMENT_LIMIT_BYTES } from '../config/sections/chat';
import { defaultJudgeModel } from '../config/sections/model-catalogue';
import { KitFunction } from './kit-function';
import { knowledgeSettings } from './knowledge-base';
import { INVOKE_ACTIONS, allowedModelArns } from './model-access';

export interface GuardedChatProps {
  readonly config: DeploymentConfig;
  /** Encrypts the conversation table, the function environment and the guardrail. */
  readonly dataKey: kms.IKey;
  /** Encrypts the function's own log group when `logGroup` is not given. */
  readonly logsKey: kms.IKey;
  readonly vpc: ec2.IVpc;
  /**
   * Where the function logs, and so where its audit events land (e.g. the request audit log group).
   * @default - the function's own log group, encrypted with `logsKey`, kept for `retention.logDays`
   */
  readonly logGroup?: logs.ILogGroup;
  /**
   * Keep a replica of the conversation table in Osaka (ap-northeast-3), encrypted with this
   * Osaka key (key or alias ARN; the key lives in the Osaka recovery stack).
   * @default - no replica
   */
  readonly osakaReplica?: { readonly region: string; readonly keyArn: string };
  /**
   * The knowledge base the chat functions retrieve from (`knowledgeBase.enabled`); they may
   * `bedrock:Retrieve` on it and on nothing else.
   * @default - no retrieval
   */
  readonly knowledgeBase?: { readonly id: string; readonly arn: string };
}

// Converse needs `InvokeModel`, ConverseStream `InvokeModelWithResponseStream`: both INVOKE_ACTIONS
// sit in the same allow statements, so the streaming action has exactly the ARNs and conditions of
// the other, and both are denied outside the allow-list, so no later grant opens another model.

/** Regex filters for Japanese identifiers (Bedrock's built-in PII types have none). */
const JAPANESE_IDENTIFIER_REGEXES = [
  { name: 'my-number', description: 'Individual Number (My Number): 12 digits', pattern: '(?<![0-9])[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])' },
  { name: 'corporate-number', description: 'Corporate Number: 13 digits', pattern: '(?<![0-9])[1-9][0-9]{12}(?![0-9])' },
  { name: 'jp-phone', description: 'Japanese phone number', pattern: '(?<![0-9])0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}(?![0-9])|(?<![0-9])0[5789]0[0-9]{8}(?![0-9])' },
] as const;

/**
 * The guarded chat endpoint's back end: the chat function (a KitFunction), the conversation
 * table and, when enabled, a published Bedrock guardrail. The function may invoke only the
 * allow-listed models, through the allow-listed `jp.` profiles, with the guardrail when one is
 * configured; everything else is explicitly denied.
 */
export class GuardedChat extends Construct {
  public readonly function: lambda.IFunction;
  public readonly kitFunction: KitFunction;
  /** The streaming handler behind POST /v1/chat/stream: same settings, same grants. */
  public readonly streamFunction: lambda.IFunction;
  public readonly streamKitFunction: KitFunction;
  /**
   * The caller's profile and conversations (GET /v1/me, GET/DELETE /v1/conversations...). Its
   * own function: it never calls the model (no Bedrock permission), and it alone may delete.
   */
  public readonly conversationsFunction: lambda.IFunction;
  public readonly conversationsKitFunction: KitFunction;
  public readonly table: dynamodb.TableV2;
  public readonly guardrail?: bedrock.CfnGuardrail;
  public readonly guardrailVersion?: bedrock.CfnGuardrailVersion;

  constructor(scope: Construct, id: string, props: GuardedChatProps) {
    super(scope, id);
    const { config, dataKey } = props;
    const chat = config.chat;
    const retain = config.retainData;
    const { account } = config;

    this.table = new dynamodb.TableV2(this, 'Conversations', {
      partitionKey: { name: CONVERSATION_KEYS.partition, type: dynamodb.AttributeType.STRING },
      sortKey: { name: CONVERSATION_KEYS.sort, type: dynamodb.AttributeType.STRING },
      billing: dynamodb.Billing.onDemand(),
      timeToLiveAttribute: CONVERSATION_KEYS.ttl,
      // Sparse: only conversation summary items carry the activity key, so the caller's list is
      // one query, newest first, without reading any turn.
      globalSecondaryIndexes: [
        {
          indexName: CONVERSATION_KEYS.activityIndex,
          partitionKey: { name: CONVERSATION_KEYS.partition, type: dynamodb.AttributeType.STRING },
          sortKey: { name: CONVERSATION_KEYS.activity, type: dynamodb.AttributeType.STRING },
          projectionType: dynamodb.ProjectionType.INCLUDE,
          nonKeyAttributes: [...CONVERSATION_SUMMARY_ATTRIBUTES],
        },
      ],
      // Guaranteed settings.
      encryption: dynamodb.TableEncryptionV2.customerManagedKey(
        dataKey,
        props.osakaReplica ? { [props.osakaReplica.region]: props.osakaReplica.keyArn } : undefined,
      ),
      ...(props.osakaReplica ? { replicas: [{ region: props.osakaReplica.region }] } : {}),
      // Restores cover no more than the retention period itself.
      pointInTimeRecoverySpecification: {
        pointInTimeRecoveryEnabled: true,
        recoveryPeriodInDays: Math.min(35, config.retention.conversationTtlDays),
      },
      deletionProtection: retain,
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    Validations.of(this.table).acknowledge({
      id: 'NIST.800.53.R5-DynamoDBInBackupPlan',
      reason: 'Conversations are short-lived by policy (TTL = retention.conversationTtlDays); point-in-time recovery covers restores, and a backup plan would keep them past their retention.',
    });

    let guardrailRef: { identifier: string; version: string; arn: string } | undefined;
    if (chat.guardrail.enabled) {
      const guardrailProps = {
        name: `${config.prefix}-chat`.toLowerCase(),
        description: 'private-ai-jp chat: second layer for Japanese identifiers (Classic tier, Tokyo only)',
        blockedInputMessaging: chat.guardrail.blockedMessage,
        blockedOutputsMessaging: chat.guardrail.blockedMessage,
        sensitiveInformationPolicyConfig: {
          regexesConfig: JAPANESE_IDENTIFIER_REGEXES.map((r) => ({ ...r, action: chat.guardrail.identifierAction })),
        },
        // No crossRegionConfig: that would be the Standard tier, routed through an APAC-wide profile.
      };
      this.guardrail = new bedrock.CfnGuardrail(this, 'Guardrail', { ...guardrailProps, kmsKeyArn: dataKey.keyArn });
      // A version is immutable; a changed guardrail gets a new one (the description carries a hash).
      const fingerprint = createHash('sha256').update(JSON.stringify(guardrailProps)).digest('hex').slice(0, 12);
      this.guardrailVersion = new bedrock.CfnGuardrailVersion(this, 'GuardrailVersion', {
        guardrailIdentifier: this.guardrail.attrGuardrailId,
        description: `private-ai-jp chat guardrail, configuration ${fingerprint}`,
      });
      guardrailRef = {
        identifier: this.guardrail.attrGuardrailArn,
        version: this.guardrailVersion.attrVersion,
        arn: this.guardrail.attrGuardrailArn,
      };
    }

    const settings = chatSettingsFor(config, {
      tableName: this.table.tableName,
      ...(guardrailRef ? { guardrail: { identifier: guardrailRef.identifier, version: guardrailRef.version } } : {}),
      ...(props.knowledgeBase ? { knowledgeBaseId: props.knowledgeBase.id } : {}),
    });
    const environment = {
      [CHAT_SETTINGS_ENV]: Stack.of(this).toJsonString(settings),
      POWERTOOLS_SERVICE_NAME: 'private-ai-jp-chat',
      POWERTOOLS_LOG_LEVEL: 'INFO',
    };
    checkEnvironmentSize(settings, environment, this.node.path);

    const functionProps = {
      vpc: props.vpc,
      logsKey: props.logsKey,
      environmentKey: dataKey,
      logRetentionDays: config.retention.logDays,
      reservedConcurrency: chat.reservedConcurrency,
      memorySize: chat.memoryMb,
      timeout: Duration.seconds(chat.timeoutSeconds),
      environment,
      retain,
      // The conversation table is reached through the DynamoDB gateway endpoint.
      gatewayEndpointEgress: true,
      ...(props.logGroup ? { logGroup: props.logGroup } : {}),
    };
    this.kitFunction = new KitFunction(this, 'Handler', {
      entry: path.join(__dirname, '..', '..', 'lambda', 'handlers', 'chat.ts'),
      description: 'private-ai-jp: guarded chat (POST /v1/chat)',
      ...functionProps,
    });
    this.function = this.kitFunction.function;
    // Its own function (a streaming handler, wrapped by awslambda.streamifyResponse) over the
    // same pipeline, so neither route's code path or timeout constrains the other.
    this.streamKitFunction = new KitFunction(this, 'StreamHandler', {
      entry: path.join(__dirname, '..', '..', 'lambda', 'handlers', 'chat-stream.ts'),
      description: 'private-ai-jp: guarded chat, streamed (POST /v1/chat/stream)',
      ...functionProps,
      timeout: Duration.seconds(chat.streamTimeoutSeconds),
    });
    this.streamFunction = this.streamKitFunction.function;

    for (const fn of [this.kitFunction.function, this.streamKitFunction.function]) {
      Validations.of(fn.node.defaultChild!).acknowledge({
        id: 'NIST.800.53.R5-LambdaDLQ',
        reason: 'Invoked only synchronously by API Gateway, which returns any failure to the caller; a dead-letter queue applies to asynchronous invocations.',
      });
      for (const statement of bedrockStatements(config.allowedModels, account, config.allowOsaka, guardrailRef)) {
        fn.addToRolePolicy(statement);
      }
      if (props.knowledgeBase) {
        fn.addToRolePolicy(new iam.PolicyStatement({ sid: 'RetrieveFromTheKnowledgeBase', actions: ['bedrock:Retrieve'], resources: [props.knowledgeBase.arn] }));
      }
      // Read turns, append a turn, update the conversation's summary: no scan, no index, no delete.
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          sid: 'ReadAndAppendConversationTurns',
          actions: ['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
          resources: [this.table.tableArn],
        }),
      );
      // The data key, only as used by DynamoDB for the table (and Bedrock for the guardrail).
      const viaServices = [`dynamodb.${HOME_REGION}.amazonaws.com`, ...(guardrailRef ? [`bedrock.${HOME_REGION}.amazonaws.com`] : [])];
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          sid: 'UseTheDataKeyThroughDynamoDbAndBedrockOnly',
          actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
          resources: [dataKey.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': viaServices } },
        }),
      );
    }

    this.conversationsKitFunction = new KitFunction(this, 'ConversationsHandler', {
      entry: path.join(__dirname, '..', '..', 'lambda', 'handlers', 'conversations.ts'),
      description: 'private-ai-jp: the caller\'s profile and conversations (GET /v1/me, /v1/conversations)',
      ...functionProps,
      memorySize: 256,
      timeout: Duration.seconds(10),
      environment: {
        [CONVERSATIONS_SETTINGS_ENV]: Stack.of(this).toJsonString(conversationsSettingsOf(settings)),
        POWERTOOLS_SERVICE_NAME: 'private-ai-jp-conversations',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
    });
    this.conversationsFunction = this.conversationsKitFunction.function;
    Validations.of(this.conversationsFunction.node.defaultChild!).acknowledge({
      id: 'NIST.800.53.R5-LambdaDLQ',
      reason: 'Invoked only synchronously by API Gateway, which returns any failure to the caller; a dead-letter queue applies to asynchronous invocations.',
    });
    this.conversationsFunction.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadTheCallersConversations',
        actions: ['dynamodb:Query'],
        resources: [this.table.tableArn, `${this.table.tableArn}/index/${CONVERSATION_KEYS.activityIndex}`],
      }),
    );
    this.conversationsFunction.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'DeleteTheCallersConversations',
        actions: ['dynamodb:DeleteItem'],
        resources: [this.table.tableArn],
      }),
    );
    // Reads and deletes decrypt only; nothing this function writes needs a new data key.
    this.conversationsFunction.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'DecryptTheDataKeyThroughDynamoDbOnly',
        actions: ['kms:Decrypt', 'kms:DescribeKey'],
        resources: [dataKey.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': [`dynamodb.${HOME_REGION}.amazonaws.com`] } },
      }),
    );
  }
}

/** What the chat settings take from outside the config: the deployed table, guardrail and knowledge base. */
export interface ChatSettingsWiring {
  readonly tableName: string;
  readonly guardrail?: { readonly identifier: string; readonly version: string };
  readonly knowledgeBaseId?: string;
}

/**
 * The chat functions' settings (`CHAT_CONFIG`) as the kit derives them from the config: pure, so
 * a local run of the handlers can start from exactly what a deployment writes.
 */
export function chatSettingsFor(config: DeploymentConfig, wiring: ChatSettingsWiring): ChatSettings {
  const { chat } = config;
  return {
    allowedModels: [...config.allowedModels],
    allowedGroups: [...chat.allowedGroups],
    limits: {
      maxMessages: chat.maxMessages,
      maxMessageChars: chat.maxMessageChars,
      maxTotalChars: chat.maxTotalChars,
      historyTurns: chat.historyTurns,
      documents: { ...chat.documents },
    },
    corsOrigins: [...config.edge.api.corsOrigins],
    allowedLinkHosts: [...chat.output.allowedLinkHosts],
    inference: { maxTokens: chat.maxOutputTokens, temperature: chat.temperature },
    systemPrompt: chat.systemPrompt,
    bedrock: { ...chat.bedrock },
    guardBudgetMs: chat.guardBudgetMs,
    guard: { defaultPolicy: chat.guard.defaultPolicy, groups: chat.guard.groups },
    ...(chat.guard.injectionJudge.enabled
      ? {
          injectionJudge: {
            model: chat.guard.injectionJudge.model ?? defaultJudgeModel(config.allowedModels),
            greyZoneFrom: chat.guard.injectionJudge.greyZoneFrom,
            judgeDocuments: chat.guard.injectionJudge.judgeDocuments,
            timeoutMs: chat.guard.injectionJudge.timeoutMs,
            onFailure: chat.guard.injectionJudge.onFailure,
          },
        }
      : {}),
    conversations: { tableName: wiring.tableName, ttlDays: config.retention.conversationTtlDays },
    ...(wiring.guardrail ? { guardrail: { ...wiring.guardrail } } : {}),
    ...(wiring.knowledgeBaseId !== undefined ? { knowledgeBase: knowledgeSettings(config, wiring.knowledgeBaseId) } : {}),
  };
}

/**
 * IAM statements for Bedrock: Converse and ConverseStream on the allow-listed `jp.` profiles; on the foundation
 * models they route to (Tokyo and Osaka) only when reached through those profiles; on plain
 * Tokyo foundation models that are themselves allow-listed; and a deny for every other model
 * or profile. With a guardrail, every invocation must carry that guardrail version.
 */
export function bedrockStatements(
  allowedModels: readonly string[],
  account: string,
  allowOsaka: boolean,
  guardrail?: { arn: string; version: string },
): iam.PolicyStatement[] {
  const viaProfiles = allowedModelArns(allowedModels.filter((m) => m.startsWith('jp.')), account, allowOsaka);
  const direct = allowedModelArns(allowedModels.filter((m) => !m.startsWith('jp.')), account, allowOsaka);
  const withGuardrail = guardrail
    ? { StringEquals: { 'bedrock:GuardrailIdentifier': `${guardrail.arn}:${guardrail.version}` } }
    : {};
  const statements: iam.PolicyStatement[] = [];
  if (viaProfiles.inferenceProfiles.length > 0) {
    statements.push(
      new iam.PolicyStatement({
        sid: 'ConverseThroughAllowListedJapanProfiles',
        actions: [...INVOKE_ACTIONS],
        resources: viaProfiles.inferenceProfiles,
        ...(guardrail ? { conditions: withGuardrail } : {}),
      }),
      new iam.PolicyStatement({
        sid: 'ConverseOnProfileModelsOnlyViaTheseProfiles',
        actions: [...INVOKE_ACTIONS],
        resources: viaProfiles.foundationModels,
        conditions: {
          StringEquals: { 'bedrock:InferenceProfileArn': viaProfiles.inferenceProfiles, ...withGuardrail.StringEquals },
        },
      }),
    );
  }
  if (direct.foundationModels.length > 0) {
    statements.push(
      new iam.PolicyStatement({
        sid: 'ConverseOnAllowListedTokyoModels',
        actions: [...INVOKE_ACTIONS],
        resources: direct.foundationModels,
        ...(guardrail ? { conditions: withGuardrail } : {}),
      }),
    );
  }
  statements.push(
    new iam.PolicyStatement({
      sid: 'DenyAnyOtherModelOrInferenceProfile',
      effect: iam.Effect.DENY,
      actions: [...INVOKE_ACTIONS],
      notResources: [...viaProfiles.inferenceProfiles, ...viaProfiles.foundationModels, ...direct.foundationModels],
    }),
  );
  if (guardrail) {
    statements.push(
      new iam.PolicyStatement({
        sid: 'ApplyTheChatGuardrail',
        actions: ['bedrock:ApplyGuardrail'],
        resources: [guardrail.arn],
      }),
    );
  }
  return statements;
}

/** Lambda refuses environments over 4 KB at deploy time; fail at synth with the fields to shorten. */
function checkEnvironmentSize(settings: ChatSettings, environment: Record<string, string>, where: string): void {
  // Tokens (table name, guardrail ARN/version) resolve later; size them by their longest form.
  const sized = JSON.stringify({
    ...settings,
    conversations: { ...settings.conversations, tableName: 'x'.repeat(255) },
    ...(settings.guardrail ? { guardrail: { identifier: `arn:aws:bedrock:${HOME_REGION}:123456789012:guardrail/${'x'.repeat(12)}`, version: '9999' } } : {}),
  });
  const others = Object.entries(environment)
    .filter(([k]) => k !== CHAT_SETTINGS_ENV)
    .reduce((n, [k, v]) => n + Buffer.byteLength(k) + (Token.isUnresolved(v) ? 0 : Buffer.byteLength(v)), 0);
  const bytes = Buffer.byteLength(CHAT_SETTINGS_ENV) + Buffer.byteLength(sized) + others;
  if (bytes > LAMBDA_ENVIRONMENT_LIMIT_BYTES) {
    throw new Error(
      `GuardedChat ${where}: the function environment would be ${bytes} bytes (Lambda allows ${LAMBDA_ENVIRONMENT_LIMIT_BYTES}); shorten config.chat.systemPrompt or config.chat.guard (groups, codeNames)`,
    );
  }
}
