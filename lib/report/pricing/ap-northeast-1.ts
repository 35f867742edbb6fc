/**
 * List prices (USD) in Asia Pacific (Tokyo) for the always-on parts of the kit, used to compute
 * the fixed monthly cost in the evidence report. Taxes, discounts and the free tier are ignored.
 * `verify: true` marks a figure not confirmed for Tokyo against the named page when recorded:
 * check it there before budgeting.
 */
export interface PriceEntry {
  readonly usd: number;
  readonly unit: string;
  /** The AWS pricing page the figure comes from. */
  readonly source: string;
  readonly verify: boolean;
  readonly note?: string;
}

export const TOKYO_PRICES = {
  region: 'ap-northeast-1',
  /** When these figures were recorded. The report prints it next to every cost figure. */
  recordedOn: '2026-11-22',
  hoursPerMonth: 730,
  interfaceEndpointHour: {
    usd: 0.014,
    unit: 'per interface endpoint per AZ per hour',
    source: 'AWS PrivateLink pricing',
    verify: true,
    note: 'Tokyo rate (US East is 0.01). Data processed (0.01 per GB) is usage, not fixed. Gateway endpoints (S3, DynamoDB) are free.',
  },
  kmsKeyMonth: {
    usd: 1,
    unit: 'per customer-managed key per month',
    source: 'AWS Key Management Service pricing',
    verify: false,
    note: 'Automatic rotation adds 1 per month for each of the first two rotations (so up to 3 per key after two years). Requests are usage.',
  },
  wafWebAclMonth: { usd: 5, unit: 'per web ACL per month', source: 'AWS WAF pricing', verify: false },
  wafRuleMonth: {
    usd: 1,
    unit: 'per rule per month (a managed rule group counts as one rule)',
    source: 'AWS WAF pricing',
    verify: false,
    note: 'Requests (0.60 per million) are usage. Bot Control and Fraud Control rule groups add a subscription fee not counted here.',
  },
  cloudTrailFirstManagementCopy: {
    usd: 0,
    unit: 'first copy of management events per region',
    source: 'AWS CloudTrail pricing',
    verify: false,
    note: 'Further copies of management events (2.00 per 100,000) and data events (0.10 per 100,000) are usage.',
  },
  standardAlarmMonth: { usd: 0.1, unit: 'per standard-resolution alarm metric per month', source: 'Amazon CloudWatch pricing', verify: true },
  highResolutionAlarmMonth: { usd: 0.3, unit: 'per high-resolution alarm metric per month', source: 'Amazon CloudWatch pricing', verify: true },
  compositeAlarmMonth: { usd: 0.5, unit: 'per composite alarm per month', source: 'Amazon CloudWatch pricing', verify: true },
  dashboardMonth: { usd: 3, unit: 'per dashboard per month (beyond the free three)', source: 'Amazon CloudWatch pricing', verify: false },
  secretMonth: { usd: 0.4, unit: 'per secret per month', source: 'AWS Secrets Manager pricing', verify: false },
  s3VectorsIndexMonth: {
    usd: 0,
    unit: 'per vector bucket or index per month (no fixed charge)',
    source: 'Amazon S3 pricing (S3 Vectors)',
    verify: true,
    note: 'Usage only: storage (about 0.06 per GB-month in US East), writes (about 0.20 per GB put) and queries (per call and per TB processed); Tokyo rates differ. Bedrock Knowledge Bases adds no fixed charge; embeddings are billed per input token of the embedding model.',
  },
  knowledgeBaseMonth: {
    usd: 0,
    unit: 'per knowledge base or data source per month (no fixed charge)',
    source: 'Amazon Bedrock pricing',
    verify: true,
    note: 'Ingestion embeds every chunk with the embedding model (per 1,000 input tokens); each Retrieve embeds the query. Its two interface endpoints (bedrock-agent, bedrock-agent-runtime) are counted with the endpoints.',
  },
  cognitoPlusMau: {
    usd: 0.02,
    unit: 'per monthly active user (Plus feature plan)',
    source: 'Amazon Cognito pricing',
    verify: true,
    note: 'Usage, not fixed: listed so the cost of threat protection is visible.',
  },
} as const satisfies Record<string, unknown>;
