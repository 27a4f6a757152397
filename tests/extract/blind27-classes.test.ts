import type { ExtractedAction } from '../../src/extract/model';
import { makeDocx, makeXlsx } from '../helpers/make-files';
import { dueMonth, findAction, readLines, readPaper } from '../helpers/read-paper';

/**
 * The classes the twenty-seventh blind set found (ordinary layouts), on invented papers: a group's chair named as a post
 * in the attendance list and given an action by that post; a task's own deadline beside the later meeting the work is
 * for; an Action column summing up the owners of two tasks that each name their own; a log's "Next meeting" counted from
 * the meeting dates its title rows list; a log's "Chair" resolved to the chair its foot names.
 */
const people = (a: ExtractedAction) => a.owners.map((o) => o.person?.name.display ?? o.written);

const minutes = (body: string[]) => [
  'Ashcombe Safeguarding Children Partnership',
  'Minutes of the Executive meeting held on Thursday 6 March 2025 at 2pm, Council Offices',
  'PRESENT: Priya Okonedo (Independent Chair) – in the Chair; Tom Eastleigh (Partnership Manager); Wendy Farrant (Designated Nurse, Ashcombe Health Trust; Chair of Audit Subgroup); Bill Corrigan (Head of Early Help)',
  'APOLOGIES: Rosa Linden (Ashcombe Police)',
  '',
  ...body,
  '',
  '9. DATE OF NEXT MEETING',
  'Thursday 5 June 2025, 2pm.',
];

describe('a group’s chair, named as a post beside another in the attendance list', () => {
  test('an "Action:" label naming that post owns the task told above it, resolved to the holder, and is no action itself', async () => {
    const doc = await readLines('ashcombe-scp-2025-03-06.txt', [
      ...minutes([
        '4. NEGLECT AUDIT',
        'The findings were accepted. The Audit Subgroup will track the improvement plan and report back to each meeting.',
        'Action: Chair of Audit Subgroup',
      ]),
    ]);
    const farrant = doc.meetings.flatMap((m) => m.attendance).find((e) => e.name.display === 'Wendy Farrant');
    expect(farrant?.role).toBe('present');
    expect(farrant?.title).toMatch(/Chair of Audit Subgroup/);
    expect(doc.actions).toHaveLength(1);
    const plan = findAction(doc.actions, /improvement plan/);
    expect(people(plan)).toEqual(['Wendy Farrant']);
  });
});

describe('a deadline beside the later meeting the work is for', () => {
  test('"by <day>, for sign-off at the <month> meeting" is due on the day', async () => {
    const { actions } = await readLines('ashcombe-scp-2025-03-06.txt', [
      ...minutes([
        '5. BUSINESS PLAN',
        'Tom Eastleigh will send the draft business plan to members for comment by 11 April 2025, for approval at the June meeting.',
      ]),
    ]);
    const plan = findAction(actions, /business plan/);
    expect(people(plan)).toEqual(['Tom Eastleigh']);
    expect(plan.due).toBe('2025-04-11');
  });
});

describe('an Action column that sums up the owners of tasks each naming its own', () => {
  test('"TE, All" beside two tasks: each task keeps its own owner', async () => {
    const bytes = await makeDocx([
      { p: 'Ashcombe Safeguarding Children Partnership – Training Group' },
      { p: 'Note of meeting held on 12 May 2025' },
      { p: 'Present: Tom Eastleigh (TE), Bill Corrigan (BC), Wendy Farrant (WF)' },
      {
        table: [
          ['Item', 'Discussion', 'Action'],
          ['1. Welcome', 'Members were welcomed.', ''],
          [
            '2. Course programme',
            'The autumn programme was agreed. TE to publish the programme on the partnership website. All members to promote the courses in their own agencies by 30 June.',
            'TE, All',
          ],
          ['3. Evaluation', 'The feedback forms need updating. BC to redraft the feedback form for the next meeting.', 'BC'],
        ],
      },
    ]);
    const { actions } = await readPaper('ashcombe-training-2025-05-12.docx', bytes);
    expect(people(findAction(actions, /publish the programme/))).toEqual(['Tom Eastleigh']);
    const promote = findAction(actions, /promote the courses/);
    expect(people(promote)).toEqual(['All']);
    expect(dueMonth(promote)).toBe('2025-06');
  });
});

describe('an action log whose title rows list the year’s meetings and name the chair', () => {
  const log = async () =>
    readPaper(
      'ashcombe-action-log-2024-25.xlsx',
      await makeXlsx({
        Log: [
          ['Ashcombe Safeguarding Children Partnership'],
          ['Executive meetings 2024-25: 04/07/2024, 03/10/2024, 09/01/2025, 03/04/2025'],
          ['Ref', 'Meeting', 'Action', 'Owner', 'Due', 'Status'],
          ['A1', '2024-10-03', 'Collate the schools’ section 175 returns', 'Bill Corrigan', 'Next meeting', 'Open'],
          ['A2', '2025-01-09', 'Refresh the escalation policy', 'Tom Eastleigh', 'Next meeting', 'Open'],
          ['A3', '2025-01-09', 'Write to the health board about the designated doctor vacancy', 'Chair', '2025-02-28', 'Open'],
          ['Chair of the Partnership: Priya Okonedo. Partnership Manager: Tom Eastleigh.'],
        ],
      }),
    );

  test('"Next meeting" is the listed meeting after the one that agreed the action', async () => {
    const { actions } = await log();
    expect(findAction(actions, /section 175/).due).toBe('2025-01-09');
    expect(findAction(actions, /escalation policy/).due).toBe('2025-04-03');
  });

  test('"Chair" is the chair the log names', async () => {
    const { actions } = await log();
    expect(people(findAction(actions, /designated doctor/))).toEqual(['Priya Okonedo']);
  });
});
