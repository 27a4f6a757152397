import type { ExtractedAction } from '../../src/extract/model';
import { findAction, meetingOf, namesIn, readLines } from '../helpers/read-paper';

/**
 * Classes the twenty-third blind set found in resolving owners to the people the paper names, each on a paper written here
 * in our own words for an invented board: a log's "Surname I" lead codes (with a sheet of lead officers, or a minute's
 * attendance, saying who they are), a note whose attendance and owners are initials explained only by a "Key to initials"
 * at its foot, post acronyms ("Action: SPN") explained in an "Abbreviations used in these papers" line that names each
 * post's holder, an acronym whose letters spell a listed person's post, and a rank before a surname ("DS Pryce").
 */
const people = (a: ExtractedAction) => a.owners.map((o) => o.person?.name.display ?? `(${o.written})`);

describe('a log whose Lead column writes "Surname I" codes', () => {
  const log = [
    'Corrie Bay Public Protection Committee – action tracker 2025-26,,,,',
    'Ref,Action,Lead,Target,Status',
    'T1,Publish the revised escalation procedure on the website,Ferrie J,2025-06-30,Open',
    'T2,Run two workshops on professional curiosity,Dunn A / Ferrie J,2025-09-30,Open',
    'T3,Refresh the data-sharing agreement with housing,Maclean R & Dunn A,2025-10-31,Open',
    ',,,,',
    'Code,Name,Post,,',
    'Ferrie J,Janet Ferrie,Public Protection Lead Officer,,',
    'Dunn A,Alec Dunn,Service Manager (Justice),,',
    'Maclean R,Rona Maclean,Housing Strategy Manager,,',
  ];

  test('each code is the officer the code table names, and the codes are not people of their own', async () => {
    const doc = await readLines('corrie-bay-ppc-tracker-2025-26.csv', log);
    expect(people(findAction(doc.actions, /escalation procedure/))).toEqual(['Janet Ferrie']);
    expect(people(findAction(doc.actions, /professional curiosity/))).toEqual(['Alec Dunn', 'Janet Ferrie']);
    expect(people(findAction(doc.actions, /data-sharing agreement/))).toEqual(['Rona Maclean', 'Alec Dunn']);
    expect(doc.people.map((p) => p.name.display)).not.toContain('Ferrie J');
  });

  test('a minute\'s action written "Surname I" is the one person of that surname and initial who attended', async () => {
    const doc = await readLines('corrie-bay-ppc-2025-05-08.txt', [
      'Corrie Bay Public Protection Committee',
      'Minute of meeting held on 8 May 2025',
      'Present: Janet Ferrie, Lead Officer; Alec Dunn, Service Manager; Alison Dunbar, Principal Teacher',
      '',
      '3. Escalation procedure',
      'The revised procedure was agreed. Action: Ferrie J to publish it on the website by the end of June.',
    ]);
    expect(people(findAction(doc.actions, /publish it on the website/))).toEqual(['Janet Ferrie']);
  });
});

describe('a note whose initials are explained only by a key at its foot', () => {
  const note = [
    'CORRIE BAY PUBLIC PROTECTION COMMITTEE',
    'Case Review Group',
    'Note of meeting: Tuesday 3 June 2025, 10am, via Teams',
    '',
    'Present: MB (chair), TQ, RS',
    'Apologies: PW',
    '',
    '1. Reviews in progress',
    'Case\tNext step\tLead\tBy',
    'Child K\tCirculate the draft terms of reference to the agencies\tTQ\t20/06/25',
    'Family L\tBook the practitioner learning event\tRS\t04/07/25',
    '',
    '2. Guidance',
    'MB will check with the Care Inspectorate whether the new template applies to us.',
    '',
    'Next meeting: Tuesday 5 August 2025, 10am, Teams.',
    '',
    'Key to initials: MB – Morven Baird, Service Manager; TQ – Tam Quinn, Education; RS – DC Rhona Sim, Police Scotland; PW – Pat Weir, Health',
  ];

  test('each owner written as initials is the person the key gives', async () => {
    const doc = await readLines('corrie-bay-case-review-group-2025-06-03.txt', note);
    expect(people(findAction(doc.actions, /draft terms of reference/))).toEqual(['Tam Quinn']);
    expect(people(findAction(doc.actions, /practitioner learning event/))).toEqual(['Rhona Sim']);
    expect(people(findAction(doc.actions, /Care Inspectorate/))).toEqual(['Morven Baird']);
  });
});

