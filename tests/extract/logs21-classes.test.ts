import ExcelJS from 'exceljs';

import type { ExtractedAction } from '../../src/extract/model';
import { makeXlsx } from '../helpers/make-files';
import { dueMonth, findAction, ownerPeople, readLines, readPaper } from '../helpers/read-paper';

/**
 * Classes the twenty-first blind set found missed in logs and trackers, each on a paper written here in our own words for
 * an invented board: a task board's export (groups, a header repeated under each, a Name and a Person column, timeline
 * ranges), a tracker whose cells hold lettered tasks, a plan whose progress text leads with its rating, a "% Complete"
 * column, and due cells written as short dotted dates, financial years and a post with its employer in brackets.
 */
const people = (a: ExtractedAction) => a.owners.map((o) => o.person?.name.display ?? o.written);

describe('a task board export in groups', () => {
  const csv = [
    'Thornbury Partnership – Training Group board',
    '',
    'In flight',
    'Name,Subitems,Person,Status,Timeline,Priority,Last updated',
    'Write the refresher course on safe sleep,,Marta Vidal,Working on it,2026-02-02 - 2026-04-17,High,"Mar 1, 2026 9:00 AM"',
    'Book venues for the spring briefings,,"Colin Ashe, Marta Vidal",Stuck,2026-01-05 - 2026-02-27,Low,"Feb 2, 2026 1:10 PM"',
    '',
    'Later',
    'Name,Subitems,Person,Status,Timeline,Priority,Last updated',
    'Evaluate the first year of the course,,Colin Ashe,,2026-09-01 - 2026-10-30,Medium,"Jan 9, 2026 4:00 PM"',
    '',
    'Finished',
    'Name,Subitems,Person,Status,Timeline,Priority,Last updated',
    'Agree the training needs analysis,,Marta Vidal,Done,2025-11-03 - 2025-12-12,High,"Dec 12, 2025 2:00 PM"',
  ];

  test('every item under every group is an action; the timeline ends when it is due; Done closes it', async () => {
    const { actions } = await readLines('thornbury-training-board-export.csv', csv);
    expect(actions).toHaveLength(4);
    const course = findAction(actions, /refresher course on safe sleep/);
    expect(people(course)).toEqual(['Marta Vidal']);
    expect(dueMonth(course)).toBe('2026-04');
    expect(course.status).toBe('open');
    const venues = findAction(actions, /Book venues/);
    expect(people(venues)).toEqual(['Colin Ashe', 'Marta Vidal']);
    expect(venues.status).toBe('open');
    expect(findAction(actions, /Evaluate the first year/).status).toBe('open');
    const needs = findAction(actions, /training needs analysis/);
    expect(needs.status).toBe('done');
    expect(dueMonth(needs)).toBe('2025-12');
  });

  test('a list of people with a Name column is still no action table', async () => {
    const csv2 = ['Name,Organisation,Role', 'Marta Vidal,Thornbury Council,Training lead', 'Colin Ashe,Thornbury Health,Named Nurse'];
    const { actions } = await readLines('thornbury-contacts.csv', csv2);
    expect(actions).toHaveLength(0);
  });
});

describe('a tracker whose cells hold lettered tasks', () => {
  test('each letter is one action with the same letter of the lead, timescale and rating cells', async () => {
    const bytes = await makeXlsx({
      Tracker: [
        ['Rec', 'Recommendation', 'Actions', 'Lead', 'Timescale', 'BRAG', 'Update'],
        [
          '1',
          'Professionals should check who else lives in the home',
          'a) Add a household members section to the strategy discussion record\nb) Remind health visitors to ask at every visit',
          'a) MASH Team Manager\nb) Oskar Lind / Dr Freya Holm',
          'a) 30.9.25\nb) Oct-25 → Jan-26',
          'a) Blue\nb) Amber',
          'a) Section added.\nb) Reminder drafted.',
        ],
        ['BRAG key: Blue = complete; Green = on track; Amber = some delay; Red = off track.'],
      ],
      Posts: [
        ['Post', 'Name'],
        ['MASH Team Manager', 'Ruth Caddick'],
      ],
    });
    const { actions } = await readPaper('kelmarsh-review-tracker.xlsx', bytes);
    expect(actions).toHaveLength(2);
    const section = findAction(actions, /household members section/);
    expect(section.text).not.toMatch(/^a\)|b\)/);
    expect(ownerPeople(section)).toEqual(['Ruth Caddick']);
    expect(dueMonth(section)).toBe('2025-09');
    expect(section.status).toBe('done');
    const remind = findAction(actions, /Remind health visitors/);
    expect(people(remind)).toEqual(['Oskar Lind', 'Freya Holm']);
    expect(dueMonth(remind)).toBe('2026-01');
    expect(remind.status).toBe('open');
  });
});

