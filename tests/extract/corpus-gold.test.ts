import * as path from 'node:path';

import { Library } from '../../src/library/library';
import { CORPUS_DOCS, corpusFile, Gold, loadGold, tempLibrary } from '../helpers/corpus';
import { defineGoldTests } from '../helpers/gold-check';

const GOLD_FILES = [
  corpusFile('gold/000_894d964afa4623be.json'),
  path.join(__dirname, '../gold/001_611570e858e957a4.json'),
  path.join(__dirname, '../gold/002_9731488b56301238.json'),
  path.join(__dirname, '../gold/004_8401099103566743.json'),
];

let library: Library;

beforeAll(async () => {
  library = tempLibrary('2018-01-15');
  const report = await library.ingest(CORPUS_DOCS.map(corpusFile));
  expect(report.errors).toEqual([]);
});

afterAll(() => library.close());

describe.each(GOLD_FILES.map((f) => [path.basename(f), loadGold(f)] as [string, Gold]))('labelled document %s', (_name, gold) => {
  defineGoldTests(() => library, gold, { document: gold.document });
});

test('the annual report glossary is read', () => {
  const rows = library.db.prepare("SELECT term FROM glossary g JOIN documents d ON d.id = g.document_id WHERE d.name = '004_8401099103566743.txt'").all() as {
    term: string;
  }[];
  const terms = rows.map((r) => r.term);
  expect(terms.length).toBeGreaterThanOrEqual(51);
  expect(terms).toEqual(expect.arrayContaining(['MASH', 'LADO', 'CON', 'PMEG', 'CSE', 'EHA']));
});

test('a next meeting dated before the meeting is read as the following year and flagged', () => {
  const row = library.db
    .prepare(
      "SELECT next_date, next_written, next_corrected FROM meetings m JOIN documents d ON d.id = m.document_id WHERE d.name = '000_894d964afa4623be.txt'",
    )
    .get() as { next_date: string; next_written: string; next_corrected: number };
  expect(row).toEqual({ next_date: '2018-01-30', next_written: 'Tuesday 30 January 2017', next_corrected: 1 });
});
