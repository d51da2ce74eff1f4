// Lint rules, including the layering: shared is pure, the renderer never reaches into main,
// and only main/electron may touch Electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'crypto'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
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
