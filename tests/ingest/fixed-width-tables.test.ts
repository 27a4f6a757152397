import { extractDocument } from '../../src/extract/extract-document';
import { linesToBlocks } from '../../src/ingest/readers/line-blocks';

/**
 * A tracker printed from a case system to fixed-width text, in our own words: an indented table ruled off under a header
 * whose last-but-one name takes two lines, cells wrapping inside their own columns, a cell filling its column up to a
 * one-space gutter, a blank line between two rows, and the header printed again after a page foot.
 */
const WIDTHS = [8, 38, 18, 13, 10];
const MARGIN = '  ';
const line = (cells: string[]) => (MARGIN + cells.map((c, k) => c.padEnd(WIDTHS[k]!)).join('')).trimEnd();
const rule = MARGIN + WIDTHS.map((w) => '='.repeat(w - 1)).join(' ');
const header = [line(['NO.', 'ACTION', 'OWNER', 'DUE', 'PROGRESS']), line(['', '', '', 'DATE', '']), rule];

const paper = [
  'THORNLEY BRIDGE SAFEGUARDING PARTNERSHIP',
  'Case Review Sub-group – actions printed 12/03/2026',
  '',
  ...header,
  // The action fills its column to the last "=" and is parted from the owner by one space.
  line(['CR-14', 'Test the new escalation leaflets with', 'Priya Lal / Sgt', '27/02/26', 'Done']),
  line(['', 'two GP surgeries in the north', 'Dan Whitworth', '', '']),
  '',
  line(['CR-15', 'Write the family network meeting', 'Head of Early', 'April 2026', 'Open']),
  line(['', 'guide in plain English', 'Help', '', '']),
  line(['CR-16', 'Check the chronology template keeps', 'Rosa Quint', '31/03/26', 'Open']),
  line(['', 'the child’s own words', '', '', '']),
  '',
  'Printed by the partnership office',
  'THORNLEY BRIDGE SAFEGUARDING PARTNERSHIP',
  ...header,
  line(['CR-17', 'Offer the reviewers’ briefing to the', 'Rosa Quint', 'May meeting', 'Not started']),
  line(['', 'youth offending team', '', '', '']),
  '',
  'Sub-group meetings 2026: 14 January, 13 May, 9 September.',
];

test('the printed table becomes rows with whole cells: wrapped lines join their row, the rule and second header line do not add rows', () => {
  const rows = linesToBlocks(paper)
    .filter((b) => b.type === 'row')
    .map((b) => b.cells);
  expect(rows).toEqual([
    ['NO.', 'ACTION', 'OWNER', 'DUE DATE', 'PROGRESS'],
    ['CR-14', 'Test the new escalation leaflets with two GP surgeries in the north', 'Priya Lal / Sgt Dan Whitworth', '27/02/26', 'Done'],
    ['CR-15', 'Write the family network meeting guide in plain English', 'Head of Early Help', 'April 2026', 'Open'],
    ['CR-16', 'Check the chronology template keeps the child’s own words', 'Rosa Quint', '31/03/26', 'Open'],
    ['NO.', 'ACTION', 'OWNER', 'DUE DATE', 'PROGRESS'],
    ['CR-17', 'Offer the reviewers’ briefing to the youth offending team', 'Rosa Quint', 'May meeting', 'Not started'],
  ]);
});

test('every action of the printed tracker is found with its owners, status and due date', () => {
  const doc = extractDocument(linesToBlocks(paper), 'thornley-bridge-crsg-tracker.txt');
  expect(doc.actions.map((a) => [a.text, a.owners.map((o) => o.written), a.status, a.due?.slice(0, 7) ?? null])).toEqual([
    ['Test the new escalation leaflets with two GP surgeries in the north', ['Priya Lal', 'Sgt Dan Whitworth'], 'done', '2026-02'],
    ['Write the family network meeting guide in plain English', ['Head of Early Help'], 'open', '2026-04'],
    ['Check the chronology template keeps the child’s own words', ['Rosa Quint'], 'open', '2026-03'],
    ['Offer the reviewers’ briefing to the youth offending team', ['Rosa Quint'], 'open', '2026-05'],
  ]);
});

test('prose with wide gaps is not a table, nor is a short list of two columns', () => {
  const prose = [
    'The sub-group  agreed the plan.  Members  noted the audit.',
    'Actions are  listed below  in the  usual way.',
    '',
    'Name          Role',
    'Ada Finch     Chair',
    'Bo Lee        Officer',
  ];
  const blocks = linesToBlocks(prose);
  expect(blocks.filter((b) => b.type === 'row' && b.cells!.length > 2)).toEqual([]);
});

/**
 * A second printout: its header names are parted by single spaces, so the dashes under them give the columns, and a
 * row broken by the page goes on under the header printed again on the next page.
 */
test('a header over a dashed rule, and a row that runs on over a page break', () => {
  const cols = [5, 34, 16, 10];
  const row = (cells: string[]) =>
    cells
      .map((c, k) => c.padEnd(cols[k]!))
      .join('')
      .trimEnd();
  const head = ['ITEM TASK AGREED                       RESPONSIBLE     BY', cols.map((w) => '-'.repeat(w - 1)).join(' ')];
  const printout = [
    'Lowmoor Child Death Overview Panel – task list',
    ...head,
    row(['4.1', 'Share the sleep safety audit with', 'Joy Adebayo', 'Jun 26']),
    row(['', 'the maternity unit', '', '']),
    row(['4.2', 'Ask the coroner’s office for the', 'Panel Chair', 'Jul 26']),
    row(['', 'three inquest dates still awaited', '', '']),
    '',
    '                                     – 1 –',
    '',
    ...head,
    row(['', 'and copy them to the family', '', '']),
    row(['', 'liaison nurse', '', '']),
    row(['5.1', 'Check the drowning cases for a', 'Sam Igwe', 'Sep 26']),
    row(['', 'common water safety message', '', '']),
  ];
  const rows = linesToBlocks(printout)
    .filter((b) => b.type === 'row')
    .map((b) => b.cells);
  expect(rows).toEqual([
    ['ITEM', 'TASK AGREED', 'RESPONSIBLE', 'BY'],
    ['4.1', 'Share the sleep safety audit with the maternity unit', 'Joy Adebayo', 'Jun 26'],
    ['4.2', 'Ask the coroner’s office for the three inquest dates still awaited and copy them to the family liaison nurse', 'Panel Chair', 'Jul 26'],
    ['ITEM', 'TASK AGREED', 'RESPONSIBLE', 'BY'],
    ['5.1', 'Check the drowning cases for a common water safety message', 'Sam Igwe', 'Sep 26'],
  ]);
});

test('header names in capitals that take two lines, with no rule under them', () => {
  const printout = [
    'REF     ACTION                           LEAD           TARGET     RAG',
    '                                                        DATE',
    'P/7     Run the private fostering        Dee Hollis     30/04/26   G',
    '        awareness week in schools',
    'P/8     Audit six private fostering      Sian Roberts   31/05/26   A',
    '        assessments',
  ];
  expect(
    linesToBlocks(printout)
      .filter((b) => b.type === 'row')
      .map((b) => b.cells),
  ).toEqual([
    ['REF', 'ACTION', 'LEAD', 'TARGET DATE', 'RAG'],
    ['P/7', 'Run the private fostering awareness week in schools', 'Dee Hollis', '30/04/26', 'G'],
    ['P/8', 'Audit six private fostering assessments', 'Sian Roberts', '31/05/26', 'A'],
  ]);
});
