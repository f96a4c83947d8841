import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Lanes between the source folders: what a folder must never import, by package name and by path
// (any import whose path has a `ui`, `state` or `cli` folder in it). no-restricted-imports covers
// import/export declarations, type-only ones included; the no-restricted-syntax rule covers
// dynamic import(), which it does not see.
const folderPatterns = (folders) => folders.flatMap((f) => [`**/${f}/**`, `**/${f}`]);
function lane(label, { packages, folders }) {
  const names = packages.join(', ');
  // \x2F is "/": an esquery regex may not contain a slash.
  const folderRegex = `(^|\\x2F)(${folders.join('|')})(\\x2F|$)`;
  const packageRegex = `^(${packages.join('|')})(\\x2F|$)`;
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: packages.map((name) => ({ name, message: `${label} never imports ${names}.` })),
        patterns: [
          { group: packages.map((name) => `${name}/*`), message: `${label} never imports ${names}.` },
          { group: folderPatterns(folders), message: `${label} never imports src/${folders.join(', src/')}.` },
        ],
      },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: `ImportExpression[source.value=/${folderRegex}/]`, message: `${label} never imports src/${folders.join(', src/')}.` },
      { selector: `ImportExpression[source.value=/${packageRegex}/]`, message: `${label} never imports ${names}.` },
    ],
  };
}

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
      // The same lane for dynamic import(), which no-restricted-imports does not see.
      'no-restricted-syntax': lane('src/model', { packages: ['react', 'react-dom', 'zustand', 'recharts'], folders: ['ui', 'state', 'cli'] })['no-restricted-syntax'],
    },
  },
  {
    // The stores hold inputs, storage and the address bar; the UI reads them, never the reverse,
    // and the CLI has no stores.
    files: ['src/state/**/*.ts'],
    rules: lane('src/state', { packages: ['react-dom', 'recharts'], folders: ['ui', 'cli'] }),
  },
  {
    // The command line runs in Node on the model alone: no UI, no stores, no browser libraries.
    files: ['src/cli/**/*.ts'],
    rules: lane('src/cli', { packages: ['react', 'react-dom', 'zustand', 'recharts'], folders: ['ui', 'state'] }),
  },
  {
    // Sizes a newcomer can read (issue 11): no source file over 450 lines, no function over 150.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 450, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 150, skipBlankLines: false, skipComments: false, IIFEs: true }],
    },
  },
);
