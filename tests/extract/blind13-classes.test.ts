import { makeDocx, makeXlsx } from '../helpers/make-files';
import { findAction as find, libraryActions, ownerPeople as people, readPaper as read, textPaper as text } from '../helpers/read-paper';

/**
 * Classes the thirteenth blind set found misread in action tables, each on a paper written here in our own words for
 * invented boards: owners written with their agency, by e-mail or surname first, or as a post the paper names the holder
 * of; rows that lost a merged cell; a header over two rows; rows that are no action.
 */
describe('owners written with their agency, by address, surname first, or as a post', () => {
  test('"Agency – person" and "Post – person" owners are the person; the words before the dash say where they work', async () => {
    const doc = await read(
      'corrieburn-tracker.csv',
      text([
        'Ref;Action;Agency – lead;Due;Status',
        'CB-1;Rewrite the joint briefing on bruising in babies;Police Scotland – DS Ailsa Munro;May-26;Open',
        'CB-2;Send the quarterly register figures to members;Social Work – Callum Ferrie;Jun-26;Open',
        'CB-3;Book the venue for the practitioner forum;CPC Lead Officer – Moira Tennant;Jul-26;Open',
        'CB-4;Confirm who will attend the case review panel;NHS Corrieburn – Dr Eilidh Strachan;Aug-26;Open',
      ]),
    );
    expect(people(find(doc.actions, /bruising/))).toEqual(['Ailsa Munro']);
    expect(people(find(doc.actions, /register figures/))).toEqual(['Callum Ferrie']);
    expect(people(find(doc.actions, /venue/))).toEqual(['Moira Tennant']);
    expect(find(doc.actions, /venue/).owners[0]!.person?.title).toBe('CPC Lead Officer');
    expect(people(find(doc.actions, /case review/))).toEqual(['Eilidh Strachan']);
  });

  test('a post before a dash with no name after it stays the post ("Head of Service – Early Help")', async () => {
    const doc = await read(
      'corrieburn-plan.csv',
      text([
        'Ref,Action,Lead,Due',
        '1,Map the early help offer across the three localities,Head of Service – Early Help,Sep-26',
        '2,Publish the map,All members,Oct-26',
      ]),
    );
    expect(find(doc.actions, /Map the early help/).owners.map((o) => [o.written, o.kind])).toEqual([['Head of Service – Early Help', 'role']]);
  });

  test('an e-mail address as owner is the person it spells, the one the members list names', async () => {
    const bytes = await makeXlsx({
      Log: [
        ['Ref', 'Action', 'Owner', 'Due', 'Comments'],
        ['L1', 'Circulate the revised escalation leaflet to all schools', 'bethan.morgan@dyffryn.gov.uk', '2026-03-31', ''],
        ['L2', 'Collect figures on strategy meetings held within three days', 'iwan.rees@dyffryn.police.uk; bethan.morgan@dyffryn.gov.uk', '2026-04-30', ''],
      ],
      Members: [
        ['Name', 'Organisation', 'E-mail'],
        ['Bethan Morgan', 'Dyffryn Council – Education', 'bethan.morgan@dyffryn.gov.uk'],
        ['DS Iwan Rees', 'Dyffryn Police', 'iwan.rees@dyffryn.police.uk'],
      ],
    });
    const actions = await libraryActions('dyffryn-log.xlsx', bytes);
    expect(find(actions, /escalation leaflet/).owners.map((o) => o.display)).toEqual(['Bethan Morgan']);
    expect(find(actions, /strategy meetings/).owners.map((o) => o.display)).toEqual(['Iwan Rees', 'Bethan Morgan']);
  });

  test('"Surname, Given" is one person; "Police, Health" and two given names stay two owners', async () => {
    const bytes = await makeXlsx({
      Tracker: [
        ['No.', 'Action', 'Lead', 'Target'],
        ['1', 'Agree the front door screening form with all partners', 'Lindqvist, Harriet', '2026-05-31'],
        ['2', 'Audit twenty contacts against the screening form', 'Lindqvist, Harriet / Oduya, Samuel', '2026-07-31'],
        ['3', 'Share the audit findings with the schools forum', 'Police, Health', '2026-09-30'],
      ],
    });
    const doc = await read('marwick-tracker.xlsx', bytes);
    expect(people(find(doc.actions, /screening form with/))).toEqual(['Harriet Lindqvist']);
    expect(people(find(doc.actions, /twenty contacts/))).toEqual(['Harriet Lindqvist', 'Samuel Oduya']);
    expect(find(doc.actions, /audit findings/).owners.map((o) => o.written)).toEqual(['Police', 'Health']);
  });

  test('a post resolves to the holder a closing note names ("Post: Name." sentences, or "Leads:" after another note)', async () => {
    const bytes = await makeDocx([
      { p: 'Westerholm Safeguarding Partnership – learning review action plan' },
      { p: 'Columns: Ref = plan reference. Leads: Partnership Manager – Tamsin Okoro; Workforce Development Officer – Gregor Laing.' },
      {
        table: [
          ['Ref', 'Action', 'Lead', 'By when', 'Status'],
          ['R1', 'Write a seven-minute briefing on the review for front-line staff', 'Partnership Manager', 'March 2026', 'On track'],
          ['R2', 'Add the review findings to the neglect course', 'Workforce Development Officer', 'May 2026', 'Not started'],
          ['R3', 'Test the new escalation route with two hospital wards', 'Quality Sub-group chair', 'June 2026', 'Not started'],
        ],
      },
      { p: 'Quality Sub-group chair: Torcuil Ashby. Plan kept by the business unit.' },
    ]);
    const actions = await libraryActions('westerholm-plan.docx', bytes);
    expect(find(actions, /seven-minute/).owners.map((o) => o.display)).toEqual(['Tamsin Okoro']);
    expect(find(actions, /neglect course/).owners.map((o) => o.display)).toEqual(['Gregor Laing']);
    expect(find(actions, /escalation route/).owners.map((o) => o.display)).toEqual(['Torcuil Ashby']);
  });
});

