import { checkM3 } from '../../lib/report/checks/monitoring';
import { model, stack } from './synthetic';

const trail = { Type: 'AWS::CloudTrail::Trail', Properties: { IsLogging: true, EnableLogFileValidation: true } };
const query = { Type: 'AWS::Logs::QueryDefinition', Properties: { Name: 'blocked', QueryString: 'fields @timestamp' } };
const managed = { Type: 'AWS::Config::ConfigRule', Properties: { ConfigRuleName: 'Kit-drift-kms-rotation', Source: { Owner: 'AWS', SourceIdentifier: 'CMK_BACKING_KEY_ROTATION_ENABLED' } } };
const guard = { Type: 'AWS::Config::ConfigRule', Properties: { ConfigRuleName: 'Kit-drift-residency', Source: { Owner: 'CUSTOM_POLICY', CustomPolicyDetails: { PolicyRuntime: 'guard-2.x.x', PolicyText: 'rule r { awsRegion == "x" }' } } } };
const notice = {
  Type: 'AWS::Events::Rule',
  Properties: { EventPattern: { source: ['aws.config'], 'detail-type': ['Config Rules Compliance Change'] }, Targets: [{ Arn: { Ref: 'Topic' }, Id: 't' }] },
};

describe('M-3 lists the AWS Config drift rules', () => {
  it('names each rule with its managed identifier or Guard, and the notification path', () => {
    const r = checkM3(model(stack('Audit', { Trail: trail, Q: query, Rotation: managed, Residency: guard, Notice: notice })));
    expect(r.status).toBe('enforced');
    const texts = r.present.map((f) => f.text.en);
    expect(texts).toContain('AWS Config rules check the live account for drift: Kit-drift-kms-rotation (CMK_BACKING_KEY_ROTATION_ENABLED), Kit-drift-residency (Guard).');
    expect(texts).toContain('Non-compliance is sent to the alarm topic by an EventBridge rule.');
  });

  it('counts rules nobody is told about as missing', () => {
    const r = checkM3(model(stack('Audit', { Trail: trail, Q: query, Rotation: managed })));
    expect(r.status).toBe('partial');
    expect(r.missing.map((f) => f.text.en)).toEqual(['AWS Config rules without a notification of non-compliance.']);
  });

  it('without rules, suggests turning them on and stays as before', () => {
    const r = checkM3(model(stack('Audit', { Trail: trail, Q: query })));
    expect(r.status).toBe('enforced');
    expect((r.guidance ?? []).map((g) => g.en).join(' ')).toMatch(/governance\.configRules/);
  });
});