describe('a plan whose progress text leads with its rating', () => {
  test('"G – Complete" is done and "A – …" open by the key; "During 2025/26" is due at the year’s end', async () => {
    const plan = [
      'Hallowmere Safeguarding Children Board – Business Plan progress',
      'RAG: G – complete; A – in progress; R – not started.',
      'What we will do\tWho\tWhen\tRAG and progress',
      'Publish a guide for parents on online safety\tCommunications Officer\tJune 2025\tG – Complete. Printed and sent to every school.',
      'Run a survey of foster carers about training\tFostering Manager\tDuring 2025/26\tA – Questions drafted; survey opens in May.',
    ];
    const { actions } = await readLines('hallowmere-business-plan.txt', plan);
    const guide = findAction(actions, /guide for parents/);
    expect(guide.status).toBe('done');
    expect(guide.progress).toMatch(/Printed and sent/);
    const survey = findAction(actions, /survey of foster carers/);
    expect(survey.status).toBe('open');
    expect(dueMonth(survey)).toBe('2026-03');
  });
});

describe('a "% Complete" column', () => {
  test('a sheet’s percentage cells: only 100% is done, whatever sheet the row is on', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Open');
    ws.addRow(['No.', 'Action', 'Owner', 'Target', '% Complete', 'Progress']);
    ws.addRow(['A1', 'Refresh the escalation flowchart', 'Petra Lyle', '31.1.26', 1, 'Agreed; to sign off']);
    ws.addRow(['A2', 'Collect the section 11 returns', 'Ivo Marsh', '28.2.26', 0.4, 'Four of ten in']);
    ws.getColumn(5).numFmt = '0%';
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const { actions } = await readPaper('cresswold-open-actions.xlsx', bytes);
    const flow = findAction(actions, /escalation flowchart/);
    expect(flow.status).toBe('done');
    expect(dueMonth(flow)).toBe('2026-01');
    expect(findAction(actions, /section 11 returns/).status).toBe('open');
  });

  test('an export’s fractions of one: 1 is done, 0.5 is not', async () => {
    const csv = ['Task,Assigned To,Due Date,% Complete', 'Draft the annual report,Nell Ford,31/07/2026,1', 'Plan the conference,Joe Tait,30/09/2026,0.5'];
    const { actions } = await readLines('cresswold-tasks.csv', csv);
    expect(findAction(actions, /annual report/).status).toBe('done');
    expect(findAction(actions, /conference/).status).toBe('open');
  });
});

describe('a post with its employer in brackets', () => {
  test('"Named Doctor (Cresswold Hospitals)" is the Named Doctor the key names', async () => {
    const log = [
      'Cresswold Safeguarding Partnership – Learning Review log',
      'Ref | Action | Lead | Due | Status',
      'R1 | Re-audit the bruising protocol in the emergency department | Named Doctor (Cresswold Hospitals) | 30.6.26 | Open',
      '',
      'Key: ED = emergency department (Cresswold Hospitals). Named Doctor: Dr Tamsin Rowe.',
    ];
    const { actions } = await readLines('cresswold-review-log.txt', log);
    const audit = findAction(actions, /bruising protocol/);
    expect(ownerPeople(audit)).toEqual(['Tamsin Rowe']);
    expect(dueMonth(audit)).toBe('2026-06');
  });
});
