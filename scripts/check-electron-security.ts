// Runs Electronegativity (Doyensec's scanner for Electron misconfigurations) over the desktop shell
// and fails on any HIGH or MEDIUM finding that test/security/electronegativity-allowlist.txt does
// not justify, and on any file it could not parse (a file it skips is a file it did not check).
// Offline by construction: the tool's own look-ups (translations, Electron releases) never leave.
//
//   node scripts/check-electron-security.ts [--input DIR] [--allowlist FILE]
//
// By default it scans the shell's source (main/electron/, as the tool reads TypeScript), the page
// as the build writes it (renderer/index.html with its Content-Security-Policy <meta>) and
// package.json. Not the esbuild bundles: the tool skips .cjs files, and most of a bundle is
// library code whose findings would say nothing about ours.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { metaContentSecurityPolicy } from '../main/content-security-policy.ts';

const root = path.resolve(import.meta.dirname, '..');
const defaultAllowlist = path.join(root, 'test', 'security', 'electronegativity-allowlist.txt');

/** The severities that fail the check unless a reviewed line of the allowlist accepts them. */
const FAILING = new Set(['HIGH', 'MEDIUM']);

/**
 * Checks left out: the Electron release check downloads the release list from GitHub; keeping
 * Electron current is the dependency updates' job, not an offline lint's.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  /** Relative to the folder scanned; N/A for a finding about the whole app. */
  file: string;
  location: string;
  sample: string;
  description: string;
}

export interface Acceptance {
  check: string;
  file: string;
  reason: string;
  /** Where the acceptance is written: `file:line`. */
  source: string;
}

export interface Verdict {
  refused: Finding[];
  accepted: Finding[];
  /** LOW and INFORMATIONAL: reported in the count, never failing. */
  ignored: Finding[];
  /** Acceptances no finding needed any more: worth removing at the next review. */
  unused: Acceptance[];
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

/** The findings in Electronegativity's CSV report (`-o report.csv`). */
export function readFindings(csv: string): Finding[] {
  const [header, ...rows] = parseCsv(csv);
  const columns = (header ?? []).map((name) => name.trim());
  const expected = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample'];
  if (expected.some((name, i) => columns[i] !== name)) {
    throw new Error(
      `Electronegativity's CSV report has columns "${columns.join(', ')}"; expected ${expected.join(', ')}, … (has its format changed?)`,
    );
  }
  return rows.map(
    ([
      check = '',
      severity = '',
      confidence = '',
      file = '',
      location = '',
      sample = '',
      description = '',
    ]) => ({
      check,
      severity: severity.toUpperCase(),
      confidence: confidence.toUpperCase(),
      file: file.split(path.sep).join('/'),
      location,
      sample,
      description,
    }),
  );
}

/**
 * The reviewed acceptances: one a line, `CHECK_ID FILE REASON`, FILE relative to the folder
 * scanned (N/A for a finding about the whole app); `#` starts a comment.
 */
export function parseAllowlist(text: string, name: string): Acceptance[] {
  const acceptances: Acceptance[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const source = `${name}:${index + 1}`;
    const match = /^([A-Z0-9_]+)\s+(\S+)\s+(.+)$/.exec(line);
    if (!match) {
      throw new Error(
        `${source}: "${line}" is not CHECK_ID FILE REASON (every accepted finding needs its reason).`,
      );
    }
    acceptances.push({ check: match[1]!, file: match[2]!, reason: match[3]!, source });
  });
  return acceptances;
}

export function judgeFindings(
  findings: readonly Finding[],
  allowlist: readonly Acceptance[],
): Verdict {
  const verdict: Verdict = { refused: [], accepted: [], ignored: [], unused: [] };
  const used = new Set<Acceptance>();
  for (const finding of findings) {
    if (!FAILING.has(finding.severity)) {
      verdict.ignored.push(finding);
      continue;
    }
    const acceptance = allowlist.find(
      (entry) => entry.check === finding.check && entry.file === finding.file,
    );
    if (acceptance) {
      used.add(acceptance);
      verdict.accepted.push(finding);
    } else {
      verdict.refused.push(finding);
    }
  }
  verdict.unused = allowlist.filter((entry) => !used.has(entry));
  return verdict;
}

/** The shell as it ships, laid out as in the repository so findings name the real files. */
export async function stageShell(folder: string): Promise<void> {
  await cp(path.join(root, 'main', 'electron'), path.join(folder, 'main', 'electron'), {
    recursive: true,
  });
  await cp(path.join(root, 'package.json'), path.join(folder, 'package.json'));
  // The <meta> renderer/vite.config.ts writes into the built page (test/security checks the build).
  const page = await readFile(path.join(root, 'renderer', 'index.html'), 'utf8');
  if (!/<head>/i.test(page)) throw new Error('renderer/index.html has no <head>.');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(metaContentSecurityPolicy)}" />`;
  await mkdir(path.join(folder, 'renderer'), { recursive: true });
  await writeFile(
    path.join(folder, 'renderer', 'index.html'),
    page.replace(/<head>/i, (head) => `${head}\n    ${meta}`),
  );
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * Node hooks for the scanner's process: the HTTP client it would fetch translations and release
 * lists with is replaced by one that fails at once, so the scan never touches the network (and
 * never waits on it: the tool carries on with its bundled English text).
 */
