import * as path from 'node:path';
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { DOCUMENTS_PREFIX, type IngestionSettings, KB_INGESTION_SETTINGS_ENV, QUARANTINE_PREFIX, REPORTS_PREFIX } from '../../contracts/knowledge-base';
import { HOME_REGION } from '../config/sections/core';
import { KitFunction } from './kit-function';

export interface KnowledgeBaseIngestionProps {
  readonly documentsBucket: s3.IBucket;
  readonly knowledgeBaseId: string;
  readonly knowledgeBaseArn: string;
  readonly dataSourceId: string;
  /** Department values a document may name; empty: any name. */
  readonly knownDepartments: readonly string[];
  readonly vpc: ec2.IVpc;
  readonly dataKey: kms.IKey;
  readonly logsKey: kms.IKey;
  readonly logRetentionDays: number;
  readonly retain?: boolean;
}

/**
 * Ingestion on upload: an EventBridge rule on the documents bucket's object-created events under
 * `documents/` invokes the ingestion check (a KitFunction in the isolated subnets), which reads
 * the metadata through the S3 gateway endpoint, quarantines what fails, and starts an ingestion
 * job through the `bedrock-agent` endpoint for what passes.
 */
export class KnowledgeBaseIngestion extends Construct {
  public readonly function: lambda.IFunction;
  public readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: KnowledgeBaseIngestionProps) {
    super(scope, id);
    const settings: IngestionSettings = {
      knowledgeBaseId: props.knowledgeBaseId,
      dataSourceId: props.dataSourceId,
      bucketName: props.documentsBucket.bucketName,
      knownDepartments: [...props.knownDepartments],
    };
    const fn = new KitFunction(this, 'Check', {
      entry: path.join(__dirname, '..', '..', 'lambda', 'handlers', 'kb-ingestion.ts'),
      description: 'private-ai-jp: knowledge-base ingestion check (metadata or quarantine, then StartIngestionJob)',
      vpc: props.vpc,
      logsKey: props.logsKey,
      environmentKey: props.dataKey,
      logRetentionDays: props.logRetentionDays,
      // One check at a time is plenty; the data source runs one ingestion job at a time anyway.
      reservedConcurrency: 2,
      memorySize: 256,
      timeout: Duration.seconds(60),
      environment: { [KB_INGESTION_SETTINGS_ENV]: Stack.of(this).toJsonString(settings), POWERTOOLS_SERVICE_NAME: 'private-ai-jp-kb-ingestion' },
      retain: props.retain,
      // The documents bucket is reached through the S3 gateway endpoint.
      gatewayEndpointEgress: true,
    });
    this.function = fn.function;
    const bucket = props.documentsBucket;
    fn.role.addToPolicy(new iam.PolicyStatement({ sid: 'ReadAndMoveUploadedDocuments', actions: ['s3:GetObject', 's3:DeleteObject'], resources: [bucket.arnForObjects(`${DOCUMENTS_PREFIX}*`)] }));
    fn.role.addToPolicy(
      new iam.PolicyStatement({ sid: 'WriteQuarantineAndReports', actions: ['s3:PutObject'], resources: [bucket.arnForObjects(`${QUARANTINE_PREFIX}*`), bucket.arnForObjects(`${REPORTS_PREFIX}*`)] }),
    );
    fn.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'UseTheDataKeyThroughS3Only',
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: [props.dataKey.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `s3.${HOME_REGION}.amazonaws.com` } },
      }),
    );
    fn.role.addToPolicy(new iam.PolicyStatement({ sid: 'StartIngestionOfThisKnowledgeBase', actions: ['bedrock:StartIngestionJob'], resources: [props.knowledgeBaseArn] }));
    const policy = fn.role.node.findChild('DefaultPolicy').node.defaultChild!;
    const bucketArn = `<${Stack.of(this).getLogicalId(bucket.node.defaultChild as s3.CfnBucket)}.Arn>`;
    Validations.of(policy).acknowledge(
      ...[DOCUMENTS_PREFIX, QUARANTINE_PREFIX, REPORTS_PREFIX].map((prefix) => ({
        id: `AwsSolutions-IAM5[Resource::${bucketArn}/${prefix}*]`,
        reason: `The check handles whichever objects are uploaded under ${prefix} of the documents bucket; their names are not known in advance.`,
      })),
    );
    Validations.of(fn.function.node.defaultChild!).acknowledge({
      id: 'NIST.800.53.R5-LambdaDLQ',
      reason: 'A failed check leaves the document where it was uploaded: the next ingestion job (on any upload, or started by hand) syncs the whole data source, and a document without valid metadata matches no retrieval filter.',
    });

    this.rule = new events.Rule(this, 'OnUpload', {
      description: 'Documents uploaded to the knowledge base: run the ingestion check',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: { bucket: { name: [bucket.bucketName] }, object: { key: [{ prefix: DOCUMENTS_PREFIX }] } },
      },
      targets: [new targets.LambdaFunction(fn.function, { retryAttempts: 4, maxEventAge: Duration.hours(2) })],
    });
  }
}
