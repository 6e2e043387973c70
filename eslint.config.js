import js from '@eslint/js'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Import boundaries: folders are named by where their code runs, and lint enforces it.
// Bare names are matched exactly ("electron" the package, not a folder called electron);
// globs catch node:* builtins and other layers' folders.
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util', 'worker_threads']
const restrict = (banned, message) => {
  const isGlob = (b) => b.includes('*') || b.includes('/')
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: banned.filter((b) => !isGlob(b)).map((name) => ({ name, message })),
        patterns: [
          { group: banned.filter(isGlob), message },
          // The contract is imported by its alias (tsconfig paths), never by a relative climb.
          { group: ['**/shared/**'], message: 'Import electron/shared as @shared/… (tsconfig.json paths).' },
        ],
      },
    ],
  }
}

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, __APP_VERSION__: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['electron/shared/**'],
    rules: restrict([...nodeBuiltins, 'electron', 'better-sqlite3', '**/core/**', '**/main/**', '**/host/**', '**/preload/**', '**/renderer/**'],
      'electron/shared is the contract: no Node, no Electron, no other layer.'),
  },
  {
    files: ['electron/core/**', 'electron/host/**', 'scripts/**'],
    rules: restrict(['electron', '**/main/**', '**/preload/**', '**/renderer/**'],
      'core and host run under plain Node: never import electron or the shell.'),
  },
  {
    files: ['electron/preload/**'],
    rules: restrict([...nodeBuiltins, 'better-sqlite3', '**/core/**', '**/main/**', '**/host/**', '**/renderer/**'],
      'The sandboxed preload may only use electron and the shared contract.'),
  },
  {
    // Words in two languages come from one place: t() for UI strings, byLang() for content
    // written in both (a title and its English). A `lang === 'en' ? … : …` anywhere else is a
    // string escaping the catalogue.
    files: ['renderer/**', 'electron/main/**'],
    ignores: ['renderer/src/lib/i18n.svelte.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "ConditionalExpression > BinaryExpression.test[operator='==='][right.value=/^(en|ja)$/]",
        message: 'Choose words by language with t() (UI strings) or byLang() (content in both languages), not a ja/en ternary.',
      }],
    },
  },
  {
    files: ['renderer/**'],
    rules: restrict([...nodeBuiltins, 'electron', 'better-sqlite3', '**/electron/core/**', '**/electron/main/**', '**/electron/host/**', '**/electron/preload/**'],
      'The renderer never touches Node, SQL or files: only electron/shared types and the API client.'),
  },
  {
    files: ['electron/main/guards.ts', 'electron/main/window-state.ts', 'electron/main/menu-template.ts', 'electron/main/web-preferences.ts'],
    rules: restrict(['electron', ...nodeBuiltins], 'Guards are pure functions so they can be unit-tested without Electron.'),
  },
)
