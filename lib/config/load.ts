import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { type DeploymentConfig, deploymentConfigSchema } from './schema';
import { didYouMean } from './suggest';

/** CDK context key holding the deployment config in `cdk.json`. */
export const CONFIG_CONTEXT_KEY = 'privateAiJp';
/** CDK context key naming an override file: `cdk synth -c config=path/to/file.json`. */
export const CONFIG_FILE_CONTEXT_KEY = 'config';

/** A configuration that failed validation; the message lists every bad field. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep merge for config layers: objects merge key by key, arrays and scalars replace. */
export function mergeConfig(base: Json, override: Json): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(override)) {
    out[k] = isObject(v) && isObject(out[k]) ? mergeConfig(out[k] as Json, v) : v;
  }
  return out;
}

function valueAt(input: unknown, p: PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const k of p) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

/** zod's definition of a schema node (the parts the field lookup reads). */
interface SchemaDef {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly left?: z.ZodType;
  readonly right?: z.ZodType;
}
const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The object schemas a schema node may stand for, through defaults, optionals, pipes and unions. */
function objectsOf(schema: z.ZodType): SchemaDef[] {
  const def = defOf(schema);
  if (def.type === 'object') return [def];
  if (def.innerType) return objectsOf(def.innerType);
  if (def.type === 'pipe' && def.in) return objectsOf(def.in);
  if (def.options) return def.options.flatMap(objectsOf);
  if (def.left && def.right) return [...objectsOf(def.left), ...objectsOf(def.right)];
  return [];
}

/** The schema node at a path of the input (object fields, array items, record values). */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType[] {
  let nodes = [schema];
  for (const key of path) {
    nodes = nodes.flatMap((node) => {
      let def = defOf(node);
      while (!['object', 'array', 'record'].includes(def.type)) {
        const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
        if (next) {
          def = defOf(next);
          continue;
        }
        return [...(def.options ?? []), ...(def.left ? [def.left] : []), ...(def.right ? [def.right] : [])].flatMap((o) => schemaAt(o, [key]));
      }
      if (def.type === 'object') return def.shape && typeof key === 'string' && Object.hasOwn(def.shape, key) ? [def.shape[key]] : [];
      if (def.type === 'array') return def.element ? [def.element] : [];
      return def.valueType ? [def.valueType] : [];
    });
  }
  return nodes;
}

/** The field names the config accepts at a path, for suggestions on unknown fields. */
export function knownFieldsAt(path: readonly PropertyKey[], schema: z.ZodType = deploymentConfigSchema): string[] {
  return [...new Set(schemaAt(schema, path).flatMap(objectsOf).flatMap((def) => Object.keys(def.shape ?? {})))];
}

function unknownFieldsMessage(keys: readonly string[], known: readonly string[]): string {
  const named = keys.map((k) => `"${k}"${didYouMean(k, known)}`).join(', ');
  return `unknown field(s) ${named}; check the configuration reference in README.md`;
}

/** What a value of zod's expected type looks like, for type errors that carry no message of their own. */
const EXPECTED_VALUE: Readonly<Record<string, string>> = {
  boolean: 'must be true or false (a boolean)',
  array: 'must be a list (a JSON array)',
  object: 'must be an object of named fields',
  record: 'must be an object of named fields',
  number: 'must be a number',
  string: 'must be a string',
};

/** zod's own wording of an issue, which names no field and says nothing of what is allowed. */
const isZodDefaultMessage = (message: string) => /^(Invalid input|Too big|Too small)\b/.test(message);

const pathKey = (p: readonly PropertyKey[]) => JSON.stringify(p.map(String));

/** One line per problem: `config.<field>: <message> (got <value>)`, with "did you mean" for unknown fields. */
export function formatIssues(error: z.ZodError, input: unknown, schema: z.ZodType = deploymentConfigSchema): string {
  // zod keeps checking a value of the wrong type (a list's length on a string): report the type alone.
  const wrongType = new Set(error.issues.filter((i) => i.code === 'invalid_type').map((i) => pathKey(i.path)));
  return error.issues
    .filter((issue) => issue.code === 'invalid_type' || !wrongType.has(pathKey(issue.path)))
    .map((issue) => {
      const field = issue.path.length ? issue.path.map(String).join('.') : '(root)';
      // A problem with a record key (e.g. an undefined group name) is not about the value under it.
      const keyIssue = issue.code === 'custom' && (issue.params as { valueIsKey?: boolean } | undefined)?.valueIsKey === true;
      const got = keyIssue || issue.code === 'unrecognized_keys' ? undefined : valueAt(input, issue.path);
      const shown = got === undefined ? '' : ` (got ${JSON.stringify(got)})`;
      const msg = issue.code === 'unrecognized_keys'
        ? unknownFieldsMessage(issue.keys, knownFieldsAt(issue.path, schema))
        : issue.code === 'invalid_type' && isZodDefaultMessage(issue.message) && EXPECTED_VALUE[issue.expected]
          ? EXPECTED_VALUE[issue.expected]
          : issue.message;
      // A message that quotes the value already (`"x" is not ...`) needs no "(got x)"; a number inside a range does.
      const quoted = typeof got === 'string' && msg.includes(JSON.stringify(got));
      return `  config.${field}: ${msg}${msg.includes('got ') || quoted ? '' : shown}`;
    })
    .join('\n');
}

/** Validate a raw configuration object; throws ConfigError naming each bad field. */
export function parseConfig(raw: unknown, source = 'configuration'): DeploymentConfig {
  const result = deploymentConfigSchema.safeParse(raw ?? {});
  if (!result.success) {
    throw new ConfigError(`Invalid ${source}:\n${formatIssues(result.error, raw)}`);
  }
  return result.data;
}

/** Read a JSON config file; a missing or unparsable file is a ConfigError, not a stack trace. */
export function readConfigFile(file: string, cwd = process.cwd()): Json {
  const full = path.resolve(cwd, file);
  let text: string;
  try {
    text = fs.readFileSync(full, 'utf8');
  } catch {
    throw new ConfigError(`Config file not found: ${full} (passed as -c ${CONFIG_FILE_CONTEXT_KEY}=${file})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`Config file ${full} is not valid JSON: ${(e as Error).message}`);
  }
  if (!isObject(parsed)) throw new ConfigError(`Config file ${full} must hold a JSON object`);
  return parsed;
}

/**
 * Load the deployment config: schema defaults, then `cdk.json` context
 * (`privateAiJp`), then the optional file passed as `-c config=...`.
 */
export function loadConfig(
  tryGetContext: (key: string) => unknown,
  cwd = process.cwd(),
): DeploymentConfig {
  const fromContext = tryGetContext(CONFIG_CONTEXT_KEY);
  if (fromContext !== undefined && !isObject(fromContext)) {
    throw new ConfigError(`cdk.json context "${CONFIG_CONTEXT_KEY}" must be an object`);
  }
  const file = tryGetContext(CONFIG_FILE_CONTEXT_KEY);
  let merged: Json = (fromContext as Json) ?? {};
  let source = `cdk.json context "${CONFIG_CONTEXT_KEY}"`;
  if (file !== undefined) {
    if (typeof file !== 'string' || file.length === 0) {
      throw new ConfigError(`-c ${CONFIG_FILE_CONTEXT_KEY}= must name a JSON file`);
    }
    merged = mergeConfig(merged, readConfigFile(file, cwd));
    source = `configuration (cdk.json context merged with ${file})`;
  }
  return parseConfig(merged, source);
}
