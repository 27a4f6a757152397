import * as fs from 'node:fs';
import * as path from 'node:path';

import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedAction } from '../../src/extract/model';
import { rowBlock } from '../../src/ingest/document';
import { readBuffer } from '../../src/ingest/readers';
import { linesToBlocks } from '../../src/ingest/readers/line-blocks';

/**
 * Action tables told by their rows (a fictional partnership, our own words): header words we have never seen, a header
 * over two rows, no header at all (a page that carries the table on, a table pasted without its header), the owner
 * first and the number last. Each action keeps its owner, due date and status. Tables that are not action logs (an
 * attendance list, an agenda, a risk register, a dashboard, a register of decisions, a contacts table) give none.
 */
const view = (a: ExtractedAction) => ({ ref: a.ref, text: a.text, owners: a.owners.map((o) => o.written), due: a.due, status: a.status });
const actionsOf = (lines: string[], name = 'log.txt') => extractDocument(linesToBlocks(lines), name).actions;
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };

async function fileActions(name: string): Promise<ExtractedAction[]> {
  const file = path.join(__dirname, '../fixtures/table-shapes', name);
  return extractDocument((await readBuffer(name, fs.readFileSync(file), LIMITS)).blocks, name).actions;
}

const TOP = ['Ravensholt Safeguarding Children Partnership', 'Executive group: action tracker, updated 4 March 2026'];

test('header words we do not know ("Agreed", "Officer", "Completion", "Resp.", "Done by"): the cells say what each column is', () => {
  const actions = actionsOf([
    ...TOP,
    'No. | Agreed | Officer | Completion | Position',
    '1 | Write to head teachers about the attendance protocol | Head of Inclusion | April 2026 | Letter drafted',
    '2 | Book the multi-agency audit day for the summer | Designated Nurse | 30/06/2026 | Complete',
    '3 | Refresh the neglect toolkit with the new templates | Early Help Manager | Q2 | Not started',
  ]);
  expect(actions.map(view)).toEqual([
    { ref: '1', text: 'Write to head teachers about the attendance protocol', owners: ['Head of Inclusion'], due: '2026-04-30', status: 'open' },
    { ref: '2', text: 'Book the multi-agency audit day for the summer', owners: ['Designated Nurse'], due: '2026-06-30', status: 'done' },
    // A bare quarter is the financial year's (April to March): Q2 ends in September, the next after March 2026.
    { ref: '3', text: 'Refresh the neglect toolkit with the new templates', owners: ['Early Help Manager'], due: '2026-09-30', status: 'open' },
  ]);
  const other = actionsOf([
    ...TOP,
    'Step | Resp. | Done by | Milestone',
    'Map the training offer across all partners | Workforce sub-group | May 2026 | Map shared with the board',
    'Agree a single training needs survey | Workforce sub-group | July 2026 | Survey live',
  ]);
  expect(other.map((a) => [a.text, a.owners.map((o) => o.written), a.due])).toEqual([
    ['Map the training offer across all partners', ['Workforce sub-group'], '2026-05-31'],
    ['Agree a single training needs survey', ['Workforce sub-group'], '2026-07-31'],
  ]);
});

test('a header known in part ("Action | Owner/Agency | Target qtr | Measure of success"): known words and cells together', () => {
  const actions = actionsOf([
    ...TOP,
    'Deliverable/Output | Accountable | Target qtr | Measure of success',
    'Publish a leaflet for fathers on safe sleep | Public Health | Q1 2026 | Leaflet in every maternity pack',
    'Train midwives in the revised safe sleep message | Maternity Services | Q3 2026 | Nine in ten midwives trained',
  ]);
  expect(actions.map((a) => [a.text, a.owners.map((o) => o.written), a.due])).toEqual([
    ['Publish a leaflet for fathers on safe sleep', ['Public Health'], '2026-03-31'],
    ['Train midwives in the revised safe sleep message', ['Maternity Services'], '2026-09-30'],
  ]);
  // "Action | Officer | Due": the action and due are known words; "Officer" is known by the names under it.
  const officer = actionsOf([
    ...TOP,
    'Ref | Action | Officer | Due',
    'R1 | Send the audit findings to every designated lead | Tomasz Nowak | 15 May 2026',
    'R2 | Update the threshold guidance for the front door | Bryony Hale | 31 July 2026',
  ]);
  expect(officer.map((a) => a.owners.map((o) => o.written))).toEqual([['Tomasz Nowak'], ['Bryony Hale']]);
});

