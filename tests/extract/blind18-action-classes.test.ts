import type { ExtractedAction } from '../../src/extract/model';
import { dueMonth, findAction, readLines } from '../helpers/read-paper';

/**
 * Classes the eighteenth blind set found misread in actions, each on a paper written here in our own words for an
 * invented board: owners as initials with full stops, earlier actions updated by number (status after a colon, passed to
 * someone else), a minute kept as one "Discussion | Action" table, "ACTION (XX):" paragraphs beside decisions, a typed log
 * with a key to dotted initials, a plan with a merged two-row header, and a task list exported surname first.
 */
const people = (a: ExtractedAction) => a.owners.map((o) => o.person?.name.display ?? o.written);

describe('owners written as initials with stops, and earlier actions updated by number', () => {
  const minutes = [
    'Fernleigh Safeguarding Partnership',
    'Missing Children Subgroup',
    'Minutes of the meeting held on Tuesday 10 May 2022, 10.00 am, Fernleigh House',
    '',
    'Present',
    'Nadia Voss (N.V.), Missing Children Coordinator – Chair',
    "Colm O'Dowd (C.O'D.), Police Sergeant, Fernleigh Police",
    'Bryony Hale (B.H.), Team Manager, Fernleigh Council',
    '',
    '1. Minutes and matters arising',
    'Action 21/03 – B.H. to refresh the return interview leaflet: complete; copies are in the office.',
    'Action 21/04 – contact the taxi licensing team about awareness training: passed from N.V. to B.H., as she already chairs that group.',
    '',
    '2. Missing episodes',
    'Actions agreed',
    "C.O'D. to map the addresses linked to repeat missing episodes – by 31 May 2022",
    'B.H. and N.V. to plan the outreach sessions before the summer holidays',
  ];

  test('"B.H." and "C.O\'D." are the people the attendance gives those initials', async () => {
    const doc = await readLines('fernleigh-missing-2022-05-10.txt', minutes);
    expect(people(findAction(doc.actions, /map the addresses/))).toEqual(["Colm O'Dowd"]);
    expect(people(findAction(doc.actions, /outreach sessions/))).toEqual(['Bryony Hale', 'Nadia Voss']);
    expect(dueMonth(findAction(doc.actions, /outreach sessions/))).toBe('2022-07');
  });

  test('"task: complete" is done; "passed from N.V. to B.H." is owned by B.H. only', async () => {
    const doc = await readLines('fernleigh-missing-2022-05-10.txt', minutes);
    const leaflet = findAction(doc.actions, /return interview leaflet/);
    expect([leaflet.ref, leaflet.status, people(leaflet)]).toEqual(['21/03', 'done', ['Bryony Hale']]);
    expect(people(findAction(doc.actions, /taxi licensing/))).toEqual(['Bryony Hale']);
  });
});

describe('a minute written as one "Discussion | Action" table', () => {
  const T = '\t';
  const minute = [
    'ARDMORE CHILD PROTECTION COMMITTEE',
    'Minute of meeting held on Wednesday 12 March 2025 at 2.00 pm in the Council Offices, Ardmore',
    `Discussion${T}Action`,
    `1. Welcome${T}`,
    `The Chair welcomed members.${T}Noted`,
    `2. Matters arising${T}`,
    `Action 4 from January (Police Scotland to share the missing persons figures) is carried forward.${T}Action 4 carried forward to May – Police Scotland`,
    `3. Neglect audit${T}`,
    `The audit of twelve case files found gaps in the chronologies kept by health visitors and by social workers, and members ` +
      `discussed whether one shared template would help.${T}Decision: the audit report was approved. Health and Social Work to agree a chronology template by end of April`,
  ];

  test('each task in the Action column is an action; "Noted" and the decision are not', async () => {
    const doc = await readLines('ardmore-cpc-2025-03-12.txt', minute);
    expect(doc.actions).toHaveLength(2);
    const template = findAction(doc.actions, /chronology template/);
    expect([template.owners.map((o) => o.written), dueMonth(template)]).toEqual([['Health', 'Social Work'], '2025-04']);
  });

  test('"Action 4 carried forward to May" moves the earlier action, told in the discussion, to May', async () => {
    const doc = await readLines('ardmore-cpc-2025-03-12.txt', minute);
    const figures = findAction(doc.actions, /missing persons figures/);
    expect([figures.ref, figures.status, dueMonth(figures)]).toEqual(['4', 'open', '2025-05']);
  });
});

