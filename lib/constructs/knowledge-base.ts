import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3vectors from 'aws-cdk-lib/aws-s3vectors';
import { Construct } from 'constructs';
import { DOCUMENTS_PREFIX, type KnowledgeSettings } from '../../contracts/knowledge-base';
import type { DeploymentConfig } from '../config';
import { HOME_REGION } from '../config/sections/core';
import { EncryptedBucket } from './encrypted-bucket';
import { foundationModelArn } from './model-access';

/**
 * Metadata keys Bedrock Knowledge Bases writes beside each vector: the chunk's text and Bedrock's
 * own metadata. They exceed S3 Vectors' filterable-metadata budget, so the index must list them
 * as non-filterable (Amazon S3 user guide, "Using S3 Vectors with Amazon Bedrock Knowledge Bases").
 */
export const BEDROCK_NON_FILTERABLE_KEYS = ['AMAZON_BEDROCK_TEXT', 'AMAZON_BEDROCK_METADATA'];

/** What the knowledge-base service role may do on its own vector index, nothing more. */
export const VECTOR_INDEX_ACTIONS = ['s3vectors:PutVectors', 's3vectors:GetVectors', 's3vectors:DeleteVectors', 's3vectors:QueryVectors', 's3vectors:GetIndex'];

export interface KnowledgeBaseProps {
  /** Name of the knowledge base and prefix of its vector bucket (lower-cased). */
  readonly name: string;
  /** Embedding model id, invoked in Tokyo (e.g. amazon.titan-embed-text-v2:0). */
  readonly embeddingModel: string;
  /** Vector dimensions of the index (one the model offers). */
  readonly dimensions: number;
  /** The kit's data key: documents bucket (SSE-KMS), vector bucket (SSE-KMS), ingestion's transient data. */
  readonly dataKey: kms.IKey;
  /** Where the documents bucket writes its server access logs. */
  readonly serverAccessLogsBucket: s3.IBucket;
  /** Keep the documents bucket and the vector store on stack deletion. @default true */
  readonly retain?: boolean;
}

/**
 * A department-scoped knowledge base in Tokyo: Amazon Bedrock Knowledge Bases over an S3 data
 * source (an EncryptedBucket; documents under `documents/`, each with its `.metadata.json`), an
 * Amazon S3 Vectors bucket and index encrypted with the kit's data key, and a service role that
 * reads only the documents, decrypts only with the data key, invokes only the embedding model's
 * Tokyo ARN and writes only its own vector index.
 */
export class KnowledgeBase extends Construct {
  public readonly documentsBucket: s3.Bucket;
  public readonly vectorBucket: s3vectors.CfnVectorBucket;
  public readonly vectorIndex: s3vectors.CfnIndex;
  public readonly knowledgeBase: bedrock.CfnKnowledgeBase;
  public readonly dataSource: bedrock.CfnDataSource;
  public readonly serviceRole: iam.Role;
  /** The embedding model's ARN in Tokyo. */
  public readonly embeddingModelArn: string;

