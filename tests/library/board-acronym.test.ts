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

/** A letterhead that writes the place and the acronym ("Ashvale LSCB") is the board written out in full elsewhere. */
const FULL = `Ashvale Local Safeguarding Children Board
Minutes of the meeting held on 12 January 2027

Present: Marion Tate (Chair), Owen Birch, Leila Hart

1. Training
Owen Birch to publish the spring training programme by 28 February 2027.
`;
const SHORT = `Ashvale LSCB
Notes of the meeting held on 26 January 2027

Present: Marion Tate (Chair), Leila Hart

1. Audit
Leila Hart to send the audit report to partners by 15 February 2027.
`;

test.each([
  ['the full name first', [FULL, SHORT]],
  ['the acronym first', [SHORT, FULL]],
])('"<Place> LSCB" and "<Place> Local Safeguarding Children Board" are one board (%s)', async (_order, papers) => {
  const lib = tempLibrary('2027-02-01');
  try {
    for (const [n, text] of papers.entries()) await lib.ingestUpload(`ashvale-${n}.txt`, Buffer.from(text));
    const boards = await lib.store.boards.all();
    expect(boards).toHaveLength(1);
    expect(boards[0]!.name).toMatch(/^Ashvale (?:LSCB|Local Safeguarding Children Board)$/);
    expect(await lib.actions(OPERATOR)).toHaveLength(2);
    expect(new Set((await lib.actions(OPERATOR)).map((a) => a.boardName))).toEqual(new Set([boards[0]!.name]));
  } finally {
    lib.close();
  }
});
