import * as fs from 'node:fs';
import * as path from 'node:path';

import { fixedClock } from '../../src/clock';
import { readConfig } from '../../src/config';
import { demoLibraryPath } from '../../src/demo';
import { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { CORPUS_DOCS, corpusFile, tempDir, tempLibrary } from '../helpers/corpus';
import { minutes } from '../helpers/minutes';
import { isAnswer, LabelledQuestion, score } from '../helpers/search-eval';

let library: Library;
beforeAll(async () => {
  library = tempLibrary('2018-01-15');
  await library.ingest([...CORPUS_DOCS.map(corpusFile), demoLibraryPath()]);
});
afterAll(() => library.close());

const top = async (q: string, n = 3) => await library.search(OPERATOR, q, { limit: n });

test('labelled questions over the corpus: recall@3 of at least 0.9', async () => {
  const corpus = tempLibrary('2018-01-15');
  await corpus.ingest(CORPUS_DOCS.map(corpusFile));
  const questions = JSON.parse(fs.readFileSync(path.join(__dirname, '../gold/questions.json'), 'utf8')) as LabelledQuestion[];
  expect(questions.length).toBeGreaterThanOrEqual(40);
  const s = await score(questions, (q) => corpus.search(OPERATOR, q, { limit: 10 }));
  expect(s.recallAt3).toBeGreaterThanOrEqual(0.9);
  corpus.close();
});

test('misspelt words are found: "safegaurding" and "negelct"', async () => {
  const r = await top('negelct strategy safegaurding');
  expect(r[0]!.matched).toEqual(expect.arrayContaining(['negelct']));
  expect(r[0]!.text.toLowerCase()).toContain('neglect');
});

test('an acronym finds the passages that spell it out, and the spelt-out form finds the acronym', async () => {
  const mash = await top('CDOP', 5);
  expect(mash.some((r) => /child death overview panel/i.test(r.text))).toBe(true);
  const spelt = await top('child sexual exploitation awareness week');
  expect(spelt.some((r) => /\bCSE\b|child sexual exploitation/i.test(r.text))).toBe(true);
});

test('American spellings find British text', async () => {
  const q: LabelledQuestion = {
    q: 'organization of the neglect program',
    answers: [{ document: '2026-07-16-strategic-board-minutes.html', textHas: 'neglect' }],
    type: 'fact',
  };
  const r = await library.search(OPERATOR, q.q, { limit: 5 });
  expect(r.length).toBeGreaterThan(0);
  expect(r.some((x) => /programme|organisation/i.test(x.text))).toBe(true);
});

test('"May" the month is a word to search for, not a stop word', async () => {
  const r = await top('the May meeting');
  expect(r.length).toBeGreaterThan(0);
  expect(r[0]!.matched).toContain('may');
});

test('results carry their provenance and a snippet with the matched words in bold', async () => {
  const r = (await top('private fostering arrangements', 1))[0]!;
  expect(r).toMatchObject({ document: '000_894d964afa4623be.txt', meetingDate: '2017-10-05', kind: 'minutes' });
  expect(r.heading).toMatch(/Private Fostering/);
  expect(r.snippet).toMatch(/\*\*[Pp]rivate\*\* \*\*[Ff]ostering\*\*/);
  expect(r.text.length).toBeGreaterThan(r.snippet.length - 20);
});

test('kind narrows results to guidance, minutes or actions', async () => {
  expect((await library.search(OPERATOR, 'missing school', { kind: 'guidance', limit: 5 })).every((r) => r.kind === 'guidance')).toBe(true);
  const actions = await library.search(OPERATOR, 'consultant data transience', { kind: 'actions', limit: 3 });
  expect(actions[0]).toMatchObject({ kind: 'actions', heading: 'Action 217' });
  expect(actions[0]!.text).toContain('Owners: Diane Booth');
});

test('guidance is cut by its headings: a level, its indicator groups, its route to support', async () => {
  const r = await library.search(OPERATOR, 'young carer regularly missing school', { kind: 'guidance', limit: 3 });
  expect(r[0]!.heading).toMatch(/(?:^| › )Level \d.* › Indicators › /);
});

test('words that match nothing in the library give nothing, not noise', async () => {
  expect(await library.search(OPERATOR, 'asdfgh')).toEqual([]);
  expect(await library.search(OPERATOR, 'zxqv qwpl')).toEqual([]);
});

test('the index is built at ingest and loaded on start, not rebuilt', async () => {
  const dir = tempDir();
  const db = path.join(dir, 'board.db');
  const first = new Library(readConfig({ BOARD_DB: db }), fixedClock('2026-11-24T10:00:00Z'));
  await first.ingest([corpusFile('000_894d964afa4623be.txt')]);
  const built = first.db.prepare('SELECT shard, built_at FROM search_shards').all();
  first.close();
  const second = new Library(readConfig({ BOARD_DB: db }), fixedClock('2026-11-25T10:00:00Z'));
  expect((await second.search(OPERATOR, 'private fostering')).length).toBeGreaterThan(0);
  expect(second.db.prepare('SELECT shard, built_at FROM search_shards').all()).toEqual(built);
  second.close();
});

test('ingesting a document swaps the index: new words are found, removed ones are gone', async () => {
  const lib = tempLibrary('2026-04-01');
  const dir = tempDir();
  const file = path.join(dir, 'eastvale.txt');
  const text = (topic: string) =>
    minutes({
      date: 'Tuesday 3 February 2026',
      present: ['Ruth Abernethy, Independent Chair'],
      items: [`${topic.toUpperCase()}\nThe board discussed ${topic} at length.`],
    });
  fs.writeFileSync(file, text('kinship care'));
  await lib.ingest([file]);
  expect((await lib.search(OPERATOR, 'kinship')).length).toBeGreaterThan(0);
  fs.writeFileSync(file, text('fabricated illness'));
  await lib.ingest([file]);
  expect(await lib.search(OPERATOR, 'kinship')).toEqual([]);
  expect((await lib.search(OPERATOR, 'fabricated illness')).length).toBeGreaterThan(0);
  lib.close();
});

test('a question about one board can be kept to that board', async () => {
  const boards = library.db.prepare('SELECT key, name FROM boards').all() as { key: string; name: string }[];
  const lancs = boards.find((b) => b.name.startsWith('Lancashire'))!.key;
  const r = await library.search(OPERATOR, 'MASH referrals police', { boards: [lancs], limit: 5 });
  expect(r.length).toBeGreaterThan(0);
  expect(r.every((x) => x.document === '001_611570e858e957a4.txt')).toBe(true);
});

test('isAnswer matches the labelled document and phrase', () => {
  expect(
    isAnswer({ document: 'a.txt', text: 'The  Board’s decision' }, { q: '', type: 'x', answers: [{ document: 'a.txt', textHas: "board's decision" }] }),
  ).toBe(true);
  expect(isAnswer({ document: 'b.txt', text: "Board's decision" }, { q: '', type: 'x', answers: [{ document: 'a.txt', textHas: "board's decision" }] })).toBe(
    false,
  );
});
