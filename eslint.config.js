import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text as text.' },
      ],
    },
  },
  {
    // The planning model is pure: it runs in Node (CLI) and the browser, and never reaches upward.
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'src/model is pure: no React.' },
            { name: 'react-dom', message: 'src/model is pure: no React.' },
            { name: 'zustand', message: 'src/model is pure: no state library.' },
            { name: 'recharts', message: 'src/model is pure: no charts.' },
          ],
          patterns: [
            { group: ['react/*', 'react-dom/*', 'zustand/*', 'recharts/*'], message: 'src/model is pure.' },
            { group: ['**/ui/**', '**/ui', '**/state/**', '**/state', '**/cli/**', '**/cli'], message: 'src/model never imports upward.' },
            { group: ['node:*', 'fs', 'path'], message: 'src/model runs in the browser too: no Node built-ins.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/model is pure: no browser globals.' },
        { name: 'document', message: 'src/model is pure: no browser globals.' },
        { name: 'localStorage', message: 'src/model is pure: no storage.' },
        { name: 'sessionStorage', message: 'src/model is pure: no storage.' },
        { name: 'navigator', message: 'src/model is pure: no browser globals.' },
        { name: 'process', message: 'src/model is pure: no Node globals.' },
      ],
    },
  },
);
