// @ts-check
// Import boundaries of DESIGN.md ("Layout" and convention 1), enforced here rather than by memory.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict(
      ['electron', ...nodeBuiltins, 'react', 'react-dom', '@lexical/react', '@lexical/react/*', '**/main/**', '**/renderer/**', '**/preload/**'],
      'src/shared is pure: no Electron, Node, React or other runtime here (DESIGN.md convention 1).',
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: restrict(['electron', ...nodeBuiltins, '**/main/**', '**/preload/**'], 'The renderer reaches the app only through src/renderer/src/api.'),
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/main/index.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(['electron', '**/renderer/**', '**/preload/**'], 'Only src/main/electron and src/main/index.ts may import electron; main never imports the renderer.'),
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/main/index.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(['**/renderer/**', '**/preload/**'], 'The shell talks to the renderer only over IPC.'),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      ...restrict([...nodeBuiltins, '**/main/**', '**/renderer/**'], 'The preload exposes the contract and nothing else.'),
      // Only types may come from shared: the preload bundle stays tiny and cannot grow logic.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports' }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts', 'bin/**/*.mjs', '*.config.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
