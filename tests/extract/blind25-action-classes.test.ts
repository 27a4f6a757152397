import ExcelJS from 'exceljs';

import type { ExtractedAction } from '../../src/extract/model';
import { dueMonth, findAction, libraryActions, readLines } from '../helpers/read-paper';

/**
 * Classes the twenty-fifth blind set found missed in actions, each on a paper written here in our own words for an
 * invented board: an action label whose bracket gives who and when as fields ("Action (owner: XX; by: when) – task"), a
 * status cell that says when the action is now due; action lines set out with dot leaders between task, owner and when;
 * a tracker kept one row per owner (a shared action repeated for each owner, with the same number); and a log with an
 * agency column beside the named lead, where a row with no lead is the agency's.
 */
const who = (a: { owners: { written: string }[] }) => a.owners.map((o) => o.written);

describe('"Action (owner: …; by: …) – task" lines', () => {
  const minutes = [
    'Eastmere Community Health Trust',
    'Safeguarding Assurance Group',
    'Minutes of the meeting held on 12 March 2019',
    'Present: Owen Pryce (OP), Chair; Lena Hart (LH); Sam Idris (SI)',
    '',
    '1. Action log',
    'No.\tAction\tOwner\tPosition at 12.03.19',
    '19/02\tUpdate the domestic abuse policy\tLH\tIn progress – now due May 19',
    '',
    '2. Training',
    'Level 3 compliance in maternity has dropped again.',
    'Action (owner: SI; by: Jun 19) – Present a recovery plan for level 3 training in maternity.',
    'Action (owner: RTo; by: 30.04.19) – Send the audit results to the Group.',
    'Action (owner: LH / SI; by: next meeting) – Agree a template for the quarterly audit.',
    '',
    'Date of next meeting',
    'Tuesday 14 May 2019',
  ];

  test('the bracket gives the owners and the due; the task follows the dash', async () => {
    const { actions } = await readLines('eastmere-sag-2019-03-12.txt', minutes);
    const plan = findAction(actions, /recovery plan/);
    expect(who(plan)).toEqual(['SI']);
    expect(dueMonth(plan)).toBe('2019-06');
    const template = findAction(actions, /template for the quarterly audit/);
    expect(who(template)).toEqual(['LH', 'SI']);
    expect(template.due).toBe('2019-05-14');
    // Initials told apart by a small letter are an owner's even where the attendance does not list them.
    expect(who(findAction(actions, /audit results/))).toEqual(['RTo']);
    expect(dueMonth(findAction(actions, /audit results/))).toBe('2019-04');
  });

  test('a status that says "now due" a month and a two-digit year gives the due', async () => {
    const { actions } = await readLines('eastmere-sag-2019-03-12.txt', minutes);
    expect(dueMonth(findAction(actions, /domestic abuse policy/))).toBe('2019-05');
  });
});

describe('action lines with dot leaders between task, owner and when', () => {
  const minute = [
    'KILDRUM CHILD PROTECTION COMMITTEE',
    'MINUTE OF MEETING HELD ON 3 MAY 2012',
    'PRESENT: Mr Neil Fraser (Chair) (NF), Mrs Ishbel Rae (IRa), Ms Isla Ross (IRo), Mr Tom Baird (TB)',
    '',
    '2. PROTOCOL REVIEW',
    'The Committee discussed the revised protocol.',
    'ACTION: Circulate the revised protocol to all schools ............ IRa .......... 31.05.12',
    'ACTION: Report the number of joint interviews held ............... TB / IRo ..... June CPC',
    'ACTION: Book a venue for the autumn seminar ....................... Chair ........ TBC',
    '',
    '3. DATE OF NEXT MEETING',
    '7 June 2012',
  ];

  test('each field is read by its place: the task, then the owners, then when', async () => {
    const { actions } = await readLines('kildrum-cpc-2012-05-03.txt', minute);
    const protocol = findAction(actions, /revised protocol to all schools/);
    expect(protocol.text).not.toMatch(/\.\.\./);
    expect(who(protocol)).toEqual(['IRa']);
    expect(dueMonth(protocol)).toBe('2012-05');
    const interviews = findAction(actions, /joint interviews/);
    expect(who(interviews)).toEqual(['TB', 'IRo']);
    expect(dueMonth(interviews)).toBe('2012-06');
    const venue = findAction(actions, /venue for the autumn seminar/);
    expect(who(venue)).toEqual(['Chair']);
    expect(venue.due).toBeNull();
  });
});

describe('an action list under its heading, each entry set out with dot leaders', () => {
  test('the entries need no "ACTION:" label: the heading says they are actions', async () => {
    const minute = [
      'LOCHAVEN CHILD PROTECTION COMMITTEE',
      'MINUTE OF MEETING HELD ON 10 OCTOBER 2012',
      'PRESENT: Mrs Ruth Orr (Chair) (RO), Mr Paul Kerr (PK), Ms Lena Moffat (LM)',
      '',
      '3. NEGLECT AUDIT',
      'The Committee considered the audit report.',
      '',
      'Actions',
      'Share the audit report with head teachers .................. PK .......... 31.10.12',
      'Arrange a briefing for health visitors ....................... LM / RO ..... December CPC',
      '',
      '4. DATE OF NEXT MEETING',
      '12 December 2012',
    ];
    const { actions } = await readLines('lochaven-cpc-2012-10-10.txt', minute);
    const share = findAction(actions, /audit report with head teachers/);
    expect(who(share)).toEqual(['PK']);
    expect(dueMonth(share)).toBe('2012-10');
    const briefing = findAction(actions, /briefing for health visitors/);
    expect(who(briefing)).toEqual(['LM', 'RO']);
    expect(dueMonth(briefing)).toBe('2012-12');
  });
});

