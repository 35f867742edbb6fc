import { RemovalPolicy } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ENTITY_TYPES } from '../../contracts/entity-types';

/** `message` of the one structured audit event the chat function writes per request. */
export const AUDIT_EVENT_MESSAGE = 'chat.audit';

export interface RequestAuditLogProps {
  /** Encrypts the log group (the audit key). */
  readonly encryptionKey: kms.IKey;
  /** Retention of the audit events (the audit retention). */
  readonly retentionDays: number;
  /** Folder of the saved queries in the Logs Insights console, e.g. `PrivateAiJp/audit`. */
  readonly queryFolder: string;
  /** Keep the log group on stack deletion. @default true */
  readonly retain?: boolean;
}

const isAuditEvent = `message = "${AUDIT_EVENT_MESSAGE}"`;

/**
 * The request audit trail: a dedicated KMS-encrypted log group, kept for the audit retention, that
 * the chat function uses as its log group, plus Logs Insights queries saved in the account so a
 * reviewer can answer who asked what, when, with which model, and what was masked or blocked.
 */
export class RequestAuditLog extends Construct {
  public readonly logGroup: logs.LogGroup;
  /** Saved queries by short name. */
  public readonly queries: Record<string, logs.QueryDefinition> = {};

  constructor(scope: Construct, id: string, props: RequestAuditLogProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      encryptionKey: props.encryptionKey,
      retention: props.retentionDays as logs.RetentionDays,
      removalPolicy: props.retain === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });

    const save = (name: string, queryString: logs.QueryString) => {
      this.queries[name] = new logs.QueryDefinition(this, `Query-${name}`, {
        queryDefinitionName: `${props.queryFolder}/${name}`,
        queryString,
        logGroups: [this.logGroup],
      });
    };

    // Pick the time range in the console; add `| filter userSub = "..."` for one user.
    save('requests-by-user-and-time', new logs.QueryString({
      fields: ['@timestamp', 'userSub', 'department', 'groups.0', 'model', 'decision', 'inputChars', 'inputTokens', 'outputTokens', 'maskedTotal', 'requestId'],
      filterStatements: [isAuditEvent],
      sort: 'userSub asc, @timestamp asc',
      limit: 10000,
    }));

    save('requests-per-user-per-hour', new logs.QueryString({
      filterStatements: [isAuditEvent],
      statsStatements: ['count(*) as requests, sum(inputChars) as inputChars, sum(inputTokens) as inputTokens, sum(outputTokens) as outputTokens by userSub, department, bin(1h)'],
      sort: 'requests desc',
    }));

    save('blocked-requests-and-why', new logs.QueryString({
      fields: ['@timestamp', 'requestId', 'userSub', 'department', 'model', 'decision', 'errorKind', 'outputCheck', 'injection.score', 'injection.reasons.0', 'maskedTotal'],
      filterStatements: [isAuditEvent, 'decision != "allowed"'],
      sort: '@timestamp desc',
      limit: 10000,
    }));

    // Entity counts are an object keyed by entity type; Logs Insights flattens it to entityCounts.<TYPE>.
    save('masked-entities-by-type-and-department', new logs.QueryString({
      filterStatements: [isAuditEvent, 'maskedTotal > 0'],
      statsStatements: [`count(*) as requests, sum(maskedTotal) as masked, ${ENTITY_TYPES.map((t) => `sum(entityCounts.${t}) as ${t}`).join(', ')} by department`],
      sort: 'masked desc',
    }));

    save('models-used', new logs.QueryString({
      filterStatements: [isAuditEvent],
      statsStatements: ['count(*) as requests, sum(inputTokens) as inputTokens, sum(outputTokens) as outputTokens, avg(latencyMs) as avgLatencyMs by model, department'],
      sort: 'requests desc',
    }));

    // Logs Insights shows JSON true as 1; the string form covers a logger that writes "true".
    save('injection-flags', new logs.QueryString({
      fields: ['@timestamp', 'requestId', 'userSub', 'department', 'model', 'decision', 'injection.score', 'injection.reasons.0', 'injection.reasons.1', 'injection.reasons.2'],
      filterStatements: [isAuditEvent, '(injection.flagged = 1 or injection.flagged = "true")'],
      sort: '@timestamp desc',
      limit: 10000,
    }));
  }
}