test('a header over two rows ("Agreed" over "action", "Lead" over "officer")', () => {
  const actions = actionsOf([
    ...TOP,
    'No | Agreed | Lead | Completion | RAG',
    ' | action | officer | date | rating',
    '4 | Circulate the revised escalation policy to all schools | Partnership Manager | 31/05/2026 | Green',
    '5 | Report the audit of strategy meetings to the board | Head of Service | September 2026 | Amber',
  ]);
  expect(actions.map(view)).toEqual([
    { ref: '4', text: 'Circulate the revised escalation policy to all schools', owners: ['Partnership Manager'], due: '2026-05-31', status: 'open' },
    { ref: '5', text: 'Report the audit of strategy meetings to the board', owners: ['Head of Service'], due: '2026-09-30', status: 'open' },
  ]);
});

test('a table carried on after its page footer, without its header, is the same table', () => {
  const actions = actionsOf([
    ...TOP,
    'Ref | Action | Lead | Due | Status',
    'E1 | Agree the partnership budget for next year | Chair | March 2026 | Open',
    'E2 | Commission the independent scrutiny report | Scrutineer | June 2026 | Open',
    'OFFICIAL – Ravensholt Safeguarding Children Partnership executive group, action tracker as at March 2026, page 1 of 2',
    'E3 | Ask each agency for its section 11 return | Business Manager | 30 April 2026 | Complete',
    'E4 | Invite the youth forum to the June board | Participation Lead | next meeting | Open',
  ]);
  expect(actions.map((a) => [a.ref, a.owners.map((o) => o.written), a.status])).toEqual([
    ['E1', ['Chair'], 'open'],
    ['E2', ['Scrutineer'], 'open'],
    ['E3', ['Business Manager'], 'done'],
    ['E4', ['Participation Lead'], 'open'],
  ]);
});

test('a table pasted without any header, its owner first and its number last', () => {
  const actions = actionsOf([
    ...TOP,
    'Actions carried forward from the February meeting',
    'Head of Early Help | Publish the early help strategy on the website | End of April 2026 | On track | A1',
    'Designated Doctor | Review the child death overview panel data for the region | 30/06/2026 | Not started | A2',
    'All | Share the briefing on exploitation with front-line staff | Ongoing | In progress | A3',
  ]);
  expect(actions.map(view)).toEqual([
    { ref: 'A1', text: 'Publish the early help strategy on the website', owners: ['Head of Early Help'], due: '2026-04-30', status: 'open' },
    {
      ref: 'A2',
      text: 'Review the child death overview panel data for the region',
      owners: ['Designated Doctor'],
      due: '2026-06-30',
      status: 'open',
    },
    { ref: 'A3', text: 'Share the briefing on exploitation with front-line staff', owners: ['All'], due: null, status: 'open' },
  ]);
});

test('a spreadsheet plan with no header row and priority rows between its actions', () => {
  const actions = extractDocument(
    [
      rowBlock(['Ravensholt Safeguarding Children Partnership – delivery plan 2026', '', '', '']),
      rowBlock(['Priority 1 – Neglect', '', '', '']),
      rowBlock(['To embed the graded care profile in health visiting', 'Health Visiting Lead', 'Q2', 'Amber']),
      rowBlock(['To audit neglect cases open for more than a year', 'QA sub-group', 'Q3', 'Green']),
      rowBlock(['Priority 2 – Exploitation', '', '', '']),
      rowBlock(['To train taxi drivers to spot exploitation', 'Licensing', 'Q4', 'Red']),
    ],
    'plan.xlsx',
  ).actions;
  expect(actions.map((a) => [a.text, a.owners.map((o) => o.written), a.rag])).toEqual([
    ['To embed the graded care profile in health visiting', ['Health Visiting Lead'], 'amber'],
    ['To audit neglect cases open for more than a year', ['QA sub-group'], 'green'],
    ['To train taxi drivers to spot exploitation', ['Licensing'], 'red'],
  ]);
});

