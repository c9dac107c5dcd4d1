import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    // tests/fixtures/ holds imitation web pages (some deliberately hostile), test data rather than
    // NK Lens code; .cache/ holds the benchmark's builds.
    ignores: [
      '.output/',
      '.wxt/',
      '.cache/',
      'node_modules/',
      'data/generated/',
      'coverage/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../*'], message: 'Use the @/ alias.' }] },
      ],
    },
  },
);
