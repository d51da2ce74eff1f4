// The Electronegativity gate of `npm run lint`: it must fail on a finding nobody reviewed, pass one
// the allowlist justifies, read the tool's report faithfully, and refuse an acceptance without a reason.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  judgeFindings,
  parseAllowlist,
  parseCsv,
  readFindings,
} from '../../scripts/check-electron-security.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const script = path.resolve(import.meta.dirname, '../../scripts/check-electron-security.ts');

/** A shell that gets its window badly wrong: Node in the page, no isolation, no sandbox. */
const badWindow = `import { app, BrowserWindow } from 'electron';

app.whenReady().then(() => {
  const window = new BrowserWindow({
    webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false },
  });
  window.loadURL('https://example.org/');
});
`;

async function check(input: string, allowlist: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      script,
      '--input',
      input,
      '--allowlist',
      allowlist,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('check-electron-security', () => {
  it('fails on a finding the allowlist does not justify, and passes once it does', async () => {
    const folder = makeTempDir('outpost-bad-shell-');
    mkdirSync(path.join(folder, 'electron'));
    writeFileSync(path.join(folder, 'electron', 'main.ts'), badWindow);
    const allowlist = path.join(makeTempDir(), 'allowlist.txt');
    writeFileSync(allowlist, '# nothing reviewed yet\n');

    const refused = await check(folder, allowlist);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /HIGH CONTEXT_ISOLATION_JS_CHECK in electron\/main\.ts:5:\d+: Review the use of the contextIsolation option/,
    );
    expect(refused.stderr).toMatch(/MEDIUM SANDBOX_JS_CHECK in electron\/main\.ts:5:\d+/);

    // Each refused finding accepted with a reason: the same scan passes.
    const ids = [
      ...refused.stderr.matchAll(/^ {2}(?:HIGH|MEDIUM) (\w+) in (\S+?)(?::\d+:\d+)?[: ]/gm),
    ];
    expect(ids.length).toBeGreaterThanOrEqual(2);
    writeFileSync(
      allowlist,
      ids.map(([, id, file]) => `${id} ${file} accepted for this test only`).join('\n'),
    );
    const accepted = await check(folder, allowlist);
    expect(accepted.stderr).toBe('');
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/0 to fix, \d+ accepted/);
  }, 60_000);

  it('fails on a file it could not parse, since nothing in it was checked', async () => {
    const folder = makeTempDir('outpost-broken-shell-');
    writeFileSync(path.join(folder, 'main.ts'), 'export const window = {;\n');
    const allowlist = path.join(makeTempDir(), 'allowlist.txt');
    writeFileSync(
      allowlist,
      [
        'CSP_GLOBAL_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]
        .map((id) => `${id} N/A nothing to check in an empty shell`)
        .join('\n'),
    );
    const result = await check(folder, allowlist);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/0 to fix/);
    expect(result.stderr).toContain(`could not parse ${path.join(folder, 'main.ts')}`);
  }, 60_000);

  it('reads the CSV report the tool writes', () => {
    const csv = [
      'issue, severity, confidence, filename, location, sample, description, url',
      'CSP_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0",N/A,"No CSP has been detected in the target application",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK',
      'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/electron/window.ts","36:2","shell.openExternal(url, { activate: ""yes"" })","Review the use of openExternal",https://github.com/doyensec/electronegativity/wiki/OPEN_EXTERNAL_JS_CHECK',
      '',
    ].join('\r\n');
    expect(parseCsv('a,"b, ""c""\nd",e\n')).toEqual([['a', 'b, "c"\nd', 'e']]);
    expect(readFindings(csv)).toEqual([
      {
        check: 'CSP_GLOBAL_CHECK',
        severity: 'MEDIUM',
        confidence: 'CERTAIN',
        file: 'N/A',
        location: '0:0',
        sample: 'N/A',
        description: 'No CSP has been detected in the target application',
      },
      {
        check: 'OPEN_EXTERNAL_JS_CHECK',
        severity: 'MEDIUM',
        confidence: 'TENTATIVE',
        file: 'main/electron/window.ts',
        location: '36:2',
        sample: 'shell.openExternal(url, { activate: "yes" })',
        description: 'Review the use of openExternal',
      },
    ]);
    expect(() => readFindings('id, level\nX,"HIGH"\n')).toThrow(/has its format changed/);
  });

  it('accepts a finding by check and file only, with a reason, and ignores low ones', () => {
    const allowlist = parseAllowlist(
      [
        '# reviewed',
        'OPEN_EXTERNAL_JS_CHECK main/electron/window.ts http(s) only',
        'PRELOAD_JS_CHECK main/electron/other.ts no longer there',
      ].join('\n'),
      'allowlist.txt',
    );
    const finding = (check: string, severity: string, file: string) => ({
      check,
      severity,
      confidence: 'FIRM',
      file,
      location: '1:0',
      sample: '',
      description: '',
    });
    const verdict = judgeFindings(
      [
        finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/electron/window.ts'),
        finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/electron/menu.ts'),
        finding('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html'),
      ],
      allowlist,
    );
    expect(verdict.accepted.map((f) => f.file)).toEqual(['main/electron/window.ts']);
    expect(verdict.refused.map((f) => f.file)).toEqual(['main/electron/menu.ts']);
    expect(verdict.ignored.map((f) => f.check)).toEqual(['CSP_GLOBAL_CHECK']);
    expect(verdict.unused.map((entry) => entry.source)).toEqual(['allowlist.txt:3']);
    expect(() => parseAllowlist('SANDBOX_JS_CHECK main/electron/window.ts\n', 'a.txt')).toThrow(
      /^a\.txt:1: .* is not CHECK_ID FILE REASON/,
    );
  });
});
