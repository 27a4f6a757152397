import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedAction, ExtractedDocument } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';

/**
 * Classes of real papers the twelfth blind set showed, each on a short paper written here in our own words for an
 * invented board: the rule is for the layout or the phrasing, not for one paper.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };

async function read(lines: string[], name = 'paper.txt'): Promise<ExtractedDocument> {
  const doc = await readBuffer(name, Buffer.from(lines.join('\n'), 'utf8'), LIMITS);
  return extractDocument(doc.blocks, name);
}

const find = (doc: ExtractedDocument, words: string): ExtractedAction | undefined => doc.actions.find((a) => a.text.includes(words));
const ownerNames = (a: ExtractedAction | undefined) => (a?.owners ?? []).map((o) => o.person?.name.display ?? o.written);

describe('minutes with Word list numbering saved as text: "3.2<tab>ACTION: …" is a numbered paragraph, not a table row', () => {
  const head = [
    'Brackenfold Safeguarding Children Partnership',
    'Quality Assurance Group – Minutes',
    'Date: 14th March 2012   Time: 10.00am   Venue: Room 2, Brackenfold Civic Offices',
    'Present: Helen Marsh (Chair), Head of Quality Assurance; Owen Pryce, Detective Inspector; Lucy Tanner, Named Nurse; ' +
      'Graham Wilde, Partnership Business Manager',
    'Apologies: Fiona Keyes, Education Safeguarding Lead',
  ];
  const body = (numbered: boolean) => [
    `${numbered ? '1.\t' : ''}Welcome`,
    '1.1\tThe Chair opened the meeting and noted the apologies.',
    `${numbered ? '2.\t' : ''}Notes of the previous meeting and matters arising`,
    '2.1\tThe notes were accepted as a true record.',
    '2.2\tOwen Pryce confirmed that the missing-from-home protocol had been sent to every school in February (action from January – complete).',
    `${numbered ? '3.\t' : ''}Multi-agency audit of neglect cases`,
    '3.1\tLucy Tanner presented the findings of the audit of twelve cases.',
    '3.2\tACTION: Lucy Tanner to share the audit report with the designated leads by 30th March.',
    `${numbered ? '4.\t' : ''}Dataset`,
    '4.1\tMembers noted that the health figures for the quarter were late.',
    '4.2\tACTION: Graham Wilde to add the health figures to the dataset before the next meeting.',
    `${numbered ? '5.\t' : ''}Date of next meeting`,
    '5.1\tWednesday 9th May 2012, 10.00am, Civic Offices.',
  ];

  it.each([
    ['item headings numbered', true],
    ['item headings printed without their numbers (a PDF)', false],
  ])('reads the numbered paragraphs as minutes (%s)', async (_label, numbered) => {
    const doc = await read([...head, ...body(numbered)]);
    const m = doc.meetings[0]!;
    expect(m.date).toBe('2012-03-14');
    expect(m.nextMeeting?.date).toBe('2012-05-09');
    const share = find(doc, 'share the audit report');
    expect(ownerNames(share)).toEqual(['Lucy Tanner']);
    expect(share?.due).toBe('2012-03-30');
    const dataset = find(doc, 'health figures to the dataset');
    expect(ownerNames(dataset)).toEqual(['Graham Wilde']);
    expect(dataset?.due).toBe('2012-05-09');
    // The numbers are the paragraphs', not the actions' wording.
    expect(doc.actions.every((a) => !/^\d/.test(a.text))).toBe(true);
  });

  it('an earlier action reported done, with "(action from January – complete)", is owned by who did it, and done', async () => {
    const doc = await read([...head, ...body(true)]);
    const sent = find(doc, 'missing-from-home protocol');
    expect(ownerNames(sent)).toEqual(['Owen Pryce']);
    expect(sent?.status).toBe('done');
  });
});

describe('a joint meeting of two boards, minuted as a "Minute | Action by" table', () => {
  const minutes = [
    'Tregaron Vale Safeguarding Boards',
    'Joint Meeting of the Tregaron Vale Safeguarding Children and Adults Boards',
    '7 March 2019, 1.30pm, Neuadd y Dref, Tregaron',
    'Present: Elin Parry (EP), Chair, Children’s Board; Gareth Hughes (GH), Chair, Adults’ Board; Menna Rowlands (MR), Head of Safeguarding; ' +
      'Sgt Iwan Davies (ID), Police; Rhian Bowen, Business Unit Manager',
    'Apologies: Tomos Pugh, Probation',
    'Minute\tAction by',
    '1. Welcome Elin Parry opened the joint meeting and welcomed members of both Boards.\t',
    '2. Matters arising The young carers leaflet (action from December) has been printed and sent to schools. Completed.\tMR – complete',
    '3. Exploitation screening tool Menna Rowlands described the pilot in two localities. Menna Rowlands and Iwan Davies will ' +
      'write up the findings of the pilot for the summer meetings.\tMR / ID June 2019',
    '4. Annual report The Business Unit will send the draft joint annual report to members for comment.\tBusiness Unit 12/04/19',
    '5. Any other business Gareth Hughes asked every agency to name a contact for the awareness week. All agencies to send the ' +
      'name of their contact to the Business Unit by 29 March.\tAll agencies 29 Mar',
    '6. Dates of next meetings Children’s Board: 16 May 2019. Adults’ Board: 23 May 2019. Next joint meeting: 10 October 2019.\t',
  ];

  it('names the joint body, not "Board", and takes the next joint meeting', async () => {
    const m = (await read(minutes)).meetings[0]!;
    expect(m.board).toBe('Tregaron Vale Safeguarding Children and Adults Boards');
    expect(m.nextMeeting?.date).toBe('2019-10-10');
  });

  it('reads the minute column as the action and the "Action by" column as its owners, date or status', async () => {
    const doc = await read(minutes);
    const pilot = find(doc, 'findings of the pilot');
    expect(ownerNames(pilot)).toEqual(['Menna Rowlands', 'Iwan Davies']);
    expect(pilot?.due?.slice(0, 7)).toBe('2019-06');
    const report = find(doc, 'draft joint annual report');
    expect(ownerNames(report)).toEqual(['Business Unit']);
    expect(report?.due).toBe('2019-04-12');
    const leaflet = find(doc, 'young carers leaflet');
    expect(ownerNames(leaflet)).toEqual(['Menna Rowlands']);
    expect(leaflet?.status).toBe('done');
    // Any other business can give a task in a minutes table too.
    const contact = find(doc, 'name of their contact');
    expect(ownerNames(contact)).toEqual(['All agencies']);
    expect(contact?.due).toBe('2019-03-29');
    expect(doc.actions).toHaveLength(4);
  });
});

describe('"Apologies and substitutions", "Not in attendance", an action reported done by its number, a weekday deadline', () => {
  const minutes = [
    'Harrowdene Safeguarding Children Partnership',
    'Partnership Board',
    'Minutes of the meeting held on Tuesday 4 November 2025, 2.00pm – 4.30pm',
    '',
    'Present',
    'Name\tAgency',
    'Marcus Adeyemi (Chair)\tIndependent Scrutineer',
    'Claire Oduya\tDirector of Children’s Services',
    'Peter Lindqvist\tHead of Safeguarding, Harrowdene ICB',
    'Nadia Brook\tPartnership Business Manager',
    '',
    'Apologies and substitutions',
    'Simon Keel, Designated Nurse – Peter Lindqvist attended as substitute',
    'Supt Alan Royce, Harrowdene Police – no substitute',
    '',
    'Not in attendance',
    'Dawn Fairley, Harrowdene Further Education College',
    '',
    '1. Matters arising',
    'Nadia Brook reported that action 25/09, to send the neglect strategy to all head teachers, was complete; it went out in October.',
    '',
    '2. Business plan',
    'Action: Claire Oduya to circulate the revised business plan to members by close of play Friday.',
    '',
    'Date of next meeting',
    'Tuesday 3 February 2026, 2.00pm.',
  ];

  it('reads who sent apologies and who did not attend, not as present', async () => {
    const m = (await read(minutes)).meetings[0]!;
    const role = (name: string) => m.attendance.find((a) => a.name.display === name)?.role;
    expect(role('Simon Keel')).toBe('apologies');
    expect(role('Alan Royce')).toBe('apologies');
    expect(role('Dawn Fairley')).toBe('not-present');
    expect(role('Peter Lindqvist')).toBe('present');
  });

  it('an earlier action named by its number and reported complete is done, owned by who reported it', async () => {
    const doc = await read(minutes);
    const sent = find(doc, 'send the neglect strategy to all head teachers');
    expect(sent?.ref).toBe('25/09');
    expect(sent?.status).toBe('done');
    expect(ownerNames(sent)).toEqual(['Nadia Brook']);
    // It is not the new "circulate …" action told again.
    expect(find(doc, 'revised business plan')?.status).toBe('open');
  });

  it('"by close of play Friday" is the Friday after the meeting', async () => {
    expect(find(await read(minutes), 'revised business plan')?.due).toBe('2025-11-07');
  });
});

describe('notes of a call sent round by e-mail', () => {
  const mail = [
    'From: Owen Castell <owen.castell@fellbridge-scp.example.org.uk>',
    'Sent: 16 March 2021 14:05',
    'To: Fellbridge SCP Leadership Group',
    'Subject: Notes of the call - Leadership Group weekly check-in, Tuesday 16 March',
    '',
    'Hi everyone,',
    '',
    'Thanks for joining this morning. Quick notes below.',
    '',
    'On the call: Rosa Pemberton (chair), Aled Whitcombe, Supt Joanne Ferrier, Dr Imran Qureshi, Owen Castell (notes)',
    'Sent apologies: Hattie Brennan (Fellbridge Schools Forum)',
    '',
    'What we agreed',
    '- Aled to send the revised home visiting guidance to the locality managers - by close of play Thursday.',
    '- Imran to ask the GP leads how many annual health checks for looked-after children are overdue - before the Easter weekend.',
    '- Owen to book the room for the next face-to-face Group - done, confirmation received today.',
    '- Rosa will mention the funding gap to the Chief Executives on Friday. (Rosa - not an action for the log, just for info.)',
    '',
    'Next call: Tuesday 23 March, 10am (Teams).',
    '',
    'Owen',
  ];

  it('is a meeting of the group it went to, on the day its subject gives, with who was on the call', async () => {
    const doc = await read(mail);
    const m = doc.meetings[0]!;
    expect(m.date).toBe('2021-03-16');
    expect(m.board).toBe('Fellbridge SCP Leadership Group');
    expect(m.nextMeeting?.date).toBe('2021-03-23');
    expect(m.attendance.filter((a) => a.role !== 'apologies').map((a) => a.name.display)).toEqual(
      expect.arrayContaining(['Rosa Pemberton', 'Aled Whitcombe', 'Joanne Ferrier', 'Imran Qureshi']),
    );
    expect(m.attendance.find((a) => a.name.display === 'Hattie Brennan')?.role).toBe('apologies');
  });

  it('resolves first-name owners to who was on the call, and reads the deadlines and what is done', async () => {
    const doc = await read(mail);
    const guidance = find(doc, 'revised home visiting guidance');
    expect(guidance?.owners[0]?.person?.name.display).toBe('Aled Whitcombe');
    expect(guidance?.due).toBe('2021-03-18');
    const checks = find(doc, 'annual health checks');
    expect(checks?.owners[0]?.person?.name.display).toBe('Imran Qureshi');
    // Easter Sunday 2021 was 4 April: the last working day before the weekend is Thursday 1 April.
    expect(checks?.due).toBe('2021-04-01');
    expect(find(doc, 'book the room')?.status).toBe('done');
    // "not an action for the log" is none.
    expect(find(doc, 'funding gap')).toBeUndefined();
    expect(doc.actions).toHaveLength(3);
  });
});

describe('a council committee\'s "Action: <post>" line under what it resolved', () => {
  const minutes = [
    'Minutes:',
    'Children’s Services Scrutiny Panel',
    'Wednesday, 9th November, 2022 7.00 pm',
    'Venue: Committee Room 1, Brayford Civic Centre',
    '',
    'Present: Councillors Helen Varga (Chair), Rupert Mayhew (Vice-Chair), Keisha Dunn and Alan Probert',
    'Officers: Lorna Ashcroft (Director of Children’s Services), Yusuf Keane (Head of Early Help) and Beth Morley (Partnership Business Manager)',
    'Apologies: Councillor Tom Sheard',
    '',
    '21. Partnership learning reviews',
    'Minutes:',
    'Beth Morley presented the update on the two local learning reviews.',
    'Resolved:',
    '(1) That the update be noted.',
    '(2) That the Partnership Business Manager circulate the published learning summaries to the Panel.',
    'Action: Partnership Business Manager',
    '',
    '22. Early help assessments',
    'Minutes:',
    'Councillor Dunn asked how many early help assessments had closed without a lead professional. The Head of Early Help undertook ' +
      'to provide the figures for each locality to all members by 16 December 2022.',
    'Resolved:',
    'That the report be noted and the figures be provided.',
    'Action: Yusuf Keane – 16 December 2022',
    '',
    '23. Foster carer sufficiency',
    'Minutes:',
    'Resolved:',
    '(1) That the Director of Children’s Services report to the Panel in March 2023 on the recruitment campaign.',
    'Action: Director of Children’s Services (Councillor Mayhew left the meeting at this point.)',
    '',
    '24. Date of next meeting',
    'Resolved: That the next meeting be held on Wednesday, 18 January 2023 at 7.00 pm.',
  ];

  it('reads each task once, with the owners the clause or label names; the label alone is no action', async () => {
    const doc = await read(minutes);
    expect(doc.actions.map((a) => a.text)).not.toContainEqual(expect.stringMatching(/^(?:Partnership Business Manager|Director of Children)/));
    expect(doc.actions.some((a) => /be noted/.test(a.text))).toBe(false);
    const summaries = find(doc, 'published learning summaries');
    expect(summaries?.owners[0]?.person?.name.display).toBe('Beth Morley');
    const figures = find(doc, 'figures for each locality');
    expect(ownerNames(figures)).toEqual(['Yusuf Keane']);
    expect(figures?.due).toBe('2022-12-16');
    expect(find(doc, 'recruitment campaign')?.owners[0]?.person?.name.display).toBe('Lorna Ashcroft');
    expect(doc.actions).toHaveLength(3);
  });
});

describe('a project highlight report\'s schedule ("Activity | Planned date") is its timetable, not actions', () => {
  const report = (table: string[]) => [
    'Ashbourne Dale Safeguarding Children Partnership',
    'Report to: Partnership Executive, 14 June 2024',
    'Project: Neglect Toolkit Roll-out – Highlight Report No. 3',
    'Reporting period: 1 – 31 May 2024',
    '',
    'Achievements this period',
    '• Toolkit champions named in all four localities.',
    '',
    'Planned for next period (June 2024)',
    ...table,
    '',
    'Author: Petra Lowell, Project Manager, 3 June 2024',
  ];

  it('reads no action from a schedule with nobody answerable and no progress column', async () => {
    const doc = await read(
      report([
        'Activity\tPlanned date',
        'Train the toolkit champions in the two northern localities\tw/c 10 June 2024',
        'Launch event for practitioners\t27 June 2024',
        'Publish the toolkit on the Partnership website\t1 July 2024',
      ]),
    );
    expect(doc.actions).toHaveLength(0);
  });

  it('still reads a plan whose activities each have a lead', async () => {
    const doc = await read(
      report([
        'Activity\tLead\tPlanned date',
        'Train the toolkit champions in the two northern localities\tPetra Lowell\tw/c 10 June 2024',
        'Launch event for practitioners\tPartnership Business Unit\t27 June 2024',
      ]),
    );
    expect(doc.actions).toHaveLength(2);
    expect(find(doc, 'Launch event')?.due).toBe('2024-06-27');
  });
});

describe('a sub-group note: earlier actions "(Owner: task) – status", a date in brackets, a plan item\'s quarters, a chair by title', () => {
  const note = [
    'Strathmore Child Protection Committee',
    'Learning and Development Sub-group',
    '',
    'Note of meeting held on Tuesday 14 October 2025, 10.00am, Committee Room 3, Strathmore House',
    '',
    'Attending:',
    'Fiona Baird, Independent Chair (FB)',
    'Calum Reid, Detective Inspector, Police Scotland (CR)',
    'Isla Grant, Child Protection Nurse Advisor, NHS Strathmore (IG)',
    'Duncan Shaw, Training Officer, Strathmore CPC (DS)',
    '',
    'Apologies:',
    'Morag Keir, Children’s Reporter',
    '',
    '1. Note of last meeting and action log',
    'The note was agreed. From the log:',
    '- Action 25/07 (Isla: revise the neglect e-learning module) – complete.',
    '- Action 25/09 (Duncan: audit of training attendance by agency) – not yet started; carried forward to end of November.',
    '',
    '2. Training plan 2025/26',
    'Duncan presented the training plan. Action: Calum and Isla to draft the evaluation questions for the joint investigative interview ' +
      'course by end of Q3.',
    '',
    '3. Practice briefings',
    'Duncan to circulate the practice briefing on chronologies by the next Executive (20 November).',
    '',
    'Date of next meeting: Tuesday 9 December 2025 at 10.00am.',
  ];

  it('reads each earlier action with its owner, task and how it stands; its status words are no action', async () => {
    const doc = await read(note);
    const module = find(doc, 'revise the neglect e-learning module');
    expect(module?.ref).toBe('25/07');
    expect(module?.status).toBe('done');
    expect(module?.owners[0]?.person?.name.display).toBe('Isla Grant');
    const audit = find(doc, 'audit of training attendance');
    expect(audit?.status).toBe('open');
    expect(audit?.owners[0]?.person?.name.display).toBe('Duncan Shaw');
    expect(doc.actions.some((a) => /^not yet started/.test(a.text))).toBe(false);
  });

  it('takes the date in brackets after "the next Executive", and a plan item\'s quarter as the financial year\'s', async () => {
    const doc = await read(note);
    expect(find(doc, 'practice briefing on chronologies')?.due).toBe('2025-11-20');
    // Q3 of 2025/26 ends in December 2025, not September.
    expect(find(doc, 'evaluation questions')?.due).toBe('2025-12-31');
  });

  it('takes the chair from an "Independent Chair (FB)" title when nobody is marked "(Chair)"', async () => {
    const m = (await read(note)).meetings[0]!;
    expect(m.attendance.find((a) => a.role === 'chair')?.name.display).toBe('Fiona Baird');
  });
});

describe('matters arising: an earlier action still being done, told in the passive', () => {
  it('is owned by who it is being done by, and open', async () => {
    const doc = await read([
      'KILLEEN LOCAL SAFEGUARDING PANEL',
      'MINUTES OF MEETING',
      'Date: 08/09/2022',
      'Attendees',
      'Mr Declan Farrell – Chair (DF)',
      'Ms Niamh Boyle – Education Authority (NB)',
      'Mrs Una Devine – Family Support Hub (UD)',
      'Apologies',
      'Mr Sean Kelly – Youth Justice Agency',
      '1. MINUTES OF PREVIOUS MEETING AND MATTERS ARISING',
      'Minutes agreed. Matters arising:',
      '- Item 3 (June): the parenting programme leaflet is still being translated by UD. Carried forward.',
      '2. DATE OF NEXT MEETING',
      'Thursday 08/12/2022, 10:00.',
    ]);
    const leaflet = find(doc, 'parenting programme leaflet');
    expect(leaflet?.owners[0]?.person?.name.display).toBe('Una Devine');
    expect(leaflet?.status).toBe('open');
  });
});