const offlineHooks = `
import { registerHooks } from 'node:module';
const offline = 'file:///electronegativity-offline/got.cjs';
registerHooks({
  resolve: (specifier, context, next) =>
    specifier === 'got' ? { url: offline, format: 'commonjs', shortCircuit: true } : next(specifier, context),
  load: (url, context, next) =>
    url === offline
      ? { format: 'commonjs', source: 'module.exports = () => Promise.reject(new Error("offline"));', shortCircuit: true }
      : next(url, context),
});
`;

/**
 * Runs the scanner in its own Node process and returns the CSV report it wrote, and the files it
 * could not parse (its command line drops those when writing a report, hence its runner here).
 */
export async function runElectronegativity(
  input: string,
  workFolder: string,
): Promise<{ csv: string; unparsed: Array<{ file: string; message: string }> }> {
  const runner = createRequire(import.meta.url).resolve('@doyensec/electronegativity');
  const packageJson = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const electronVersion = packageJson.devDependencies?.electron;
  const report = path.join(workFolder, 'electronegativity.csv');
  const errors = path.join(workFolder, 'electronegativity-errors.json');
  const options = {
    input,
    output: report,
    isSarif: false,
    isRelative: true,
    isVerbose: true,
    customScan: [],
    excludeFromScan: EXCLUDED_CHECKS.map((check) => check.toLowerCase()),
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  };
  const script = `
${offlineHooks}
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
const run = createRequire(import.meta.url)(${JSON.stringify(runner)});
const result = await run(${JSON.stringify(options)});
writeFileSync(${JSON.stringify(errors)}, JSON.stringify(result.errors.filter((error) => !error.tolerable)));
`;
  const { code, output } = await new Promise<{ code: number | null; output: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        cwd: root,
        env: { ...process.env, LANG: 'en-US' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('error', reject);
      child.on('close', (exitCode) => resolve({ code: exitCode, output: text }));
    },
  );
  if (code !== 0)
    throw new Error(`Electronegativity failed (exit code ${code}):\n${output.trim()}`);
  return {
    csv: await readFile(report, 'utf8'),
    unparsed: JSON.parse(await readFile(errors, 'utf8')) as Array<{
      file: string;
      message: string;
    }>,
  };
}

function describe(finding: Finding): string {
  const where =
    finding.file === 'N/A' ? 'N/A (the app as a whole)' : `${finding.file}:${finding.location}`;
  const sample = finding.sample && finding.sample !== 'N/A' ? `\n      ${finding.sample}` : '';
  return `  ${finding.severity} ${finding.check} in ${where}: ${finding.description}${sample}`;
}

const SCAN_RUNS = 3;

/** Scans, judges and reports; returns the exit code. */
export async function checkElectronSecurity(options: {
  input?: string;
  allowlist?: string;
}): Promise<number> {
  const allowlistFile = options.allowlist ?? defaultAllowlist;
  const allowlist = parseAllowlist(
    await readFile(allowlistFile, 'utf8'),
    path.relative(root, allowlistFile) || allowlistFile,
  );
  const work = await mkdtemp(path.join(tmpdir(), 'outpost-electronegativity-'));
  try {
    const input = options.input ? path.resolve(options.input) : path.join(work, 'shell');
    if (!options.input) await stageShell(input);
    // The scanner now and then reports a file's findings only in part (seen about once in seven
    // runs here): three runs, and every finding any of them reports, so none slips through.
    const findings = new Map<string, Finding>();
    const unparsed: Array<{ file: string; message: string }> = [];
    for (let run = 0; run < SCAN_RUNS; run++) {
      const result = await runElectronegativity(input, work);
      for (const finding of readFindings(result.csv)) {
        findings.set(`${finding.check} ${finding.file} ${finding.location}`, finding);
      }
      if (run === 0) unparsed.push(...result.unparsed);
    }
    const verdict = judgeFindings([...findings.values()], allowlist);
    const scanned = options.input ? path.relative(root, input) || '.' : 'the Electron shell';
    console.log(
      `Electronegativity on ${scanned}: ${verdict.refused.length} to fix, ${verdict.accepted.length} accepted in ${path.relative(root, allowlistFile)}, ${verdict.ignored.length} low or informational.`,
    );
    for (const entry of verdict.unused) {
      console.log(
        `  note: ${entry.source} accepts ${entry.check} in ${entry.file}, no longer reported.`,
      );
    }
    for (const error of unparsed) {
      console.error(`  could not parse ${error.file}: ${error.message}`);
    }
    if (verdict.refused.length > 0) {
      console.error(
        `Fix these, or accept one in ${path.relative(root, allowlistFile)} with a line CHECK_ID FILE REASON once reviewed:`,
      );
      for (const finding of verdict.refused) console.error(describe(finding));
    }
    return verdict.refused.length > 0 || unparsed.length > 0 ? 1 : 0;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { input: { type: 'string' }, allowlist: { type: 'string' } },
  });
  try {
    process.exitCode = await checkElectronSecurity(values);
  } catch (error) {
    console.error(`check-electron-security: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
