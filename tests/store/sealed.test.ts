import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

// The sealed store and the layers are ESLint rules (eslint.config.mjs), so `npm run lint` enforces
// them; this runs the same configuration from jest, so that `npm test` does too, and shows that
// each rule fires on what it is for.
const ROOT = path.resolve(__dirname, '../..');
const RULES = new Set(['no-restricted-syntax', 'no-restricted-imports', 'layers/no-upward-imports']);

interface Message {
  ruleId: string | null;
  line: number;
  message: string;
}

/**
 * Lints `src/` and each case (code as if it were the file at a path) in one ESLint process, with
 * the project's configuration less its type-aware rules: these rules read syntax and paths only,
 * and building the TypeScript program for every case would take minutes.
 */
function lint(cases: { file: string; code: string }[]): { src: { file: string; messages: Message[] }[]; cases: Message[][] } {
  const script = `
    import { ESLint } from 'eslint';
    const cases = JSON.parse(process.env.CASES);
    const eslint = new ESLint({
      cwd: process.cwd(),
      overrideConfig: {
        languageOptions: { parserOptions: { projectService: false, project: null } },
        rules: {
          '@typescript-eslint/no-floating-promises': 'off',
          '@typescript-eslint/no-misused-promises': 'off',
          '@typescript-eslint/await-thenable': 'off',
        },
      },
    });
    const slim = (r) => ({ file: r.filePath, messages: r.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, message: m.message })) });
    const src = (await eslint.lintFiles(['src'])).map(slim);
    const out = [];
    for (const c of cases) out.push(slim((await eslint.lintText(c.code, { filePath: c.file }))[0]).messages);
    process.stdout.write(JSON.stringify({ src, cases: out }));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, CASES: JSON.stringify(cases.map((c) => ({ ...c, file: path.join(ROOT, c.file) }))) },
    encoding: 'utf8',
    maxBuffer: 64 * 1048576,
  });
  if (r.status !== 0) throw new Error(`eslint did not run: ${r.stderr}`);
  return JSON.parse(r.stdout) as { src: { file: string; messages: Message[] }[]; cases: Message[][] };
}

const ours = (messages: Message[]) => messages.filter((m) => m.ruleId && RULES.has(m.ruleId)).map((m) => `${m.ruleId}: ${m.message}`);

const DOMAIN = 'src/library/groups.ts';
const CASES = [
  { file: DOMAIN, code: "export const q = 'SELECT name FROM people WHERE key = ?';\n" },
  { file: DOMAIN, code: 'export const q = `DELETE FROM roster`;\n' },
  { file: DOMAIN, code: "import type { Library } from './library';\n\nexport const count = (library: Library): unknown => library.db.prepare('x').get();\n" },
  { file: DOMAIN, code: "import type { Db } from '../store/db';\n\nexport type D = Db;\n" },
  { file: DOMAIN, code: "import Database from 'better-sqlite3';\n\nexport const D = Database;\n" },
  { file: DOMAIN, code: "export const q = 'Update recorded. Select a status from the list.';\n" },
  { file: 'src/store/ids.ts', code: "import type { Library } from '../library/library';\n\nexport type L = Library;\n" },
  { file: 'src/answers/intents.ts', code: "import type { DocumentReview } from '../review/review';\n\nexport type R = DocumentReview;\n" },
  { file: 'src/library/scope.ts', code: "import type { BoardBot } from '../../bot/board-bot';\n\nexport type B = BoardBot;\n" },
  { file: 'src/store/ids.ts', code: "export const q = 'SELECT name FROM people WHERE key = ?';\n" },
  { file: 'bot/features/actions/index.ts', code: "import { CardFactory } from 'botbuilder';\n\nexport const C = CardFactory;\n" },
  { file: 'bot/teams-sdk.ts', code: "export { CardFactory } from 'botbuilder';\n" },
];

let result: ReturnType<typeof lint>;
beforeAll(() => {
  result = lint(CASES);
}, 300_000);

test('src/ outside the store holds no SQL and no database handle, and no import runs back up the layers', () => {
  const problems = result.src.flatMap((r) => ours(r.messages).map((m) => `${path.relative(ROOT, r.file)}: ${m}`));
  expect(problems).toEqual([]);
  expect(result.src.length).toBeGreaterThan(100);
});

test('the checks fail on SQL, on the raw handle, on an import that runs up and on botbuilder outside its seam', () => {
  const [select, del, handle, dbImport, driver, words, storeUp, sibling, teams, storeSql, sdkInFeature, sdkInSeam] = result.cases.map(ours);
  expect(select).toEqual([expect.stringMatching(/^no-restricted-syntax: SQL belongs in src\/store/)]);
  expect(del).toHaveLength(1);
  expect(handle).toEqual([expect.stringMatching(/statements belong in src\/store/), expect.stringMatching(/database handle stays in src\/store/)]);
  expect(dbImport).toEqual([expect.stringMatching(/^no-restricted-imports: .*use the repositories/)]);
  expect(driver).toHaveLength(1);
  // Words a member reads are not SQL.
  expect(words).toEqual([]);
  expect(storeUp).toEqual([expect.stringMatching(/^layers\/no-upward-imports: src\/store \(layer 3\) may not import src\/library \(layer 6\)/)]);
  expect(sibling).toEqual([expect.stringMatching(/src\/answers \(layer 7\) may not import src\/review \(layer 7\)/)]);
  expect(teams).toEqual([expect.stringMatching(/may not import bot \(outside src\/\)/)]);
  // Inside the store, SQL is where it belongs.
  expect(storeSql).toEqual([]);
  // botbuilder only through the Teams SDK seam (issue 13: a move to the Agents SDK rewrites that file, not the features).
  expect(sdkInFeature).toEqual([expect.stringMatching(/^no-restricted-imports: .*bot\/teams-sdk\.ts/)]);
  expect(sdkInSeam).toEqual([]);
});