test('under a header that names who and when, the words beside them are the actions, verb or not ("Issue | Owner | Deadline")', () => {
  const actions = actionsOf([
    ...TOP,
    'Issue | Owner | Deadline',
    'Gaps in the out-of-hours social work rota | Service Manager | 31 May 2026',
    'Late health assessments for children placed out of area | Designated Nurse | 30 June 2026',
  ]);
  expect(actions.map((a) => [a.text, a.owners.map((o) => o.written), a.due])).toEqual([
    ['Gaps in the out-of-hours social work rota', ['Service Manager'], '2026-05-31'],
    ['Late health assessments for children placed out of area', ['Designated Nurse'], '2026-06-30'],
  ]);
});

test('"Name | Action | Date": the people in the first column own the actions, the date is when they are due', () => {
  const actions = actionsOf([
    ...TOP,
    'Name | Action | Date',
    'Tomasz Nowak | Send the revised referral form to GP practices | 17 April 2026',
    'Bryony Hale | Arrange the joint visit to the residential home | 8 May 2026',
  ]);
  expect(actions.map((a) => [a.text, a.owners.map((o) => o.written), a.due])).toEqual([
    ['Send the revised referral form to GP practices', ['Tomasz Nowak'], '2026-04-17'],
    ['Arrange the joint visit to the residential home', ['Bryony Hale'], '2026-05-08'],
  ]);
});

test('two columns under a header of unknown words ("Agreed | Officer")', () => {
  const actions = actionsOf([
    ...TOP,
    'Agreed | Officer',
    'Write the Board reply to the inspectorate | Partnership Manager',
    'Confirm the dates of the next year of board meetings | Business Support',
  ]);
  expect(actions.map((a) => [a.text, a.owners.map((o) => o.written)])).toEqual([
    ['Write the Board reply to the inspectorate', ['Partnership Manager']],
    ['Confirm the dates of the next year of board meetings', ['Business Support']],
  ]);
});

test.each([
  [
    'an action column and one plain date, owners in the words',
    ['Item | Action | Date', '3 | JB to circulate the audit tool to partners | 20 March 2026', '5 | All to send comments on the draft plan | 3 April 2026'],
    [
      ['JB to circulate the audit tool to partners', ['JB'], '2026-03-20'],
      ['All to send comments on the draft plan', ['All'], '2026-04-03'],
    ],
  ],
  [
    'an agency column beside a recommendation',
    [
      'Recommendation | Agency | Progress',
      'Improve the sharing of information at the front door | Police | Protocol drafted, in progress',
      'Raise awareness of private fostering in schools | Education | Complete',
    ],
    [
      ['Improve the sharing of information at the front door', ['Police'], null],
      ['Raise awareness of private fostering in schools', ['Education'], null],
    ],
  ],
  [
    'an "Assigned" column and dotted dates',
    [
      'Description | Assigned | Deadline',
      'Collate the section 11 returns into one report | Ola Ekong | 12.05.26',
      'Set up the neglect task and finish group | Aisha Bello | 01.06.26',
    ],
    [
      ['Collate the section 11 returns into one report', ['Ola Ekong'], '2026-05-12'],
      ['Set up the neglect task and finish group', ['Aisha Bello'], '2026-06-01'],
    ],
  ],
])('a header known in part: %s', (_name, lines, expected) => {
  expect(actionsOf([...TOP, ...lines]).map((a) => [a.text, a.owners.map((o) => o.written), a.due])).toEqual(expected);
});

test('a CSV log with the owner first, the ref last and the action under "Agreed at board"', async () => {
  expect((await fileActions('carried-log.csv')).map(view)).toEqual([
    {
      ref: 'B1',
      text: 'Run a survey of school designated leads on training needs',
      owners: ['Head of Education Safeguarding'],
      due: '2026-03-31',
      status: 'open',
    },
    { ref: 'B2', text: 'Draft the annual report for partners to comment on', owners: ['Partnership Manager'], due: '2026-06-30', status: 'open' },
    { ref: 'B3', text: 'Return the section 11 self-assessment', owners: ['All partners'], due: '2026-03-31', status: 'done' },
  ]);
});

test('a plan saved as text with no header row, its outcomes written between the rows', async () => {
  expect((await fileActions('plan-no-header.txt')).map(view)).toEqual([
    { ref: '1.1', text: 'To launch the neglect toolkit with a briefing for every team', owners: ['Early Help Service'], due: '2025-06-30', status: 'done' },
    { ref: '1.2', text: 'To audit twenty neglect cases with the QA sub-group', owners: ['QA sub-group'], due: '2025-12-31', status: 'open' },
    { ref: '2.1', text: 'To deliver four multi-agency neglect workshops', owners: ['Workforce Development'], due: '2025-09-30', status: 'open' },
    { ref: '2.2', text: 'To publish a practice guide on adolescent neglect', owners: ['Partnership Manager'], due: '2026-03-31', status: 'open' },
  ]);
});

