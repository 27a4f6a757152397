import { findAction, ownerPeople, readLines } from '../helpers/read-paper';

/**
 * Classes the twenty-fifth blind set found in resolving owners to the people the paper names, each on a paper written
 * here in our own words for an invented board: a title written once in the plural before several surnames ("Councillors
 * A and B", "Cllrs A, B and C"), each of them a councillor the attendance names; and initials that add the surname's
 * first letters to tell two people apart ("GMa" and "GMu"), joined by "and" or a slash, where the attendance gives the
 * names without initials; a short form of a given name ("Dave A", "Kath") where the attendance writes it in full; and a
 * post written after the chair's name on the chair line ("Chair: Name – Independent Scrutineer"); a tracker whose foot
 * lists the group's members ("Members: A, B and the DSLs"), the Who column writing them short. The other owner forms the set writes (a first name and a surname's initial, a rank and a
 * surname, first names alone, "Chair", posts whose holders the attendance names) already resolve once the attendance is
 * read; the last block keeps them so, whatever layout the attendance comes in.
 */
describe('a title written once in the plural before several surnames', () => {
  const minutes = [
    'Glanrhyd County Council',
    'Corporate Parenting Committee',
    'Minutes of the meeting held on Tuesday, 5 March 2024 at 2.00 pm',
    '',
    'Present:',
    'Councillor Sioned Pryce (Chair)',
    'Councillor Emyr Rowlands',
    'Councillor Ceri Llewelyn-Jones',
    'Councillor Dafydd Probert',
    "Gareth Pugh, Head of Children's Services",
    '',
    'Apologies: Councillor Rhys Parry',
    '',
    '1. Care leavers',
    "Action: Councillors Rowlands and Llewelyn-Jones to meet the care leavers' forum in April.",
    'Action: Cllrs Probert, Rowlands and Llewelyn-Jones to visit the supported lodgings scheme before 30 April 2024.',
    '',
    '2. Date of next meeting',
    'Tuesday, 4 June 2024 at 2.00 pm.',
  ];

  test('each surname is the councillor of that name, the double-barrelled one too', async () => {
    const doc = await readLines('glanrhyd-cpc-2024-03-05-minutes.txt', minutes);
    expect(ownerPeople(findAction(doc.actions, /care leavers' forum/))).toEqual(['Emyr Rowlands', 'Ceri Llewelyn-Jones']);
    expect(ownerPeople(findAction(doc.actions, /supported lodgings/))).toEqual(['Dafydd Probert', 'Emyr Rowlands', 'Ceri Llewelyn-Jones']);
  });
});

describe("initials that add the surname's first letters to tell two people apart", () => {
  const minutes = [
    'Kestrel Vale Safeguarding Children Partnership',
    'Health and Education Subgroup',
    'Minutes of the meeting held on Monday 11 March 2024',
    '',
    'Present: Greer Mathieson (Lead Officer), Gavin Muir (Consultant Paediatrician), Ishbel Mackie (Named Nurse), Alan Weir (Detective Inspector), Anne Wilkie (Senior Nurse)',
    'Apologies: Tilda Noble',
    '',
    '1. Case file audit',
    'Action: GMa and GMu to read six case files of new registrations by the April meeting.',
    'Action: AWe to ask the MARAC co-ordinator for the number of children in each case by 29 March 2024.',
    'Action: AWi / IM to circulate the revised neglect toolkit by end of March.',
    '',
    '2. Next meeting',
    'Monday 8 April 2024',
  ];

  test('"GMa and GMu", "AWe", "AWi / IM" are the attendees whose names they spell, though the list gives no initials', async () => {
    const doc = await readLines('kestrel-vale-health-education-2024-03-11-minutes.txt', minutes);
    expect(ownerPeople(findAction(doc.actions, /six case files/))).toEqual(['Greer Mathieson', 'Gavin Muir']);
    expect(ownerPeople(findAction(doc.actions, /MARAC co-ordinator/))).toEqual(['Alan Weir']);
    expect(ownerPeople(findAction(doc.actions, /neglect toolkit/))).toEqual(['Anne Wilkie', 'Ishbel Mackie']);
  });

  test('letters that fit nobody, or two people, stay as written', async () => {
    const two = minutes.map((l) => l.replace('Anne Wilkie (Senior Nurse)', 'Anne Wilkie (Senior Nurse), Alison Wilton (Midwife)'));
    const doc = await readLines('kestrel-vale-health-education-2024-03-11-minutes.txt', two);
    expect(ownerPeople(findAction(doc.actions, /neglect toolkit/))).toEqual(['(AWi)', 'Ishbel Mackie']);
  });
});

describe('a short form of a given name the attendance writes in full', () => {
  const notes = [
    'Harbridge Exploitation Panel – action notes',
    'Meeting held Wednesday 6 March 2024',
    '',
    'Present: DI Rowan Telfer (Chair), DS Priya Okafor, David Ashworth (Social Worker), Kathryn Mabry (YOS), Josephine Quilliam (Health), Joanne Eade (Education)',
    'Apologies: Tessa Vaughan',
    '',
    'Actions:',
    '- Dave A to hold a strategy meeting - by 20/03',
    '- Kath to complete the risk screening tool - by 15/03',
    '- Jo to check the school attendance record - ongoing',
    '',
    'Next panel: Wednesday 3 April 2024',
  ];

  test('"Dave A" and "Kath" are the one attendee with the long form; "Jo" fitting two stays as written', async () => {
    const doc = await readLines('harbridge-exploitation-panel-2024-03-06-notes.txt', notes);
    expect(ownerPeople(findAction(doc.actions, /strategy meeting/))).toEqual(['David Ashworth']);
    expect(ownerPeople(findAction(doc.actions, /screening tool/))).toEqual(['Kathryn Mabry']);
    expect(ownerPeople(findAction(doc.actions, /school attendance/))).toEqual(['Jo']);
  });
});

describe('a chair line that writes the post after the name', () => {
  const minutes = [
    'Brinford Safeguarding Children Partnership',
    'Executive Group',
    'Minutes of the meeting held on Thursday 7 November 2024, Brinford Civic Centre',
    '',
    'Chair: Maureen Oakes – Independent Scrutineer',
    '',
    'Present',
    'Tobias Grange – Partnership Business Manager, Brinford Partnership',
    'Naomi Fenwick – Head of Early Help, Brinford Council',
    '',
    'Apologies',
    'Sean Orme – Chief Nursing Officer, NHS Brinford ICB',
    '',
    'Actions',
    'Ref | Action | Owner | Due | Status',
    'BX/1 | Circulate the refreshed threshold guidance | Partnership Business Manager / Head of Early Help | 31/12/24 | New',
    'BX/5 | Arrange the development session for the Executive | Independent Scrutineer | ongoing | Open',
    '',
    'Next meeting: Thursday 9 January 2025',
  ];

  test('an action owned by that post is the chair’s', async () => {
    const doc = await readLines('brinford-scp-executive-2024-11-07-minutes.txt', minutes);
    expect(ownerPeople(findAction(doc.actions, /development session/))).toEqual(['Maureen Oakes']);
    expect(ownerPeople(findAction(doc.actions, /threshold guidance/))).toEqual(['Tobias Grange', 'Naomi Fenwick']);
  });

  test('so it is where the chair line heads the list, the post after a comma', async () => {
    const listed = minutes.filter((l) => !l.startsWith('Chair:')).flatMap((l) => (l === 'Present' ? [l, 'Chair: Maureen Oakes, Independent Scrutineer'] : [l]));
    const doc = await readLines('brinford-scp-executive-2024-11-07-minutes.txt', listed);
    expect(ownerPeople(findAction(doc.actions, /development session/))).toEqual(['Maureen Oakes']);
  });
});

describe("a tracker whose foot lists the group's members", () => {
  const tracker = [
    'Ashgrove Schools Safeguarding Forum – action tracker 2024-25,,,,,',
    'Done?,#,Raised,Action,Who,By',
    'FALSE,1,12/09/2024,Draft a template for DSL handover notes,Priya K,31/10/2024',
    'FALSE,2,12/09/2024,Survey primary schools on attendance officer cover,Owen B + Priya K,30/11/2024',
    'TRUE,3,12/09/2024,Book the spring briefing venue,Lena,20/09/2024',
    ',,,,,',
    '"Forum lead: Lena Marsh (Education Safeguarding Lead). Members: Priya Kaur, Owen Bellamy, Ruth Ingle and the special school DSLs.",,,,,',
  ];

  test('"Priya K", "Owen B" and a first name are the members the foot names', async () => {
    const doc = await readLines('ashgrove-schools-safeguarding-forum-tracker-2024-25.csv', tracker);
    expect(ownerPeople(findAction(doc.actions, /handover notes/))).toEqual(['Priya Kaur']);
    expect(ownerPeople(findAction(doc.actions, /attendance officer/))).toEqual(['Owen Bellamy', 'Priya Kaur']);
    expect(ownerPeople(findAction(doc.actions, /spring briefing/))).toEqual(['Lena Marsh']);
  });
});

describe('short owner forms against an attendance that is read', () => {
  const notes = [
    'Rossdale Council',
    'Schools Child Protection Liaison Group',
    'Note of meeting held on Tuesday 12 March 2024 at 3.30 pm, Rossdale Academy',
    '',
    'Present: Fergus Lamont (chair), Isla Drummond, Callum Drysdale, PC Struan Baird, Mhairi Keddie, Lachlan Orr, Shona Pettigrew',
    'Apologies: Elspeth Nairn',
    '',
    'Action points',
    'No. | Action | Who | When',
    '1 | Send the chronology guidance to all primary head teachers | Isla D | end of March',
    '2 | Arrange a cyber safety evening for S1 parents | PC Baird | April',
    "3 | Share two good examples of child's plans | Mhairi / Lachlan | next meeting",
    '4 | Find a venue for the June session | Chair | May',
    '',
    'Date of next meeting: Tuesday 14 May 2024',
  ];

  test('a first name and initial, a rank and surname, first names and "Chair" are the attendees they denote', async () => {
    const doc = await readLines('rossdale-cp-liaison-2024-03-12-note.txt', notes);
    expect(ownerPeople(findAction(doc.actions, /chronology guidance/))).toEqual(['Isla Drummond']);
    expect(ownerPeople(findAction(doc.actions, /cyber safety/))).toEqual(['Struan Baird']);
    expect(ownerPeople(findAction(doc.actions, /child's plans/))).toEqual(['Mhairi Keddie', 'Lachlan Orr']);
    expect(ownerPeople(findAction(doc.actions, /June session/))).toEqual(['Fergus Lamont']);
  });
});
