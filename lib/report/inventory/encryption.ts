import type { AssemblyModel, ResourceRef } from '../model';
import {
  type LocatedResource,
  asArray,
  getPath,
  isRecord,
  isTrue,
  props,
  refOf,
  resolveTarget,
  resourcesOfType,
} from '../template-query';

export type StoreKind = 'bucket' | 'table' | 'log-group' | 'topic' | 'queue' | 'secret' | 'vector-bucket';

/** Where a store's key comes from. */
export type KeyKind = 'customer-managed' | 'external' | 'aws-managed' | 'service-default' | 'none';

export interface StoreKey {
  readonly kind: KeyKind;
  /** The KMS key resource when it is defined in the assembly. */
  readonly key?: ResourceRef;
  /** Literal key id, ARN or alias when not a resource of the assembly. */
  readonly literal?: string;
  /** Rotation of a customer-managed key; undefined when unknowable from the templates. */
  readonly rotation?: { readonly enabled: boolean; readonly periodDays?: number };
}

export interface StoreEncryption {
  readonly store: ResourceRef;
  readonly kind: StoreKind;
  readonly key: StoreKey;
  /** Requests without TLS are denied by a resource policy (buckets, topics, queues); undefined where not applicable. */
  readonly tlsOnly?: boolean;
}

const STORE_TYPES: Record<string, StoreKind> = {
  'AWS::S3::Bucket': 'bucket',
  'AWS::DynamoDB::Table': 'table',
  'AWS::DynamoDB::GlobalTable': 'table',
  'AWS::Logs::LogGroup': 'log-group',
  'AWS::SNS::Topic': 'topic',
  'AWS::SQS::Queue': 'queue',
  'AWS::SecretsManager::Secret': 'secret',
  // The knowledge base's vector store (S3 Vectors): SSE-S3 unless a KMS key is named.
  'AWS::S3Vectors::VectorBucket': 'vector-bucket',
};

/** Every bucket, table, log group, topic, queue and secret with its key and the key's rotation. */
export function encryptionInventory(model: AssemblyModel): StoreEncryption[] {
  return resourcesOfType(model, ...Object.keys(STORE_TYPES)).map((store) => {
    const kind = STORE_TYPES[store.resource.Type];
    const entry: StoreEncryption = { store: refOf(store), kind, key: keyOf(model, store, kind) };
    return kind === 'bucket' || kind === 'topic' || kind === 'queue' ? { ...entry, tlsOnly: deniesInsecureTransport(model, store) } : entry;
  });
}

function keyOf(model: AssemblyModel, store: LocatedResource, kind: StoreKind): StoreKey {
  const p = props(store);
  switch (kind) {
    case 'bucket': {
      const rules = asArray(getPath(p, 'BucketEncryption.ServerSideEncryptionConfiguration'));
      const byDefault = rules.map((r) => getPath(r, 'ServerSideEncryptionByDefault')).find(isRecord);
      if (!byDefault) return { kind: 'service-default' };
      const algorithm = byDefault.SSEAlgorithm;
      if (algorithm !== 'aws:kms' && algorithm !== 'aws:kms:dsse') return { kind: 'service-default', literal: String(algorithm) };
      return keyReference(model, store, byDefault.KMSMasterKeyID, 'aws-managed');
    }
    case 'table': {
      const sse = p.SSESpecification;
      if (!isRecord(sse) || !isTrue(sse.SSEEnabled) || (sse.SSEType !== undefined && sse.SSEType !== 'KMS')) return { kind: 'service-default' };
      const replicaKey = asArray(p.Replicas).map((r) => getPath(r, 'SSESpecification.KMSMasterKeyId')).find((k) => k !== undefined);
      return keyReference(model, store, sse.KMSMasterKeyId ?? replicaKey, 'aws-managed');
    }
    case 'log-group':
      return p.KmsKeyId === undefined ? { kind: 'service-default' } : keyReference(model, store, p.KmsKeyId, 'none');
    case 'topic':
      return p.KmsMasterKeyId === undefined ? { kind: 'none' } : keyReference(model, store, p.KmsMasterKeyId, 'none');
    case 'queue':
      if (p.KmsMasterKeyId !== undefined) return keyReference(model, store, p.KmsMasterKeyId, 'none');
      return isTrue(p.SqsManagedSseEnabled) || p.SqsManagedSseEnabled === undefined ? { kind: 'service-default' } : { kind: 'none' };
    case 'secret':
      return p.KmsKeyId === undefined ? { kind: 'aws-managed' } : keyReference(model, store, p.KmsKeyId, 'aws-managed');
    case 'vector-bucket': {
      const sse = getPath(p, 'EncryptionConfiguration');
      if (!isRecord(sse) || sse.SseType !== 'aws:kms') return { kind: 'service-default', ...(isRecord(sse) && sse.SseType ? { literal: String(sse.SseType) } : {}) };
      return keyReference(model, store, sse.KmsKeyArn, 'aws-managed');
    }
  }
}

function keyReference(model: AssemblyModel, store: LocatedResource, value: unknown, whenAbsent: KeyKind): StoreKey {
  if (value === undefined) return { kind: whenAbsent };
  if (typeof value === 'string') {
    return /alias\/aws\//.test(value) ? { kind: 'aws-managed', literal: value } : { kind: 'external', literal: value };
  }
  let target = resolveTarget(model, store.stack, value);
  if (target?.resource.Type === 'AWS::KMS::Alias') target = resolveTarget(model, target.stack, props(target).TargetKeyId);
  if (!target || target.resource.Type !== 'AWS::KMS::Key') return { kind: 'external', literal: JSON.stringify(value) };
  return { kind: 'customer-managed', key: refOf(target), rotation: rotationOf(target) };
}

export function rotationOf(key: LocatedResource): { enabled: boolean; periodDays?: number } {
  const p = props(key);
  const enabled = isTrue(p.EnableKeyRotation);
  const period = typeof p.RotationPeriodInDays === 'number' ? p.RotationPeriodInDays : enabled ? 365 : undefined;
  return period === undefined ? { enabled } : { enabled, periodDays: period };
}

/** A Deny on `aws:SecureTransport = false` in the store's resource policy. */
function deniesInsecureTransport(model: AssemblyModel, store: LocatedResource): boolean {
  const policyTypes: Record<string, [string, string]> = {
    'AWS::S3::Bucket': ['AWS::S3::BucketPolicy', 'Bucket'],
    'AWS::SNS::Topic': ['AWS::SNS::TopicPolicy', 'Topics'],
    'AWS::SQS::Queue': ['AWS::SQS::QueuePolicy', 'Queues'],
  };
  const [policyType, targetKey] = policyTypes[store.resource.Type];
  return resourcesOfType(model, policyType).some((policy) => {
    const targets = asArray(props(policy)[targetKey]).map((t) => resolveTarget(model, policy.stack, t));
    if (!targets.some((t) => t?.stack === store.stack && t.logicalId === store.logicalId)) return false;
    return asArray(getPath(props(policy), 'PolicyDocument.Statement')).some(
      (s) => isRecord(s) && s.Effect === 'Deny' && String(getPath(s, 'Condition.Bool.aws:SecureTransport')) === 'false',
    );
  });
}
