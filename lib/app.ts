import { type App, Tags } from 'aws-cdk-lib';
import type { DeploymentConfig } from './config';
import { GuardedChat } from './constructs/guarded-chat';
import { addGovernance, createOsakaRecovery, type GovernanceStacks, type OsakaRecovery } from './governance/optional-stacks';
import { applyPolicyGate } from './nag/policy-gate';
import { ApiStack } from './stacks/api-stack';
import { AuditStack } from './stacks/audit-stack';
import { FoundationStack } from './stacks/foundation-stack';
import { IdentityStack } from './stacks/identity-stack';
import { KnowledgeBaseStack } from './stacks/knowledge-base-stack';
import { KNOWLEDGE_BASE_ENDPOINTS } from './constructs/isolated-network';

export interface KitStacks {
  readonly foundation: FoundationStack;
  readonly identity: IdentityStack;
  readonly api: ApiStack;
  readonly audit: AuditStack;
  /** Present with `resilience.osaka.enabled`. */
  readonly osaka?: OsakaRecovery;
  /** The optional organization policy stack, drift rules and audit replication. */
  readonly governance: GovernanceStacks;
  /** Present with `knowledgeBase.enabled`. */
  readonly knowledgeBase?: KnowledgeBaseStack;
}

export interface CreateStacksOptions {
  /** Run the policy gate (nag packs, template validation). @default true */
  readonly policyGate?: boolean;
}

/** Build every stack of the kit for one deployment config. */
export function createStacks(app: App, config: DeploymentConfig, options: CreateStacksOptions = {}): KitStacks {
  const env = { account: config.account, region: config.region };
  const foundation = new FoundationStack(app, `${config.prefix}-Foundation`, {
    env,
    config,
    // A private API is reached through the VPC's execute-api endpoint.
    extraInterfaceEndpoints: [
      ...(config.edge.api.endpointType === 'private' ? (['execute-api'] as const) : []),
      // The knowledge base's ingestion jobs and the chat function's Retrieve calls.
      ...(config.knowledgeBase.enabled ? KNOWLEDGE_BASE_ENDPOINTS : []),
    ],
    description: 'private-ai-jp foundation: KMS keys, isolated VPC with endpoints, access-log bucket (Tokyo)',
    terminationProtection: config.retainData,
  });
  const identity = new IdentityStack(app, `${config.prefix}-Identity`, {
    env,
    config,
    keys: foundation.keys,
    network: foundation.network,
    description: 'private-ai-jp identity: Cognito user pool with SAML federation, hosted UI, app client, groups and their IdP mapping (Tokyo)',
    terminationProtection: config.retainData,
  });
  const audit = new AuditStack(app, `${config.prefix}-Audit`, {
    env,
    config,
    foundation,
    description: 'private-ai-jp audit: multi-region CloudTrail, object-locked audit bucket, Bedrock invocation logging, request audit log, usage alarms (Tokyo)',
    terminationProtection: config.retainData,
  });
  const osaka = createOsakaRecovery(app, config);
  const knowledgeBase = config.knowledgeBase.enabled
    ? new KnowledgeBaseStack(app, `${config.prefix}-KnowledgeBase`, {
        env,
        config,
        keys: foundation.keys,
        network: foundation.network,
        accessLogsBucket: foundation.accessLogsBucket.bucket,
        description: 'private-ai-jp knowledge base: documents bucket, S3 Vectors store, Bedrock knowledge base, ingestion check (Tokyo)',
        terminationProtection: config.retainData,
      })
    : undefined;
  const api = new ApiStack(app, `${config.prefix}-Api`, {
    env,
    config,
    keys: foundation.keys,
    network: foundation.network,
    userPool: identity.directory.userPool,
    accessLogsBucket: foundation.accessLogsBucket.bucket,
    // The guarded chat function logs its one audit event per request into the audit log group.
    chatFunction: (scope, { keys, network }) => {
      const chat = new GuardedChat(scope, 'Chat', {
        config,
        dataKey: keys.dataKey,
        logsKey: keys.logsKey,
        vpc: network.vpc,
        logGroup: audit.requestAuditLogGroup,
        osakaReplica: osaka?.tableReplica,
        ...(knowledgeBase ? { knowledgeBase: { id: knowledgeBase.knowledgeBase.knowledgeBase.attrKnowledgeBaseId, arn: knowledgeBase.knowledgeBase.arn } } : {}),
      });
      return { chat: chat.function, chatStream: chat.streamFunction, conversations: chat.conversationsFunction };
    },
    description: 'private-ai-jp API: regional WAF, API Gateway with Cognito authorizer, chat function (Tokyo)',
  });

  const governance = addGovernance(app, config, { audit, dependents: [audit, api], osaka });

  for (const [key, value] of Object.entries(config.tags)) Tags.of(app).add(key, value);
  if (options.policyGate !== false) applyPolicyGate(app, config);
  return { foundation, identity, api, audit, osaka, governance, ...(knowledgeBase ? { knowledgeBase } : {}) };
}
