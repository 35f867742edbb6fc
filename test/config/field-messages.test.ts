import { rejection } from '../support/config-rejection';

const ROLE = 'arn:aws:iam::111111111111:role/AuditReader';

/**
 * Every wrong value of a config field fails with one line that names the field and says what is
 * allowed: a type error is worded as the kind of value wanted, not as zod's "Invalid input".
 */
describe('config fields report the field and what it allows', () => {
  test.each<[string, unknown, string, string]>([
    ['chat.allowedGroups as a string', { chat: { allowedGroups: 'ai-users' } }, 'config.chat.allowedGroups', 'must be a list'],
    ['chat.documents.maxCount above 20', { chat: { documents: { maxCount: 21 } } }, 'config.chat.documents.maxCount', 'integer from 0 to 20 (got 21)'],
    ['chat.documents.maxChars of 0', { chat: { documents: { maxChars: 0 } } }, 'config.chat.documents.maxChars', 'integer from 1 to 60000 (got 0)'],
    ['chat.documents.maxTotalChars not whole', { chat: { documents: { maxTotalChars: 1.5 } } }, 'config.chat.documents.maxTotalChars', 'integer from 1 to 60000'],
    ['chat.output.allowedLinkHosts with a URL', { chat: { output: { allowedLinkHosts: ['https://docs.example.com'] } } }, 'config.chat.output.allowedLinkHosts.0', 'lower-case host name'],
    ['chat.output.allowedLinkHosts as a string', { chat: { output: { allowedLinkHosts: 'docs.example.com' } } }, 'config.chat.output.allowedLinkHosts', 'must be a list'],
    ['chat.streamTimeoutSeconds below 30', { chat: { streamTimeoutSeconds: 10 } }, 'config.chat.streamTimeoutSeconds', 'integer from 30 to 900'],
    ['edge.waf.rateLimits.signInPerIpPer5Minutes below 10', { edge: { waf: { rateLimits: { signInPerIpPer5Minutes: 5 } } } }, 'config.edge.waf.rateLimits.signInPerIpPer5Minutes', 'from 10 to 2,000,000,000'],
    ['edge.waf.sampledRequests as text', { edge: { waf: { sampledRequests: 'yes' } } }, 'config.edge.waf.sampledRequests', 'must be true or false'],
    ['audit.auditorRoleArns with a user', { audit: { auditorRoleArns: ['arn:aws:iam::111111111111:user/alice'] } }, 'config.audit.auditorRoleArns.0', 'IAM role ARN'],
    ['audit.breakGlassRoleArns as a string', { audit: { breakGlassRoleArns: ROLE } }, 'config.audit.breakGlassRoleArns', 'must be a list'],
    ['audit.trail.enabled as text', { audit: { trail: { enabled: 'no' } } }, 'config.audit.trail.enabled', 'must be true or false'],
    ['audit.invocationLogging.replaceExisting as text', { audit: { invocationLogging: { replaceExisting: 'yes' } } }, 'config.audit.invocationLogging.replaceExisting', 'must be true or false'],
    ['knowledgeBase.enabled as a number', { knowledgeBase: { enabled: 1 } }, 'config.knowledgeBase.enabled', 'must be true or false'],
    ['knowledgeBase.topK as text', { knowledgeBase: { topK: '5' } }, 'config.knowledgeBase.topK', 'must be a number'],
    ['knowledgeBase.topK above 20', { knowledgeBase: { topK: 21 } }, 'config.knowledgeBase.topK', 'at most 20'],
    ['knowledgeBase.dimensions not offered', { knowledgeBase: { dimensions: 300 } }, 'config.knowledgeBase.dimensions', 'must be 256, 512 or 1024'],
    ['knowledgeBase.clearances as a list', { knowledgeBase: { clearances: ['ai-users'] } }, 'config.knowledgeBase.clearances', 'must be an object of named fields'],
    ['knowledgeBase.useDepartmentClaim as text', { knowledgeBase: { useDepartmentClaim: 'no' } }, 'config.knowledgeBase.useDepartmentClaim', 'must be true or false'],
    ['knowledgeBase.defaultOnGroups over 50', { knowledgeBase: { defaultOnGroups: Array.from({ length: 51 }, () => 'ai-users') } }, 'config.knowledgeBase.defaultOnGroups', 'at most 50 groups'],
    ['governance.scp.osakaServices as text', { governance: { scp: { osakaServices: 'yes' } } }, 'config.governance.scp.osakaServices', 'must be true or false'],
    ['governance.configRules.enabled as text', { governance: { configRules: { enabled: 'x' } } }, 'config.governance.configRules.enabled', 'must be true or false'],
    ['resilience.osaka.enabled as text', { resilience: { osaka: { enabled: 'yes' } } }, 'config.resilience.osaka.enabled', 'must be true or false'],
    ['resilience with an unknown region', { resilience: { tokyo: {} } }, 'config.resilience', 'unknown field(s) "tokyo"'],
    ['webClient.enabled as text', { webClient: { enabled: 'yes' } }, 'config.webClient.enabled', 'must be true or false'],
    ['webClient with an unknown field', { webClient: { path: '/' } }, 'config.webClient', 'unknown field(s) "path"'],
    ['identity.removeBuiltInGroups as a string', { identity: { removeBuiltInGroups: 'ai-users' } }, 'config.identity.removeBuiltInGroups', 'must be a list'],
    ['additionalModelIds as a string', { additionalModelIds: 'jp.anthropic.claude-x' }, 'config.additionalModelIds', 'must be a list'],
  ])('%s', (_name, input, field, allowed) => {
    const message = rejection(input);
    const line = message.split('\n').find((l) => l.startsWith(`  ${field}: `));
    expect(line).toBeDefined();
    expect(line).toContain(allowed);
    expect(message).not.toMatch(/Invalid input|Too big|Too small/);
  });

  test('a list given as a string is one problem, not also a length problem about the string', () => {
    const lines = rejection({ audit: { breakGlassRoleArns: ROLE } }).split('\n').filter((l) => l.startsWith('  config.'));
    expect(lines).toEqual([`  config.audit.breakGlassRoleArns: must be a list (a JSON array) (got "${ROLE}")`]);
  });

  test('a single-model field is reported under its own name, not as the first entry of a list', () => {
    const message = rejection({ knowledgeBase: { embeddingModel: 'amazon.titan-embed-text-v1' } });
    expect(message).toContain('  config.knowledgeBase.embeddingModel: "amazon.titan-embed-text-v1" is not in the kit\'s model catalogue');
    expect(message).not.toContain('config.knowledgeBase.embeddingModel.0');
  });
});