test('an initial and an Irish surname with its particle ("S Nic Amhlaoibh") is the attendee of that name', async () => {
  const doc = await read(
    'drumcree-panel-2026-03-04.txt',
    text([
      'Drumcree Safeguarding Panel',
      'Minutes of the meeting held on Wednesday 4 March 2026',
      '',
      'Present:',
      'Mr Peadar Lavery – Social Services (Chair)',
      'Ms Sorcha Nic Amhlaoibh – Education Authority',
      'Mrs Una Corr – Health Visiting',
      '',
      '1. Action log',
      'The log was reviewed.',
      '',
      'Action log',
      'Ref\tAction\tResponsible\tTarget date\tStatus',
      '26/01\tSend the revised attendance protocol to all primary schools\tS Nic Amhlaoibh\t31.03.26\tNew',
      '26/02\tBring the health visiting caseload figures to the next meeting\tU Corr\t30.04.26\tNew',
    ]),
  );
  expect(people(find(doc.actions, /attendance protocol/))).toEqual(['Sorcha Nic Amhlaoibh']);
});

describe('table shapes', () => {
  test('a row whose merged first cell is given only on the row above is read with its cells in their own columns', async () => {
    // As Word gives a vertically merged "Meeting" cell: once, on the first of its rows.
    const bytes = await makeDocx([
      { p: 'Action log' },
      {
        table: [
          ['Meeting', 'Ref', 'Action', 'Owner', 'Due', 'Status'],
          ['02.02.26', '26/01', 'Circulate the new missing children protocol to residential homes', 'K Farrelly', '27.02.26', 'Completed'],
          ['26/02', 'Seek the hospital figures for unborn baby referrals', 'T Breslin', '30.03.26', 'Open'],
          ['26/03', 'Arrange a workshop on adolescent neglect', 'N Coyle / B Ward', 'May 2026', 'Ongoing'],
        ],
      },
    ]);
    const doc = await read('lough-erne-log.docx', bytes);
    const hospital = find(doc.actions, /hospital figures/);
    expect(hospital.owners.map((o) => o.written)).toEqual(['T Breslin']);
    expect(hospital.due).toBe('2026-03-30');
    expect(find(doc.actions, /adolescent neglect/).owners.map((o) => o.written)).toEqual(['N Coyle', 'B Ward']);
  });

  test('the same log saved as text (a leading tab for the merged cell) reads the same', async () => {
    const doc = await read(
      'lough-erne-log.txt',
      text([
        'Action log',
        'Meeting\tRef\tAction\tOwner\tDue\tStatus',
        '02.02.26\t26/01\tCirculate the new missing children protocol to residential homes\tK Farrelly\t27.02.26\tCompleted',
        '\t26/02\tSeek the hospital figures for unborn baby referrals\tT Breslin\t30.03.26\tOpen',
        '\t26/03\tArrange a workshop on adolescent neglect\tN Coyle / B Ward\tMay 2026\tOngoing',
      ]),
    );
    expect(find(doc.actions, /hospital figures/).owners.map((o) => o.written)).toEqual(['T Breslin']);
    expect(find(doc.actions, /adolescent neglect/).due).toBe('2026-05-31');
  });

  test('a header over two rows ("Lead" over "Agency | Officer", "Timescale" over "Start | End") gives the officer and the end date', async () => {
    const doc = await read(
      'fellbridge-plan.txt',
      text([
        'Fellbridge Safeguarding Children Board – business plan',
        '',
        '\t\tLead\t\tTimescale\t\t',
        'Ref\tAction\tAgency\tOfficer\tStart\tEnd\tStatus',
        'P1\tRun a neglect awareness week for schools\tFellbridge Council\tOlwen Castell\tSep 25\tNov 2025\tAchieved',
        'P2\tAgree a pre-birth assessment pathway with midwifery\tFellbridge Hospitals\tDr Rhona Vickers\tOct 25\tMar 26\tIn progress',
      ]),
    );
    const week = find(doc.actions, /awareness week/);
    expect(week.owners.map((o) => o.written)).toEqual(['Olwen Castell']);
    expect(week.due).toBe('2025-11-30');
    expect(find(doc.actions, /pre-birth/).due).toBe('2026-03-31');
  });
});

