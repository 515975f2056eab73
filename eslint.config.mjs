// Lint: typescript-eslint recommended, React hooks rules, Nx module boundaries (the layering:
// engine depends on nothing; workflows on the engine; api and web on the libraries and the
// workflows' registry; test/ on everything; nothing depends on test/).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

const FRAMEWORKS_FORBIDDEN_IN_ENGINE = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'react',
  'react-dom',
  'fastify',
  '@fastify/*',
  'node:*',
  'fs',
  'path',
  'crypto',
];

const BOUNDARIES = {
  enforceBuildableLibDependency: false,
  allow: [],
  depConstraints: [
    {
      sourceTag: 'scope:engine',
      onlyDependOnLibsWithTags: [],
      bannedExternalImports: FRAMEWORKS_FORBIDDEN_IN_ENGINE,
    },
    { sourceTag: 'scope:contracts', onlyDependOnLibsWithTags: [] },
    { sourceTag: 'scope:workflow', onlyDependOnLibsWithTags: ['scope:engine'] },
    { sourceTag: 'scope:data', onlyDependOnLibsWithTags: ['scope:engine', 'scope:contracts'] },
    {
      sourceTag: 'scope:api',
      onlyDependOnLibsWithTags: ['scope:data', 'scope:engine', 'scope:contracts', 'scope:workflow'],
    },
    { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:contracts', 'scope:engine', 'scope:workflow'] },
    { sourceTag: 'scope:cli', onlyDependOnLibsWithTags: ['scope:engine', 'scope:workflow'] },
    {
      sourceTag: 'scope:test',
      onlyDependOnLibsWithTags: [
        'scope:api',
        'scope:web',
        'scope:data',
        'scope:engine',
        'scope:contracts',
        'scope:workflow',
      ],
    },
  ],
};

// Cross-app tests reach into the api's services and the workflows' test harness by path; only
// test/ may, and only those folders.
const TEST_DEEP_IMPORTS = ['^(\\.\\./)+(apps/api/src|workflows/testing)/'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', '.nx/**', 'coverage/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': ['error', BOUNDARIES],
    },
  },
  {
    // The hooks rules, and React Compiler's checks of what hooks may do, for the web app.
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { ...BOUNDARIES, allow: TEST_DEEP_IMPORTS }],
    },
  },
  {
    files: ['**/*.cjs', '**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
