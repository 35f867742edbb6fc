import { AUDIT_TRAIL_METADATA, type AuditTrailMetadata } from '../../../contracts/audit-trail';
import { type CheckOutcome, type Finding, finding, outcomeOf } from '../checklist';
import type { AssemblyModel } from '../model';
import { text } from '../model';
import { type LocatedResource, asArray, collectStrings, getPath, isTrue, props, refOf, resourcesOfType } from '../template-query';

const refs = (rs: LocatedResource[]) => rs.map(refOf);

/**
 * Custom resources that switch on Bedrock model invocation logging (no CloudFormation resource
 * exists): an SDK call naming PutModelInvocationLoggingConfiguration, or a provider handed the
 * API's loggingConfig (its `textDataDeliveryEnabled` field).
 */
export function invocationLoggingResources(model: AssemblyModel): LocatedResource[] {
  return resourcesOfType(model, ...customResourceTypes(model)).filter(
    (r) =>
      collectStrings(props(r)).some((s) => s.value.includes('PutModelInvocationLoggingConfiguration')) ||
      JSON.stringify(props(r)).includes('"textDataDeliveryEnabled"'),
  );
}

function customResourceTypes(model: AssemblyModel): string[] {
  const types = new Set<string>(['AWS::CloudFormation::CustomResource']);
  for (const s of model.stacks) for (const r of Object.values(s.template.Resources ?? {})) if (r.Type.startsWith('Custom::')) types.add(r.Type);
  return [...types];
}

/** The audit stack's record of where the account's trail is (absent in templates from before it existed). */
export function auditTrailMetadata(model: AssemblyModel): AuditTrailMetadata | undefined {
  for (const s of model.stacks) {
    const meta = (s.template.Metadata as Record<string, unknown> | undefined)?.[AUDIT_TRAIL_METADATA];
    if (meta && typeof meta === 'object' && Array.isArray((meta as AuditTrailMetadata).mustRecord)) return meta as AuditTrailMetadata;
  }
  return undefined;
}

/** M-1: who, when, what: CloudTrail, Bedrock invocation logs, API access logs. */
export function checkM1(model: AssemblyModel): CheckOutcome {
  const present: Finding[] = [];
  const missing: Finding[] = [];
  const trails = resourcesOfType(model, 'AWS::CloudTrail::Trail').filter((t) => props(t).IsLogging !== false);
  const trailMeta = auditTrailMetadata(model);
  const guidance = [];
  if (trails.length > 0) present.push(finding(text('CloudTrail records API calls (who, when, which action).', 'CloudTrail が API 呼び出し（誰が・いつ・どの操作）を記録する。'), refs(trails)));
  else if (trailMeta && !trailMeta.kitTrail) {
    const named = trailMeta.organizationTrailArn;
    missing.push(
      finding(
        text(
          `No trail in these templates (audit.trail.enabled is false): the API-call record depends on an organization trail outside them${named ? ` (${named})` : ', which the config does not name (audit.trail.organizationTrailArn)'}.`,
          `これらのテンプレートに証跡はない（audit.trail.enabled が false）。API 呼び出しの記録はテンプレート外の組織の証跡に依存する${named ? `（${named}）` : '（設定 audit.trail.organizationTrailArn で指定されていない）'}。`,
        ),
      ),
    );
    guidance.push(
      text(
        `The organization trail must record: ${trailMeta.mustRecord.join('; ')}. Keep its configuration with this report.`,
        `組織の証跡が記録すべきもの（英語の原文のまま）: ${trailMeta.mustRecord.join('; ')}。その設定をこの報告書と併せて保管する。`,
      ),
    );
  } else missing.push(finding(text('No CloudTrail trail.', 'CloudTrail の証跡がない。')));
  const invocation = invocationLoggingResources(model);
  if (invocation.length > 0) present.push(finding(text('Bedrock model invocation logging records each model call.', 'Bedrock のモデル呼び出しログが各呼び出しを記録する。'), refs(invocation)));
  else missing.push(finding(text('No Bedrock model invocation logging.', 'Bedrock のモデル呼び出しログがない。')));
  const stages = resourcesOfType(model, 'AWS::ApiGateway::Stage', 'AWS::ApiGatewayV2::Stage');
  const logged = stages.filter((s) => getPath(props(s), 'AccessLogSetting.DestinationArn') !== undefined);
  const unlogged = stages.filter((s) => !logged.includes(s));
  if (logged.length > 0) present.push(finding(text('API access logs record the caller and request of every call.', 'API アクセスログがすべての呼び出しの呼び出し元とリクエストを記録する。'), refs(logged)));
  if (unlogged.length > 0) missing.push(finding(text('API stages without access logs.', 'アクセスログのない API ステージ。'), refs(unlogged)));
  if (stages.length === 0) missing.push(finding(text('No API stage with access logs.', 'アクセスログ付きの API ステージがない。')));
  const flowLogs = resourcesOfType(model, 'AWS::EC2::FlowLog');
  const wafLogs = resourcesOfType(model, 'AWS::WAFv2::LoggingConfiguration');
  if (flowLogs.length + wafLogs.length > 0) {
    present.push(finding(text('Network records: VPC flow logs and WAF logs (not who or what, but where from).', 'ネットワークの記録: VPC フローログと WAF ログ（誰が・何をではなく、どこからを示す）。'), refs([...flowLogs, ...wafLogs])));
  }
  const core = trails.length + invocation.length + logged.length;
  if (core === 0) return { status: 'gap', present, missing, guidance };
  return outcomeOf(present, missing, guidance);
}

