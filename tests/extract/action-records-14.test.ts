import { makeDocx } from '../helpers/make-files';
import { findAction as find, ownerPeople as people, readPaper as read, textPaper as text } from '../helpers/read-paper';

/**
 * Classes the fourteenth blind set found missed in minutes' actions, each on a paper written here in our own words for
 * invented boards: actions recorded as small forms (a task line, then its owner, date and status fields on the lines
 * after, under whatever labels the template uses), and earlier actions numbered by item or by year.
 */
describe('actions recorded as forms: a task line, then its fields', () => {
  test('"Task: / Responsible officer: / Target date: / Status:" paragraphs in a Word paper are one action each', async () => {
    const bytes = await makeDocx([
      { p: 'Pendlebrook Safeguarding Children Partnership' },
      { p: 'Neglect Sub-group – meeting of 4 March 2025' },
      { p: 'Attending: Tariq Mahmood (Chair), Neglect Lead; Joanne Pilling, Health Visiting; Ade Okafor, Probation; Wendy Marsh, Education' },
      { p: '1. Graded care profile roll-out' },
      { p: 'Members heard that uptake of the profile in health visiting teams is still low in the east of the borough.' },
      { p: 'Task: Arrange two further briefing sessions on the graded care profile for health visitors' },
      { p: 'Responsible officer: Joanne Pilling' },
      { p: 'Target date: 30/04/25' },
      { p: 'Status: Open' },
      { p: '2. Pre-sentence reports' },
      { p: 'Task: Probation to add a neglect prompt to the pre-sentence report template' },
      { p: 'Owner: Probation (Ade Okafor)' },
      { p: 'Target date: by the June meeting' },
      { p: 'Task: Circulate the school attendance dashboard to members' },
      { p: 'Owner: Wendy Marsh' },
      { p: 'Status: Complete' },
      { p: '3. Next meeting: 10 June 2025' },
    ]);
    const doc = await read('pendlebrook-neglect.docx', bytes);
    const gcp = find(doc.actions, /further briefing sessions/);
    expect(people(gcp)).toEqual(['Joanne Pilling']);
    expect(gcp.due).toBe('2025-04-30');
    expect(gcp.status).toBe('open');
    // The owner field names the agency and, in brackets, the person who will do it: the person owns it.
    const psr = find(doc.actions, /neglect prompt/);
    expect(people(psr)).toEqual(['Ade Okafor']);
    expect(psr.due).toBe('2025-06-10');
    const dash = find(doc.actions, /attendance dashboard/);
    expect(people(dash)).toEqual(['Wendy Marsh']);
    expect(dash.status).toBe('done');
    // The field lines are the records' own, not actions or owners of anything else.
    expect(doc.actions).toHaveLength(3);
  });

  test('"Agreed action:" then "Lead: X  Deadline: …" on one line: the lead owns it, not the agency the task names', async () => {
    const doc = await read(
      'saltmere-cpc.txt',
      text([
        'Saltmere Child Protection Committee',
        'Minute of meeting held on 12 September 2024',
        'Present: Kirsty Lamont (Chair); Insp Callum Reid, Police Scotland; Dr Hannah Moir, NHS Saltmere; Ewan Baird, Education',
        '',
        '1. Chronologies',
        'The single-agency chronology audit found gaps in police entries.',
        'Agreed action: Police Scotland to check how chronology entries are made on the new crime system.',
        'Lead: Insp Reid    Deadline: end of October',
        'Agreed action: a note for head teachers on when to start a chronology.',
        'Lead: Education (Ewan Baird)    Deadline: within 14 days',
        '',
        '2. Date of next meeting',
        'Thursday 5 December 2024.',
      ]),
    );
    const chron = find(doc.actions, /crime system/);
    expect(people(chron)).toEqual(['Callum Reid']);
    expect(chron.due?.slice(0, 7)).toBe('2024-10');
    const note = find(doc.actions, /head teachers/);
    expect(people(note)).toEqual(['Ewan Baird']);
    expect(note.due?.slice(0, 7)).toBe('2024-09');
    expect(doc.actions).toHaveLength(2);
  });

  test('"Action: / Owner: / Date:" lines, one record after another, and a record split by a page break', async () => {
    const doc = await read(
      'millbeck-exec.txt',
      text([
        'Millbeck Safeguarding Children Partnership – Executive Group',
        'Action notes, 3 July 2023',
        'Present: Priya Nair (Chair); Gareth Lowe; Fiona Etchells',
        '',
        '1. Annual report',
        'Action: Collate the agency returns for the annual report',
        'Owner: Gareth Lowe',
        'Date: 28/07/23',
        'Action: Book the launch event for the annual report',
        'Owner: Fiona Etchells',
        '\f',
        'Date: September meeting',
        '',
        '2. Next meeting: 18 September 2023',
      ]),
    );
    const returns = find(doc.actions, /agency returns/);
    expect(people(returns)).toEqual(['Gareth Lowe']);
    expect(returns.due).toBe('2023-07-28');
    const launch = find(doc.actions, /launch event/);
    expect(people(launch)).toEqual(['Fiona Etchells']);
    expect(launch.due?.slice(0, 7)).toBe('2023-09');
    expect(doc.actions).toHaveLength(2);
  });
});

