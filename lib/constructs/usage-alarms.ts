import { Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { AUDIT_EVENT_MESSAGE } from './request-audit-log';

/** Namespace of the metrics derived from the request audit events. */
export const AUDIT_METRIC_NAMESPACE = 'PrivateAiJp';

export interface OffHoursWindow {
  /** Local hour the off-hours window starts (inclusive, 0-23). */
  readonly startHour: number;
  /** Local hour it ends (exclusive, 0-23); a window may wrap midnight. */
  readonly endHour: number;
  /** Whole-hour UTC offset of the local zone (Asia/Tokyo: 9). */
  readonly utcOffsetHours: number;
  /** Local Saturday and Sunday are off-hours all day. */
  readonly weekends: boolean;
}

export interface UsageThresholds {
  readonly periodMinutes: number;
  readonly blockedRequests: number;
  readonly injectionFlagged: number;
  readonly guardErrors: number;
  readonly bedrockThrottled: number;
  readonly bulkWindowMinutes: number;
  readonly requestsPerUser: number;
  readonly inputCharsPerUser: number;
  readonly offHoursRequests: number;
}

export interface UsageAlarmsProps {
  /** The request audit log group the chat function writes its `chat.audit` events to. */
  readonly auditLogGroup: logs.ILogGroup;
  /** Encrypts the alarm topic (its policy must admit CloudWatch for `alarmNamePrefix*`). */
  readonly topicKey: kms.IKey;
  /** Every alarm and Contributor Insights rule name starts with this. */
  readonly alarmNamePrefix: string;
  readonly thresholds: UsageThresholds;
  readonly offHours: OffHoursWindow;
  /** Email subscriptions of the alarm topic. @default none */
  readonly emails?: readonly string[];
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * UTC (weekday, hour) slots that fall in the local off-hours window, as a CloudWatch metric-math
 * condition on `HOUR(m1)` (0-23, UTC) and `DAY(m1)` (1 = Monday ... 7 = Sunday, UTC). Metric math
 * has no time zones, so the local window is converted here, at synth.
 */
export function offHoursCondition(window: OffHoursWindow): string {
  const { startHour, endHour, utcOffsetHours, weekends } = window;
  const inWindow = (h: number) => (startHour < endHour ? h >= startHour && h < endHour : h >= startHour || h < endHour);
  const offHoursByUtcDay: boolean[][] = [];
  for (let day = 0; day < 7; day++) {
    offHoursByUtcDay.push(
      Array.from({ length: 24 }, (_, hour) => {
        const localHours = day * 24 + hour + utcOffsetHours;
        const localDay = (((Math.floor(localHours / 24)) % 7) + 7) % 7;
        const localHour = ((localHours % 24) + 24) % 24;
        return (weekends && localDay >= 5) || inWindow(localHour);
      }),
    );
  }
  const hourCondition = (hours: boolean[]): string | undefined => {
    const ranges: [number, number][] = [];
    for (let h = 0; h < 24; h++) {
      if (!hours[h]) continue;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === h) last[1] = h + 1;
      else ranges.push([h, h + 1]);
    }
    if (ranges.length === 0) return undefined;
    if (ranges.length === 1 && ranges[0][0] === 0 && ranges[0][1] === 24) return 'TRUE';
    return ranges
      .map(([a, b]) => (a === 0 ? `HOUR(m1) < ${b}` : b === 24 ? `HOUR(m1) >= ${a}` : `(HOUR(m1) >= ${a} AND HOUR(m1) < ${b})`))
      .join(' OR ');
  };
  const key = (hours: boolean[]) => hours.map((b) => (b ? '1' : '0')).join('');
  if (offHoursByUtcDay.every((d) => key(d) === key(offHoursByUtcDay[0]))) {
    const only = hourCondition(offHoursByUtcDay[0]);
    if (only === undefined) throw new Error('offHoursCondition: the off-hours window is empty');
    return only === 'TRUE' ? '1' : only;
  }
  // Runs of consecutive UTC days with the same off-hours become one clause.
  const clauses: string[] = [];
  for (let first = 0; first < 7;) {
    let last = first;
    while (last + 1 < 7 && key(offHoursByUtcDay[last + 1]) === key(offHoursByUtcDay[first])) last++;
    const hours = hourCondition(offHoursByUtcDay[first]);
    if (hours !== undefined) {
      const days = first === last ? `DAY(m1) == ${first + 1}` : `(DAY(m1) >= ${first + 1} AND DAY(m1) <= ${last + 1})`;
      clauses.push(hours === 'TRUE' ? days : `(${days} AND (${hours}))`);
    }
    first = last + 1;
  }
  return clauses.join(' OR ');
}

/** Human-readable description of the UTC slots, for the alarm description. */
function describeWindow(window: OffHoursWindow): string {
  const pad = (h: number) => `${String(h).padStart(2, '0')}:00`;
  const sign = window.utcOffsetHours >= 0 ? '+' : '-';
  return `${pad(window.startHour)}-${pad(window.endHour)} local (UTC${sign}${Math.abs(window.utcOffsetHours)})${window.weekends ? ` and all day ${DAY_NAMES[5]}/${DAY_NAMES[6]}` : ''}`;
}

/**
 * Alarms on unusual use of the chat endpoint, derived from the request audit events: spikes of
 * blocked and injection-flagged requests, guard errors, Bedrock throttling, bulk input by one user
 * (Contributor Insights: a metric-filter dimension per user could not be alarmed on without naming
 * the user), and use during off-hours. All alarms notify a KMS-encrypted SNS topic.
 */
export class UsageAlarms extends Construct {
  public readonly topic: sns.Topic;
  public readonly alarms: Record<string, cloudwatch.Alarm> = {};
  public readonly metricFilters: Record<string, logs.MetricFilter> = {};
  public readonly contributorRules: Record<string, cloudwatch.CfnInsightRule> = {};
  private readonly alarmNamePrefix: string;

  constructor(scope: Construct, id: string, props: UsageAlarmsProps) {
    super(scope, id);
    this.alarmNamePrefix = props.alarmNamePrefix;
    const { account, region } = Stack.of(this);
    const t = props.thresholds;

    this.topic = new sns.Topic(this, 'Topic', {
      displayName: 'private-ai-jp audit alarms',
      masterKey: props.topicKey,
      enforceSSL: true,
    });
    // The enforceSSL topic policy replaces the default one, so CloudWatch is admitted explicitly,
    // for this stack's alarms only.
    this.topic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowThisStacksAlarmsToPublish',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': account },
          ArnLike: { 'aws:SourceArn': `arn:aws:cloudwatch:${region}:${account}:alarm:${props.alarmNamePrefix}*` },
        },
      }),
    );
    for (const email of props.emails ?? []) this.topic.addSubscription(new subscriptions.EmailSubscription(email));
    const notify = new actions.SnsAction(this.topic);

    const isAuditEvent = logs.FilterPattern.stringValue('$.message', '=', AUDIT_EVENT_MESSAGE);
    const countMetric = (name: string, pattern: logs.JsonPattern, description: string) => {
      this.metricFilters[name] = new logs.MetricFilter(this, `${name}Filter`, {
        logGroup: props.auditLogGroup,
        filterPattern: pattern,
        metricNamespace: AUDIT_METRIC_NAMESPACE,
        metricName: name,
        metricValue: '1',
        unit: cloudwatch.Unit.COUNT,
      });
      return { name, description };
    };
    const spike = (name: string, pattern: logs.JsonPattern, threshold: number, description: string) => {
      countMetric(name, pattern, description);
      this.alarm(name, notify, {
        metric: this.metricFilters[name].metric({ statistic: cloudwatch.Stats.SUM, period: Duration.minutes(t.periodMinutes) }),
        threshold,
        description: `${description}: ${threshold} or more in ${t.periodMinutes} min`,
      });
    };

    countMetric('AuditedRequests', logs.FilterPattern.all(isAuditEvent), 'Audited chat requests');
    spike('BlockedRequests', logs.FilterPattern.all(isAuditEvent, logs.FilterPattern.stringValue('$.decision', '=', 'blocked_*')), t.blockedRequests, 'Requests blocked by the input, injection or output guard');
    spike('InjectionFlagged', logs.FilterPattern.all(isAuditEvent, logs.FilterPattern.booleanValue('$.injection.flagged', true)), t.injectionFlagged, 'Requests flagged as prompt injection');
    spike('GuardErrors', logs.FilterPattern.all(isAuditEvent, logs.FilterPattern.stringValue('$.errorKind', '=', 'guard_error')), t.guardErrors, 'Guard errors (the request failed closed)');
    spike('BedrockThrottled', logs.FilterPattern.all(isAuditEvent, logs.FilterPattern.stringValue('$.errorKind', '=', 'bedrock_throttled')), t.bedrockThrottled, 'Bedrock throttled requests');

    // Bulk input by one user: Contributor Insights ranks users; the alarm watches the top one.
    const bulkWindow = Duration.minutes(t.bulkWindowMinutes);
    const perUser = (name: string, valueOf: string | undefined, threshold: number, description: string) => {
      const ruleName = `${props.alarmNamePrefix}${name}`;
      this.contributorRules[name] = new cloudwatch.CfnInsightRule(this, `${name}Rule`, {
        ruleName,
        ruleState: 'ENABLED',
        ruleBody: Stack.of(this).toJsonString({
          Schema: { Name: 'CloudWatchLogRule', Version: 1 },
          LogGroupNames: [props.auditLogGroup.logGroupName],
          LogFormat: 'JSON',
          Contribution: {
            Keys: ['$.userSub'],
            ...(valueOf ? { ValueOf: valueOf } : {}),
            Filters: [{ Match: '$.message', In: [AUDIT_EVENT_MESSAGE] }],
          },
          AggregateOn: valueOf ? 'Sum' : 'Count',
        }),
      });
      this.alarm(name, notify, {
        metric: new cloudwatch.MathExpression({
          expression: `INSIGHT_RULE_METRIC('${ruleName}', 'MaxContributorValue')`,
          usingMetrics: {},
          period: bulkWindow,
          label: `${description} (top user)`,
        }),
        threshold,
        description: `${description}: one user reached ${threshold} within ${t.bulkWindowMinutes} min (see the Contributor Insights rule ${ruleName} for who)`,
      }).node.addDependency(this.contributorRules[name]);
    };
    perUser('RequestsPerUser', undefined, t.requestsPerUser, 'Requests by one user');
    perUser('InputCharsPerUser', '$.inputChars', t.inputCharsPerUser, 'Input characters by one user');

    // Off-hours use: requests per UTC hour, kept only in the hours that are off-hours locally.
    this.alarm('OffHoursRequests', notify, {
      metric: new cloudwatch.MathExpression({
        expression: `IF(${offHoursCondition(props.offHours)}, m1, 0)`,
        usingMetrics: {
          m1: this.metricFilters.AuditedRequests.metric({ statistic: cloudwatch.Stats.SUM, period: Duration.hours(1) }),
        },
        period: Duration.hours(1),
        label: 'Requests in off-hours',
      }),
      threshold: t.offHoursRequests,
      description: `Off-hours use: ${t.offHoursRequests} or more requests in one hour during ${describeWindow(props.offHours)}`,
    });
  }

  private alarm(name: string, notify: actions.SnsAction, props: { metric: cloudwatch.IMetric; threshold: number; description: string }): cloudwatch.Alarm {
    const alarm = new cloudwatch.Alarm(this, `${name}Alarm`, {
      alarmName: `${this.alarmNamePrefix}${name}`,
      alarmDescription: props.description,
      metric: props.metric,
      threshold: props.threshold,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(notify);
    this.alarms[name] = alarm;
    return alarm;
  }
}
