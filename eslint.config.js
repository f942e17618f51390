// One ESLint configuration for the whole repo (flat config).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/src/generated/**', '**/coverage/**', 'storybook-static/**',
      '**/storybook-static/**', 'bench/.work/**', '**/*.d.ts', '.turbo/**', '**/.turbo/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'No innerHTML: render with Lit templates.' },
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'No unsafeHTML: render with Lit templates.' },
        {
          selector: "CallExpression[callee.object.name='customElements'][callee.property.name='define']",
          message: "Register tags through core's defineElement (in define.ts).",
        },
      ],
    },
  },
  {
    files: ['**/test/**/*.ts', '**/stories/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='waitForFunction'] > :function[async=true]",
          message: "waitForFunction takes an async check's promise for true at once: use config/poll-until.js's pollUntil.",
        },
      ],
    },
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        Buffer: 'readonly', performance: 'readonly', fetch: 'readonly', AbortController: 'readonly', TextDecoder: 'readonly',
        document: 'readonly', window: 'readonly', globalThis: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        URLSearchParams: 'readonly', customElements: 'readonly', location: 'readonly', navigator: 'readonly' },
    },
  },
);