describe('fields under a sentence with no label of its own', () => {
  test('"The Committee agreed that …" over "Lead officer: X  Timescale: …" is one action, the lead\'s; a title over its lead is none', async () => {
    const doc = await read(
      'kinloch-cpc.txt',
      text([
        'Kinloch Child Protection Committee',
        'Minute of meeting held on 3 March 2024',
        'Present: Morven Rae (Chair); Duncan Shaw, Social Work; Insp Gail Rennie, Police Scotland',
        '',
        '1. Chronologies',
        'Members discussed the audit. The Committee agreed that the chronology guidance be refreshed and shared with all teams.',
        'Lead officer: Duncan Shaw    Timescale: by the June meeting',
        'It was agreed that Insp Rennie would brief the response teams on the new IRD form.',
        'Lead: Insp Rennie    Timescale: end of April',
        '',
        '2. Neglect strategy',
        'Lead: Morven Rae',
        '',
        '3. Next meeting: 9 June 2024',
      ]),
    );
    const guidance = find(doc.actions, /chronology guidance/);
    expect(people(guidance)).toEqual(['Duncan Shaw']);
    expect(guidance.due).toBe('2024-06-09');
    const brief = find(doc.actions, /response teams/);
    expect(people(brief)).toEqual(['Gail Rennie']);
    expect(brief.due?.slice(0, 7)).toBe('2024-04');
    expect(doc.actions).toHaveLength(2);
  });
});

describe('earlier and new actions numbered by item or by year', () => {
  test('"Action point 2.3:" is an action numbered 2.3; "Action 19/07 (…) … carried forward to the June meeting" is due then', async () => {
    const doc = await read(
      'glasfryn-qa.txt',
      text([
        'GLASFRYN REGIONAL SAFEGUARDING BOARD – PERFORMANCE SUB-GROUP',
        'Minutes of the meeting held on 14 May 2019',
        'Present: Carys Pugh (Chair), Business Manager; Rhodri Bevan, Education; Sgt Eleri Vaughan, Police',
        '',
        '1. Minutes and action points',
        'The minutes were accepted. Action 19/07 (Rhodri Bevan to collect exclusion data from the secondary schools) has been delayed by the exam period and is carried forward to the June meeting. Action point 1.4 from March (Sgt Vaughan to confirm the number of missing episodes) is complete.',
        '',
        '2. Dataset',
        'Action point 2.3: Carys Pugh to redesign the quarterly dataset template by 31.5.19.',
        '',
        '3. Next meeting: 11 June 2019',
      ]),
    );
    const exclusion = find(doc.actions, /exclusion data/);
    expect(exclusion.ref).toBe('19/07');
    expect(exclusion.status).toBe('open');
    expect(exclusion.due).toBe('2019-06-11');
    const missing = find(doc.actions, /missing episodes/);
    expect(missing.ref).toBe('1.4');
    expect(missing.status).toBe('done');
    const dataset = find(doc.actions, /dataset template/);
    expect(dataset.ref).toBe('2.3');
    expect(people(dataset)).toEqual(['Carys Pugh']);
    expect(dataset.due).toBe('2019-05-31');
  });
});

