import * as fs from 'node:fs';
import * as path from 'node:path';
import { decide, REGION, ACCOUNT, stacksOf, TemplateResolver } from '../support/iam-simulation';
import { buildKit } from '../support/kit-app';

const allFeatures = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'config', 'all-features.json'), 'utf8'));

/**
 * Every Lambda role of the kit writes logs only to its own function's log group. Proven by
 * simulating the synthesized policies: a function role cannot put events into the CloudTrail
 * copy (the trail's log group), the request audit log of another function, or create log groups.
 */
describe.each([
  ['default config', {}],
  ['every optional feature on', allFeatures],
])('function roles: logs of their own function only (%s)', (_name, config) => {
  let resolver: TemplateResolver;
  let functions: Array<{ stack: string; id: string; roleId: string; logGroupName: string }>;
  beforeAll(() => {
    const { app } = buildKit(config);
    resolver = new TemplateResolver(stacksOf(app.synth()));
    functions = resolver.stacks.flatMap((stack) =>
      Object.entries(stack.template.Resources)
        .filter(([, r]) => r.Type === 'AWS::Lambda::Function')
        .map(([id, r]) => {
          const roleId = r.Properties.Role['Fn::GetAtt'][0];
          const logGroup = r.Properties.LoggingConfig?.LogGroup;
          if (logGroup === undefined) throw new Error(`${stack.name}/${id} has no log group of its own`);
          return { stack: stack.name, id, roleId, logGroupName: resolver.resolve(stack, logGroup) as string };
        }));
  });

  const trailStream = () => {
    const audit = resolver.stack('PrivateAiJp-Audit');
    const { id } = resolver.find('PrivateAiJp-Audit', 'AWS::Logs::LogGroup', 'TrailLogs');
    return `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${resolver.physicalName(audit, id)}:log-stream:${ACCOUNT}_CloudTrail_${REGION}`;
  };

  test('the kit has functions in the foundation, audit and API stacks, each with an explicit log group', () => {
    const byStack = new Set(functions.map((f) => f.stack));
    for (const s of ['PrivateAiJp-Foundation', 'PrivateAiJp-Audit', 'PrivateAiJp-Api']) expect(byStack).toContain(s);
    // Only the chat functions share one: the request audit log group.
    const shared = functions.filter((f) => functions.some((o) => o !== f && o.logGroupName === f.logGroupName));
    expect(shared.every((f) => f.id.startsWith('Chat'))).toBe(true);
  });

  test('no function role carries AWSLambdaBasicExecutionRole or AWSLambdaVPCAccessExecutionRole', () => {
    for (const f of functions) {
      const names = resolver.identityPoliciesOf(f.stack, f.roleId).map((p) => p.name);
      expect({ fn: f.id, names }).toEqual({ fn: f.id, names: expect.not.arrayContaining([expect.stringMatching(/AWSLambda(Basic|VPCAccess)ExecutionRole/)]) });
    }
  });

  test('the chat role writes its own (request audit) log group, and cannot write the CloudTrail copy or create log groups', async () => {
    const chat = functions.find((f) => f.id.startsWith('ChatHandlerFunction'))!;
    const request = { principal: resolver.roleArn(chat.stack, chat.roleId), identityPolicies: resolver.identityPoliciesOf(chat.stack, chat.roleId) };
    const own = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${chat.logGroupName}:log-stream:2026/12/01/[$LATEST]abc`;
    expect(await decide({ ...request, action: 'logs:PutLogEvents', resource: own })).toBe('Allowed');
    expect(await decide({ ...request, action: 'logs:CreateLogStream', resource: own })).toBe('Allowed');
    expect(await decide({ ...request, action: 'logs:PutLogEvents', resource: trailStream() })).toBe('ImplicitlyDenied');
    expect(await decide({ ...request, action: 'logs:CreateLogStream', resource: trailStream() })).toBe('ImplicitlyDenied');
    expect(await decide({ ...request, action: 'logs:CreateLogGroup', resource: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:anything` })).toBe('ImplicitlyDenied');
  });

  test('every function role: own log group yes, the CloudTrail copy and any other function\'s log group no', async () => {
    for (const f of functions) {
      const request = { principal: resolver.roleArn(f.stack, f.roleId), identityPolicies: resolver.identityPoliciesOf(f.stack, f.roleId) };
      const stream = (group: string) => `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${group}:log-stream:s`;
      expect([f.id, await decide({ ...request, action: 'logs:PutLogEvents', resource: stream(f.logGroupName) })]).toEqual([f.id, 'Allowed']);
      expect([f.id, await decide({ ...request, action: 'logs:PutLogEvents', resource: trailStream() })]).toEqual([f.id, 'ImplicitlyDenied']);
      for (const other of functions.filter((o) => o.logGroupName !== f.logGroupName)) {
        expect([f.id, other.id, await decide({ ...request, action: 'logs:PutLogEvents', resource: stream(other.logGroupName) })]).toEqual([f.id, other.id, 'ImplicitlyDenied']);
      }
    }
  });
});
