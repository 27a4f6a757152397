import type { ExtractedAction } from '../../src/extract/model';
import { dueMonth, findAction, readLines } from '../helpers/read-paper';

/**
 * Older leftovers on the ordinary-layout sets, each on a paper written here in our own words for an invented board: a
 * resolution whose subject "invite"s someone to do something (the subject is the owner, not the subject and the invitee),
 * an agency's letters in brackets after a member's name (no initials of theirs: the minutes' initials are still theirs by
 * name), and dues written as a month's agenda ("to the March agenda") or a month the action ends on ("for June.").
 */
const people = (a: ExtractedAction) => a.owners.map((o) => o.person?.name.display ?? o.written);

describe('a resolution whose subject invites someone to act', () => {
  const minutes = [
    'Tarnmouth Borough Council',
    "Children's Services Overview and Scrutiny Panel",
    'Minutes of the meeting held on Wednesday 12 March 2025 at 6.00 pm, Civic Hall, Tarnmouth',
    '',
    'Present: Councillor Petra Lindqvist (Chair), Councillor Rufus Oyelaran, Councillor Maud Henshaw',
    'Officers: Declan Furlong (Panel Support Officer), Imogen Strachan (Head of Early Help)',
    '',
    '4. Early help offer',
    'The Head of Early Help introduced the report on the family hubs.',
    'RESOLVED:',
    '(1) That the report be noted.',
    '(2) That the Panel Support Officer invite the Safeguarding Partnership Chair to present the yearly report to the Panel in July 2025.',
    '',
    'Date of next meeting: Wednesday 14 May 2025',
  ];

  test('the subject is the owner, resolved to its holder', async () => {
    const { actions } = await readLines('tarnmouth-scrutiny-2025-03-12.txt', minutes);
    const invite = findAction(actions, /invite the Safeguarding Partnership Chair/);
    expect(people(invite)).toEqual(['Declan Furlong']);
    expect(actions.filter((a) => /report be noted/.test(a.text))).toHaveLength(0);
  });
});

describe("an agency's letters in brackets after a member's name", () => {
  const minutes = [
    'Corrish Safeguarding Panel',
    'Minutes of the meeting held on 3 June 2025, Corrish Hub',
    '',
    'Present: Ms Wilma Tarrant (Chair), DS Kieran Bolt (CPNI), Mrs Sadie Ormond (Education Service), Ms Hattie Vance (NSPCC)',
    'In attendance: Ms Pia Lund (minutes)',
    '',
    'Action table',
    'No | Action | Lead | Due',
    '1 | Provide figures on missing-from-home returns to the panel | KB / SO | July 2025',
    '2 | Send the helpline leaflets to youth clubs | HV | August 2025',
  ];

  test('initials in the minutes resolve by the name, not blocked by the agency in brackets', async () => {
    const { actions } = await readLines('corrish-panel-2025-06-03.txt', minutes);
    expect(people(findAction(actions, /missing-from-home/))).toEqual(['Kieran Bolt', 'Sadie Ormond']);
    expect(people(findAction(actions, /helpline leaflets/))).toEqual(['Hattie Vance']);
  });

  test('initials written in brackets that fit the name are still theirs', async () => {
    const { actions } = await readLines('corrish-panel-2025-09-02.txt', [
      'Corrish Safeguarding Panel',
      'Minutes of the meeting held on 2 September 2025, Corrish Hub',
      '',
      'Present: Wilma Tarrant (WTa) (Chair), Will Tate (WTt), Sadie Ormond (SO)',
      '',
      'Actions',
      'WTt to circulate the revised referral form by 30 September 2025.',
    ]);
    expect(people(findAction(actions, /revised referral form/))).toEqual(['Will Tate']);
  });
});

describe("dues written as a month's agenda or a month the action ends on", () => {
  const minutes = [
    'Ellerby Safeguarding Children Partnership',
    'Neglect Subgroup',
    'Notes of the meeting held on 18 November 2025',
    '',
    'Present: Nadia Crisp (Chair), Owen Pike, Lara Whitcombe',
    '',
    '1. Neglect toolkit',
    'The toolkit refresh was discussed. Action: OP to add the toolkit refresh to the February agenda.',
    '',
    '2. Training',
    'Action: Lara and Owen to organise the neglect briefing for March.',
    '',
    '3. Data',
    'Action: NC to circulate the monthly returns for January.',
    '',
    '4. Annual report',
    'Action: LW to bring the draft annual report to the April 2026 agenda.',
    '',
    'Next meeting: 17 February 2026',
  ];

  test('the month named is when the action is due, in the year after the meeting', async () => {
    const { actions } = await readLines('ellerby-neglect-2025-11-18.txt', minutes);
    expect(dueMonth(findAction(actions, /toolkit refresh to the February agenda/))).toBe('2026-02');
    expect(dueMonth(findAction(actions, /neglect briefing/))).toBe('2026-03');
    expect(dueMonth(findAction(actions, /draft annual report/))).toBe('2026-04');
    // The month of the figures counted is not when they are due.
    expect(dueMonth(findAction(actions, /monthly returns/))).not.toBe('2026-01');
  });
});

