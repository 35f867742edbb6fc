import { Template } from 'aws-cdk-lib/assertions';
import { ACCOUNT, decide, type Decision, stacksOf, TemplateResolver } from '../support/iam-simulation';
import { buildKit } from '../support/kit-app';

/**
 * ConverseStream is authorised by bedrock:InvokeModelWithResponseStream. Proven by simulating the
 * synthesized policies of both chat roles: streaming is allowed exactly where InvokeModel is (the
 * allow-listed jp. profiles, and their foundation models only through those profiles), and
 * explicitly denied on an apac. profile and on a model outside the allow-list.
 */
describe('chat roles: streaming has exactly the reach of InvokeModel', () => {
  let resolver: TemplateResolver;
  let roles: Array<{ fn: string; principal: string; identityPolicies: Array<{ name: string; policy: unknown }> }>;
  let model: string;
  let api: Template;

  beforeAll(() => {
    const kit = buildKit();
    model = kit.config.allowedModels.find((m) => m.startsWith('jp.'))!;
    api = Template.fromStack(kit.stacks.api);
    resolver = new TemplateResolver(stacksOf(kit.app.synth()));
    const stack = resolver.stack(kit.stacks.api.stackName);
    roles = Object.entries(stack.template.Resources)
      .filter(([id, r]) => r.Type === 'AWS::Lambda::Function' && /^Chat(Stream)?HandlerFunction/.test(id))
      .map(([id, r]) => {
        const roleId = r.Properties.Role['Fn::GetAtt'][0];
        return { fn: id, principal: resolver.roleArn(stack.name, roleId), identityPolicies: resolver.identityPoliciesOf(stack.name, roleId) };
      });
  });

  const profile = (prefix: string, id: string) => `arn:aws:bedrock:ap-northeast-1:${ACCOUNT}:inference-profile/${prefix}.${id}`;
  const foundation = (region: string, id: string) => `arn:aws:bedrock:${region}::foundation-model/${id}`;
  const bare = () => model.slice('jp.'.length);

  const cases = (): Array<[string, string, Record<string, string> | undefined, Decision]> => [
    ['the allow-listed jp. profile', profile('jp', bare()), undefined, 'Allowed'],
    ['its Tokyo foundation model, reached through that profile', foundation('ap-northeast-1', bare()), { 'bedrock:InferenceProfileArn': profile('jp', bare()) }, 'Allowed'],
    ['its Osaka foundation model, reached through that profile', foundation('ap-northeast-3', bare()), { 'bedrock:InferenceProfileArn': profile('jp', bare()) }, 'Allowed'],
    ['its foundation model invoked directly (no profile)', foundation('ap-northeast-1', bare()), undefined, 'ImplicitlyDenied'],
    ['the apac. profile of the same model', profile('apac', bare()), undefined, 'ExplicitlyDenied'],
    ['a jp. profile of a model outside the allow-list', profile('jp', 'anthropic.claude-3-haiku-20240307-v1:0'), undefined, 'ExplicitlyDenied'],
    ['a foundation model outside the allow-list', foundation('ap-northeast-1', 'anthropic.claude-3-haiku-20240307-v1:0'), undefined, 'ExplicitlyDenied'],
  ];

  test('both chat functions (buffered and streaming) are in the API stack', () => {
    expect(roles.map((r) => r.fn.replace(/[0-9A-F]{8}$/, ''))).toEqual(expect.arrayContaining(['ChatHandlerFunction', 'ChatStreamHandlerFunction']));
  });

  test.each(['bedrock:InvokeModelWithResponseStream', 'bedrock:InvokeModel'])('%s: allowed on the jp. profile, denied on apac. and outside the allow-list', async (action) => {
    for (const role of roles) {
      for (const [what, resource, context, expected] of cases()) {
        const got = await decide({ principal: role.principal, identityPolicies: role.identityPolicies as never, action, resource, ...(context ? { context } : {}) });
        expect({ role: role.fn, what, got }).toEqual({ role: role.fn, what, got: expected });
      }
    }
  });

  test('in the template: the streaming action sits in the same statements as InvokeModel, and the deny names both', () => {
    for (const role of roles) {
      const statements = role.identityPolicies.flatMap((p) => (p.policy as { Statement: Array<Record<string, any>> }).Statement);
      const bedrock = statements.filter((st) => [].concat(st.Action).some((a: string) => a.startsWith('bedrock:Invoke')));
      const allows = bedrock.filter((st) => st.Effect === 'Allow');
      expect(allows.length).toBeGreaterThan(0);
      for (const st of allows) expect([].concat(st.Action).sort()).toEqual(['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream']);
      const deny = bedrock.find((st) => st.Effect === 'Deny')!;
      expect({ role: role.fn, sid: deny.Sid, actions: [].concat(deny.Action).sort() }).toEqual({
        role: role.fn,
        sid: 'DenyAnyOtherModelOrInferenceProfile',
        actions: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'],
      });
    }
  });

  test('the streaming function answers for up to chat.streamTimeoutSeconds (the buffered one keeps API Gateway\'s 29 s)', () => {
    const timeouts = Object.values(api.findResources('AWS::Lambda::Function'))
      .filter((f) => /guarded chat/.test(f.Properties.Description))
      .map((f) => [f.Properties.Description.includes('streamed') ? 'stream' : 'buffered', f.Properties.Timeout]);
    expect(Object.fromEntries(timeouts)).toEqual({ buffered: 29, stream: 300 });
  });

  test('the streaming route is the only method whose integration uses response-streaming-invocations', () => {
    const methods = Object.values(api.findResources('AWS::ApiGateway::Method', { Properties: { HttpMethod: 'POST' } }));
    const streaming = methods.filter((m) => JSON.stringify(m.Properties.Integration.Uri).includes('/response-streaming-invocations'));
    expect(streaming).toHaveLength(1);
    expect(streaming[0].Properties.Integration).toMatchObject({ Type: 'AWS_PROXY', ResponseTransferMode: 'STREAM' });
    expect(JSON.stringify(streaming[0].Properties.Integration.Uri)).toContain('2021-11-15/functions/');
    // The same authorizer and validator as POST /v1/chat.
    const buffered = methods.find((m) => !JSON.stringify(m.Properties.Integration.Uri).includes('response-streaming'))!;
    expect(streaming[0].Properties).toMatchObject({
      AuthorizationType: 'COGNITO_USER_POOLS',
      AuthorizerId: buffered.Properties.AuthorizerId,
      RequestValidatorId: buffered.Properties.RequestValidatorId,
      RequestModels: buffered.Properties.RequestModels,
    });
  });
});
