import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { demoLibraryPath } from '../../src/demo';
import { Library } from '../../src/library/library';
import { loadGold, tempDir, tempLibrary } from '../helpers/corpus';
import { defineGoldTests } from '../helpers/gold-check';

const gold = loadGold(path.join(__dirname, '../gold/demo-library.json'));
let library: Library;

beforeAll(async () => {
  library = tempLibrary('2026-11-24');
  const report = await library.ingest([demoLibraryPath()]);
  expect(report.errors).toEqual([]);
  expect(report.documents.map((d) => `${d.file}: ${d.kind}`)).toEqual([
    '2026-05-21-strategic-board-minutes.md: minutes',
    '2026-07-16-strategic-board-minutes.html: minutes',
    '2026-10-15-strategic-board-minutes.md: minutes',
    'action-log.xlsx: action-log',
    'glossary.md: guidance',
    'thresholds-guide.md: guidance',
  ]);
});
afterAll(() => library.close());

describe('the demo library', () => {
  defineGoldTests(() => library, gold, {});

  test('its next meeting is after today and known before any minutes exist for it', () => {
    const next = library.meetings().find((m) => m.date > '2026-11-24')!;
    expect(next).toMatchObject({ date: '2027-01-21', source: 'scheduled', venue: expect.stringContaining('Moot Hall') });
  });
});

test('npm start on an empty database ingests the demo library and says what it holds', () => {
  const root = path.resolve(__dirname, '../..');
  if (!fs.existsSync(path.join(root, 'dist/src/start.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const db = path.join(tempDir(), 'board.db');
  const env = { ...process.env, BOARD_DB: db, BOARD_TODAY: '2026-11-24' };
  const first = execFileSync('node', ['dist/src/start.js'], { cwd: root, env, encoding: 'utf8' });
  expect(first).toContain('ingested the demo library (6 documents, 0 errors)');
  expect(first).toContain('Next meeting: ');
  expect(first).toContain('2027-01-21');
  const second = execFileSync('node', ['dist/src/start.js'], { cwd: root, env, encoding: 'utf8' });
  expect(second).not.toContain('ingested the demo library');
});
