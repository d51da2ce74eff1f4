// The layering rules are only worth having if they reject what they should: check them on real code.
import { ESLint } from 'eslint';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The code linted here is made up (no file on disk, so no TypeScript project): the rules that need
// types are left out, the import rules are the real configuration.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
    },
  },
});

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

  it('keeps each layer of main/ to the layers below it', async () => {
    const refused = (file: string, from: string) =>
      ruleIds(file, `export * from '${from}';\n`).then((ids) =>
        ids.includes('import-x/no-restricted-paths'),
      );
    // The store keeps data: it knows nothing of syncing, extracting, tagging or searching.
    expect(await refused('main/store/x.ts', '../sync/feed-items.ts')).toBe(true);
    expect(await refused('main/store/x.ts', '../extract/sanitize.ts')).toBe(true);
    expect(await refused('main/store/x.ts', '../tagging/tagger.ts')).toBe(true);
    expect(await refused('main/store/x.ts', '../search/search-service.ts')).toBe(true);
    expect(await refused('main/store/x.ts', '../backend.ts')).toBe(true);
    // Processing libraries stand alone.
    expect(await refused('main/extract/x.ts', '../store/db.ts')).toBe(true);
    expect(await refused('main/feeds/x.ts', '../net/http-client.ts')).toBe(true);
    expect(await refused('main/net/x.ts', '../feeds/parse-feed.ts')).toBe(true);
    // Services do not reach into each other or up to the backend and its hosts.
    expect(await refused('main/tagging/x.ts', '../sync/sync-engine.ts')).toBe(true);
    expect(await refused('main/search/x.ts', '../sync/sync-engine.ts')).toBe(true);
    expect(await refused('main/sync/x.ts', '../search/search-service.ts')).toBe(true);
    expect(await refused('main/sync/x.ts', '../backend.ts')).toBe(true);
    expect(await refused('main/import/x.ts', '../sync/feed-items.ts')).toBe(true);
    expect(await refused('main/pipeline-x.ts', './cli/outpost.ts')).toBe(false);
    expect(await refused('main/backend.ts', './cli/outpost.ts')).toBe(true);
    expect(await refused('main/serve/x.ts', '../electron/app.ts')).toBe(true);
    expect(await refused('main/electron/x.ts', '../cli/outpost.ts')).toBe(true);
    expect(await refused('main/media-files.ts', './store/db.ts')).toBe(true);
    // The intended direction.
    expect(await refused('main/sync/x.ts', '../store/articles.ts')).toBe(false);
    expect(await refused('main/tagging/x.ts', '../store/tags.ts')).toBe(false);
    expect(await refused('main/backend.ts', './sync/sync-engine.ts')).toBe(false);
    expect(await refused('main/cli/x.ts', '../backend.ts')).toBe(false);
    expect(await refused('main/store/x.ts', '../media-files.ts')).toBe(false);
  });

  it('refuses import cycles, type-only ones included', async () => {
    // A real module on disk that imports the file being linted, so the cycle is real.
    const name = `cycle-${process.pid}-${Date.now()}`;
    const other = join(root, 'shared', `${name}-b.ts`);
    writeFileSync(other, `import type { A } from './${name}-a.ts';\nexport type B = A[];\n`);
    try {
      const ids = await ruleIds(
        `shared/${name}-a.ts`,
        `import type { B } from './${name}-b.ts';\nexport type A = { b: B };\n`,
      );
      expect(ids).toContain('outpost/no-import-cycles');
      const without = await ruleIds(`shared/${name}-a.ts`, 'export type A = { b: string };\n');
      expect(without).not.toContain('outpost/no-import-cycles');
    } finally {
      rmSync(other, { force: true });
    }
  });
});
