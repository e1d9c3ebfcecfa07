import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'custom-elements.json', 'src/generated/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'wc/guard-super-call': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Render sanitized fragments from sanitizeHtml().' },
          ],
        },
      ],
    },
  },
  {
    // Data and formatting know no view: the layers under the elements never import from them.
    files: ['src/feed/**', 'src/sanitize/**', 'src/i18n/**', 'src/text/**', 'src/styles/**', 'src/page-registry.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Render sanitized fragments from sanitizeHtml().' },
          ],
          patterns: [
            {
              group: ['**/elements/**', '**/elements'],
              message:
                'src/feed, sanitize, i18n, text and styles never import from src/elements (see the architecture).',
            },
          ],
        },
      ],
    },
  },
  {
    languageOptions: {
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: [
      'bin/**',
      'scripts/**',
      'bench/**',
      'test/e2e/**',
      'test/server/**',
      'demo/**/*.mjs',
      '*.config.*',
      '.ci/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha, ...globals.node } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
