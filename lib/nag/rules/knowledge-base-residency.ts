import { CfnResource } from 'aws-cdk-lib';
import { NagRuleCompliance } from 'cdk-nag';
import { isAllowedRegion } from './japan-regions';
import { ResidencyRule, ResidencyRuleCheck, ResidencyRuleOptions } from './residency-rule';
import { TemplateValue, flattenToString, isRecord, resolveResource } from './template-values';

const field = (value: TemplateValue, key: string): TemplateValue => (isRecord(value) ? value[key] : undefined);

/** An embedding model invoked in-region: a foundation-model ARN (foundation models carry no account). */
const FOUNDATION_MODEL_ARN = /^arn:aws:bedrock:(\$\{AWS::Region\}|[a-z0-9-]+)::foundation-model\/[a-z0-9.:-]+$/;
/** Vector stores that are AWS resources in a region of this account; the rest are third-party services. */
const AWS_VECTOR_STORES: Record<string, { config: string; arns: string[] }> = {
  S3_VECTORS: { config: 'S3VectorsConfiguration', arns: ['VectorBucketArn', 'IndexArn'] },
  OPENSEARCH_SERVERLESS: { config: 'OpensearchServerlessConfiguration', arns: ['CollectionArn'] },
  OPENSEARCH_MANAGED_CLUSTER: { config: 'OpensearchManagedClusterConfiguration', arns: ['DomainArn'] },
  RDS: { config: 'RdsConfiguration', arns: ['ResourceArn'] },
  NEPTUNE_ANALYTICS: { config: 'NeptuneAnalyticsConfiguration', arns: ['GraphArn'] },
};
/** `arn:<partition>:<service>:<region>:...` */
const ARN_REGION = /^arn:[^:]+:[^:]+:([^:]*):/;

/** The ARN's region, or `undefined` for a reference to a resource of the app (its stack's region applies). */
function regionOf(value: TemplateValue): string | undefined | null {
  if (value === undefined) return null;
  const text = flattenToString(value);
  // A GetAtt or Ref into the app: the resource lives in its own stack, whose region StackRegion checks.
  if (/^\$\{[A-Za-z0-9]+\.[A-Za-z]+\}$/.test(text) || /^\$\{[A-Za-z0-9]+\}$/.test(text)) return undefined;
  const m = ARN_REGION.exec(text);
  return m ? m[1] : '*';
}

/**
 * A Bedrock knowledge base keeps documents, embeddings and queries in Japan: its embedding model
 * is a foundation model invoked in an allowed region (not an inference profile, which may route
 * elsewhere), its vector store is an AWS store (S3 Vectors, OpenSearch, Aurora, Neptune) in an
 * allowed region or a resource of the app, and its data sources read S3 only (web crawlers and
 * SaaS connectors fetch from outside the account).
 */
export function knowledgeBaseResidency(options: Pick<ResidencyRuleOptions, 'allowedRegions'>): ResidencyRuleCheck {
  const allowed = (region: string | undefined | null, node: CfnResource) => region === undefined || (region !== null && region !== '*' && isAllowedRegion(region, node, options.allowedRegions));
  const check = (node: CfnResource) => {
    const { type, properties } = resolveResource(node);
    if (type === 'AWS::Bedrock::DataSource') {
      return flattenToString(field(properties.DataSourceConfiguration, 'Type')) === 'S3' ? NagRuleCompliance.COMPLIANT : NagRuleCompliance.NON_COMPLIANT;
    }
    if (type !== 'AWS::Bedrock::KnowledgeBase') return NagRuleCompliance.NOT_APPLICABLE;
    const kbConfig = properties.KnowledgeBaseConfiguration;
    if (flattenToString(field(kbConfig, 'Type')) !== 'VECTOR') return NagRuleCompliance.NON_COMPLIANT;
    const modelArn = flattenToString(field(field(kbConfig, 'VectorKnowledgeBaseConfiguration'), 'EmbeddingModelArn'));
    const model = FOUNDATION_MODEL_ARN.exec(modelArn);
    if (!model || !isAllowedRegion(model[1], node, options.allowedRegions)) return NagRuleCompliance.NON_COMPLIANT;
    const storage = properties.StorageConfiguration;
    const store = AWS_VECTOR_STORES[flattenToString(field(storage, 'Type'))];
    if (!store) return NagRuleCompliance.NON_COMPLIANT;
    const storeConfig = field(storage, store.config);
    if (!isRecord(storeConfig)) return NagRuleCompliance.NON_COMPLIANT;
    const arns = store.arns.map((k) => regionOf(storeConfig[k])).filter((r) => r !== null);
    if (arns.length === 0 || !arns.every((r) => allowed(r, node))) return NagRuleCompliance.NON_COMPLIANT;
    return NagRuleCompliance.COMPLIANT;
  };
  return Object.defineProperty(check, 'name', { value: 'KnowledgeBaseResidency' });
}

export const KNOWLEDGE_BASE_RESIDENCY: ResidencyRule = {
  name: 'KnowledgeBaseResidency',
  info: 'The knowledge base embeds outside Japan or through an inference profile, keeps its vectors in a third-party or foreign store, or reads a non-S3 data source.',
  explanation:
    'Documents, their embeddings and every query pass through the embedding model and the vector store: both must sit in ap-northeast-1 (or Osaka where allowed). A foundation-model ARN is invoked in its own region; an inference profile may route elsewhere. Pinecone, MongoDB Atlas and Redis Enterprise Cloud are third-party services, and web or SaaS data sources fetch from outside the account.',
  create: knowledgeBaseResidency,
};
