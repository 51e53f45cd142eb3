// Lint gate (npm run lint): correctness rules from ESLint and typescript-eslint, Astro's rules for .astro
// files, and a line-length limit that Prettier cannot enforce on its own (it never breaks a regex literal or a
// string), so that every regex stays reviewable: compose long ones from named parts.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'reports/', 'content/', 'tests/fixtures/', '.astro/', 'bench/corpus/**/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/max-len': ['error', { code: 140, ignoreUrls: true, ignoreComments: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