describe('"ACTION (XX):" paragraphs and "Lead: Agency (Name)" fields', () => {
  test('the bracket names the owners; a DECISION paragraph is no action', async () => {
    const doc = await readLines('kilbride-group-2020-02-05.txt', [
      'KILBRIDE TRUST',
      'Safeguarding Operational Group',
      'Notes of meeting – Wednesday 5th February 2020, 10.00am, Room 2',
      'Present: Mrs Orla Kane (OK), Chair; Mr Tiernan Reilly (TR); Ms Aoife Byrne (AB)',
      '',
      '1. Referrals',
      'TR reported a rise in referrals.',
      'ACTION (TR/AB): Review the referral pathway with the front door team by 28th February.',
      'DECISION: The group agreed to trial the new form for three months.',
    ]);
    expect(doc.actions).toHaveLength(1);
    expect(people(doc.actions[0]!)).toEqual(['Tiernan Reilly', 'Aoife Byrne']);
    expect(dueMonth(doc.actions[0]!)).toBe('2020-02');
  });

  test('"Lead: Education (Name)" is owned by the named person', async () => {
    const doc = await readLines('rowan-executive-2017-03-01.txt', [
      'Rowan Safeguarding Children Board – Executive Group',
      'Minutes of the meeting held on 1 March 2017',
      'Present: Independent Chair – Maria Lowell; Business Manager – Pete Saunders',
      '',
      '1. School audits',
      'ACTION 2/17: Remind the schools that have not sent their audit.',
      'Lead: Education (Lena Morris)',
      'Timescale: End of March',
    ]);
    const a = findAction(doc.actions, /Remind the schools/);
    expect([people(a), dueMonth(a)]).toEqual([['Lena Morris'], '2017-03']);
  });
});

describe('a typed log with dotted initials and a key wrapped over lines', () => {
  test('the key names who the initials are; "Y 4/3" is done; "next mtg" is the next meeting named', async () => {
    const doc = await readLines('ashby-training-log-2012-02.txt', [
      'ASHBY SAFEGUARDING BOARD',
      'LEARNING SUB-GROUP - ACTION LOG',
      'As at 20 February 2012.  Next meeting: Tuesday 13 March 2012.',
      '',
      'NO.  DATE     ACTION                                  BY         TARGET      DONE',
      '---  -------  --------------------------------------  ---------  ----------  --------',
      '7    10/01/12 Collect the course evaluations from     R.T.       Feb 12      Y 4/3',
      '              the three localities',
      '8    10/01/12 Draft the learning bulletin for the     R.T./J.W.  next mtg',
      '              spring term',
      '',
      'Key to initials: R.T. - Rosa Tanner, Learning Officer; J.W. - James',
      'Wilkes, Workforce Lead. DONE: Y = done (with date); blank = open.',
    ]);
    const evals = findAction(doc.actions, /course evaluations/);
    expect([people(evals), evals.status]).toEqual([['Rosa Tanner'], 'done']);
    const bulletin = findAction(doc.actions, /learning bulletin/);
    expect([people(bulletin), bulletin.status, dueMonth(bulletin)]).toEqual([['Rosa Tanner', 'James Wilkes'], 'open', '2012-03']);
  });
});

describe('a plan whose header is merged over two rows, and a task list exported surname first', () => {
  test("the owner is the lead officer, the due the End timescale; a yearless week falls in the plan's financial year", async () => {
    const doc = await readLines('dunmore-delivery-plan-2025-26.csv', [
      'Dunmore Partnership Delivery Plan 2025/26,,,,,,',
      'Ref,Task,Responsibility,Responsibility,Timescale,Timescale,Progress',
      'Ref,Task,Agency,Lead officer,Start,End,Progress',
      '1.1,Refresh the early help offer,Council,Tamsin Boyd,Q1 2025/26,Q3 2025/26,Under way',
      '1.2,Audit the step-down cases,Health,Ravi Chandra,Q3 2025/26,w/c 9 Feb,Not started',
    ]);
    const offer = findAction(doc.actions, /early help offer/);
    expect([people(offer), dueMonth(offer)]).toEqual([['Tamsin Boyd'], '2025-12']);
    expect(dueMonth(findAction(doc.actions, /step-down cases/))).toBe('2026-02');
  });

  test('"Surname, Given" people in the owner column, two in a cell parted by a semicolon', async () => {
    const doc = await readLines('glenview-tasks.csv', [
      'ID,Title,Assigned To,Due Date,Task Status',
      '11,Update the escalation policy,"Munro, Callum;Reid, Fiona",3/31/2024,In Progress',
      '12,Arrange the practitioner forum,"Munro, Callum",6/14/2024,Not Started',
    ]);
    expect(people(findAction(doc.actions, /escalation policy/))).toEqual(['Callum Munro', 'Fiona Reid']);
    expect(people(findAction(doc.actions, /practitioner forum/))).toEqual(['Callum Munro']);
  });
});
