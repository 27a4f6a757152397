import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedAction, ExtractedDocument } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';

/**
 * Action lists and prose actions the tenth blind set found misread, each on a paper written here in our own words for an
 * invented board: checkbox lists, bullets grouped under agency headings with the owners in brackets, "task (Owner) – when"
 * action lines, prose that retells a listed action, and earlier actions reported on in the matters arising.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };

async function read(lines: string[], name = 'paper.txt'): Promise<ExtractedDocument> {
  const doc = await readBuffer(name, Buffer.from(lines.join('\n'), 'utf8'), LIMITS);
  return extractDocument(doc.blocks, name);
}

const owners = (a: ExtractedAction | undefined) => (a ? a.owners.map((o) => o.person?.name.display ?? o.written) : null);
const find = (doc: ExtractedDocument, words: string) => doc.actions.find((a) => a.text.includes(words));

describe('a checkbox list of follow-up tasks, and prose in the items that retells them', () => {
  const notes = [
    'Dunmere Safeguarding Partnership',
    'Early Help Subgroup – notes',
    '',
    'Thursday 12 June 2025, 14:00–15:30 (online)',
    '',
    'Attended: Ffion Marsh, Early Help Manager (chair); Kwame Ansah, School Nurse Lead; Ruby Tran, Family Hub Coordinator; Oscar Pell, Partnership Officer (notes)',
    'Apologies: Dee Corran, Youth Service',
    '',
    'Family hub leaflets',
    'The leaflets need translating before the summer. Ruby to find a translator.',
    '',
    'School nursing referrals',
    'Referrals have risen by a fifth. Kwame and Ruby will compare the referral routes.',
    '',
    'Follow-up tasks',
    '☐ Ruby – commission a translator for the family hub leaflets – by 18 July',
    '☐ Kwame / Ruby – compare the two referral routes and report back – next meeting',
    '☐ Oscar – update the subgroup membership list',
    'Done since the last meeting',
    '☑ Ffion – Early help dashboard summary – shared with members today',
    '',
    'Next meeting: Thursday 11 September 2025, 14:00, online.',
  ];

  it('reads each checkbox line as an action: owners before the first dash, the task, the date after the second dash', async () => {
    const doc = await read(notes);
    const translator = find(doc, 'translator for the family hub leaflets');
    expect(owners(translator)).toEqual(['Ruby Tran']);
    expect(translator?.due).toBe('2025-07-18');
    const routes = find(doc, 'compare the two referral routes');
    expect(owners(routes)).toEqual(['Kwame Ansah', 'Ruby Tran']);
    expect(routes?.due).toBe('2025-09-11');
    expect(owners(find(doc, 'subgroup membership list'))).toEqual(['Oscar Pell']);
  });

  it('reads a ticked box as a done action', async () => {
    const dashboard = find(await read(notes), 'dashboard summary');
    expect(owners(dashboard)).toEqual(['Ffion Marsh']);
    expect(dashboard?.status).toBe('done');
  });

  it('keeps one action where the prose in an item told what the list gives', async () => {
    const doc = await read(notes);
    expect(doc.actions).toHaveLength(4);
  });
});

describe('closing action bullets grouped under agency headings, owners in brackets', () => {
  const minutes = [
    'ASHBROOK SAFEGUARDING CHILDREN PARTNERSHIP',
    'Missing Children Sub-group',
    '',
    'Minutes – Wednesday 9 June 2021, 10:00 – 11:30, Teams',
    '',
    'Attendees',
    'DS Mark Yardley, Ashbrook Police (Chair)',
    'Priti Lal, Missing Coordinator, Children’s Services',
    'Hugh Benn, Named Nurse, Ashbrook Community Trust',
    'Sara Kent, Attendance Lead, Education',
    '',
    'Apologies',
    'Lola Vance, Youth Service',
    '',
    '1. Return interviews',
    'Priti reported that most return interviews happened within three days.',
    '',
    '2. Health',
    'Hugh described the new flag on the hospital record.',
    '',
    'Actions',
    'Police',
    '• Share the monthly missing episodes report with the coordinator (DS Yardley / Priti Lal) – July meeting',
    'Health',
    '• Confirm when the hospital flag goes live (Hugh Benn) – ongoing',
    'Education',
    '• Send the children missing education figures to the sub-group (Sara Kent) – 30/06/21',
    '',
    'Date of next meeting: Wednesday 14 July 2021, 10:00, Teams.',
  ];

  it('gives each bullet the people in its brackets and the date after its dash, never the agency heading', async () => {
    const doc = await read(minutes);
    const report = find(doc, 'monthly missing episodes report');
    expect(owners(report)).toEqual(['Mark Yardley', 'Priti Lal']);
    expect(report?.due).toMatch(/^2021-07/);
    const flag = find(doc, 'hospital flag goes live');
    expect(owners(flag)).toEqual(['Hugh Benn']);
    expect(flag?.due).toBeNull();
    expect(find(doc, 'missing education figures')?.due).toBe('2021-06-30');
    expect(doc.actions.map((a) => a.text)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:Police|Health|Education)$/)]));
    expect(doc.actions).toHaveLength(3);
  });
});

describe('"ACTION: task (Owner) – when" lines', () => {
  const notes = [
    'KESTON LOCAL SAFEGUARDING CHILDREN BOARD',
    'Training Sub-Group',
    '',
    'Notes of meeting: Tuesday 9th October 2012, 2pm, Room 4, Keston House',
    '',
    'Those present: Ivy Noakes, Training Officer (Chair); Carl Fenn (Keston Police); Beth Oduya, Designated Nurse; Tom Rudd (Schools).',
    '',
    '1. Course evaluations',
    '1.1 Ivy reported that the evaluations were positive.',
    'ACTION: Summarise the evaluations for the Board (Ivy Noakes) – December meeting',
    '',
    '2. Police input',
    'ACTION: Find a trainer for the police module (Carl Fenn / Tom Rudd) – end of November',
    '',
    'Date of next meeting: Tuesday 11th December 2012, 2pm.',
  ];

  it('takes the owners from the brackets and the date from after the dash', async () => {
    const doc = await read(notes);
    const summary = find(doc, 'Summarise the evaluations');
    expect(owners(summary)).toEqual(['Ivy Noakes']);
    expect(summary?.due).toMatch(/^2012-12/);
    expect(summary?.text).not.toContain('Ivy Noakes');
    const trainer = find(doc, 'trainer for the police module');
    expect(owners(trainer)).toEqual(['Carl Fenn', 'Tom Rudd']);
    expect(trainer?.due).toBe('2012-11-30');
  });
});

describe('earlier actions reported on in the matters arising', () => {
  const notes = [
    'TARNBY CHILDREN’S SERVICES IMPROVEMENT BOARD',
    '',
    'Notes of the meeting held on Monday 6 March 2017, 10am to 12pm',
    '',
    'Board members present',
    'Nina Kerr, Independent Chair (Chair)',
    'Paul Oakes, Director of Children’s Services',
    'Rita Voss, Chief Nurse',
    'Supt Gail Munro, Tarnby Police',
    '',
    'In attendance',
    'Sam Idris, Head of Performance',
    '',
    '1. Notes of 6 February 2017 and matters arising',
    'The notes were agreed. The action for Paul Oakes to circulate the revised practice standards was completed on 20 February.',
    'Action 3 from February (Rita Voss to audit the health chronologies) is complete; the audit was shared with members.',
    'All other actions are complete except action 5 (Head of Performance to add the missing-episode measures to the scorecard), which remains open.',
    'Action: Carry forward action 5 – Head of Performance.',
    '',
    '2. Front door',
    'Sam Idris presented the refreshed scorecard (Action 4, complete).',
    'Rita Voss and Supt Munro would jointly review the strategy meeting records and report back to the Board in May.',
    'Paul Oakes agreed to bring the workforce plan to the next Board.',
    '',
    'Date of next meeting: Monday 3 April 2017, 10am.',
  ];

  it('reads "the action for X to …" and "action N (X to …)" as that action, done or still open as the sentence says', async () => {
    const doc = await read(notes);
    const standards = find(doc, 'circulate the revised practice standards');
    expect(owners(standards)).toEqual(['Paul Oakes']);
    expect(standards?.status).toBe('done');
    const audit = find(doc, 'audit the health chronologies');
    expect(owners(audit)).toEqual(['Rita Voss']);
    expect(audit?.status).toBe('done');
    const scorecard = find(doc, 'missing-episode measures');
    expect(owners(scorecard)).toEqual(['Sam Idris']);
    expect(scorecard?.status).toBe('open');
  });

  it('reads "carry forward action N – owner" as the earlier action, not a new one, and a pointer to the log as no action', async () => {
    const doc = await read(notes);
    expect(doc.actions.filter((a) => /carry forward/i.test(a.text))).toEqual([]);
    expect(doc.actions.filter((a) => /presented the refreshed scorecard/.test(a.text))).toEqual([]);
  });

  it('gives a joint review to both people and reads "the next Board" as the next meeting', async () => {
    const doc = await read(notes);
    const joint = find(doc, 'review the strategy meeting records');
    expect(owners(joint)).toEqual(['Rita Voss', 'Gail Munro']);
    expect(joint?.due).toMatch(/^2017-05/);
    expect(find(doc, 'workforce plan')?.due).toBe('2017-04-03');
  });
});

describe('a resolution opened by "RESOLVED – That" with its clauses numbered on the lines below', () => {
  const minutes = [
    'Calderbrook Borough Council',
    '',
    'Minutes',
    "Children's Services Scrutiny Panel",
    'Wednesday, 15th March, 2017 7.00 pm',
    '',
    'Present: Councillor Hugh Barr (Chair); Councillors Mia Lowe, Ravi Sethi and Edna Pike',
    'Officers: Ola Ferris (Director of Children’s Services), Ken Abbot (Head of Early Help)',
    '',
    '12.   Early Help Annual Report',
    'Minutes:',
    'The Head of Early Help presented the report.',
    'RESOLVED – That',
    '(1) the report be noted;',
    '(2) the Chair write to the Cabinet Member before the end of April about the waiting list;',
    '(3) the Head of Early Help circulate the locality figures to Members before the next meeting.',
    '',
    '13.   Date of Next Meeting',
    'Minutes:',
    'RESOLVED – That the next meeting be held on Wednesday, 14th June, 2017 at 7.00 pm.',
  ];

  it('reads each clause that tasks a role as an action of that role, and the noting as none', async () => {
    const doc = await read(minutes);
    expect(owners(find(doc, 'write to the Cabinet Member'))).toEqual(['Hugh Barr']);
    expect(owners(find(doc, 'circulate the locality figures'))).toEqual(['Ken Abbot']);
    expect(find(doc, 'report be noted')).toBeUndefined();
  });
});

describe('an action of two roles joined by "and"', () => {
  const note = [
    'WESTMUIR PUBLIC PROTECTION CHIEF OFFICERS GROUP',
    '',
    'Note of meeting – Thursday 8th December 2022, 2pm',
    '',
    'Attending:',
    'Anne Lyle, Chief Executive, Westmuir Council (Chair)',
    'Colin Pratt, Chief Social Work Officer, Westmuir Council',
    'Ch Supt Fay Dunn, Divisional Commander, Police Scotland',
    'Iain Moir, Lead Officer, Child Protection',
    '',
    '1. Joint inspection',
    'Summary: Members discussed the inspection findings.',
    'Action: Chief Social Work Officer and Divisional Commander to bring a joint improvement plan to the March COG.',
    '',
    'Date of next meeting: Thursday 9th March 2023, 2pm.',
  ];

  it('gives the action to each role, and each role to the person who holds it', async () => {
    const plan = find(await read(note), 'joint improvement plan');
    expect(owners(plan)).toEqual(['Colin Pratt', 'Fay Dunn']);
  });
});

describe('an action log copied from a PDF with every cell on a line of its own', () => {
  const minutes = [
    'MOURNE VALLEY AREA CHILD PROTECTION COMMITTEE',
    '',
    'MINUTES OF MEETING HELD ON TUESDAY 8TH MARCH 2011 AT 2.00 PM',
    '',
    'PRESENT:',
    'Ms Orla Quinn – Assistant Director, Family Support (Chair) (OQ)',
    'Mr Brendan Tully – Education Welfare Service (BT)',
    'Mrs Gráinne Lavery – Named Nurse (GL)',
    '',
    '1. TRAINING',
    'BT to book the venue for the spring training day by 25th March. [ACTION: BT]',
    '',
    '2. DATE OF NEXT MEETING',
    'Tuesday 7th June 2011 at 2.00 pm.',
    '',
    'ACTION LOG – updated following meeting of 8th March 2011',
    'No.',
    'Action',
    'Lead',
    'Target Date',
    'Status',
    '1',
    'Revise the case conference leaflet',
    'GL',
    '31/01/2011',
    'Complete',
    '2',
    'Book venue for spring training day',
    'BT',
    '25/03/2011',
    'Open',
    '3',
    'Audit core group minutes',
    'OQ/GL',
    '30/04/2011',
    'Open',
  ];

  it('reads each run of cells as a row of the log: owners, date and status from their own cells, one action per row', async () => {
    const doc = await read(minutes);
    const leaflet = find(doc, 'case conference leaflet');
    expect(owners(leaflet)).toEqual(['Gráinne Lavery']);
    expect(leaflet?.status).toBe('done');
    expect(leaflet?.due).toBe('2011-01-31');
    const audit = find(doc, 'core group minutes');
    expect(owners(audit)).toEqual(['Orla Quinn', 'Gráinne Lavery']);
    expect(audit?.due).toBe('2011-04-30');
    expect(doc.actions.filter((a) => /venue for the spring training day|venue for spring training day/.test(a.text))).toHaveLength(1);
    expect(doc.actions).toHaveLength(3);
  });
});

describe('a deadline followed by the meeting that wants what the task asks for', () => {
  it('keeps the deadline: the later meeting is when the request is answered, not when the task is due', async () => {
    const minutes = [
      'Calderbrook Borough Council',
      '',
      'Minutes',
      "Children's Services Scrutiny Panel",
      'Wednesday, 15th March, 2017 7.00 pm',
      '',
      'Present: Councillor Hugh Barr (Chair); Councillors Mia Lowe, Ravi Sethi and Edna Pike',
      '',
      '12.   Youth Justice Plan',
      'Minutes:',
      'RESOLVED – That (1) the plan be noted; (2) the Chair write to the Youth Justice Board before the end of April requesting figures on reoffending for the Panel’s July meeting.',
    ];
    const letter = find(await read(minutes), 'write to the Youth Justice Board');
    expect(letter?.due).toMatch(/^2017-04/);
  });
});
