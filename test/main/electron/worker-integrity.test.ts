// The check a worker script passes before a thread starts from it, on real files.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex, verifyWorkerScript } from '../../../main/electron/worker-integrity.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('verifyWorkerScript', () => {
  const code = 'require("node:worker_threads").parentPort.postMessage("ready");\n';

  it('passes the script the build recorded', () => {
    const file = path.join(makeTempDir(), 'worker.cjs');
    writeFileSync(file, code);
    expect(sha256Hex(Buffer.from(code))).toMatch(/^[0-9a-f]{64}$/);
    expect(() => verifyWorkerScript(file, sha256Hex(Buffer.from(code)))).not.toThrow();
  });

  it('refuses a changed script, or one with no digest recorded, saying what to do', () => {
    const file = path.join(makeTempDir(), 'worker.cjs');
    writeFileSync(file, `${code}// one more line\n`);
    const recorded = sha256Hex(Buffer.from(code));
    expect(() => verifyWorkerScript(file, recorded)).toThrow(
      new RegExp(
        `^Outpost refused to start its worker ${file.replace(/[.\\\\]/g, '\\$&')}: the file is not the one this version of Outpost was built with \\(SHA-256 [0-9a-f]{64}, expected ${recorded}\\)\\. Something changed the app's files: reinstall Outpost\\.$`,
      ),
    );
    expect(() => verifyWorkerScript(file, undefined)).toThrow(/expected none recorded/);
  });

  it('refuses a missing script', () => {
    const file = path.join(makeTempDir(), 'search-query.cjs');
    expect(() => verifyWorkerScript(file, sha256Hex(Buffer.from(code)))).toThrow(
      `Outpost cannot start its worker ${file} (ENOENT). Reinstall Outpost to restore its files.`,
    );
  });
});
