// The layering rules are only worth having if they reject what they should: check them on real code.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'parse-error');
}

describe('layering', () => {
  it('keeps shared/ pure', async () => {
    expect(
      await ruleIds('shared/x.ts', "export { createBackend } from '../main/backend.ts';\n"),
    ).toContain('import-x/no-restricted-paths');
    expect(await ruleIds('shared/x.ts', "export { readFileSync } from 'node:fs';\n")).toContain(
      'no-restricted-imports',
    );
  });

  it('keeps the renderer away from main/ and Node', async () => {
    expect(
      await ruleIds('renderer/x.ts', "export { openDatabase } from '../main/store/db.ts';\n"),
    ).toContain('import-x/no-restricted-paths');
    expect(await ruleIds('renderer/x.ts', "export { readFileSync } from 'node:fs';\n")).toContain(
      'no-restricted-imports',
    );
  });

  it('lets only main/electron import electron', async () => {
    const code = "export { app } from 'electron';\n";
    expect(await ruleIds('main/backend-x.ts', code)).toContain('no-restricted-imports');
    expect(await ruleIds('renderer/x.ts', code)).toContain('no-restricted-imports');
    expect(await ruleIds('main/electron/x.ts', code)).toEqual([]);
  });

  it('allows the intended direction', async () => {
    expect(await ruleIds('main/x.ts', "export { apiMethods } from '../shared/api.ts';\n")).toEqual(
      [],
    );
    expect(
      await ruleIds('renderer/x.ts', "export { apiMethods } from '../shared/api.ts';\n"),
    ).toEqual([]);
  });
});
