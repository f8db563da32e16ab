// Layer boundaries: domain <- output plan <- excel adapter (and CLI) <- task pane. Each block says what a folder may not import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ui = ['react', 'react-dom', 'react-dom/*', '@fluentui/*', 'ag-grid-*', 'chart.js', 'chart.js/*'];
const office = ['@microsoft/office-js', 'office-addin-*'];
const node = ['fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'node:*', 'exceljs', 'jszip'];
const layer = (name) => [`**/${name}`, `**/${name}/**`];
const officeGlobals = [
  { name: 'Excel', message: 'Only src/excel (the adapter) may touch Excel.*' },
  { name: 'Office', message: 'Only src/excel (the adapter) may touch Office.*' },
];
const browserGlobals = ['window', 'document', 'navigator', 'localStorage'].map((name) => ({ name, message: 'The domain is pure: no DOM.' }));

const restrict = (files, patterns, globals = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: `Layer boundary: ${files[0]} may not import this.` }] }],
    ...(globals.length ? { 'no-restricted-globals': ['error', ...globals] } : {}),
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'assets/**', 'test-results/**', '.cache/**', 'test/support/styleStub.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // A deliberate subset of typescript-eslint's type-checked rules: promises that are dropped or passed
  // where a void callback is expected, awaits of non-promises, casts that change nothing, switches
  // that miss a case of a union. Type information comes from tsconfig.json (the project service).
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  { files: ['src/taskpane/**/*.tsx', 'src/workbench/**/*.tsx'], plugins: { 'react-hooks': reactHooks }, rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' } },
  // The domain knows nothing of Office, React, the DOM, Node or the other layers.
  restrict(
    ['src/domain/**'],
    [...ui, ...office, ...node, ...['output', 'excel', 'taskpane', 'simulator', 'workbench', 'cli', 'worker', 'sample'].flatMap(layer)],
    [...officeGlobals, ...browserGlobals],
  ),
  // The output plan (what Tiers writes: owned columns, sheets, dashboard, snapshots) is pure and knows only the domain.
  restrict(['src/output/**'], [...ui, ...office, ...node, ...['excel', 'taskpane', 'simulator', 'workbench', 'cli', 'worker', 'sample'].flatMap(layer)], [...officeGlobals, ...browserGlobals]),
  // Sample data is pure too, so the CLI, the workbench and benchmarks can all use it.
  restrict(['src/sample/**'], [...ui, ...office, ...node, ...['excel', 'taskpane', 'simulator', 'workbench', 'cli', 'worker'].flatMap(layer)], [...officeGlobals, ...browserGlobals]),
  // The adapter may use the domain, never the UI.
  restrict(['src/excel/**'], [...ui, ...node, ...['taskpane', 'simulator', 'workbench', 'cli', 'worker'].flatMap(layer)]),
  // The task pane reaches Excel only through the adapter.
  restrict(['src/taskpane/**'], [...office, ...node, ...['simulator', 'workbench', 'cli'].flatMap(layer)], officeGlobals),
  // Inside the pane, only the port (services/) and the entry points call the adapter.
  restrict(
    ['src/taskpane/work/**', 'src/taskpane/views/**', 'src/taskpane/state/**', 'src/taskpane/components/**', 'src/taskpane/App.tsx'],
    [...office, ...node, ...['simulator', 'workbench', 'cli', 'excel'].flatMap(layer)],
    officeGlobals,
  ),
  restrict(['src/worker/**'], [...ui, ...office, ...node, ...['excel', 'taskpane', 'simulator', 'workbench', 'cli'].flatMap(layer)], officeGlobals),
  // The simulator stands in for Excel; it depends on none of our layers.
  restrict(['src/simulator/**'], [...ui, ...office, ...node, ...['domain', 'output', 'excel', 'taskpane', 'workbench', 'cli', 'worker', 'sample'].flatMap(layer)]),
  restrict(['src/cli/**'], [...ui, ...office, ...['excel', 'taskpane', 'simulator', 'workbench', 'worker'].flatMap(layer)]),
  { files: ['src/cli/**', 'scripts/**', 'test/**', 'bench/**', 'bin/**'], rules: { 'no-console': 'off' } },
  // Build, CI and launcher scripts run in Node; the CommonJS ones may use require.
  { files: ['**/*.js', '**/*.cjs', '**/*.mjs'], languageOptions: { globals: { ...globals.node } } },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
