// Lint rules, including the layering: shared is pure, the renderer never reaches into main, only
// main/electron may touch Electron, and inside main each layer imports only the layers below it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { noImportCycles } from './scripts/lint/no-import-cycles.js';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'crypto'];

/** The parts of main/, by what they own. */
const mainParts = {
  /** Small helpers every part may use: the data folder, media paths, the CSP, the built UI. */
  utilities: [
    './main/data-dir.ts',
    './main/media-files.ts',
    './main/content-security-policy.ts',
    './main/renderer-files.ts',
  ],
  net: ['./main/net'],
  extract: ['./main/extract'],
  feeds: ['./main/feeds'],
  store: ['./main/store'],
  workers: ['./main/workers'],
  tagging: ['./main/tagging'],
  search: ['./main/search'],
  import: ['./main/import'],
  sync: ['./main/sync'],
  /** The backend: composes the parts and runs every write through the pipeline. */
  backend: [
    './main/backend.ts',
    './main/backend-types.ts',
    './main/pipeline.ts',
    './main/follow-writers.ts',
  ],
  serve: ['./main/serve'],
  cli: ['./main/cli'],
  electron: ['./main/electron'],
};

/** What each part may import besides shared/ and itself: the layers below it, nothing above. */
const mayImport = {
  utilities: [],
  net: [],
  extract: [],
  feeds: ['extract'],
  store: ['utilities'],
  workers: ['extract', 'feeds'],
  tagging: ['store'],
  search: ['store', 'workers'],
  import: ['store', 'extract'],
  sync: ['store', 'net', 'feeds', 'extract', 'workers', 'utilities'],
  backend: [
    'utilities',
    'net',
    'extract',
    'feeds',
    'store',
    'workers',
    'tagging',
    'search',
    'import',
    'sync',
  ],
  serve: ['backend', 'utilities'],
  cli: ['backend', 'serve', 'extract', 'feeds', 'tagging', 'utilities'],
  electron: ['backend', 'workers', 'utilities'],
};

const mainZones = Object.entries(mayImport).map(([part, allowed]) => ({
  target: mainParts[part],
  from: Object.keys(mainParts)
    .filter((other) => other !== part && !allowed.includes(other))
    .flatMap((other) => mainParts[other]),
  message: `main's ${part} part may import only ${allowed.length ? allowed.join(', ') : 'shared/'} (see the layers in eslint.config.js).`,
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX, outpost: { rules: { 'no-import-cycles': noImportCycles } } },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'outpost/no-import-cycles': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './shared',
              from: './main',
              message: 'shared/ is pure: it may not import main/.',
            },
            {
              target: './shared',
              from: './renderer',
              message: 'shared/ is pure: it may not import renderer/.',
            },
            {
              target: './renderer',
              from: './main',
              message: 'The renderer talks to window.outpost, never to main/.',
            },
            { target: './main', from: './renderer', message: 'main/ may not import the renderer.' },
            ...mainZones,
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only main/electron/ may import electron.' }] },
      ],
    },
  },
  {
    // Promises are awaited or handed on on purpose: a forgotten one loses its error.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['main/electron/**/*.ts', 'test/main/electron/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is pure.' }],
          patterns: [{ group: nodeBuiltins, message: 'shared/ is pure: no Node APIs.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to window.outpost only.' }],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer runs in a sandbox: no Node APIs.' },
          ],
        },
      ],
    },
  },
  prettier,
);
