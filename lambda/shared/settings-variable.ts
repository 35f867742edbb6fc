import type * as z from 'zod/mini';

/** A function's settings variable is missing or invalid: the function must not start. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

/**
 * Parse one settings variable (JSON written by the construct, its shape in contracts/); throws
 * SettingsError naming the variable and the bad fields, never a silent default.
 */
export function loadSettingsVariable<T>(name: string, schema: z.ZodMiniType<T>, env: NodeJS.ProcessEnv = process.env): T {
  const raw = env[name];
  if (!raw) throw new SettingsError(`${name} is not set`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new SettingsError(`${name} is not valid JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`).join('; ');
    throw new SettingsError(`${name} is invalid: ${fields}`);
  }
  return parsed.data;
}
