import fc from 'fast-check';

import { answer } from '../../src/answers/answer';
import { Library } from '../../src/library/library';
import { askerNamed } from '../../src/library/roster';
import { OPERATOR } from '../../src/library/scope';
import { CORPUS_DOCS, corpusFile, tempLibrary } from '../helpers/corpus';

let library: Library;
let total = 0;
beforeAll(async () => {
  library = tempLibrary('2018-01-15');
  await library.ingest(CORPUS_DOCS.map(corpusFile));
  total = (library.db.prepare('SELECT sum(passage_count) AS n FROM search_shards').get() as { n: number }).n;
});
afterAll(() => library.close());

const LUNR_SYNTAX = ['+', '-', ':', '^', '~', '*', '"', '(', ')', '[', ']', '{', '}', '\\', '/', '|', '&&', '||', '!', '?', '.', ',', ';', "'"];
const hostile = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(fc.constantFrom(...LUNR_SYNTAX, ' ', 'level', '3', 'CSE', 'neglect', '10:30am', 'http://x.y', '👀', '\u0000', '\u202e', '\t'), { maxLength: 40 })
    .map((a) => a.join('')),
  fc.array(fc.constantFrom(...LUNR_SYNTAX, ' ', '\n', '\u0007'), { maxLength: 60 }).map((a) => a.join('')),
  fc.integer({ min: 1, max: 12 }).map((n) => 'safeguarding children board '.repeat(n * 30)),
  fc.constant('x'.repeat(10240)),
  fc.constantFrom('', ' ', '   ', '-neglect', '+', ':', 'level 3:', 'Q3: update', 'foo^', 'CSE ~', 'level 3 - threshold', 'CSE?', '*', '~2', '🙂🙂🙂'),
);

test('search never throws, never returns every passage, and returns nothing for a query of punctuation alone', async () => {
  await fc.assert(
    fc.asyncProperty(hostile, async (q) => {
      const r = await library.search(OPERATOR, q, { limit: 50 });
      expect(Array.isArray(r)).toBe(true);
      expect(r.length).toBeLessThan(total);
      if (!/[\p{L}\p{N}]/u.test(q)) expect(r).toEqual([]);
    }),
    { numRuns: 2500 },
  );
});

test('ask never throws and always answers in words', async () => {
  await fc.assert(
    fc.asyncProperty(hostile, fc.constantFrom<string | null>(null, 'Diane Booth', 'Nobody Known', '', '\u0000'), async (q, who) => {
      const a = await answer(library, q, who === null ? OPERATOR : await askerNamed(library.store, who));
      expect(typeof a.text).toBe('string');
      expect(a.text.length).toBeGreaterThan(0);
      expect(a.results.length).toBeLessThan(total);
    }),
    { numRuns: 1200 },
  );
});

test('the lunr traps from the search notes give sensible results, not errors or everything', async () => {
  for (const q of ['level 3:', 'Q3: update', '10:30am', 'http://x.y', 'foo^', 'CSE ~', '+', '-', ':', 'CSE?', 'level 3 - threshold']) {
    const r = await library.search(OPERATOR, q, { limit: 50 });
    expect(r.length).toBeLessThan(total);
  }
  expect((await library.search(OPERATOR, 'CSE?')).length).toBeGreaterThan(0);
  expect((await library.search(OPERATOR, '-neglect')).length).toBeGreaterThan(0);
});