/** M-2: alarms on unusual use, each notifying someone. */
export function checkM2(model: AssemblyModel): CheckOutcome {
  const alarms = resourcesOfType(model, 'AWS::CloudWatch::Alarm', 'AWS::CloudWatch::CompositeAlarm');
  if (alarms.length === 0) return { status: 'gap', present: [], missing: [finding(text('No CloudWatch alarms.', 'CloudWatch アラームがない。'))], guidance: [] };
  const present: Finding[] = [];
  const missing: Finding[] = [];
  const notifying = alarms.filter((a) => asArray(props(a).AlarmActions).length > 0);
  const silent = alarms.filter((a) => !notifying.includes(a));
  if (notifying.length > 0) present.push(finding(text(`${notifying.length} alarm(s) notify on unusual use.`, `${notifying.length} 個のアラームが不審な利用を通知する。`), refs(notifying)));
  if (silent.length > 0) missing.push(finding(text('Alarms without an action: nobody is told.', 'アクションのないアラーム（誰にも通知されない）。'), refs(silent)));
  const filters = resourcesOfType(model, 'AWS::Logs::MetricFilter');
  if (filters.length > 0) present.push(finding(text(`${filters.length} metric filter(s) turn log events into alarm metrics.`, `${filters.length} 個のメトリクスフィルターがログをアラーム用メトリクスに変換する。`), refs(filters)));
  return outcomeOf(present, missing, [
    text('Subscribe the on-call address to the alarm topic and confirm the subscription after deployment.', 'アラームのトピックに当番者の宛先を登録し、デプロイ後に購読を確認する。'),
  ]);
}

/** M-3: saved audit queries, tamper-evident trail, and this report as the export. */
export function checkM3(model: AssemblyModel): CheckOutcome {
  const present: Finding[] = [
    finding(text('This evidence report is written on every synth and by npm run report, for the audit file.', '本エビデンスレポートは毎回の synth と npm run report で出力され、監査記録として保管できる。')),
  ];
  const missing: Finding[] = [];
  const queries = resourcesOfType(model, 'AWS::Logs::QueryDefinition');
  if (queries.length > 0) {
    const names = queries.map((q) => String(props(q).Name ?? q.logicalId)).sort();
    present.push(finding(text(`Saved Logs Insights queries: ${names.join(', ')}.`, `保存済みの Logs Insights クエリ: ${names.join('、')}。`), refs(queries)));
  } else {
    missing.push(finding(text('No saved Logs Insights queries for audits.', '監査用に保存された Logs Insights クエリがない。')));
  }
  const trails = resourcesOfType(model, 'AWS::CloudTrail::Trail');
  const validated = trails.filter((t) => isTrue(props(t).EnableLogFileValidation));
  if (validated.length > 0) present.push(finding(text('CloudTrail log-file validation makes tampering detectable.', 'CloudTrail のログファイル検証により改ざんを検知できる。'), refs(validated)));
  else missing.push(finding(text('No CloudTrail trail with log-file validation.', 'ログファイル検証付きの CloudTrail 証跡がない。'), refs(trails)));
  const configRules = resourcesOfType(model, 'AWS::Config::ConfigRule');
  if (configRules.length > 0) {
    const listed = configRules
      .map((r) => {
        const source = props(r).Source as { Owner?: string; SourceIdentifier?: string } | undefined;
        return `${String(props(r).ConfigRuleName ?? r.logicalId)} (${source?.Owner === 'CUSTOM_POLICY' ? 'Guard' : String(source?.SourceIdentifier ?? source?.Owner)})`;
      })
      .sort();
    present.push(finding(text(`AWS Config rules check the live account for drift: ${listed.join(', ')}.`, `AWS Config ルールが稼働中のアカウントのドリフトを検査する: ${listed.join('、')}。`), refs(configRules)));
    const notices = resourcesOfType(model, 'AWS::Events::Rule').filter((r) => JSON.stringify(props(r).EventPattern ?? {}).includes('Config Rules Compliance Change'));
    if (notices.length > 0) present.push(finding(text('Non-compliance is sent to the alarm topic by an EventBridge rule.', '非準拠は EventBridge ルールでアラームのトピックに通知される。'), refs(notices)));
    else missing.push(finding(text('AWS Config rules without a notification of non-compliance.', '非準拠を通知しない AWS Config ルール。'), refs(configRules)));
  }
  return outcomeOf(present, missing, [
    text('Run the saved queries monthly, review blocked and masked requests by department, and file this report with the results.', '保存済みクエリを毎月実行し、部署別にブロック・マスクされたリクエストを確認し、結果と本レポートを保管する。'),
    ...(configRules.length === 0
      ? [text('Turn on governance.configRules to have AWS Config flag drift from these controls in the live account.', 'governance.configRules を有効にすると、稼働中のアカウントでこれらの統制からのドリフトを AWS Config が検出する。')]
      : []),
  ]);
}
