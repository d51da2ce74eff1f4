// A worker thread for import-scaling.test.ts: times importText on generated text off the test's
// thread, so a run that would take minutes can be stopped at its deadline.
import { parentPort } from 'node:worker_threads';
import { importText } from '../../../main/extract/import-text.ts';
import { makeLongArticle } from './import-corpus.ts';

if (!parentPort) throw new Error('text-import-timer.ts must run in a worker thread.');
const port = parentPort;

/** `{ bytes, seed }` writes the text and answers 'ready'; 'run' imports it and answers the milliseconds. */
let text = '';
port.on('message', (message: { bytes: number; seed: number } | 'run') => {
  if (message === 'run') {
    const started = performance.now();
    importText(text);
    port.postMessage(performance.now() - started);
  } else {
    text = makeLongArticle(message.bytes, message.seed);
    port.postMessage('ready');
  }
});
