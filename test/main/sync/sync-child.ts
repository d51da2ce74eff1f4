// Runs one sync of a data folder in its own process, so a test can kill it at any moment.
import { createBackend } from '../../../main/backend.ts';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: sync-child.ts DATA_DIR');
const backend = await createBackend({ dataDir });
process.stdout.write('syncing\n');
const summary = await backend.sync();
await backend.close();
process.stdout.write(`${JSON.stringify(summary)}\n`);
