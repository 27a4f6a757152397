// ESLint with typescript-eslint's type-aware rules: no-floating-promises needs the real TypeScript
// type checker to know what returns a promise across modules (Biome's own inference misses
// those), and an unawaited write or send is how an update gets lost. Formatting is Prettier's
// (`npm run lint` runs both); eslint-config-prettier turns off the rules that would fight it.
// `npm run lint` caches both under node_modules/.cache, so a second run reads only changed files (a full run builds
// the type checker's program and takes ~40 s). A type-aware result can go stale when another file's types change;
// CI starts from `npm ci`, which empties node_modules, so CI always lints from scratch.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first (README, "Layers"). A module may import from its own layer and
 * the layers below it, never from one above, and never from a sibling of its own layer (the base
 * layer excepted: its small modules use one another). A new folder must be given a layer. Matched by
 * the longest prefix, so src/extract/dates.ts (read by clock and config, used everywhere) sits in
 * the base layer while the rest of src/extract sits above src/ingest.
 */
const LAYERS = [
  ['src/util', 'src/types', 'src/demo', 'src/errors.ts', 'src/clock.ts', 'src/config.ts', 'src/extract/dates.ts', 'src/extract/lexicon'],
  ['src/ingest'],
  ['src/extract'],
  ['src/store'],
  ['src/search'],
  ['src/guidance'],
  ['src/library'],
  ['src/answers', 'src/review', 'src/export'],
  ['src/reminders'],
  ['src/cli', 'src/app'],
];
const UNITS = LAYERS.flatMap((units, level) => units.map((unit) => ({ unit, level }))).sort((a, b) => b.unit.length - a.unit.length);
const layerOf = (rel) => {
  const bare = rel.replace(/\.[cm]?[jt]s$/, '');
  return UNITS.find((u) => bare === u.unit.replace(/\.ts$/, '') || bare.startsWith(`${u.unit}/`)) ?? null;
};

// The repository root as the file system has it, so a checkout reached through a symbolic link
// (or a file name ESLint was given in another form) is still placed in its layer.
const ROOT = fs.realpathSync(path.dirname(fileURLToPath(import.meta.url)));
const real = (file) => {
  try {
    return fs.realpathSync(file);
  } catch {
    // An import names a module without its extension: the folder it sits in is real.
    return path.join(real(path.dirname(file)), path.basename(file));
  }
};
const fromRoot = (file) => path.relative(ROOT, real(file)).split(path.sep).join('/');

/** Fails an import that runs back up the layers of src/ (or out of src/ into the Teams layer). */
const layersRule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      up: '{{from}} ({{fromLevel}}) may not import {{to}} ({{toLevel}}): see the layers in the README',
      none: '{{file}} is in no layer: add its folder to LAYERS in eslint.config.mjs and to the README',
    },
  },
  create(context) {
    const here = fromRoot(context.filename);
    const from = layerOf(here);
    if (!from) return { Program: (node) => context.report({ node, messageId: 'none', data: { file: here } }) };
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = fromRoot(path.resolve(path.dirname(context.filename), spec));
      const outside = !target.startsWith('src/');
      const to = outside ? { unit: target.split('/')[0], level: Infinity } : layerOf(target);
      if (!to || to.unit === from.unit || to.level < from.level || (to.level === 0 && from.level === 0)) return;
      const name = (l) => (l === Infinity ? 'outside src/' : `layer ${l}`);
      context.report({ node: node.source, messageId: 'up', data: { from: from.unit, fromLevel: name(from.level), to: to.unit, toLevel: name(to.level) } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

// Where the store is sealed: no SQL text, no database handle, no import of the store's SQLite
// internals — the domain outside src/store and the whole Teams layer.
const SEALED = ['src/**/*.ts', 'bot/**/*.ts'];
const SQL_TEXT = String.raw`/\b(SELECT\s[\s\S]*\sFROM\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|CREATE\s+(TABLE|INDEX)\s|PRAGMA\s|BEGIN\s+(IMMEDIATE|TRANSACTION)\b)/`;
const RAW_HANDLE = 'the database handle stays in src/store: use library.store and its repositories';
const sealedRules = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'better-sqlite3', message: 'only src/store talks to the database' },
        { name: 'botbuilder', message: 'the Teams SDK comes through bot/teams-sdk.ts (the one file a move to the Agents SDK rewrites)' },
        { name: 'botframework-connector', message: 'the Teams SDK comes through bot/teams-sdk.ts (the one file a move to the Agents SDK rewrites)' },
      ],
      patterns: [
        {
          regex: String.raw`(^|/)store/(?!(repositories|ids|open)$)[^/]+$`,
          message: 'outside src/store, use the repositories (store/repositories) through library.store',
        },
      ],
    },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: `Literal[value=${SQL_TEXT}]`, message: 'SQL belongs in src/store (a repository method)' },
    { selector: `TemplateElement[value.raw=${SQL_TEXT}]`, message: 'SQL belongs in src/store (a repository method)' },
    { selector: 'CallExpression[callee.property.name=/^(prepare|pragma)$/]', message: 'statements belong in src/store (a repository method)' },
    // library.db, this.library.db, store.db: the connection itself (a --db option is not).
    { selector: 'MemberExpression[property.name="db"][object.name=/library|store/i]', message: RAW_HANDLE },
    { selector: 'MemberExpression[property.name="db"][object.property.name=/library|store/i]', message: RAW_HANDLE },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'build/', 'test-output/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      // The two tsconfigs named, not the project service: the same type information in about three quarters of the
      // memory (1.05 against 1.37 GB peak), so lint fits a smaller CI machine.
      parserOptions: { project: ['./tsconfig.json', './bot/tab/client/tsconfig.json'], tsconfigRootDir: ROOT },
    },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // checksConditionals: a Promise in an `if`, `&&` or a filter predicate is always truthy (the async store made many calls async).
      '@typescript-eslint/no-misused-promises': ['error', { checksConditionals: true, checksVoidReturn: { arguments: false, attributes: false } }],
      // Awaiting a value that is not a Promise hides which calls really are asynchronous.
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      'max-len': [
        'error',
        { code: 160, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreComments: false },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['src/**/*.ts'], plugins: { layers: { rules: { 'no-upward-imports': layersRule } } }, rules: { 'layers/no-upward-imports': 'error' } },
  { files: SEALED, ignores: ['src/store/**', 'bot/teams-sdk.ts'], rules: sealedRules },
  prettier,
);
