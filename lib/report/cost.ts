import type { AssemblyModel, ResourceRef, Text } from './model';
import { text } from './model';
import { type PriceEntry, TOKYO_PRICES } from './pricing/ap-northeast-1';
import { asArray, isRecord, props, refOf, resourcesOfType } from './template-query';

export interface CostLine {
  readonly item: Text;
  /** Billable units, e.g. endpoint-AZs or rules. */
  readonly quantity: number;
  readonly unitPriceUsd: number;
  readonly unit: string;
  readonly monthlyUsd: number;
  readonly source: string;
  readonly verify: boolean;
  readonly note?: string;
  readonly resources: readonly ResourceRef[];
}

export interface CostSummary {
  readonly region: string;
  readonly pricesRecordedOn: string;
  readonly hoursPerMonth: number;
  readonly lines: readonly CostLine[];
  readonly totalMonthlyUsd: number;
  /** Usage-priced parts, listed so they are not mistaken for free. */
  readonly usageNotes: readonly Text[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

function line(item: Text, quantity: number, price: PriceEntry, multiplier: number, resources: ResourceRef[]): CostLine {
  return {
    item,
    quantity,
    unitPriceUsd: price.usd,
    unit: price.unit,
    monthlyUsd: round2(quantity * price.usd * multiplier),
    source: price.source,
    verify: price.verify,
    ...(price.note ? { note: price.note } : {}),
    resources,
  };
}

/** Fixed monthly cost of the always-on parts, from resource counts in the templates. */
export function fixedMonthlyCost(model: AssemblyModel): CostSummary {
  const p = TOKYO_PRICES;
  const lines: CostLine[] = [];

  const interfaces = resourcesOfType(model, 'AWS::EC2::VPCEndpoint').filter((e) => props(e).VpcEndpointType === 'Interface');
  const endpointAzs = interfaces.reduce((n, e) => n + Math.max(1, asArray(props(e).SubnetIds).length), 0);
  lines.push(line(text(`Interface VPC endpoints (${interfaces.length} endpoints, ${endpointAzs} endpoint-AZs, ${p.hoursPerMonth} h)`, `インターフェイス VPC エンドポイント（${interfaces.length} 個、${endpointAzs} エンドポイント×AZ、${p.hoursPerMonth} 時間）`), endpointAzs, p.interfaceEndpointHour, p.hoursPerMonth, interfaces.map(refOf)));

  const keys = resourcesOfType(model, 'AWS::KMS::Key');
  lines.push(line(text(`KMS customer-managed keys (${keys.length})`, `KMS カスタマーマネージドキー（${keys.length} 個）`), keys.length, p.kmsKeyMonth, 1, keys.map(refOf)));

  const acls = resourcesOfType(model, 'AWS::WAFv2::WebACL');
  lines.push(line(text(`WAF web ACLs (${acls.length})`, `WAF ウェブ ACL（${acls.length} 個）`), acls.length, p.wafWebAclMonth, 1, acls.map(refOf)));
  const rules = acls.reduce((n, a) => n + asArray(props(a).Rules).length, 0);
  lines.push(line(text(`WAF rules and managed rule groups (${rules})`, `WAF ルールとマネージドルールグループ（${rules} 個）`), rules, p.wafRuleMonth, 1, acls.map(refOf)));

  // No line without a trail (audit.trail.enabled false: an organization trail records the account).
  const trails = resourcesOfType(model, 'AWS::CloudTrail::Trail');
  if (trails.length > 0) {
    lines.push(
      line(
        text(
          `CloudTrail trails (${trails.length}): free only as the account's first copy of management events in each region; where another trail (an organization trail included) already records them, this is a further copy, billed per event (usage, not counted)`,
          `CloudTrail 証跡（${trails.length} 個）: 各リージョンで管理イベントの最初のコピーである場合のみ無料。組織の証跡など別の証跡が既に記録している場合は追加のコピーとなり、イベント数に応じて課金される（従量、ここでは数えない）`,
        ),
        trails.length,
        p.cloudTrailFirstManagementCopy,
        1,
        trails.map(refOf),
      ),
    );
  }

  const alarms = resourcesOfType(model, 'AWS::CloudWatch::Alarm');
  const alarmMetrics = (a: (typeof alarms)[number]) => {
    const metrics = asArray(props(a).Metrics).filter(isRecord);
    // Metric-math alarms are billed per metric the expression reads.
    return metrics.length > 0 ? metrics.filter((m) => m.MetricStat !== undefined).length || 1 : 1;
  };
  const isHighRes = (a: (typeof alarms)[number]) => {
    const periods = [props(a).Period, ...asArray(props(a).Metrics).map((m) => (isRecord(m) && isRecord(m.MetricStat) ? m.MetricStat.Period : undefined))];
    return periods.some((x) => typeof x === 'number' && x < 60);
  };
  const standard = alarms.filter((a) => !isHighRes(a));
  const highRes = alarms.filter(isHighRes);
  lines.push(line(text(`CloudWatch alarms, standard resolution (${standard.length} alarms)`, `CloudWatch アラーム（標準解像度、${standard.length} 個）`), standard.reduce((n, a) => n + alarmMetrics(a), 0), p.standardAlarmMonth, 1, standard.map(refOf)));
  if (highRes.length > 0) {
    lines.push(line(text(`CloudWatch alarms, high resolution (${highRes.length} alarms)`, `CloudWatch アラーム（高解像度、${highRes.length} 個）`), highRes.reduce((n, a) => n + alarmMetrics(a), 0), p.highResolutionAlarmMonth, 1, highRes.map(refOf)));
  }
  const composite = resourcesOfType(model, 'AWS::CloudWatch::CompositeAlarm');
  if (composite.length > 0) lines.push(line(text(`CloudWatch composite alarms (${composite.length})`, `CloudWatch 複合アラーム（${composite.length} 個）`), composite.length, p.compositeAlarmMonth, 1, composite.map(refOf)));
  const dashboards = resourcesOfType(model, 'AWS::CloudWatch::Dashboard');
  if (dashboards.length > 0) lines.push(line(text(`CloudWatch dashboards (${dashboards.length})`, `CloudWatch ダッシュボード（${dashboards.length} 個）`), dashboards.length, p.dashboardMonth, 1, dashboards.map(refOf)));
  const secrets = resourcesOfType(model, 'AWS::SecretsManager::Secret');
  if (secrets.length > 0) lines.push(line(text(`Secrets Manager secrets (${secrets.length})`, `Secrets Manager シークレット（${secrets.length} 個）`), secrets.length, p.secretMonth, 1, secrets.map(refOf)));

  // The knowledge base: no fixed charge of its own (its endpoints are counted above), listed so a reviewer sees it.
  const vectorStores = resourcesOfType(model, 'AWS::S3Vectors::VectorBucket', 'AWS::S3Vectors::Index');
  if (vectorStores.length > 0) lines.push(line(text(`S3 Vectors vector buckets and indexes (${vectorStores.length}): storage, writes and queries are usage`, `S3 Vectors のベクトルバケットとインデックス（${vectorStores.length} 個）: 保存・書き込み・クエリは従量`), vectorStores.length, p.s3VectorsIndexMonth, 1, vectorStores.map(refOf)));
  const knowledgeBases = resourcesOfType(model, 'AWS::Bedrock::KnowledgeBase', 'AWS::Bedrock::DataSource');
  if (knowledgeBases.length > 0) lines.push(line(text(`Bedrock knowledge bases and data sources (${knowledgeBases.length}): embeddings are usage`, `Bedrock ナレッジベースとデータソース（${knowledgeBases.length} 個）: 埋め込みは従量`), knowledgeBases.length, p.knowledgeBaseMonth, 1, knowledgeBases.map(refOf)));

  const total = round2(lines.reduce((n, l) => n + l.monthlyUsd, 0));
  const pools = resourcesOfType(model, 'AWS::Cognito::UserPool');
  const usageNotes: Text[] = [
    text('Amazon Bedrock tokens, Lambda invocations, API Gateway requests, CloudWatch Logs ingestion and storage, S3 and DynamoDB storage and requests, and endpoint data processing are usage-priced and not included.', 'Amazon Bedrock のトークン、Lambda の呼び出し、API Gateway のリクエスト、CloudWatch Logs の取り込みと保存、S3 と DynamoDB の保存とリクエスト、エンドポイントのデータ処理は従量課金のため含まない。'),
  ];
  if (pools.some((u) => props(u).UserPoolTier === 'PLUS')) {
    usageNotes.push(text(`Cognito Plus feature plan: ${p.cognitoPlusMau.usd} USD ${p.cognitoPlusMau.unit} (threat protection).`, `Cognito Plus 機能プラン: 月間アクティブユーザー 1 人あたり ${p.cognitoPlusMau.usd} USD（脅威保護）。`));
  }
  return { region: p.region, pricesRecordedOn: p.recordedOn, hoursPerMonth: p.hoursPerMonth, lines, totalMonthlyUsd: total, usageNotes };
}
