// Top-1 level-1 topic accuracy of the keyword scorer on the labelled BBC corpus, with a confusion
// table and the cost per article. Lines with an even line number (1-based) are the dev split, the
// rest the held-out test split: tune the lexicon on dev only, and run test once to report.
// Usage: node test/eval/topic-dev.ts FILE.jsonl [--split dev|test] [--errors N]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { tagText } from '../../main/tagging/tagger.ts';
import { TOPIC_LEXICON_VERSION } from '../../main/tagging/topics.ts';
import { iptcTopics } from '../../shared/iptc-topics.ts';

interface LabelledDocument {
  id: string;
  title: string;
  body: string;
  topics_iptc: string[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    split: { type: 'string', default: 'dev' },
    errors: { type: 'string', default: '0' },
  },
});
const split = values.split;
if (split !== 'dev' && split !== 'test') throw new Error(`--split is dev or test, not "${split}".`);
const showErrors = Number(values.errors);
if (!Number.isInteger(showErrors) || showErrors < 0) throw new Error('--errors takes a count.');
if (showErrors > 0 && split === 'test') {
  throw new Error('--errors is for the dev split only: reading test mistakes would tune on them.');
}
if (!positionals[0]) {
  console.error('usage: node test/eval/topic-dev.ts FILE.jsonl [--split dev|test] [--errors N]');
  process.exit(2);
}
const file = path.resolve(positionals[0]);

function readSplit(corpus: string, which: 'dev' | 'test'): LabelledDocument[] {
  let text: string;
  try {
    text = readFileSync(corpus, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the corpus ${corpus}; pass its path as the first argument.`, {
      cause: error,
    });
  }
  const lines = text.split('\n');
  const documents: LabelledDocument[] = [];
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (!line.trim() || (lineNumber % 2 === 0) !== (which === 'dev')) return;
    try {
      documents.push(JSON.parse(line) as LabelledDocument);
    } catch {
      throw new Error(`${corpus}:${lineNumber} is not a JSON object.`);
    }
  });
  return documents;
}

const level1 = new Set(iptcTopics.filter((topic) => topic.parent === null).map((t) => t.qcode));
const shortName = new Map(
  iptcTopics.map((topic) => [topic.qcode, topic.label.split(/[ ,]/)[0]!.slice(0, 9)]),
);

const documents = readSplit(file, split);
if (documents.length === 0) throw new Error(`${file} has no documents in the ${split} split.`);

// The best of three timed passes: the steady state of a long sync, not the JIT warming up or
// another process stealing the CPU.
// The whole tagger (places too), as the app runs it: its topics are what a reader sees.
const score = () => documents.map((doc) => tagText({ title: doc.title, text: doc.body }).topics);
let predictions = score();
let elapsed = Infinity;
for (let pass = 0; pass < 3; pass++) {
  const started = performance.now();
  predictions = score();
  elapsed = Math.min(elapsed, performance.now() - started);
}

const confusion = new Map<string, Map<string, number>>();
const errors: string[] = [];
let correct = 0;
let words = 0;

documents.forEach((doc, index) => {
  const scores = predictions[index]!;
  const gold = doc.topics_iptc[0]!;
  const predicted = scores.find((score) => level1.has(score.qcode))?.qcode ?? 'none';
  words += doc.body.split(/\s+/).length;
  const row = confusion.get(gold) ?? new Map<string, number>();
  row.set(predicted, (row.get(predicted) ?? 0) + 1);
  confusion.set(gold, row);
  if (predicted === gold) correct++;
  else if (errors.length < showErrors) {
    const top = scores
      .filter((score) => level1.has(score.qcode))
      .slice(0, 3)
      .map((score) => `${shortName.get(score.qcode)} ${score.score.toFixed(2)}`);
    errors.push(`${doc.id} (${shortName.get(gold)}): ${doc.title} → ${top.join(', ')}`);
  }
});

const columns = [...level1].filter((qcode) =>
  [...confusion.values()].some((row) => row.has(qcode)),
);
const pad = (text: string | number, width = 10) => String(text).padStart(width);
console.log(`Topic scorer ${TOPIC_LEXICON_VERSION} on ${path.basename(file)}, ${split} split`);
console.log(
  `top-1 level-1 accuracy: ${(correct / documents.length).toFixed(4)} (${correct}/${documents.length})`,
);
console.log(
  `cost: ${(elapsed / documents.length).toFixed(3)} ms/article, best of 3 passes ` +
    `(${Math.round(words / documents.length)} words on average)`,
);
console.log(
  `\nconfusion (rows: gold, columns: predicted)\n${pad('')}${columns.map((c) => pad(shortName.get(c)!)).join('')}`,
);
for (const [gold, row] of [...confusion].sort()) {
  const cells = columns.map((qcode) => pad(row.get(qcode) ?? 0)).join('');
  const total = [...row.values()].reduce((a, b) => a + b, 0);
  console.log(
    `${pad(shortName.get(gold)!)}${cells}   ${((row.get(gold) ?? 0) / total).toFixed(3)}`,
  );
}
if (errors.length > 0) console.log(`\nfirst ${errors.length} errors:\n${errors.join('\n')}`);
