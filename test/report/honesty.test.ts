import { AUDIT_TRAIL_METADATA } from '../../contracts/audit-trail';
import { fixedMonthlyCost } from '../../lib/report/cost';
import { checkD2 } from '../../lib/report/checks/data-protection';
import { checkM1 } from '../../lib/report/checks/monitoring';
import { checkP5 } from '../../lib/report/checks/usage-policy';
import { buildEvidenceReport } from '../../lib/report/build-report';
import { GUARD_QUALITY } from '../../lib/report/guard-quality';
import { NO_EGRESS, isNoEgressPlaceholder, networkInventory } from '../../lib/report/inventory/network';
import { renderMarkdown } from '../../lib/report/render/markdown';
import { apiMethod, chatFunction, group, model, policy, role, samlProvider, stack, userPool } from './synthetic';

/** Statuses and lines that must not claim more than the templates show. */

const guarded = { ChatRole: role(), ChatPolicy: policy('ChatRole', ['bedrock:InvokeModel']), Chat: chatFunction('ChatRole', {}, ['ai-users']), Post: apiMethod('Chat') };

describe('D-2 states what the guard detects and does not, with measured figures and their date', () => {
  test('next to the status: detects, does not detect, and the figures from the data file with its date', () => {
    const r = checkD2(model(stack('Api', guarded)));
    expect(r.status).toBe('enforced');
    const en = r.guidance!.map((g) => g.en);
    expect(en[0]).toBe(`The guard detects: ${GUARD_QUALITY.detects.en}.`);
    expect(en[1]).toMatch(/^The guard does not detect: Personal or confidential facts told in prose/);
    expect(en[2]).toContain(`Measured quality (${GUARD_QUALITY.measuredOn};`);
    for (const figure of GUARD_QUALITY.figures) expect(en[2]).toContain(figure.en);
    expect(r.guidance![2].ja).toContain(GUARD_QUALITY.measuredOn);
  });

  test('no guard function, no claims about its quality', () => {
    const r = checkD2(model(stack('Api', { R: role(), F: { Type: 'AWS::Lambda::Function', Properties: { Role: { 'Fn::GetAtt': ['R', 'Arn'] } } } })));
    expect(r.guidance!.some((g) => g.en.startsWith('The guard detects'))).toBe(false);
  });
});

describe('P-5 names the IdP only when one is configured', () => {
  const base = { Pool: userPool(), Users: group('ai-users'), ...guarded };

  test('without an IdP: administrators manage membership in Cognito', () => {
    const r = checkP5(model(stack('Id', base)));
    const text = r.present.map((f) => f.text.en).join(' ');
    expect(text).toContain('no IdP is configured, so administrators add trained users to these groups in Cognito');
    expect(text).not.toMatch(/IdP groups|corporate IdP/);
  });

  test('with a SAML IdP: membership follows the IdP', () => {
    const r = checkP5(model(stack('Id', { ...base, Saml: samlProvider() })));
    expect(r.present.map((f) => f.text.en).join(' ')).toContain("follows the corporate IdP's groups");
  });

  test('with every signed-in user admitted, nothing is claimed about group-based access', () => {
    const r = checkP5(model(stack('Id', { ...base, Chat: chatFunction('ChatRole', {}, ['*']) })));
    expect(r.present).toEqual([]);
    expect(r.missing[0].text.en).toMatch(/^Every signed-in user may chat/);
  });
});

describe('CloudTrail: the organization trail and the cost line', () => {
  const orgTrail = {
    Metadata: {
      [AUDIT_TRAIL_METADATA]: {
        kitTrail: false,
        organizationTrailArn: 'arn:aws:cloudtrail:ap-northeast-1:222222222222:trail/org',
        mustRecord: ['management events (read and write) of account 111111111111 in every region, global services included'],
      },
    },
  };

  test('M-1 without the kit trail says where the organization trail must be and what it must record', () => {
    const r = checkM1(model(stack('Audit', {}, orgTrail)));
    expect(r.missing[0].text.en).toBe(
      'No trail in these templates (audit.trail.enabled is false): the API-call record depends on an organization trail outside them (arn:aws:cloudtrail:ap-northeast-1:222222222222:trail/org).',
    );
    expect(r.guidance![0].en).toBe('The organization trail must record: management events (read and write) of account 111111111111 in every region, global services included. Keep its configuration with this report.');
    expect(r.status).not.toBe('enforced');
  });

  test('the cost table drops CloudTrail without a trail, and with one says it is free only as the first copy', () => {
    expect(fixedMonthlyCost(model(stack('Audit', {}, orgTrail))).lines.some((l) => l.item.en.startsWith('CloudTrail'))).toBe(false);
    const withTrail = fixedMonthlyCost(model(stack('Audit', { Trail: { Type: 'AWS::CloudTrail::Trail', Properties: {} } })));
    const line = withTrail.lines.find((l) => l.item.en.startsWith('CloudTrail'))!;
    expect(line.item.en).toContain("free only as the account's first copy of management events in each region");
    expect(line.item.en).toContain('an organization trail included');
  });
});

describe('noise dropped from the documents', () => {
  test("CDK's no-egress placeholder rule is shown as no egress, not as a rule to 255.255.255.255/32", () => {
    const sg = (egress: unknown[]) => ({ Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'g', VpcId: 'vpc-1', SecurityGroupEgress: egress } });
    const placeholder = { CidrIp: '255.255.255.255/32', Description: 'Disallow all traffic', FromPort: 252, IpProtocol: 'icmp', ToPort: 86 };
    const inv = networkInventory(model(stack('F', { Closed: sg([placeholder]), Open: sg([{ CidrIp: '10.0.0.0/16', IpProtocol: 'tcp', FromPort: 443, ToPort: 443 }]) })));
    const closed = inv.securityGroups.find((g) => g.group.logicalId === 'Closed')!;
    expect(closed.rules).toEqual([{ direction: 'egress', protocol: 'none', ports: '-', peer: '-', description: NO_EGRESS }]);
    const open = inv.securityGroups.find((g) => g.group.logicalId === 'Open')!;
    expect(open.rules).toEqual([{ direction: 'egress', protocol: 'tcp', ports: '443', peer: '10.0.0.0/16', description: '' }]);
    // A real rule that merely looks similar is kept.
    expect(isNoEgressPlaceholder({ ...placeholder, FromPort: 0 })).toBe(false);
  });

  test('residency "where" cells summarize dozens of property paths by resource type; a few are listed', () => {
    const arnPolicy = (n: number) => ({
      Type: 'AWS::IAM::ManagedPolicy',
      Properties: { PolicyDocument: { Statement: Array.from({ length: n }, (_, i) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:ap-northeast-1:111111111111:accesspoint/a${i}` })) } },
    });
    const many = buildEvidenceReport(model(stack('S', { P1: arnPolicy(20), P2: arnPolicy(20) })));
    const md = renderMarkdown(many);
    const row = md.split('\n').find((l) => l.startsWith('| ap-northeast-1 |'))!;
    expect(row).toMatch(/\d+ properties of \d+ resources \(AWS::IAM::ManagedPolicy 2/);
    expect(row).not.toContain('PolicyDocument.Statement[');
    // report.json keeps every place.
    expect(many.residency.regions.find((r) => r.region === 'ap-northeast-1')!.locations.length).toBeGreaterThanOrEqual(40);
    const few = renderMarkdown(buildEvidenceReport(model(stack('S', { P1: arnPolicy(1) }))));
    expect(few.split('\n').find((l) => l.startsWith('| ap-northeast-1 |'))).toContain('S/P1 Properties.PolicyDocument.Statement[0].Resource');
  });
});
