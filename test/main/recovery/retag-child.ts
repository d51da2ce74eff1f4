// A long-running host on a data folder (the app, outpost serve): it re-tags the archive in the
// background until a test kills it.
import { createBackend } from '../../../main/backend.ts';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: retag-child.ts DATA_DIR');
const backend = await createBackend({
  dataDir,
  autoSync: true,
  // Nothing to fetch: only the background work runs.
  schedulerTiming: { startDelayMs: 3_600_000, checkEveryMs: 3_600_000 },
});
process.stdout.write('running\n');
// Stays open until killed.
setInterval(() => void backend.stats(), 1000);
