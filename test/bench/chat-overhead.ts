/**
 * Benchmark (not a test): what the guard adds to a chat request. The real handler, Bedrock
 * client and conversation store run against a local Converse server and dynalite, once with
 * the kit's guard and once with a pass-through guard, interleaved request by request. Also
 * bundles the chat function as the KitFunction does and times its module initialisation.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { createVault } from '../../lambda/guard';
import type { ChatGuard } from '../../lambda/shared/chat-guard';
import { LocalBedrockServer } from '../support/bedrock-server';
import { DUMMY_CREDENTIALS, LocalDynamo } from '../support/dynalite';
import { chatEvent, lambdaContext, testSettings } from '../support/chat-harness';
import { buildCorpus } from './corpus';

const REQUESTS = 300;
const WARM_UP = 30;
const INIT_RUNS = 5;

/** Same shape as the kit's guard, doing nothing: the baseline. */
const PASS_THROUGH: ChatGuard = {
  guardInput: (text, _policy, vault) => ({
    decision: 'allow',
    masked: text,
    findings: [],
    counts: {},
    blockedTypes: [],
    injection: { score: 0, flagged: false, reasons: [] },
    vault: vault ?? createVault(),
    reasons: [],
  }),
  checkOutput: (answer) => ({ action: 'pass', text: answer, findings: [], reasons: [], neutralisedLinks: 0 }),
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (n: number) => `${n.toFixed(2)}ms`;

async function measureOverhead(lines: string[]): Promise<void> {
  const settings = testSettings({ limits: { ...testSettings().limits, maxMessages: 10, maxMessageChars: 8_000, maxTotalChars: 8_000, historyTurns: 0 } });
  // The handler module reads its settings and logger level when loaded.
  process.env.CHAT_CONFIG = JSON.stringify(settings);
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  process.env.AWS_ACCESS_KEY_ID = DUMMY_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = DUMMY_CREDENTIALS.secretAccessKey;
  process.env.AWS_REGION = 'ap-northeast-1';
  const { createChatHandler } = require('../../lambda/handlers/chat') as typeof import('../../lambda/handlers/chat');
  const { createBedrockClient } = require('../../lambda/shared/bedrock-client') as typeof import('../../lambda/shared/bedrock-client');
  const { ConversationStore } = require('../../lambda/shared/conversation-store') as typeof import('../../lambda/shared/conversation-store');

  const bedrock = await new LocalBedrockServer().start();
  const dynamo = await new LocalDynamo().start();
  try {
    await dynamo.createConversationTable(settings.conversations.tableName);
    const deps = {
      settings,
      bedrock: createBedrockClient({ ...settings.bedrock, endpoint: bedrock.endpoint }),
      store: new ConversationStore(settings.conversations.tableName, 30, dynamo.client()),
    };
    const guarded = createChatHandler(deps);
    const unguarded = createChatHandler({ ...deps, guard: PASS_THROUGH });

    // Prompts of a chat-sized length: the first 2,000 characters of the seeded corpus prompts.
    const prompts = buildCorpus().slice(0, REQUESTS + WARM_UP).map((p) => p.slice(0, 2_000));
    const timings = { with: [] as number[], without: [] as number[] };
    let failures = 0;
    for (let i = 0; i < prompts.length; i++) {
      const body = { message: prompts[i] };
      // Alternate which variant goes first so neither gets a systematic advantage.
      const order = i % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
      for (const variant of order) {
        const handler = variant === 'with' ? guarded : unguarded;
        const t0 = process.hrtime.bigint();
        const result = await handler(chatEvent(body), lambdaContext());
        const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
        // A blocked prompt ends before Bedrock and would flatter the guard: keep only answered requests.
        if (result.statusCode !== 200) {
          if (variant === 'with') failures++;
          continue;
        }
        if (i >= WARM_UP) timings[variant].push(elapsed);
      }
    }
    timings.with.sort((a, b) => a - b);
    timings.without.sort((a, b) => a - b);
    const p = (v: number[], q: number) => percentile(v, q);
    lines.push(
      `chat overhead: real handler + SDK client + conversation store vs local Converse server and dynalite; ${timings.with.length}/${timings.without.length} answered requests (≤2,000-char prompts), ${failures} blocked by the guard and left out; node ${process.version}`,
      `  with guard     p50=${ms(p(timings.with, 50))} p99=${ms(p(timings.with, 99))}`,
      `  without guard  p50=${ms(p(timings.without, 50))} p99=${ms(p(timings.without, 99))}`,
      `  guard overhead p50=+${ms(p(timings.with, 50) - p(timings.without, 50))} p99=+${ms(p(timings.with, 99) - p(timings.without, 99))}`,
    );
  } finally {
    await Promise.all([bedrock.stop(), dynamo.stop()]);
  }
}

/** Bundle like KitFunction (esbuild, minified, CJS, node24, no source map) and time `require` in fresh processes. */
async function measureBundle(lines: string[]): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chat-bundle-'));
  try {
    const outfile = path.join(dir, 'index.js');
    await build({
      entryPoints: [path.join(__dirname, '..', '..', 'lambda', 'handlers', 'chat.ts')],
      bundle: true,
      platform: 'node',
      target: 'node24',
      format: 'cjs',
      minify: true,
      outfile,
      logLevel: 'silent',
    });
    const kb = (f: string) => fs.statSync(f).size / 1024;
    const env = {
      ...process.env,
      CHAT_CONFIG: JSON.stringify(testSettings()),
      AWS_REGION: 'ap-northeast-1',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    };
    const script = `const t=process.hrtime.bigint();require(${JSON.stringify(outfile)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
    const time = (args: string[]) => {
      const runs = Array.from({ length: INIT_RUNS }, () => Number(execFileSync(process.execPath, [...args, '-e', script], { env }).toString()));
      return runs.sort((a, b) => a - b)[Math.floor(INIT_RUNS / 2)];
    };
    lines.push(
      `chat bundle: ${kb(outfile).toFixed(0)} KB index.js, esbuild minified CJS for node24, as deployed`,
      `chat module init: ${ms(time([]))}; median of ${INIT_RUNS} fresh node ${process.version} processes`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Run both measurements; returns the lines to print. */
export async function runChatOverheadBench(): Promise<string> {
  const lines: string[] = [];
  await measureOverhead(lines);
  await measureBundle(lines);
  return lines.join('\n');
}

if (require.main === module) {
  runChatOverheadBench().then((out) => process.stdout.write(`${out}\n`));
}
