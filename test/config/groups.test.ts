import { z } from 'zod';
import { checkGroupsDefined, parseConfig } from '../../lib/config';
import { BUILT_IN_GROUP_NAMES } from '../../lib/config/sections/identity';
import { rejection } from '../support/config-rejection';

const departments = [
  { name: 'dept-legal', kind: 'department' },
  { name: 'dept-sales', kind: 'department' },
];

describe('built-in groups survive a config that adds groups', () => {
  test('two department groups keep ai-admins and ai-users', () => {
    const { identity } = parseConfig({ identity: { groups: departments } });
    expect(identity.groups.map((g) => g.name)).toEqual(['ai-admins', 'ai-users', 'dept-legal', 'dept-sales']);
  });

  test('naming a built-in group replaces its definition (e.g. to map IdP groups) without repeating it', () => {
    const { identity } = parseConfig({ identity: { groups: [{ name: 'ai-users', kind: 'role', description: 'Everyone in the company' }] } });
    expect(identity.groups.map((g) => g.name)).toEqual(['ai-admins', 'ai-users']);
    expect(identity.groups[1].description).toBe('Everyone in the company');
  });

  test('identity.removeBuiltInGroups removes a built-in group, and only that list does', () => {
    const { identity } = parseConfig({ identity: { removeBuiltInGroups: ['ai-admins'] }, chat: { allowedGroups: ['ai-users'] } });
    expect(identity.groups.map((g) => g.name)).toEqual(['ai-users']);
  });

  test('removeBuiltInGroups names only built-in groups, and not one the config also defines', () => {
    expect(rejection({ identity: { removeBuiltInGroups: ['sales'] } })).toMatch(/config\.identity\.removeBuiltInGroups\.0: must name a built-in group: ai-admins, ai-users/);
    expect(rejection({ identity: { removeBuiltInGroups: ['ai-users'], groups: [{ name: 'ai-users', kind: 'role' }] } }))
      .toMatch(/config\.identity\.groups\.0\.name: defines "ai-users", which identity\.removeBuiltInGroups removes/);
  });
});

describe('chat.allowedGroups: who may chat', () => {
  test('defaults to the two built-in groups', () => {
    expect(parseConfig({}).chat.allowedGroups).toEqual(['ai-users', 'ai-admins']);
    expect([...BUILT_IN_GROUP_NAMES].sort()).toEqual([...parseConfig({}).chat.allowedGroups].sort());
  });

  test('["*"] admits every signed-in user and needs no defined group', () => {
    expect(parseConfig({ chat: { allowedGroups: ['*'] } }).chat.allowedGroups).toEqual(['*']);
    expect(parseConfig({ identity: { removeBuiltInGroups: ['ai-admins', 'ai-users'] }, chat: { allowedGroups: ['*'] } }).identity.groups).toEqual([]);
  });

  test('accepts a configured department group', () => {
    expect(parseConfig({ identity: { groups: departments }, chat: { allowedGroups: ['dept-legal', 'ai-admins'] } }).chat.allowedGroups).toEqual(['dept-legal', 'ai-admins']);
  });

  test.each([
    [{ allowedGroups: [] }, /config\.chat\.allowedGroups: needs at least one group, or \["\*"\] for every signed-in user/],
    [{ allowedGroups: ['*', 'ai-users'] }, /config\.chat\.allowedGroups: "\*" \(every signed-in user\) stands alone/],
    [{ allowedGroups: ['ai-users', 'ai-users'] }, /config\.chat\.allowedGroups: must not repeat a group/],
    [{ allowedGroups: ['ai users'] }, /config\.chat\.allowedGroups\.0: each entry is a group name/],
  ])('rejects %j', (chat, message) => {
    expect(rejection({ chat })).toMatch(message);
  });
});

describe('every group name used must exist', () => {
  test('chat.allowedGroups ["no-such-group"] fails naming the field and the defined groups', () => {
    expect(rejection({ chat: { allowedGroups: ['no-such-group'] } }))
      .toMatch(/config\.chat\.allowedGroups\.0: group "no-such-group" is not defined; defined groups: ai-admins, ai-users \(add it to identity\.groups\)/);
  });

  test('a guard group "dept-legall" that is not defined fails naming the key, with a suggestion', () => {
    const message = rejection({ identity: { groups: departments }, chat: { guard: { groups: { 'dept-legall': { restoreInAnswer: true } } } } });
    expect(message).toMatch(/config\.chat\.guard\.groups\.dept-legall: group "dept-legall" is not defined \(did you mean "dept-legal"\?\)/);
    // The policy under the key is not what is wrong, so it is not echoed.
    expect(message).not.toContain('restoreInAnswer');
  });

  test('a built-in group removed by identity.removeBuiltInGroups may not be referenced', () => {
    expect(rejection({ identity: { removeBuiltInGroups: ['ai-users'] } }))
      .toMatch(/config\.chat\.allowedGroups\.0: group "ai-users" is not defined; defined groups: ai-admins \(identity\.removeBuiltInGroups removes it/);
  });

  test('checkGroupsDefined is reusable by any section: list entries and record keys', () => {
    const config = parseConfig({ identity: { groups: departments } });
    const issues: z.core.$ZodRawIssue[] = [];
    const ctx = { addIssue: (i: z.core.$ZodRawIssue) => issues.push(i) } as unknown as z.RefinementCtx;
    checkGroupsDefined(ctx, config, ['knowledgeBase', 'clearances'], ['dept-legal', 'dept-hr']);
    checkGroupsDefined(ctx, config, ['guard', 'injection', 'judgeGroups'], { keys: ['ai-admins', 'ai-admin'] });
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [['knowledgeBase', 'clearances', 1], expect.stringContaining('group "dept-hr" is not defined')],
      [['guard', 'injection', 'judgeGroups', 'ai-admin'], expect.stringContaining('(did you mean "ai-admins"?)')],
    ]);
  });
});

describe('group checks after another identity error', () => {
  test('an invalid group name is the only error: the built-in groups still count as defined', () => {
    const message = rejection({ identity: { groups: [{ name: 'a b', kind: 'department' }] } });
    expect(message).toMatch(/config\.identity\.groups\.0\.name: must be 1-128 letters/);
    expect(message).not.toContain('is not defined');
  });
});
