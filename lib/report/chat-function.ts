import { CHAT_SETTINGS_ENV } from '../../contracts/chat-settings';
import type { AssemblyModel } from './model';
import { type LocatedResource, collectStrings, getPath, isRecord, props, resolveTarget, resourcesOfType } from './template-query';

/** The environment variable the guarded chat function reads its settings (guard policy included) from. */
export { CHAT_SETTINGS_ENV };

export interface GuardedChatFunction {
  readonly fn: LocatedResource;
  readonly role?: LocatedResource;
  /** `CHAT_CONFIG` with tokens flattened to `{LogicalId}`; undefined if it is not JSON. */
  readonly settings?: Record<string, unknown>;
}

/**
 * Lambda functions that run the kit's guard before the model: their `CHAT_CONFIG` environment
 * variable carries a `guard` policy (the handler refuses to start without it).
 */
export function guardedChatFunctions(model: AssemblyModel): GuardedChatFunction[] {
  const out: GuardedChatFunction[] = [];
  for (const fn of resourcesOfType(model, 'AWS::Lambda::Function')) {
    const raw = getPath(props(fn), `Environment.Variables.${CHAT_SETTINGS_ENV}`);
    if (raw === undefined) continue;
    const flat = collectStrings(raw).map((s) => s.value).join('');
    const settings = parseJson(flat);
    if (!settings || !isRecord(settings.guard)) continue;
    out.push({ fn, role: resolveTarget(model, fn.stack, props(fn).Role), settings });
  }
  return out;
}

function parseJson(s: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(s);
    return isRecord(v) ? v : undefined;
  } catch {
    return undefined;
  }
}
