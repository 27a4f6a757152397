import { extractDocument } from '../../src/extract/extract-document';
import { linesToBlocks } from '../../src/ingest/readers/line-blocks';

/**
 * A table saved as plain text keeps its columns only as runs of spaces. Read as a table, its
 * people and their agencies are the attendance; read as prose, nobody was present and every
 * action's initials were nobody's. (An invented board, in our own words.)
 */
const MINUTES = [
  'MINUTES OF THE LOCAL SAFEGUARDING CHILDREN BOARD (LSCB) – HOLMEBRIDGE',
  'HELD ON 14TH MARCH 2017',
  '',
  'PRESENT',
  'Name                     Agency',
  'Rhona Blake (Chair)      Independent Chair',
  'Owen Pryce               Holmebridge Council – Children’s Services',
  'DCI Tara Vance           Holmeshire Police',
  'Dr Kiran Das             Holmebridge CCG',
  '',
  'APOLOGIES',
  'Cllr Neil Cope, Lead Member for Children',
  '',
  'ITEM 2 NEGLECT TOOLKIT',
  'OP presented the toolkit.  The board welcomed it.  TV to brief response officers by 30 April.',
  '',
  'DATE OF NEXT MEETING: 13TH JUNE 2017',
].join('\n');

test('columns lined up with spaces are a table: its rows are the people present, and their initials own the actions', () => {
  const doc = extractDocument(linesToBlocks(MINUTES.split('\n')), 'minutes.txt');
  const m = doc.meetings[0]!;
  expect(m.board).toBe('Local Safeguarding Children Board – Holmebridge');
  const present = m.attendance.filter((e) => e.role === 'present' || e.role === 'chair');
  expect(present.map((e) => e.name.display)).toEqual(['Rhona Blake', 'Owen Pryce', 'Tara Vance', 'Kiran Das']);
  // The second column is the person's agency, not part of their name.
  expect(`${present[2]!.title ?? ''} ${present[2]!.organisation ?? ''}`).toContain('Holmeshire Police');
  expect(m.attendance.find((e) => e.role === 'chair')?.name.display).toBe('Rhona Blake');
  const brief = doc.actions.find((a) => a.text.includes('brief response officers'))!;
  expect(brief.owners.map((o) => o.person?.name.display)).toEqual(['Tara Vance']);
});

test('prose with two spaces after its full stops stays prose', () => {
  const blocks = linesToBlocks(
    [
      'The board discussed the audit.  Members agreed the findings.',
      'Schools had been asked to respond.  Most had done so by the deadline.',
      'A further report will follow.  The chair thanked the authors.',
    ],
    undefined,
  );
  expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
});
