import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { type DeploymentConfig, deploymentConfigSchema } from './schema';

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

/** One line per problem: `config.<field>: <message> (got <value>)`. */
export function formatIssues(error: z.ZodError, input: unknown): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.map(String).join('.') : '(root)';
      const got = valueAt(input, issue.path);
      const shown = got === undefined ? '' : ` (got ${JSON.stringify(got)})`;
      const msg = issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the configuration reference in README.md`
        : issue.message;
      return `  config.${field}: ${msg}${msg.includes("got ") || (got !== undefined && msg.includes(JSON.stringify(got))) ? "" : shown}`;
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
