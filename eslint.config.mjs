import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const boundaries = (extraForSpecs) => [
  'error',
  {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      {
        sourceTag: 'type:app',
        onlyDependOnLibsWithTags: ['type:runtime', 'type:domain', 'type:infra', 'type:util', ...extraForSpecs],
      },
      {
        sourceTag: 'type:runtime',
        onlyDependOnLibsWithTags: ['type:domain', 'type:infra', 'type:util', ...extraForSpecs],
      },
      {
        sourceTag: 'type:domain',
        onlyDependOnLibsWithTags: ['type:domain', 'type:infra', 'type:util', ...extraForSpecs],
      },
      { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:infra', 'type:util', ...extraForSpecs] },
      { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
      {
        sourceTag: 'type:testing',
        onlyDependOnLibsWithTags: ['type:runtime', 'type:domain', 'type:infra', 'type:util'],
      },
      {
        sourceTag: 'type:e2e',
        onlyDependOnLibsWithTags: ['type:runtime', 'type:domain', 'type:infra', 'type:util', 'type:testing'],
      },
    ],
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/tmp/**',
      'tools/**/*.mjs',
      'tools/**/*.js',
      '**/jest.config.js',
      'jest.preset.js',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@nx/enforce-module-boundaries': boundaries([]),
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through @casetrail/config.',
        },
      ],
      'no-restricted-imports': [
        'error',
        { name: '@casetrail/documents/testing', message: 'Test fixtures: for specs and the bench only.' },
        { name: '@casetrail/courtlistener/testing', message: 'Test fixtures: for specs and the bench only.' },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts', '**/src/testing/**/*.ts', 'tools/bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: [
      '**/*.spec.ts',
      'test/**/*.ts',
      'apps/web/e2e/**/*.ts',
      'libs/testing/**/*.ts',
      'libs/config/**/*.ts',
      'libs/runtime/src/lib/process-lifecycle.ts',
      'tools/**/*.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/src/testing/**/*.ts', 'libs/*/scripts/**/*.ts', 'apps/web/e2e/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(['type:testing']) },
  },
  {
    // A lib's entry point names what it exports, like libs/pacer's.
    files: ['libs/*/src/index.ts', 'libs/*/src/testing/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through @casetrail/config.',
        },
        { selector: 'ExportAllDeclaration', message: "Name each export: a lib's index lists what it exports." },
      ],
    },
  },
);
