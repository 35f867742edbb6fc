import { Match, Template } from 'aws-cdk-lib/assertions';
import { ACCOUNT, REGION, decide, stacksOf, TemplateResolver } from '../support/iam-simulation';
import { buildKit } from '../support/kit-app';

/**
 * GET /v1/me and the /v1/conversations routes: on the same API, behind the same authorizer, in a
 * function of their own. Least privilege proven by simulating the synthesized policies: only
 * the conversations role may delete from the table or read the activity index, and it may not
 * call the model; the chat roles may query, put and update turns, and never delete.
 */
describe('conversation routes: gateway', () => {
  const kit = buildKit({ edge: { api: { corsOrigins: ['https://chat.example.co.jp'] } } });
  const api = Template.fromStack(kit.stacks.api);
  const fnId = (prefix: string) => Object.keys(api.findResources('AWS::Lambda::Function')).find((id) => id.startsWith(prefix))!;

  test.each([
    ['GET', 'me'],
    ['GET', 'conversations'],
    ['GET', '{conversationId}'],
    ['DELETE', '{conversationId}'],
  ])('%s .../%s: Cognito authorizer, Authorization header required, the conversations function behind it', (method, leaf) => {
    const resources = api.findResources('AWS::ApiGateway::Resource', { Properties: { PathPart: leaf } });
    expect(Object.keys(resources)).toHaveLength(1);
    const [resourceId] = Object.keys(resources);
    const methods = api.findResources('AWS::ApiGateway::Method', { Properties: { HttpMethod: method, ResourceId: { Ref: resourceId } } });
    expect(Object.values(methods)).toHaveLength(1);
    const m = Object.values(methods)[0].Properties;
    expect(m).toMatchObject({
      AuthorizationType: 'COGNITO_USER_POOLS',
      AuthorizerId: expect.anything(),
      RequestValidatorId: expect.anything(),
      RequestParameters: expect.objectContaining({ 'method.request.header.Authorization': true }),
      Integration: expect.objectContaining({ Type: 'AWS_PROXY' }),
    });
    expect(JSON.stringify(m.Integration.Uri)).toContain(fnId('ChatConversationsHandlerFunction'));
    if (leaf === '{conversationId}') expect(m.RequestParameters['method.request.path.conversationId']).toBe(true);
  });

  test('/v1/conversations/{conversationId} sits under /v1/conversations, and preflights allow only the configured origin', () => {
    const [list] = Object.keys(api.findResources('AWS::ApiGateway::Resource', { Properties: { PathPart: 'conversations' } }));
    api.hasResourceProperties('AWS::ApiGateway::Resource', { PathPart: '{conversationId}', ParentId: { Ref: list } });
    const preflights = Object.values(api.findResources('AWS::ApiGateway::Method', { Properties: { HttpMethod: 'OPTIONS' } }));
    const headers = preflights.map((p) => p.Properties.Integration.IntegrationResponses[0].ResponseParameters);
    expect(headers.some((h) => h['method.response.header.Access-Control-Allow-Methods'] === "'GET,DELETE,OPTIONS'")).toBe(true);
    for (const h of headers) expect(h['method.response.header.Access-Control-Allow-Origin']).toBe("'https://chat.example.co.jp'");
  });

  test('the conversations function has its own settings variable, never CHAT_CONFIG, and logs to the request audit log group', () => {
    const fn = api.findResources('AWS::Lambda::Function')[fnId('ChatConversationsHandlerFunction')].Properties;
    expect(Object.keys(fn.Environment.Variables)).toEqual(expect.arrayContaining(['CONVERSATIONS_CONFIG']));
    expect(fn.Environment.Variables.CHAT_CONFIG).toBeUndefined();
    const chat = api.findResources('AWS::Lambda::Function')[fnId('ChatHandlerFunction')].Properties;
    expect(fn.LoggingConfig.LogGroup).toEqual(chat.LoggingConfig.LogGroup);
  });

  test('the table has the sparse activity index the list reads', () => {
    api.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: 'byActivity',
          KeySchema: [
            { AttributeName: 'userSub', KeyType: 'HASH' },
            { AttributeName: 'activityKey', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: Match.arrayWith(['title', 'updatedAt', 'expiresAt']) },
        }),
      ],
    });
  });
});

describe('conversation routes: least privilege (IAM simulation)', () => {
  let resolver: TemplateResolver;
  let stackName: string;
  let roleOf: (fnPrefix: string) => { principal: string; identityPolicies: Array<{ name: string; policy: unknown }> };
  let table: string;

  beforeAll(() => {
    const kit = buildKit();
    stackName = kit.stacks.api.stackName;
    resolver = new TemplateResolver(stacksOf(kit.app.synth()));
    const stack = resolver.stack(stackName);
    roleOf = (fnPrefix) => {
      const { resource } = resolver.find(stackName, 'AWS::Lambda::Function', fnPrefix);
      const roleId = resource.Properties.Role['Fn::GetAtt'][0];
      return { principal: resolver.roleArn(stackName, roleId), identityPolicies: resolver.identityPoliciesOf(stackName, roleId) };
    };
    const { id } = resolver.find(stackName, 'AWS::DynamoDB::GlobalTable', 'ChatConversations');
    table = resolver.arn(stack, id);
  });

  const index = () => `${table}/index/byActivity`;
  const otherTable = () => `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/someone-elses-table`;

  test('the conversations role: query the table and the index, delete items; nothing else', async () => {
    const role = roleOf('ChatConversationsHandlerFunction');
    expect(await decide({ ...role, action: 'dynamodb:Query', resource: table })).toBe('Allowed');
    expect(await decide({ ...role, action: 'dynamodb:Query', resource: index() })).toBe('Allowed');
    expect(await decide({ ...role, action: 'dynamodb:DeleteItem', resource: table })).toBe('Allowed');
    for (const action of ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Scan', 'dynamodb:BatchWriteItem', 'dynamodb:DeleteTable']) {
      expect([action, await decide({ ...role, action, resource: table })]).toEqual([action, 'ImplicitlyDenied']);
    }
    expect(await decide({ ...role, action: 'dynamodb:DeleteItem', resource: otherTable() })).toBe('ImplicitlyDenied');
    const profile = `arn:aws:bedrock:${REGION}:${ACCOUNT}:inference-profile/jp.anthropic.claude-haiku-4-5-20251001-v1:0`;
    for (const action of ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream']) {
      expect(await decide({ ...role, action, resource: profile })).not.toBe('Allowed');
    }
  });

  test.each(['ChatHandlerFunction', 'ChatStreamHandlerFunction'])('%s: query, put and update turns; never delete, scan or read the index', async (fn) => {
    const role = roleOf(fn);
    for (const action of ['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem']) {
      expect([action, await decide({ ...role, action, resource: table })]).toEqual([action, 'Allowed']);
    }
    for (const action of ['dynamodb:DeleteItem', 'dynamodb:Scan', 'dynamodb:BatchWriteItem']) {
      expect([action, await decide({ ...role, action, resource: table })]).toEqual([action, 'ImplicitlyDenied']);
    }
    expect(await decide({ ...role, action: 'dynamodb:Query', resource: index() })).toBe('ImplicitlyDenied');
  });
});