describe('earlier actions given again under matters arising, owner in brackets and what became of them', () => {
  const minutes = [
    'Harrowdale Safeguarding Children Partnership',
    'Executive Group',
    'Minutes of the meeting held on 9 October 2025',
    '',
    'Present: Gideon Marsh (GM) (Chair), Priya Lal (PL), Tobias Rhee (TR)',
    '',
    '1. Minutes of 10 July 2025 and matters arising',
    'The minutes were agreed. Matters arising:',
    '• Missing episode figures to be split by age for Q1 (PL) – done; they are in the data pack.',
    '• Note to the head teachers about the new referral form (TR) – sent on 4 August 2025.',
    '• Audit of return interviews (GM) – carried forward to December.',
    '',
    '2. Data pack',
    'The Subgroup has asked the Executive Group to look at the rise in contacts.',
    '',
    'Next meeting: 11 December 2025',
  ];

  test('each is its owner’s, done or still open as the update says, and a request reported is no action', async () => {
    const { actions } = await readLines('harrowdale-exec-2025-10-09.txt', minutes);
    const figures = findAction(actions, /Missing episode figures/);
    expect(people(figures)).toEqual(['Priya Lal']);
    expect(figures.status).toBe('done');
    const note = findAction(actions, /Note to the head teachers/);
    expect(people(note)).toEqual(['Tobias Rhee']);
    expect(note.status).toBe('done');
    const audit = findAction(actions, /Audit of return interviews/);
    expect(people(audit)).toEqual(['Gideon Marsh']);
    expect(audit.status).toBe('open');
    expect(actions.filter((a) => /rise in contacts/.test(a.text))).toHaveLength(0);
  });
});

describe('a due written as the national tests the school year is set by', () => {
  test('"before SATs" and "ahead of the exam season" are in May after the meeting', async () => {
    const { actions } = await readLines('lowther-schools-group-2025-11-20.txt', [
      'Lowther Education Safeguarding Group',
      'Notes of the meeting held on 20 November 2025',
      '',
      'Present: Rosa Quint (Chair), Elias Dunmore, Fern Achebe',
      '',
      'Actions',
      'Elias Dunmore to refresh the test-week anxiety leaflet before SATs.',
      'Fern Achebe to brief sixth-form tutors ahead of the exam season.',
    ]);
    expect(dueMonth(findAction(actions, /anxiety leaflet/))).toBe('2026-05');
    expect(dueMonth(findAction(actions, /sixth-form tutors/))).toBe('2026-05');
  });
});

describe('a present list with agencies in square brackets, and action lines under their log numbers', () => {
  const minutes = [
    'Fenbury Health Safeguarding Group – minutes of the meeting held on Wednesday 14 May 2025',
    '',
    'Present: Rhona Doyle (RD) [ICB] – Chair; Dr Felix Amadi (FA) [ICB]; Greta Holm (GH) [FHT]; Ivo Santos [ICB] – secretary',
    'Apologies: Lena Marsh [UHF]',
    '',
    '3. Chronology for Child P',
    'FA said the chronology lacks the health visiting entries. GH will ask the team for them.',
    '',
    'Action FHG 25/12 – GH – add the health visiting entries to the chronology – 30 May 25',
    '',
    'Action FHG 25/13 – FA / RD – send the draft protocol to all providers – 27 Jun 25',
    '',
    '4. Date of next meeting',
    'Wednesday 9 July 2025.',
  ];

  test('the members are read with the chair, and each numbered line is one action, its owners and date', async () => {
    const { actions, meetings } = await readLines('fenbury-health-2025-05-14.txt', minutes);
    const m = meetings[0]!;
    expect(m.attendance.filter((a) => a.role !== 'apologies').map((a) => a.name.display)).toEqual(['Rhona Doyle', 'Felix Amadi', 'Greta Holm', 'Ivo Santos']);
    expect(m.attendance.find((a) => a.role === 'chair')?.name.display).toBe('Rhona Doyle');
    expect(m.attendance.filter((a) => a.role === 'apologies').map((a) => a.name.display)).toEqual(['Lena Marsh']);
    const entries = findAction(actions, /health visiting entries to the chronology/);
    expect(people(entries)).toEqual(['Greta Holm']);
    expect(entries.due).toBe('2025-05-30');
    const protocol = findAction(actions, /draft protocol/);
    expect(people(protocol)).toEqual(['Felix Amadi', 'Rhona Doyle']);
    expect(dueMonth(protocol)).toBe('2025-06');
    // The talk before the line is the same task, not a second one.
    expect(actions.filter((a) => /ask the team/.test(a.text))).toHaveLength(0);
  });
});