describe('a tracker kept one row per owner', () => {
  test('a shared action repeated with the same number for each owner is one action per owner, each with its status', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tracker');
    ws.addRow(['Ref', 'Action', 'Owner', 'Due', 'Status']);
    ws.addRow(['P7', 'Nominate a lead for the neglect strategy', 'Ana Costa', '31/05/2025', 'Complete']);
    ws.addRow(['P7', 'Nominate a lead for the neglect strategy', 'Ben Okoro', '31/05/2025', 'Overdue']);
    ws.addRow(['P8', 'Publish the annual report', 'Cara Doyle', '30/06/2025', 'In progress']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const actions = await libraryActions('harrowfield-tracker-2025.xlsx', bytes);
    const lead = actions.filter((a) => /lead for the neglect strategy/.test(a.text));
    expect(lead.map((a) => [a.ref, a.owners.map((o) => o.written).join(), a.status]).sort()).toEqual([
      ['P7', 'Ana Costa', 'done'],
      ['P7', 'Ben Okoro', 'open'],
    ]);
    expect(actions).toHaveLength(3);
  });
});

describe('a log with an agency column beside the named lead', () => {
  const log = [
    'Raised,Theme,Action,Agency,Named lead,Due,Status',
    '02/09/21,Child K,Book a strategy meeting,Social care,Rhona Blake,10/09/21,Closed',
    '02/09/21,Child K,Offer a school nurse appointment,Health,,30/09/21,Open',
    '02/09/21,Hotspot,Report sightings of the blue van,All agencies,,ongoing,Open',
  ];

  test('the named lead owns the action; with no lead, the agency does (no lead taken from the row above)', async () => {
    const { actions } = await readLines('bramwick-panel-log-2021.csv', log);
    expect(who(findAction(actions, /strategy meeting/))).toEqual(['Rhona Blake']);
    expect(who(findAction(actions, /school nurse/))).toEqual(['Health']);
    expect(who(findAction(actions, /blue van/))).toEqual(['All agencies']);
  });

  test('"next panel" in a log that lists the panel dates above its header is the first of them after the row was raised', async () => {
    const dated = ['"Panel dates: 02/09/21, 07/10/21, 04/11/21"', log[0]!, '02/09/21,Child K,Share the chronology,Social care,Rhona Blake,next panel,Open'];
    const { actions } = await readLines('bramwick-panel-log-2021.csv', dated);
    expect(findAction(actions, /chronology/).due as ExtractedAction['due']).toBe('2021-10-07');
  });
});

describe('an action told in the notes and again in the closing table with first names only', () => {
  const note = [
    'Glenmorie Council',
    'Pastoral Care Network',
    'Note of the meeting held on 5 March 2014',
    'Attendance: as on the sign-in sheet kept by the clerk',
    '',
    '1. Transition plans',
    'Fiona Baird and Hector Muir will bring examples of transition plans that worked well, with names removed.',
    '',
    'Action points',
    'No.\tAction\tWho\tWhen',
    '1\tBring anonymised examples of good transition plans\tFiona / Hector\tMay meeting',
    '',
    'Next meeting: 7 May 2014',
  ];

  test('it is one action, the table’s, its first-name owners the people the notes name in full', async () => {
    const { actions } = await readLines('glenmorie-network-2014-03-05.txt', note);
    expect(actions.filter((a) => /transition plans/.test(a.text))).toHaveLength(1);
    const plans = findAction(actions, /transition plans/);
    expect(who(plans)).toEqual(['Fiona', 'Hector']);
    expect(plans.owners.map((o) => o.person?.name.display)).toEqual(['Fiona Baird', 'Hector Muir']);
  });
});

describe('a plural title before several surnames', () => {
  test('"Councillors A and B to …" gives the task to each councillor', async () => {
    const minutes = [
      'Penllyn County Council – Fostering Panel',
      'Minutes of the meeting held on 9 June 2022',
      'Present: Councillor Mair Hughes (Chair); Councillors Ieuan Pryce and Sian Lloyd',
      '3. Recruitment',
      'Action: Councillors Pryce and Lloyd to visit the foster carers’ support group in July.',
      'Date of next meeting: 8 September 2022',
    ];
    const { actions } = await readLines('penllyn-fostering-2022-06-09.txt', minutes);
    const visit = findAction(actions, /support group/);
    expect(who(visit)).toEqual(['Councillor Pryce', 'Councillor Lloyd']);
    expect(dueMonth(visit)).toBe('2022-07');
  });
});

describe('action notes that put when after a dash', () => {
  test('"X to … - before next panel", "- by the next MACE": the next meeting is when; the task stops at the dash', async () => {
    const notes = [
      'Ashcombe Exploitation Panel',
      'Notes of the meeting held on 3 October 2019',
      'Present: Sam Reid (Chair), Tara Nolan, Uma Shah',
      '',
      '1. Young person C',
      'Concerns about missing episodes were discussed.',
      '- Tara Nolan to arrange a health review - before next panel',
      '- Uma Shah to share the school timetable - by the next MACE',
      '',
      '2. Date of next meeting',
      '7 November 2019',
    ];
    const { actions } = await readLines('ashcombe-panel-2019-10-03.txt', notes);
    const review = findAction(actions, /health review/);
    expect(review.text).not.toMatch(/panel/);
    expect(review.due).toBe('2019-11-07');
    expect(findAction(actions, /school timetable/).due).toBe('2019-11-07');
  });
});
