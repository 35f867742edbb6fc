import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { DeploymentConfig } from '../config';
import type { IsolatedNetwork } from '../constructs/isolated-network';
import { KnowledgeBase, admitS3VectorsIndexing } from '../constructs/knowledge-base';
import { KnowledgeBaseIngestion } from '../constructs/knowledge-base-ingestion';
import type { KitKeys } from '../constructs/kit-keys';
import { DOCUMENTS_PREFIX } from '../../contracts/knowledge-base';

export interface KnowledgeBaseStackProps extends StackProps {
  readonly config: DeploymentConfig;
  readonly keys: KitKeys;
  readonly network: IsolatedNetwork;
  readonly accessLogsBucket: s3.IBucket;
}

/**
 * The department-scoped knowledge base (`knowledgeBase.enabled`): documents bucket, S3 Vectors
 * store, Bedrock knowledge base and data source, the ingestion check. A stack of its own: it holds
 * retained data (documents, vectors) with a lifecycle apart from the API, and a deployment without
 * the feature has no trace of it.
 */
export class KnowledgeBaseStack extends Stack {
  public readonly knowledgeBase: KnowledgeBase;
  public readonly ingestion: KnowledgeBaseIngestion;

  constructor(scope: Construct, id: string, props: KnowledgeBaseStackProps) {
    super(scope, id, props);
    const { config, keys, network } = props;
    const kb = config.knowledgeBase;
    admitS3VectorsIndexing(keys.dataKey, config.account);
    this.knowledgeBase = new KnowledgeBase(this, 'KnowledgeBase', {
      name: `${config.prefix}-documents`.toLowerCase(),
      embeddingModel: kb.embeddingModel,
      dimensions: kb.dimensions,
      dataKey: keys.dataKey,
      serverAccessLogsBucket: props.accessLogsBucket,
      retain: config.retainData,
    });
    this.ingestion = new KnowledgeBaseIngestion(this, 'Ingestion', {
      documentsBucket: this.knowledgeBase.documentsBucket,
      knowledgeBaseId: this.knowledgeBase.knowledgeBase.attrKnowledgeBaseId,
      knowledgeBaseArn: this.knowledgeBase.arn,
      dataSourceId: this.knowledgeBase.dataSource.attrDataSourceId,
      knownDepartments: departmentValues(config),
      vpc: network.vpc,
      dataKey: keys.dataKey,
      logsKey: keys.logsKey,
      logRetentionDays: config.retention.logDays,
      retain: config.retainData,
    });
    new CfnOutput(this, 'DocumentsUploadUri', { value: `s3://${this.knowledgeBase.documentsBucket.bucketName}/${DOCUMENTS_PREFIX}`, description: 'Upload <name> and <name>.metadata.json here (metadata first)' });
    new CfnOutput(this, 'KnowledgeBaseId', { value: this.knowledgeBase.knowledgeBase.attrKnowledgeBaseId });
    new CfnOutput(this, 'DataSourceId', { value: this.knowledgeBase.dataSource.attrDataSourceId });
  }
}

/**
 * Department values a document may name: the department-kind groups. When the IdP's department
 * claim also counts, its values are not known at synth, so any name is accepted.
 */
export function departmentValues(config: DeploymentConfig): string[] {
  if (config.knowledgeBase.useDepartmentClaim) return [];
  return config.identity.groups.filter((g) => g.kind === 'department').map((g) => g.name);
}
