import { fixedMonthlyCost } from '../../lib/report/cost';
import { parseValidationReport } from '../../lib/report/load-assembly';
import type { CfnResourceJson } from '../../lib/report/model';
import { TOKYO_PRICES } from '../../lib/report/pricing/ap-northeast-1';
import { packOf, policyGateSummary } from '../../lib/report/policy-gate';
import { alarm, key, model, stack } from './synthetic';

const acknowledged = (resource: CfnResourceJson, ...rules: [string, string][]): CfnResourceJson => ({
  ...resource,
  Metadata: { cdk_nag: { rules_to_suppress: rules.map(([id, reason]) => ({ id, reason })) } },
});

describe('policy gate', () => {
  const m = model(
    stack('Foundation', {
      Bucket: acknowledged({ Type: 'AWS::S3::Bucket' }, ['AwsSolutions-S1', 'access-log bucket'], ['NIST.800.53.R5-S3BucketLoggingEnabled', 'access-log bucket']),
      Subnet: acknowledged({ Type: 'AWS::EC2::Subnet' }, ['CfnValidate::W3010', 'AZ from config'], ['CloudFormation-Validate::W3010', 'aws-cdk-lib default']),
      Endpoint: acknowledged({ Type: 'AWS::EC2::VPCEndpoint' }, ['Residency-EndpointPolicyScoped', 'scoped by condition']),
    }),
  );

  it('reads the full acknowledgment ledger from template metadata', () => {
    const g = policyGateSummary(m);
    expect(g.ledger.map((a) => [a.pack, a.rule, a.resource.logicalId, a.reason])).toEqual([
      ['AwsSolutions', 'AwsSolutions-S1', 'Bucket', 'access-log bucket'],
      ['CfnValidate', 'CfnValidate::W3010', 'Subnet', 'AZ from config'],
      ['CloudFormation-Validate', 'CloudFormation-Validate::W3010', 'Subnet', 'aws-cdk-lib default'],
      ['NIST.800.53.R5', 'NIST.800.53.R5-S3BucketLoggingEnabled', 'Bucket', 'access-log bucket'],
      ['Residency', 'Residency-EndpointPolicyScoped', 'Endpoint', 'scoped by condition'],
    ]);
    expect(g.packs.map((p) => [p.pack, p.acknowledgments])).toEqual([
      ['AwsSolutions', 1],
      ['NIST.800.53.R5', 1],
      ['Residency', 1],
      ['CfnValidate', 1],
    ]);
  });

  it('reports open findings as unknown without a validation report', () => {
    const g = policyGateSummary(m);
    expect(g.validationReportFound).toBe(false);
    expect(g.packs.every((p) => p.openFindings === undefined)).toBe(true);
  });

  it('reports zero open findings per pack when the validation report lists none', () => {
    const report = parseValidationReport({ pluginReports: [{ pluginName: 'CfnValidate', conclusion: 'success', violations: [], suppressedViolations: [{}] }] });
    const g = policyGateSummary({ ...m, validationReport: report });
    expect(g.packs.map((p) => [p.pack, p.openFindings])).toEqual([
      ['AwsSolutions', 0],
      ['NIST.800.53.R5', 0],
      ['Residency', 0],
      ['CfnValidate', 0],
    ]);
  });

  it('counts the open findings of a failed pack', () => {
    const report = parseValidationReport({
      pluginReports: [
        {
          pluginName: 'Residency',
          conclusion: 'failure',
          violations: [{ ruleName: 'Residency-InferenceProfileResidency', violatingConstructs: [{ constructPath: 'F/a' }, { constructPath: 'F/b' }] }],
        },
      ],
    });
    const residency = policyGateSummary({ ...m, validationReport: report }).packs.find((p) => p.pack === 'Residency')!;
    expect(residency.openFindings).toBe(2);
    expect(residency.openRules).toEqual(['Residency-InferenceProfileResidency']);
  });

  it('assigns rule ids to packs by prefix', () => {
    expect(packOf('AwsSolutions-IAM5[Resource::*]')).toBe('AwsSolutions');
    expect(packOf('Residency-StackRegion')).toBe('Residency');
    expect(packOf('Something-Else')).toBe('other');
  });
});

describe('fixed monthly cost', () => {
  const endpoint = (azs: number): CfnResourceJson => ({ Type: 'AWS::EC2::VPCEndpoint', Properties: { VpcEndpointType: 'Interface', SubnetIds: Array.from({ length: azs }, (_, i) => `subnet-${i}`) } });
  const webAcl: CfnResourceJson = { Type: 'AWS::WAFv2::WebACL', Properties: { Scope: 'REGIONAL', Rules: [{ Name: 'a' }, { Name: 'b' }, { Name: 'managed' }] } };

  it('prices endpoint-AZs, keys, web ACL rules and alarms from the templates', () => {
    const c = fixedMonthlyCost(
      model(
        stack('F', { E1: endpoint(2), E2: endpoint(3), Gw: { Type: 'AWS::EC2::VPCEndpoint', Properties: { VpcEndpointType: 'Gateway' } }, K1: key(), K2: key(), K3: key() }),
        stack('Api', { Acl: webAcl, A1: alarm(), A2: alarm(), Fast: { Type: 'AWS::CloudWatch::Alarm', Properties: { Period: 10 } } }),
      ),
    );
    const byItem = Object.fromEntries(c.lines.map((l) => [l.item.en.split(' (')[0], [l.quantity, l.monthlyUsd]]));
    expect(byItem['Interface VPC endpoints']).toEqual([5, 51.1]);
    expect(byItem['KMS customer-managed keys']).toEqual([3, 3]);
    expect(byItem['WAF web ACLs']).toEqual([1, 5]);
    expect(byItem['WAF rules and managed rule groups']).toEqual([3, 3]);
    expect(byItem['CloudWatch alarms, standard resolution']).toEqual([2, 0.2]);
    expect(byItem['CloudWatch alarms, high resolution']).toEqual([1, 0.3]);
    expect(c.totalMonthlyUsd).toBe(62.6);
    expect(c.pricesRecordedOn).toBe(TOKYO_PRICES.recordedOn);
  });

  it('uses 730 hours a month and the Tokyo endpoint rate', () => {
    expect(TOKYO_PRICES.hoursPerMonth).toBe(730);
    expect(fixedMonthlyCost(model(stack('F', { E: endpoint(1) }))).totalMonthlyUsd).toBe(Math.round(730 * TOKYO_PRICES.interfaceEndpointHour.usd * 100) / 100);
  });
});
