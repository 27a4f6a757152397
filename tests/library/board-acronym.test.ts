import { demoLibraryPath } from '../../src/demo';
import { Library } from '../../src/library/library';
import { OPERATOR } from '../../src/library/scope';
import { tempLibrary } from '../helpers/corpus';

/**
 * Minutes that call their board only "NSCP" belong to the Northmoor Safeguarding
 * Children Partnership the library already holds — not to a second board nobody sits on, whose
 * actions no member of the real board would see.
 */
const NOTES = `Minutes of the extraordinary meeting held on Tuesday 10 November 2026

Present: Ruth Kendall (Chair), Simon Whitfield, Clare Danby

1. Learning from the audit
Simon Whitfield to circulate the audit summary to NSCP partners by 30 November 2026.
`;

let library: Library;

beforeAll(async () => {
  library = tempLibrary('2026-11-24');
  await library.ingest([demoLibraryPath()]);
  await library.ingestUpload('review-group-notes.txt', Buffer.from(NOTES));
});
afterAll(() => library.close());

test('minutes naming their board by its acronym join the board whose initials spell it', async () => {
  const boards = new Set((await library.store.boards.all()).map((b) => b.name));
  expect([...boards].filter((b) => /NSCP/.test(b))).toEqual([]);
  const audit = (await library.actions(OPERATOR, { status: 'all' })).find((a) => a.text.includes('audit summary'));
  expect(audit?.boardName).toMatch(/Northmoor Safeguarding Children Partnership/i);
});