  constructor(scope: Construct, id: string, props: KnowledgeBaseProps) {
    super(scope, id);
    const { account } = Stack.of(this);
    const removalPolicy = props.retain === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
    this.embeddingModelArn = foundationModelArn(HOME_REGION, props.embeddingModel);

    this.documentsBucket = new EncryptedBucket(this, 'Documents', {
      encryptionKey: props.dataKey,
      serverAccessLogsBucket: props.serverAccessLogsBucket,
      retain: props.retain,
    }).bucket;
    // Object-created events go to EventBridge, where the ingestion check picks them up.
    (this.documentsBucket.node.defaultChild as s3.CfnBucket).notificationConfiguration = { eventBridgeConfiguration: { eventBridgeEnabled: true } };

    // Encryption of a vector bucket cannot be changed after creation: SSE-KMS with the data key from the start.
    this.vectorBucket = new s3vectors.CfnVectorBucket(this, 'VectorBucket', {
      encryptionConfiguration: { sseType: 'aws:kms', kmsKeyArn: props.dataKey.keyArn },
    });
    this.vectorBucket.applyRemovalPolicy(removalPolicy);
    this.vectorIndex = new s3vectors.CfnIndex(this, 'VectorIndex', {
      vectorBucketArn: this.vectorBucket.attrVectorBucketArn,
      dataType: 'float32',
      dimension: props.dimensions,
      distanceMetric: 'cosine',
      metadataConfiguration: { nonFilterableMetadataKeys: BEDROCK_NON_FILTERABLE_KEYS },
      // Stated on the index too (it would inherit the bucket's), so the index's own template says which key guards it.
      encryptionConfiguration: { sseType: 'aws:kms', kmsKeyArn: props.dataKey.keyArn },
    });
    this.vectorIndex.applyRemovalPolicy(removalPolicy);

    this.serviceRole = new iam.Role(this, 'ServiceRole', {
      description: 'Bedrock knowledge base: read the documents, embed in Tokyo, write its own vector index',
      // Only Bedrock, only for this account's knowledge bases in Tokyo (confused deputy).
      assumedBy: new iam.ServicePrincipal('bedrock.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': account },
          ArnLike: { 'aws:SourceArn': `arn:aws:bedrock:${HOME_REGION}:${account}:knowledge-base/*` },
        },
      }),
    });
    const access = new iam.ManagedPolicy(this, 'ServiceAccess', {
      description: 'Bedrock knowledge base: its documents, the data key, the Tokyo embedding model, its vector index',
      statements: [
        new iam.PolicyStatement({
          sid: 'ListTheDocuments',
          actions: ['s3:ListBucket'],
          resources: [this.documentsBucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': [`${DOCUMENTS_PREFIX}*`] } },
        }),
        new iam.PolicyStatement({ sid: 'ReadTheDocuments', actions: ['s3:GetObject'], resources: [this.documentsBucket.arnForObjects(`${DOCUMENTS_PREFIX}*`)] }),
        new iam.PolicyStatement({
          sid: 'UseTheDataKeyThroughS3S3VectorsAndBedrock',
          actions: ['kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
          resources: [props.dataKey.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': [`s3.${HOME_REGION}.amazonaws.com`, `s3vectors.${HOME_REGION}.amazonaws.com`, `bedrock.${HOME_REGION}.amazonaws.com`] } },
        }),
        new iam.PolicyStatement({ sid: 'EmbedWithTheTokyoModelOnly', actions: ['bedrock:InvokeModel'], resources: [this.embeddingModelArn] }),
        new iam.PolicyStatement({ sid: 'WriteAndQueryItsOwnVectorIndex', actions: VECTOR_INDEX_ACTIONS, resources: [this.vectorIndex.attrIndexArn] }),
      ],
    });
    this.serviceRole.addManagedPolicy(access);
    Validations.of(access).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(this.documentsBucket.node.defaultChild as s3.CfnBucket)}.Arn>/${DOCUMENTS_PREFIX}*]`,
      reason: 'Ingestion reads whichever documents are uploaded under the documents/ prefix of this one bucket; their names are not known in advance.',
    });

    this.knowledgeBase = new bedrock.CfnKnowledgeBase(this, 'Resource', {
      name: props.name,
      description: 'private-ai-jp: department-scoped documents (Tokyo)',
      roleArn: this.serviceRole.roleArn,
      knowledgeBaseConfiguration: {
        type: 'VECTOR',
        vectorKnowledgeBaseConfiguration: {
          embeddingModelArn: this.embeddingModelArn,
          embeddingModelConfiguration: { bedrockEmbeddingModelConfiguration: { dimensions: props.dimensions, embeddingDataType: 'FLOAT32' } },
        },
      },
      storageConfiguration: {
        type: 'S3_VECTORS',
        s3VectorsConfiguration: { vectorBucketArn: this.vectorBucket.attrVectorBucketArn, indexArn: this.vectorIndex.attrIndexArn },
      },
    });
    this.knowledgeBase.node.addDependency(access);

    this.dataSource = new bedrock.CfnDataSource(this, 'DocumentsSource', {
      knowledgeBaseId: this.knowledgeBase.attrKnowledgeBaseId,
      name: `${props.name}-documents`,
      description: 'Documents under documents/, each with its <name>.metadata.json (departments, classification)',
      // A deleted document's vectors go with it.
      dataDeletionPolicy: 'DELETE',
      dataSourceConfiguration: {
        type: 'S3',
        // Only documents/: the quarantine and the ingestion reports are never read.
        s3Configuration: { bucketArn: this.documentsBucket.bucketArn, inclusionPrefixes: [DOCUMENTS_PREFIX] },
      },
      serverSideEncryptionConfiguration: { kmsKeyArn: props.dataKey.keyArn },
    });
  }

  /** The knowledge base's ARN (what the chat role may Retrieve from). */
  public get arn(): string {
    return this.knowledgeBase.attrKnowledgeBaseArn;
  }
}

/**
 * Let S3 Vectors' indexing service use the data key for this account's vector buckets in Tokyo,
 * which SSE-KMS on a vector bucket requires (Amazon S3 user guide, "Data protection and encryption
 * in S3 Vectors"). The statement names no resource of the knowledge-base stack, so the key's
 * stack needs no reference to it.
 */
export function admitS3VectorsIndexing(key: kms.IKey, account: string): void {
  key.addToResourcePolicy(
    new iam.PolicyStatement({
      sid: 'AllowS3VectorsIndexingForThisAccountsVectorBuckets',
      principals: [new iam.ServicePrincipal('indexing.s3vectors.amazonaws.com')],
      actions: ['kms:Decrypt'],
      resources: ['*'],
      conditions: {
        StringEquals: { 'aws:SourceAccount': account },
        ArnLike: { 'aws:SourceArn': `arn:aws:s3vectors:${HOME_REGION}:${account}:bucket/*` },
      },
    }),
  );
}

/** The POST /v1/chat body schema with the `knowledgeBase` flag, for deployments that have one. */
export function withKnowledgeBaseFlag(schema: apigw.JsonSchema): apigw.JsonSchema {
  return { ...schema, properties: { ...schema.properties, knowledgeBase: { type: apigw.JsonSchemaType.BOOLEAN } } };
}

/** What the chat function reads about the knowledge base (CHAT_CONFIG.knowledgeBase). */
export function knowledgeSettings(config: DeploymentConfig, knowledgeBaseId: string): KnowledgeSettings {
  const kb = config.knowledgeBase;
  return {
    knowledgeBaseId,
    topK: kb.topK,
    clearances: { ...kb.clearances },
    departmentGroups: config.identity.groups.filter((g) => g.kind === 'department').map((g) => g.name),
    useDepartmentClaim: kb.useDepartmentClaim,
    defaultOnGroups: [...kb.defaultOnGroups],
  };
}
