import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedAction } from '../../src/extract/model';
import { linesToBlocks } from '../../src/ingest/readers/line-blocks';

/**
 * Action logs whose column headers are worded the clerk's own way (a fictional partnership, our own words): each
 * column must still be found, so that every action keeps its owner, due date and status.
 */
function actionsOf(lines: string[]): ExtractedAction[] {
  return extractDocument(linesToBlocks(lines), 'log.txt').actions;
}

const view = (a: ExtractedAction) => ({ text: a.text, owners: a.owners.map((o) => o.written), due: a.due, status: a.status });

test('"Lead | By": By after the lead is when the action is due; alone, By is who', () => {
  const dated = actionsOf([
    'Pelham Safeguarding Children Partnership',
    'Action log, updated 15 March 2022',
    'No | Action | Lead | By',
    '1 | Draft the learning briefing | SQ/HP | 30/04/22',
    '2 | Write to schools without a returned audit | MO | 31.05.22',
  ]);
  expect(dated.map(view)).toEqual([
    { text: 'Draft the learning briefing', owners: ['SQ', 'HP'], due: '2022-04-30', status: 'open' },
    { text: 'Write to schools without a returned audit', owners: ['MO'], due: '2022-05-31', status: 'open' },
  ]);
  const who = actionsOf([
    'Pelham Safeguarding Children Partnership',
    'Action log, 15 March 2022',
    'Action | By | Status',
    'Refresh the escalation policy | MO | Open',
  ]);
  expect(who.map((a) => a.owners.map((o) => o.written))).toEqual([['MO']]);
});

test('headers in other words: agreed action, lead officer/agency, date for completion, progress to date', () => {
  const actions = actionsOf([
    'Pelham Safeguarding Children Partnership',
    'Action tracker, March 2022',
    'Ref | Agreed action | Lead officer/agency | Date for completion | Progress to date',
    '7 | Publish the neglect strategy | Head of Early Help | 30 June 2022 | Complete',
    '8 | Audit the use of the escalation policy | Designated Nurse | September 2022 | Started, on track',
  ]);
  expect(actions.map(view)).toEqual([
    { text: 'Publish the neglect strategy', owners: ['Head of Early Help'], due: '2022-06-30', status: 'done' },
    { text: 'Audit the use of the escalation policy', owners: ['Designated Nurse'], due: '2022-09-30', status: 'open' },
  ]);
});

test('a key under a log with no meeting says who holds each role and set of initials, so its owners resolve', () => {
  const actions = actionsOf([
    'Pelham Safeguarding Children Partnership',
    'Action log for the Board meeting on 12 May 2022',
    'Ref | Action | Owner | Due | Status',
    'P1 | Commission a review of the front door | DCS | July 2022 | Open',
    'P2 | Report school attendance for children in need | Head of Inclusion | June 2022 | Open',
    'P3 | Circulate the audit timetable | RT | May 2022 | Open',
    'Owners: DCS – Mark Ellery, Director of Children’s Services; Head of Inclusion – Priya Das; RT – Rowan Teague.',
  ]);
  expect(actions.map((a) => a.owners.map((o) => o.person?.name.display ?? null))).toEqual([['Mark Ellery'], ['Priya Das'], ['Rowan Teague']]);
});

test('resolutions numbered on their own lines under "RESOLVED:": the officer each names is its owner', () => {
  const actions = actionsOf([
    'Orchard Vale Children and Young People Scrutiny Committee',
    'Minutes of the meeting held on 14 September 2021',
    'Present: Councillor Ann Lee (Chair), Councillor Bob Hart',
    "Also present: Priya Nandra (Director of Children's Services), Rory Dunne (Head of Safeguarding)",
    '17. Children in care',
    'RESOLVED:',
    '(1) That the report be noted.',
    "(2) That the Director of Children's Services provide a briefing on agency staffing costs to members by 31 October 2021.",
    '(3) That the Head of Safeguarding bring the findings of the supervision audit to the meeting in January 2022.',
  ]);
  expect(actions.map((a) => a.owners.map((o) => o.person?.name.display ?? o.written))).toEqual([['Priya Nandra'], ['Rory Dunne']]);
});