describe('post acronyms explained in an abbreviations line that names their holders', () => {
  const pack = [
    'CORRIE BAY PUBLIC PROTECTION COMMITTEE',
    'Papers for the meeting on Thursday 11 September 2025',
    '',
    'Abbreviations used in these papers: SPN – Senior Public Health Nurse (Isla Gunn); CPLO – Child Protection Lead Officer, Corrie Bay (Janet Ferrie); RTA – Reviewing Team Adviser (Inclusion) (Hamish Rae); SCRA – Scottish Children’s Reporter Administration.',
    '',
    'CORRIE BAY PUBLIC PROTECTION COMMITTEE',
    'Minute of meeting held on Thursday 12 June 2025',
    'Present: Isla Gunn; Janet Ferrie; Hamish Rae; Cora Lyle.',
    '',
    '1. Health visiting',
    'The caseload figures were noted. The SPN will report on the vacancies in September.',
    'Action: SPN',
    '',
    '2. Training',
    'Action: CPLO to circulate the training calendar by 31 July.',
    '',
    '3. Reviews',
    'Action: RTA to summarise the review findings for schools by the end of August.',
  ];

  test('each acronym is the holder the line names, not initials nobody has', async () => {
    const doc = await readLines('corrie-bay-ppc-pack-2025-09-11.txt', pack);
    expect(people(findAction(doc.actions, /training calendar/))).toEqual(['Janet Ferrie']);
    expect(people(findAction(doc.actions, /review findings for schools/))).toEqual(['Hamish Rae']);
    const owner = findAction(doc.actions, /training calendar/).owners[0]!;
    expect(owner.written).toBe('CPLO');
    expect(owner.kind).toBe('role');
  });

  test("an acronym that is nobody's initials but spells a listed person's post is that person", async () => {
    const doc = await readLines('corrie-bay-ppc-2025-03-13.txt', [
      'Corrie Bay Public Protection Committee',
      'Minute of meeting held on 13 March 2025',
      'Present: Janet Ferrie, Lead Officer; Kenneth Orr, Chief Nursing Officer; Alec Dunn, Service Manager',
      '',
      '2. Health update',
      'Action: CNO to share the audit of missed health appointments by 30 April 2025.',
    ]);
    expect(people(findAction(doc.actions, /missed health appointments/))).toEqual(['Kenneth Orr']);
  });

  test("two letters that only spell a post's words may be anyone's initials: they stay as written", async () => {
    const doc = await readLines('corrie-bay-ppc-2025-04-10.txt', [
      'Corrie Bay Public Protection Committee',
      'Minute of meeting held on 10 April 2025',
      'Present: Janet Ferrie, Lead Officer; Gail Roe, Service Manager; Alec Dunn, Principal Officer',
      '',
      '2. Housing',
      'Action: SM to bring the homelessness figures to the June meeting.',
    ]);
    expect(people(findAction(doc.actions, /homelessness figures/))).toEqual(['(SM)']);
  });
});

describe('a rank before the surname of someone the paper lists', () => {
  const minutes = [
    'Corrie Bay Public Protection Committee',
    'Minute of meeting held on 9 October 2025',
    'Present: Janet Ferrie, Lead Officer (Chair); Det Sgt Owain Pryce, Police Scotland; Alec Dunn, Service Manager',
    '',
    '4. Joint interviews',
    'DS Pryce reported on the new joint interview suites. DS Pryce will circulate the booking arrangements by 31 October.',
  ];

  test('"DS Pryce" owns the task as the listed officer and is no second person at the meeting', async () => {
    const doc = await readLines('corrie-bay-ppc-2025-10-09.txt', minutes);
    expect(people(findAction(doc.actions, /booking arrangements/))).toEqual(['Owain Pryce']);
    expect(namesIn(meetingOf(doc), 'chair', 'present', 'in-attendance')).toEqual(['Alec Dunn', 'Janet Ferrie', 'Owain Pryce']);
  });
});