describe('rows that are no action', () => {
  test('"No further actions", a totals row and numbered outcome rows spanning the table are not actions', async () => {
    const bytes = await makeXlsx({
      Plan: [
        ['No.', 'Outcome / action', 'Lead', 'Target', 'Update'],
        [
          '1',
          'Outcome 1: families get help before problems grow',
          'Outcome 1: families get help before problems grow',
          'Outcome 1: families get help before problems grow',
          'Outcome 1: families get help before problems grow',
        ],
        ['1.1', 'Open two more family hubs in the east of the borough', 'Marguerite Essien', '2026-06-30', 'Sites chosen'],
        ['1.2', 'Train hub staff in the family support assessment', 'Marguerite Essien', '2026-09-30', 'Not started'],
        ['', 'Item 4 (budget report) – no further actions', '', '', ''],
        ['', 'No further actions', '', '', ''],
        ['', 'Totals: 2 actions', '', '', '1 in progress, 1 not started'],
      ],
    });
    const doc = await read('ashgrove-plan.xlsx', bytes);
    expect(doc.actions.map((a) => a.ref)).toEqual(['1.1', '1.2']);
  });

  test('a yes/no answer in a column whose header mentions an action plan is no action', async () => {
    const doc = await read(
      'pendle-returns.csv',
      text([
        'Agency,Return received,Standards met,Agency action plan attached,Lead contact,Challenge date',
        'Pendle Vale Police,04/03/2025,8,No – not needed,DCI Hal Brody,14/05/2025',
        'Pendle Vale Council,06/03/2025,6,Yes,Imogen Sallis,21/05/2025',
        'Pendle Vale Probation,10/03/2025,7,No – not needed,Ruth Abara,21/05/2025',
      ]),
    );
    expect(doc.actions).toEqual([]);
  });
});

describe('where an action stands, and when it is due', () => {
  test('a tracker with an update column for each meeting: the newest filled update decides', async () => {
    const bytes = await makeXlsx({
      Tracker: [
        ['No.', 'Action', 'Lead', 'Target', 'Update Jun 2025', 'Update Sep 2025', 'Update Dec 2025'],
        ['1', 'Agree a shared chronology template with health visiting', 'Pilar Romero', '2025-09-30', 'Draft shared', 'Comments back from health', 'Complete'],
        ['2', 'Run two briefings on the chronology template for social workers', 'Pilar Romero', '2025-12-31', 'Complete', 'Second briefing postponed'],
        ['3', 'Audit twelve chronologies against the template', 'Kwame Asante', '2026-03-31', '', '', 'Audit tool drafted'],
      ],
    });
    const doc = await read('harlow-fen-tracker.xlsx', bytes);
    expect(find(doc.actions, /shared chronology/).status).toBe('done');
    expect(find(doc.actions, /two briefings/).status).toBe('open');
    expect(find(doc.actions, /twelve chronologies/).status).toBe('open');
  });

  test('a log with a "Date closed" column and no status: a date there closes the action', async () => {
    const bytes = await makeXlsx({
      Log: [
        ['Ref', 'Action', 'Owner', 'Due', 'Date closed', 'Comments'],
        ['DL/1', 'Send the neglect screening tool to all health visitors', 'Megan Rowlands', '2025-03-31', '2025-03-20', 'Tool attached to the newsletter'],
        ['DL/2', 'Confirm a date for the joint training day', 'Megan Rowlands', '2025-04-30', '', 'Two dates offered'],
      ],
    });
    const doc = await read('tywi-log.xlsx', bytes);
    expect(find(doc.actions, /screening tool/).status).toBe('done');
    expect(find(doc.actions, /joint training day/).status).toBe('open');
  });

  test('a tick in the status column is done; "On track" in the RAG column keeps an update that reads done open', async () => {
    const doc = await read(
      'ravensworth-tracker.csv',
      text([
        'Ref;Action;Lead;Due;Status;RAG;Update',
        'RV-1;Publish the revised threshold document on the partnership site;Saoirse Lynch;Mar-26;✓;;Live from 3 March',
        'RV-2;Hold the annual practitioner conference;Saoirse Lynch;Jun-26;;On track;Booked for 12 June; speakers confirmed.',
      ]),
    );
    expect(find(doc.actions, /threshold document/).status).toBe('done');
    expect(find(doc.actions, /practitioner conference/).status).toBe('open');
  });

  test('dues written "w/c 09/06" (after the date raised) and "2026/27 Q3" (a financial year, then its quarter)', async () => {
    const doc = await read(
      'kilbride-tracker.csv',
      text([
        'Ref,Date raised,Action,Lead,Due',
        'K1,19/02/2026,Draft the learning review briefing for schools,Innes Galbraith,w/c 09/06',
        'K2,19/02/2026,Commission an audit of repeat referrals,Innes Galbraith,2026/27 Q3',
      ]),
    );
    expect(find(doc.actions, /learning review briefing/).due).toBe('2026-06-09');
    expect(find(doc.actions, /repeat referrals/).due).toBe('2026-12-31');
  });
});
