/**
 * Scan CLI: shows security teams what the guard would do to their own texts.
 *
 *   npm run --silent scan -- --format jsonl --input IN.jsonl --output OUT.jsonl
 *   npm run --silent scan -- --format text < in.txt > masked.txt
 *
 * JSONL lines in: {"id": "...", "text": "..."}; out, same order and id:
 * {"id", "findings": [{"type","start","end","score"}], "masked", "injection": {...}}.
 * Offsets are UTF-16 indices into the original text, end exclusive.
 * A malformed line yields an error line naming its line number; the other lines are still
 * processed, and the exit code is 1 when any line failed (2 for bad usage).
 */
import fs from 'node:fs';
import { maskPersonalData } from '../lambda/guard/mask';
import { DEFAULT_GUARD_POLICY } from '../lambda/guard/policy';
import { screenInjection } from '../lambda/guard/injection';

const USAGE = `usage: scan [--format jsonl|text] [--input FILE] [--output FILE]
  --format  jsonl (default): lines {"id","text"} in, findings + masked text out
            text: plain text in, masked text out
  --input   read from FILE instead of stdin
  --output  write to FILE instead of stdout
`;

interface CliOptions {
  format: 'jsonl' | 'text';
  input?: string;
  output?: string;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { format: 'jsonl' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`missing value for ${flag}`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const f = value();
        if (f !== 'jsonl' && f !== 'text') throw new UsageError(`unknown format: ${f}`);
        options.format = f;
        break;
      }
      case '--input':
        options.input = value();
        break;
      case '--output':
        options.output = value();
        break;
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        process.exit(0);
        break;
      default:
        throw new UsageError(`unknown argument: ${arg}`);
    }
  }
  return options;
}

function readInput(path: string | undefined): string {
  return fs.readFileSync(path ?? 0, 'utf8');
}

function scanLine(line: string, lineNumber: number): { output: string; failed: boolean } {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { output: JSON.stringify({ line: lineNumber, error: `line ${lineNumber}: not valid JSON` }), failed: true };
  }
  const r = record as { id?: unknown; text?: unknown } | null;
  const id = r !== null && typeof r === 'object' && (typeof r.id === 'string' || typeof r.id === 'number') ? String(r.id) : undefined;
  if (id === undefined || typeof r?.text !== 'string') {
    const what = id === undefined ? 'a string "id"' : 'a string "text"';
    return { output: JSON.stringify({ ...(id !== undefined ? { id } : {}), line: lineNumber, error: `line ${lineNumber}: expected an object with ${what}` }), failed: true };
  }
  const text = r.text;
  const result = maskPersonalData(text, DEFAULT_GUARD_POLICY);
  const injection = screenInjection(text);
  return {
    output: JSON.stringify({
      id,
      findings: result.findings.map((f) => ({ type: f.type, start: f.start, end: f.end, score: f.score })),
      masked: result.masked,
      injection: { score: injection.score, flagged: injection.flagged, reasons: injection.reasons },
    }),
    failed: false,
  };
}

function main(): number {
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`scan: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  let input: string;
  try {
    input = readInput(options.input);
  } catch {
    process.stderr.write(`scan: cannot read input ${options.input ?? 'stdin'}\n`);
    return 2;
  }

  const outputs: string[] = [];
  let failures = 0;
  if (options.format === 'text') {
    outputs.push(maskPersonalData(input, DEFAULT_GUARD_POLICY).masked);
  } else {
    const lines = input.split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    lines.forEach((raw, index) => {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (line.trim() === '') return;
      const { output, failed } = scanLine(line, index + 1);
      if (failed) {
        failures++;
        process.stderr.write(`scan: ${JSON.parse(output).error}\n`);
      }
      outputs.push(output);
    });
  }

  const body = options.format === 'text' ? outputs.join('') : outputs.map((o) => o + '\n').join('');
  try {
    if (options.output) fs.writeFileSync(options.output, body);
    else process.stdout.write(body);
  } catch {
    process.stderr.write(`scan: cannot write output ${options.output}\n`);
    return 2;
  }
  if (failures > 0) process.stderr.write(`scan: ${failures} line(s) failed\n`);
  return failures > 0 ? 1 : 0;
}

process.exitCode = main();
