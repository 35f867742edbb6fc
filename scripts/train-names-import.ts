/**
 * Converts the KNP files of Kyoto University's Japanese Wikipedia Annotated Corpus
 * (github.com/ku-nlp/WikipediaAnnotatedCorpus, CC BY-SA 4.0) into data/names/wac.jsonl: one
 * sentence a line, {"id","split","text","spans":[{start,end}]} with the NE:PERSON spans, for
 * scripts/train-names.ts. Run once on a checkout (the output is committed):
 *
 *   npx tsx scripts/train-names-import.ts /path/to/WikipediaAnnotatedCorpus
 *
 * Documents the corpus lists in id/inappropriate.id are left out.
 */
import fs from 'node:fs';
import path from 'node:path';

const source = process.argv[2];
if (source === undefined) throw new Error('usage: train-names-import.ts CORPUS_DIR');
const out = path.resolve(__dirname, '..', 'data', 'names', 'wac.jsonl');
const ids = (name: string) => new Set(fs.readFileSync(path.join(source, 'id', `${name}.id`), 'utf8').split('\n').filter(Boolean));
const train = ids('train');
const dev = ids('dev');
const test = ids('test');
const skip = ids('inappropriate');

const lines: string[] = [];
let names = 0;
for (const dir of fs.readdirSync(path.join(source, 'knp')).sort()) {
  for (const file of fs.readdirSync(path.join(source, 'knp', dir)).sort()) {
    const doc = file.replace(/\.knp$/, '');
    if (skip.has(doc)) continue;
    const split = train.has(doc) ? 'train' : dev.has(doc) ? 'dev' : test.has(doc) ? 'test' : 'train';
    let id = '';
    let text = '';
    let spans: Array<{ start: number; end: number }> = [];
    let open = -1;
    for (const line of fs.readFileSync(path.join(source, 'knp', dir, file), 'utf8').split('\n')) {
      if (line.startsWith('# S-ID:')) {
        id = line.slice(7).split(' ')[0];
        continue;
      }
      if (line === 'EOS') {
        if (text.length > 0) lines.push(JSON.stringify({ id, split, text, spans }));
        names += spans.length;
        text = '';
        spans = [];
        open = -1;
        continue;
      }
      if (line.startsWith('* ') || line.startsWith('+ ') || line.startsWith('#') || line.length === 0) continue;
      const surface = line.split(' ')[0] === '' ? '　' : line.split(' ')[0];
      const start = text.length;
      text += surface;
      const tag = /<NE:PERSON:(head|middle|tail|single)>/.exec(line)?.[1];
      if (tag === 'single') spans.push({ start, end: text.length });
      else if (tag === 'head') open = start;
      else if (tag === 'tail' && open >= 0) {
        spans.push({ start: open, end: text.length });
        open = -1;
      }
    }
  }
}
fs.writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${path.relative(process.cwd(), out)}: ${lines.length} sentences, ${names} PERSON spans\n`);
