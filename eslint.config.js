// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Code the browser runs as well as the build: no Node built-ins, no Node globals, nothing from src/build/ (the
 * build-only modules: content loading, catalogue rules, roadmap layout, the build's hooks).
 */
const sharedWithBrowser = ['src/lib/**', 'src/views/**', 'src/schemas/**', 'src/scripts/**'];

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'reports/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Node-side code: the build's own modules, scripts, tests and config files.
  {
    files: [
      'src/build/**',
      'src/integrations/**',
      'src/middleware.ts',
      'src/content.config.ts',
      'scripts/**',
      'tests/**',
      'tools/**',
      '*.{js,mjs,ts}',
    ],
    languageOptions: { globals: globals.node },
  },
  // Pages and components render at build time and may hold browser <script>s.
  {
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: sharedWithBrowser,
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*'],
              message:
                'src/lib, src/views, src/schemas and src/scripts run in the browser too: put Node-only code in src/build/.',
            },
            {
              group: ['**/build/**'],
              message:
                'src/lib, src/views, src/schemas and src/scripts run in the browser too: src/build/ is build-only.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/scripts/**'], languageOptions: { globals: globals.browser } },
  // tools/ holds what tests and scripts share; neither owns it, and neither reaches into the other.
  {
    files: ['scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/tests/**'], message: 'Scripts must not import tests/: share code through tools/.' }],
        },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/scripts/**'], message: 'Tests must not import scripts/: share code through tools/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tools/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/tests/**', '**/scripts/**'],
              message: 'tools/ is shared by tests/ and scripts/: it imports neither.',
            },
          ],
        },
      ],
    },
  },
);
