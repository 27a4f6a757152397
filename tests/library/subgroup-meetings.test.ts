import { answer } from '../../src/answers/answer';
import type { Library } from '../../src/library/library';
import { askerNamed } from '../../src/library/roster';
import { tempLibrary } from '../helpers/corpus';

/**
 * Issue 11, "which board": a subgroup's minutes belong to the subgroup. "The next meeting" for a
 * member of the board is the board's, for a member of the subgroup the subgroup's, and someone on
 * both is offered both. (Fixtures in our own words: an invented partnership.)
 */
const BOARD = `Kestrelford Safeguarding Children Partnership
Minutes of the meeting held on Wednesday 3 March 2027

Present: Alison Carver (Chair), Gareth Pryce, Naomi Fairclough, Leon Ashby

1. Annual report
Gareth Pryce to circulate the draft annual report by 31 March 2027.

Date of next meeting: Wednesday 9 June 2027
`;

const SUBGROUP = `Kestrelford Safeguarding Children Partnership
Quality Assurance Subgroup
Notes of the meeting held on Wednesday 10 March 2027

Present: Naomi Fairclough (Chair), Priya Lomax, Daniel Okafor

1. Multi-agency audit
Priya Lomax to share the audit findings with schools by 2 April 2027.

Next meeting: Wednesday 14 April 2027
`;

let library: Library;

beforeAll(async () => {
  library = tempLibrary('2027-03-20');
  await library.ingestUpload('kscp-2027-03-03-minutes.txt', Buffer.from(BOARD));
  await library.ingestUpload('kscp-qa-subgroup-2027-03-10-notes.txt', Buffer.from(SUBGROUP));
});
afterAll(() => library.close());

const nextFor = async (name: string) => (await answer(library, 'when is the next meeting?', await askerNamed(library.store, name))).text;

test("the subgroup's minutes are filed under the subgroup, not the board", async () => {
  const names = (await library.store.boards.all()).map((b) => b.name);
  expect(names.some((n) => /Quality Assurance Subgroup/i.test(n))).toBe(true);
  expect(names.some((n) => /^Kestrelford Safeguarding Children Partnership$/i.test(n))).toBe(true);
});

test("a board member's next meeting is the board's", async () => {
  const text = await nextFor('Gareth Pryce');
  expect(text).toMatch(/9 June 2027/);
  expect(text).not.toMatch(/14 April 2027/);
});

test("a subgroup member's next meeting is the subgroup's", async () => {
  const text = await nextFor('Priya Lomax');
  expect(text).toMatch(/14 April 2027/);
  expect(text).not.toMatch(/9 June 2027/);
});

test('someone on both is offered both', async () => {
  const text = await nextFor('Naomi Fairclough');
  expect(text).toMatch(/14 April 2027/);
  expect(text).toMatch(/9 June 2027/);
});
