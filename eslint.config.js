import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ioModules = [
  'node:*',
  'fs',
  'path',
  'crypto',
  'os',
  'child_process',
  'better-sqlite3',
  'express',
  'graphql',
  'graphql-yoga',
  'dataloader',
  '@eventstore/db-client',
];

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'dist', 'coverage', 'src/graphql/generated'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // Async generators over a synchronous driver have nothing to await, and that is fine.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The pure core: no I/O, no clock, no randomness, no environment.
    files: ['src/domain/**/*.ts', 'projections/**/*.ts', 'src/fhir/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ioModules.map((group) => ({
            group: [group],
            message: 'the pure core does no I/O',
          })),
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'the pure core reads no environment' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'time comes in as an input',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'time comes in as an input',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'randomness comes in as an input',
        },
        { selector: "CallExpression[callee.name='randomUUID']", message: 'ids come in as inputs' },
      ],
    },
  },
);
