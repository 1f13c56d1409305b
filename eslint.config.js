// Flat config: typescript-eslint's recommended rules over src/ and tests/; the viewer is browser JS.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { architectureConfig } from './eslint/architecture.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'neo4j-launcher/**', 'test-results/**', 'data/**', '.neo4j/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['web/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  ...architectureConfig(import.meta.dirname),
  { files: ['scripts/**/*.{js,mjs}', 'eslint.config.js', 'eslint/*.js', '.ci/*.mjs', 'eval/*.mjs'], languageOptions: { globals: { ...globals.node } } },
);
