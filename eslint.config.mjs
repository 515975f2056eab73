// Lint: typescript-eslint recommended + Nx module boundaries (the layering of DESIGN.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

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
      '@nx/enforce-module-boundaries': [
        'error',
        {
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
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:contracts', 'scope:engine'] },
          ],
        },
      ],
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
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
