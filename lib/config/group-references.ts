import type { z } from 'zod';
import { ALL_SIGNED_IN_USERS } from '../../contracts/chat-settings';
import { BUILT_IN_GROUP_NAMES } from './sections/identity';
import { didYouMean } from './suggest';

/** What a group check needs of the parsed config: the user pool's groups (built-ins included). */
export interface ConfigWithGroups {
  readonly identity: { readonly groups: readonly { readonly name: string }[]; readonly removeBuiltInGroups?: readonly string[] };
}

/**
 * Fail the config when a field names a group the user pool does not have (`identity.groups`,
 * built-in groups included). Every section that refers to groups calls this from a deployment-level
 * `superRefine`, so a typo such as `dept-legall` fails synth instead of matching nobody.
 *
 * @param path where the names sit, e.g. `['chat', 'allowedGroups']`
 * @param names the names, or `{ keys }` when they are the keys of a record (each issue points at its key)
 */
export function checkGroupsDefined(
  ctx: z.RefinementCtx,
  config: ConfigWithGroups,
  path: readonly (string | number)[],
  names: readonly string[] | { readonly keys: readonly string[] },
): void {
  const defined = definedGroupNames(config);
  const asKeys = !Array.isArray(names);
  const list: readonly string[] = Array.isArray(names) ? names : (names as { keys: readonly string[] }).keys;
  list.forEach((name, i) => {
    if (defined.includes(name)) return;
    const removed = config.identity.removeBuiltInGroups?.includes(name) === true;
    const fix = removed ? 'identity.removeBuiltInGroups removes it; keep the group or stop naming it here' : 'add it to identity.groups';
    ctx.addIssue({
      code: 'custom',
      path: [...path, asKeys ? name : i],
      message: `group "${name}" is not defined${didYouMean(name, defined)}; defined groups: ${defined.join(', ') || '(none)'} (${fix})`,
      // A record key: the value under it is not what is wrong, so the message does not show it.
      params: { valueIsKey: asKeys },
    });
  });
}

/**
 * The user pool's group names. The parsed config already lists the built-in groups, but when
 * another identity field is invalid zod skips that step and still runs the cross-field checks,
 * so the built-ins are added here too, lest a config with one typo get a second, wrong error.
 */
function definedGroupNames(config: ConfigWithGroups): string[] {
  const removed = config.identity.removeBuiltInGroups ?? [];
  const configured = Array.isArray(config.identity.groups) ? config.identity.groups.map((g) => g.name) : [];
  const builtIn = BUILT_IN_GROUP_NAMES.filter((g) => !removed.includes(g) && !configured.includes(g));
  return [...builtIn, ...configured];
}

/** The group references of the kit's own sections (others call checkGroupsDefined the same way). */
export function checkGroupReferences(
  config: ConfigWithGroups & { readonly chat: { readonly allowedGroups: readonly string[]; readonly guard: { readonly groups: Readonly<Record<string, unknown>> } } },
  ctx: z.RefinementCtx,
): void {
  // ["*"] (every signed-in user) stands alone, as the chat section checks.
  if (!config.chat.allowedGroups.includes(ALL_SIGNED_IN_USERS)) checkGroupsDefined(ctx, config, ['chat', 'allowedGroups'], config.chat.allowedGroups);
  checkGroupsDefined(ctx, config, ['chat', 'guard', 'groups'], { keys: Object.keys(config.chat.guard.groups) });
}
