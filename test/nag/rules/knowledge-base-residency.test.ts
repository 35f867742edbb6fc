import { Stack } from 'aws-cdk-lib';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import { Key } from 'aws-cdk-lib/aws-kms';
import * as s3vectors from 'aws-cdk-lib/aws-s3vectors';
import { ACCOUNT, pathsFor, testStack } from '../findings';

const RULE = 'KnowledgeBaseResidency';
const TITAN_TOKYO = 'arn:aws:bedrock:ap-northeast-1::foundation-model/amazon.titan-embed-text-v2:0';

function knowledgeBase(stack: Stack, id: string, over: { modelArn?: string; storage?: bedrock.CfnKnowledgeBase.StorageConfigurationProperty } = {}) {
  const bucket = new s3vectors.CfnVectorBucket(stack, `${id}Vectors`, {});
  const index = new s3vectors.CfnIndex(stack, `${id}Index`, { vectorBucketArn: bucket.attrVectorBucketArn, dataType: 'float32', dimension: 1024, distanceMetric: 'cosine' });
  return new bedrock.CfnKnowledgeBase(stack, id, {
    name: id.toLowerCase(),
    roleArn: `arn:aws:iam::${ACCOUNT}:role/kb`,
    knowledgeBaseConfiguration: { type: 'VECTOR', vectorKnowledgeBaseConfiguration: { embeddingModelArn: over.modelArn ?? TITAN_TOKYO } },
    storageConfiguration: over.storage ?? { type: 'S3_VECTORS', s3VectorsConfiguration: { vectorBucketArn: bucket.attrVectorBucketArn, indexArn: index.attrIndexArn } },
  });
}

describe('Residency-KnowledgeBaseResidency', () => {
  it('is quiet for a Tokyo embedding model over S3 Vectors of the app, and for an S3 data source', () => {
    const { stack } = testStack();
    const kb = knowledgeBase(stack, 'Kb');
    knowledgeBase(stack, 'KbRegionRef', { modelArn: `arn:aws:bedrock:${stack.region}::foundation-model/cohere.embed-multilingual-v3` });
    new bedrock.CfnDataSource(stack, 'Docs', {
      knowledgeBaseId: kb.attrKnowledgeBaseId,
      name: 'docs',
      dataSourceConfiguration: { type: 'S3', s3Configuration: { bucketArn: 'arn:aws:s3:::docs' } },
    });
    new bedrock.CfnKnowledgeBase(stack, 'Aurora', {
      name: 'aurora',
      roleArn: `arn:aws:iam::${ACCOUNT}:role/kb`,
      knowledgeBaseConfiguration: { type: 'VECTOR', vectorKnowledgeBaseConfiguration: { embeddingModelArn: TITAN_TOKYO } },
      storageConfiguration: {
        type: 'RDS',
        rdsConfiguration: {
          resourceArn: `arn:aws:rds:ap-northeast-1:${ACCOUNT}:cluster:kb`,
          credentialsSecretArn: `arn:aws:secretsmanager:ap-northeast-1:${ACCOUNT}:secret:kb`,
          databaseName: 'kb',
          tableName: 'chunks',
          fieldMapping: { primaryKeyField: 'id', vectorField: 'v', textField: 't', metadataField: 'm' },
        },
      },
    });
    expect(pathsFor(RULE, stack)).toEqual([]);
  });

  it('fires for an embedding model in another region, an inference profile, a third-party store, a foreign store and a web data source', () => {
    const { stack } = testStack();
    knowledgeBase(stack, 'Virginia', { modelArn: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0' });
    knowledgeBase(stack, 'Profile', { modelArn: `arn:aws:bedrock:ap-northeast-1:${ACCOUNT}:inference-profile/apac.cohere.embed-v4:0` });
    knowledgeBase(stack, 'Pinecone', {
      storage: {
        type: 'PINECONE',
        pineconeConfiguration: {
          connectionString: 'https://index.svc.pinecone.io',
          credentialsSecretArn: `arn:aws:secretsmanager:ap-northeast-1:${ACCOUNT}:secret:p`,
          fieldMapping: { textField: 't', metadataField: 'm' },
        },
      },
    });
    knowledgeBase(stack, 'Singapore', {
      storage: {
        type: 'S3_VECTORS',
        s3VectorsConfiguration: {
          vectorBucketArn: `arn:aws:s3vectors:ap-southeast-1:${ACCOUNT}:bucket/v`,
          indexArn: `arn:aws:s3vectors:ap-southeast-1:${ACCOUNT}:bucket/v/index/i`,
        },
      },
    });
    new bedrock.CfnDataSource(stack, 'Crawler', {
      knowledgeBaseId: 'KB12345678',
      name: 'web',
      dataSourceConfiguration: { type: 'WEB', webConfiguration: { sourceConfiguration: { urlConfiguration: { seedUrls: [{ url: 'https://example.com' }] } } } },
    });
    expect(pathsFor(RULE, stack).sort()).toEqual(['S/Crawler', 'S/Pinecone', 'S/Profile', 'S/Singapore', 'S/Virginia']);
  });
});

describe('Residency-CustomerManagedEncryption on the vector store and the data source', () => {
  it('is quiet for a vector bucket under an app key, an index that inherits it, a data source under an app key', () => {
    const { stack } = testStack();
    const key = new Key(stack, 'Key', { enableKeyRotation: true });
    const bucket = new s3vectors.CfnVectorBucket(stack, 'Vectors', { encryptionConfiguration: { sseType: 'aws:kms', kmsKeyArn: key.keyArn } });
    new s3vectors.CfnIndex(stack, 'Index', { vectorBucketArn: bucket.attrVectorBucketArn, dataType: 'float32', dimension: 1024, distanceMetric: 'cosine' });
    new bedrock.CfnDataSource(stack, 'Docs', {
      knowledgeBaseId: 'KB12345678',
      name: 'docs',
      dataSourceConfiguration: { type: 'S3', s3Configuration: { bucketArn: 'arn:aws:s3:::docs' } },
      serverSideEncryptionConfiguration: { kmsKeyArn: key.keyArn },
    });
    expect(pathsFor('CustomerManagedEncryption', stack)).toEqual([]);
  });

  it('fires for SSE-S3 vectors, a literal key ARN on an index, a data source without a key', () => {
    const { stack } = testStack();
    new s3vectors.CfnVectorBucket(stack, 'SseS3', {});
    const bucket = new s3vectors.CfnVectorBucket(stack, 'Aes', { encryptionConfiguration: { sseType: 'AES256' } });
    new s3vectors.CfnIndex(stack, 'LiteralKey', {
      vectorBucketArn: bucket.attrVectorBucketArn,
      dataType: 'float32',
      dimension: 1024,
      distanceMetric: 'cosine',
      encryptionConfiguration: { sseType: 'aws:kms', kmsKeyArn: `arn:aws:kms:ap-northeast-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab` },
    });
    new bedrock.CfnDataSource(stack, 'NoKey', { knowledgeBaseId: 'KB12345678', name: 'docs', dataSourceConfiguration: { type: 'S3', s3Configuration: { bucketArn: 'arn:aws:s3:::docs' } } });
    expect(pathsFor('CustomerManagedEncryption', stack).sort()).toEqual(['S/Aes', 'S/LiteralKey', 'S/NoKey', 'S/SseS3']);
  });
});
