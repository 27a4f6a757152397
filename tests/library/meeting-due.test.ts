import { demoLibraryPath } from '../../src/demo';
import { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { tempLibrary } from '../helpers/corpus';

/**
 * "To the meeting in January 2027" is one day for every action that says it: the May minutes could
 * not know that meeting's date, the October minutes give it (21 January 2027), so the May action is
 * due that day too, not the month's end. The papers' words stay beside the date for the card.
 */
let library: Library;

beforeAll(async () => {
  library = tempLibrary('2026-11-24');
  await library.ingest([demoLibraryPath()]);
});
afterAll(() => library.close());

test('every action due at the January 2027 meeting is due on its date, with the words kept', async () => {
  const all = await library.actions(OPERATOR, { status: 'all' });
  const may = all.find((a) => a.text.includes('exploitation screening tool is being used'))!;
  const oct = all.find((a) => a.ref === '305')!;
  expect({ due: may.due, words: may.dueText }).toEqual({ due: '2027-01-21', words: expect.stringContaining('January 2027') });
  expect(oct.due).toBe('2027-01-21');
  // A deadline written as a day keeps that day, though the meeting falls in the same month.
  expect(all.find((a) => a.ref === '312')!.due).toBe('2027-01-31');
});
