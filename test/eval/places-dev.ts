// Country tagging quality on labelled wire stories, in process, for tuning the place weights.
// Usage: node test/eval/places-dev.ts FILE.jsonl [--split dev|test|all] [--show N] [--code CC]
// Lines: {id, title, dateline?, body, countries: [ISO alpha-2]}. Even lines are the development
// split that weights are tuned on; odd lines are held out and reported, never tuned on.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { tagPlaces } from '../../main/tagging/places.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    split: { type: 'string', default: 'dev' },
    show: { type: 'string', default: '0' },
    code: { type: 'string' },
  },
});
const file = positionals[0];
if (!file) {
  console.error(
    'usage: node test/eval/places-dev.ts FILE.jsonl [--split dev|test|all] [--show N] [--code CC]',
  );
  process.exit(2);
}
interface Doc {
  id: string;
  title: string;
  dateline?: string;
  body: string;
  countries?: string[];
}
const docs = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Doc)
  .filter((_, i) => values.split === 'all' || (values.split === 'dev' ? i % 2 === 0 : i % 2 === 1))
  .filter((d) => d.countries?.length);

let tp = 0,
  fp = 0,
  fn = 0,
  nonUsTp = 0,
  nonUsFp = 0,
  nonUsFn = 0;
const fpBy = new Map<string, number>(),
  fnBy = new Map<string, number>();
const shown: string[] = [];
const started = performance.now();
for (const doc of docs) {
  const text = doc.dateline ? `${doc.dateline} ${doc.body}` : doc.body;
  const predicted = new Set(tagPlaces({ title: doc.title, text }).countries.map((c) => c.code));
  const gold = new Set(doc.countries);
  const nonUs = !gold.has('US');
  for (const c of predicted) {
    if (gold.has(c)) {
      tp++;
      if (nonUs) nonUsTp++;
    } else {
      fp++;
      if (nonUs) nonUsFp++;
      fpBy.set(c, (fpBy.get(c) ?? 0) + 1);
    }
  }
  for (const c of gold)
    if (!predicted.has(c)) {
      fn++;
      if (nonUs) nonUsFn++;
      fnBy.set(c, (fnBy.get(c) ?? 0) + 1);
    }
  const wrong =
    [...predicted].some((c) => !gold.has(c)) || [...gold].some((c) => !predicted.has(c));
  if (
    wrong &&
    (!values.code || gold.has(values.code) !== predicted.has(values.code)) &&
    shown.length < Number(values.show)
  )
    shown.push(
      `${doc.id} gold=${[...gold]} pred=${[...predicted]} | ${doc.title} | ${text.slice(0, 160).replace(/\s+/g, ' ')}`,
    );
}
const ms = (performance.now() - started) / docs.length;
const f1 = (t: number, p: number, n: number) => {
  const P = t / (t + p || 1),
    R = t / (t + n || 1);
  return { P: +P.toFixed(4), R: +R.toFixed(4), F1: +((2 * P * R) / (P + R || 1)).toFixed(4) };
};
const top = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([k, v]) => `${k}×${v}`)
    .join(' ');
console.log(
  JSON.stringify({
    split: values.split,
    docs: docs.length,
    all: f1(tp, fp, fn),
    nonUs: f1(nonUsTp, nonUsFp, nonUsFn),
    msPerDoc: +ms.toFixed(3),
  }),
);
console.log(`false positives: ${top(fpBy)}\nfalse negatives: ${top(fnBy)}`);
for (const line of shown) console.log(line);