describe('tables that are not action logs give no actions', () => {
  test.each([
    [
      'an attendance list',
      [
        'Name | Role | Agency | Present',
        'Aisha Bello | Chair | Ravensholt Council | Yes',
        'Dan Fuller | Detective Inspector | Police | Yes',
        'Mei Tan | Designated Nurse | ICB | No',
      ],
    ],
    [
      'an attendance list with no header',
      [
        'Aisha Bello | Chair | Ravensholt Council | Present',
        'Dan Fuller | Detective Inspector | Police | Present',
        'Mei Tan | Designated Nurse | ICB | Apologies',
      ],
    ],
    [
      'an agenda',
      [
        'Item | Subject | Lead | Time',
        '1 | Welcome and apologies | Chair | 10:00',
        '2 | To agree the minutes of the last meeting | Chair | 10:05',
        '3 | Review of the neglect strategy | Head of Early Help | 10:15',
        '4 | Update from the police on exploitation | DI Fuller | 10:45',
      ],
    ],
    [
      'an agenda without times',
      [
        'Item | Subject | Lead',
        '1 | Learning from the rapid review of Child P | Independent Reviewer',
        '2 | Annual report of the child death overview panel | Designated Doctor',
        '3 | Update the board on the front door changes | Head of Service',
      ],
    ],
    [
      'a schedule of meetings',
      ['Date | Meeting | Venue', '12 May 2026 | Board | Town Hall', '9 June 2026 | Executive | Civic Centre', '14 July 2026 | Board | Civic Centre'],
    ],
    [
      'a list of members and deputies',
      [
        'Agency | Member | Deputy',
        'Ravensholt Council | Director of Children’s Services | Head of Safeguarding',
        'Police | Detective Superintendent | Detective Inspector',
        'ICB | Designated Nurse | Named Nurse',
      ],
    ],
    [
      'a forward plan with no header',
      [
        'June 2026 | Annual report of the partnership | Partnership Manager',
        'July 2026 | Review the threshold document | Head of Service',
        'September 2026 | Present the audit findings | QA Chair',
      ],
    ],
    [
      'a risk register',
      [
        'Risk | Likelihood | Impact | Mitigation | Owner',
        'Loss of funding from one partner | 3 | 4 | Review the funding formula with the executive | Business Manager',
        'Audits are not completed on time | 2 | 3 | Monitor the audit timetable each quarter | QA sub-group',
      ],
    ],
    [
      'a dashboard',
      ['Measure | Q1 | Q2 | Q3 | Target', 'Contacts to the front door | 1,204 | 1,310 | 1,188 | 1,200', 'Strategy meetings in time | 88% | 91% | 93% | 95%'],
    ],
    [
      'a register of decisions',
      [
        'Date | Decision | Item',
        '12/01/2026 | Approved the budget for the year | 4',
        '12/01/2026 | Agreed the terms of reference of the QA sub-group | 6',
        '09/02/2026 | Endorsed the annual report for publication | 3',
      ],
    ],
    [
      'a register of decisions with no header',
      [
        '12/01/2026 | Approved the budget for the year | Board',
        '12/01/2026 | Agreed the terms of reference of the QA sub-group | Board',
        '09/02/2026 | Endorsed the annual report for publication | Executive',
      ],
    ],
    [
      'a contacts table',
      [
        'Post | Holder | Email',
        'Partnership Manager | Ola Ekong | ola.ekong@example.org',
        'Business Support | Priya Shah | priya.shah@example.org',
        'Independent Scrutineer | Ruth Hale | ruth.hale@example.org',
      ],
    ],
    [
      'a training calendar',
      [
        'Working Together for managers | Ruth Hale | 12 May 2026',
        'Understanding neglect | Ola Ekong | 19 June 2026',
        'Exploitation: a briefing | DI Fuller | 3 July 2026',
      ],
    ],
  ])('%s', (_name, lines) => {
    expect(actionsOf(['Ravensholt Safeguarding Children Partnership', 'Paper for the board, 4 March 2026', ...lines]).map((a) => a.text)).toEqual([]);
  });
});