describe('a council committee page: decisions that instruct a post, and an officer who undertook to do something', () => {
  test('"(2) to ask the Chief Officer to …" is the post\'s action; "(1) to note" is none; the Convener is the chair', async () => {
    const doc = await read(
      'dunmore-council-cpp.txt',
      text([
        'Dunmore Council',
        'Children and Young People Committee - Wednesday, 16 November 2022',
        'Minute of Meeting of the Children and Young People Committee held in Committee Room 2, Dunmore House on Wednesday 16 November 2022 at 2.00 pm.',
        '',
        'Present: Councillor Ishbel Grant (Convener); Councillor Ross Tait (Depute Convener); Councillors Aileen Brodie and Sandy Mowat.',
        '',
        'In attendance: Neil Strachan, Chief Officer, Children and Families; Karen Rollo, Head of Inclusion; Sean Doig, Committee Officer.',
        '',
        'Councillor Ishbel Grant in the Chair.',
        '',
        '1. Kinship Care Allowances',
        'There was submitted a report by the Chief Officer, Children and Families on kinship care allowances.',
        'Decision',
        'The Committee agreed:',
        '(1) to note the report; and',
        '(2) to ask the Chief Officer, Children and Families to bring a costed option for backdating allowances to the Committee in March 2023.',
        '',
        '2. Exclusions',
        'There was submitted a report by the Head of Inclusion. In response to a question from Councillor Mowat, the Head of Inclusion undertook to send members the exclusion figures for each secondary school by the end of December.',
        'Decision',
        'The Committee agreed:',
        '(1) to note the report; and',
        '(2) that the Convener write to the Minister about funding for the nurture bases.',
      ]),
    );
    const costed = find(doc.actions, /costed option/);
    expect(people(costed)).toEqual(['Neil Strachan']);
    expect(costed.due?.slice(0, 7)).toBe('2023-03');
    const figures = find(doc.actions, /exclusion figures/);
    expect(people(figures)).toEqual(['Karen Rollo']);
    expect(figures.due?.slice(0, 7)).toBe('2022-12');
    const letter = find(doc.actions, /write to the Minister/);
    expect(people(letter)).toEqual(['Ishbel Grant']);
    expect(doc.actions.filter((a) => /note the report/.test(a.text))).toEqual([]);
    expect(doc.actions).toHaveLength(3);
  });
});

describe('owners by title and Irish surname, agencies with their person, and school-year deadlines', () => {
  test('"Mr Ó Dochartaigh", "Ms Nic Amhlaoibh" are the people the attendance names; "Probation (Ms Quigley)" is Ms Quigley', async () => {
    const doc = await read(
      'lagan-fold-family-support.txt',
      text([
        'Lagan Fold Family Support Hub Steering Group',
        'Minutes of the meeting held on Tuesday 8 October 2024 at 10.00am',
        'Chair: Mr Séamus Ó Dochartaigh, Hub Co-ordinator',
        'Present: Ms Caitríona Nic Amhlaoibh, Education Authority; Ms Hazel Quigley, Probation Board; Mr Ivan Boyd, Housing Executive',
        '',
        '1. Referrals',
        'The minutes of September were noted; their approval will be sought at the November meeting.',
        'Action: Mr Ó Dochartaigh and Ms Nic Amhlaoibh to run a joint session for school principals before half term.',
        'Action: Probation (Ms Quigley) to check how many families on the waiting list have a parent under supervision, by w/e 18 October.',
        'Action: Mr Boyd to put up the Christmas hamper posters in the hostels before Halloween.',
        '',
        '2. Date of next meeting',
        'Tuesday 12 November 2024.',
      ]),
    );
    const session = find(doc.actions, /school principals/);
    expect(people(session)).toEqual(['Séamus Ó Dochartaigh', 'Caitríona Nic Amhlaoibh']);
    // The first half term after an October meeting is October's.
    expect(session.due?.slice(0, 7)).toBe('2024-10');
    const waiting = find(doc.actions, /waiting list/);
    expect(people(waiting)).toEqual(['Hazel Quigley']);
    expect(waiting.due).toBe('2024-10-18');
    expect(find(doc.actions, /hamper posters/).due).toBe('2024-10-31');
    // Approving minutes is a decision, even put off: not an action.
    expect(doc.actions.filter((a) => /approval/.test(a.text))).toEqual([]);
    expect(doc.actions).toHaveLength(3);
  });

  test('a previous action "Done – sent 3 May" has no due date; "Before half term" in a date column is the next half term', async () => {
    const bytes = await makeDocx([
      { p: 'Tregarth Regional Safeguarding Board – Education Sub-group' },
      { p: 'Note of the meeting held on 27 November 2024' },
      { p: 'Present: Nia Rowlands (Chair), Owain Jenkins, Sioned Price' },
      { p: 'Previous actions' },
      {
        table: [
          ['Ref', 'Action', 'Lead', 'Update'],
          ['E24/09', 'Send the anti-bullying survey to every secondary school', 'Owain Jenkins', 'Done – sent 3 May'],
          ['E24/11', 'Collect the elective home education numbers', 'Sioned Price', 'Ongoing – now the January meeting'],
        ],
      },
      { p: 'New actions' },
      {
        table: [
          ['Ref', 'Action', 'Lead', 'By when'],
          ['E24/14', 'Share the attendance dashboard with head teachers', 'Nia Rowlands', 'Before half term'],
        ],
      },
      { p: 'Next meeting: 22 January 2025' },
    ]);
    const doc = await read('tregarth-education.docx', bytes);
    const survey = find(doc.actions, /anti-bullying survey/);
    expect(survey.status).toBe('done');
    expect(survey.due).toBeNull();
    expect(find(doc.actions, /home education/).due?.slice(0, 7)).toBe('2025-01');
    expect(find(doc.actions, /attendance dashboard/).due?.slice(0, 7)).toBe('2025-02');
  });
});
