import { makeDocx, makeXlsx } from '../helpers/make-files';
import { findAction as find, libraryActions, ownerPeople as people, readPaper as read, textPaper as text } from '../helpers/read-paper';

/**
 * Classes the fifteenth blind set found misread in the owners and rows of action tables, each on a paper written here in
 * our own words for invented boards: which of two columns naming someone owns the action, "Action holder" headers, posts
 * with a comma in their name, initials a members sheet explains for names with an apostrophe, one log row holding two
 * tasks, the rows of a risk log and of a register that are no tasks, and an item's sentence naming the owner that retells
 * a row of the log.
 */
describe('the column that owns an action', () => {
  test('beside an accountable lead, the action holder owns the action; "Name, Post" is the name', async () => {
    const bytes = await makeDocx([
      { p: 'Fernhollow Safeguarding Partnership – thematic review action plan (exploitation)' },
      {
        table: [
          ['No.', 'What we will do', 'Accountable lead', 'Action holder', 'Target date', 'Status'],
          [
            'A1',
            'Train school pastoral staff in spotting county lines grooming',
            'Director of Education',
            'Idris Penhale, Schools Safeguarding Adviser',
            '30/04/2026',
            'In progress',
          ],
          ['A2', 'Set up a weekly missing-episode review with the police', 'Chief Constable', 'DS Morwenna Keast', '31/05/2026', 'Not started'],
          ['A3', 'Publish a practice note on return home interviews', 'Director of Children’s Services', 'Exploitation Sub-group', '30/06/2026', 'Complete'],
        ],
      },
    ]);
    const doc = await read('fernhollow-plan.docx', bytes);
    expect(people(find(doc.actions, /pastoral staff/))).toEqual(['Idris Penhale']);
    expect(people(find(doc.actions, /missing-episode/))).toEqual(['Morwenna Keast']);
    expect(find(doc.actions, /practice note/).owners.map((o) => o.written)).toEqual(['Exploitation Sub-group']);
  });

  test('a "Task holder" column alone is the owner column, "Name (Agency); Name (Agency)" two people', async () => {
    const doc = await read(
      'quarrybank-list.csv',
      text([
        'Item ID,Task,Task holder,Due,State',
        '101,Collect the dental neglect referrals for the last year,Oluwaseun Bakare (Community Dental Service),2026-02-27,Open',
        '102,Ask every nursery to name a safeguarding champion,Grainne Fitzpatrick (Early Years); Hamish Doig (Early Help),2026-03-31,Not started',
      ]),
    );
    expect(people(find(doc.actions, /dental neglect/))).toEqual(['Oluwaseun Bakare']);
    expect(people(find(doc.actions, /nursery/))).toEqual(['Grainne Fitzpatrick', 'Hamish Doig']);
  });
});

describe('owners written as posts with a comma, and initials a members sheet explains', () => {
  test('"Service Manager, Fostering" named in the plan\'s officers line is one post and its holder', async () => {
    const bytes = await makeDocx([
      { p: 'Lyndale Fostering and Adoption Scrutiny Group – action tracker' },
      { p: 'Officers: Service Manager, Fostering – Adaeze Nwankwo; Adoption Team Leader – Rhodri Vaughan.' },
      {
        table: [
          ['Ref', 'Action', 'Lead', 'Due', 'Update'],
          ['FS/1', 'Report the number of foster carer approvals this year', 'Service Manager, Fostering', 'Mar 26', 'Not yet due'],
          ['FS/2', 'Bring the adopter recruitment campaign plan to the group', 'Adoption Team Leader', 'Apr 26', 'In progress'],
        ],
      },
    ]);
    const doc = await read('lyndale-tracker.docx', bytes);
    const a = find(doc.actions, /foster carer approvals/);
    expect(a.owners.map((o) => o.written)).toEqual(['Service Manager, Fostering']);
    expect(people(a)).toEqual(['Adaeze Nwankwo']);
  });

  test('with no key, a post that names no service of its own keeps the service after its comma', async () => {
    const doc = await read(
      'lyndale-log.csv',
      text([
        'Ref,Action,Lead,Due',
        '1,Review the respite offer for disabled children,"Head of Service, Disabled Children",2026-05-31',
        '2,Circulate the respite review,Chair,2026-06-30',
      ]),
    );
    expect(find(doc.actions, /respite offer/).owners.map((o) => o.written)).toEqual(['Head of Service, Disabled Children']);
  });

  test('initials on a members sheet resolve to a name written with a typographic apostrophe', async () => {
    const bytes = await makeXlsx({
      Log: [
        ['Ref', 'Action', 'Who', 'By when'],
        ['24/1', 'Draft the terms of reference for the neglect review', 'CO', '2026-04-30'],
        ['24/2', 'Book the practitioner event', 'MD', '2026-05-29'],
      ],
      Members: [
        ['Initials', 'Name', 'Role'],
        ['CO', 'Ciara O’Neill', 'Partnership Officer'],
        ['MD', 'Martin D’Souza', 'Designated Doctor'],
      ],
    });
    const actions = await libraryActions('tollcross-log.xlsx', bytes);
    expect(find(actions, /terms of reference/).owners.map((o) => o.display)).toEqual(['Ciara O’Neill']);
    expect(find(actions, /practitioner event/).owners.map((o) => o.display)).toEqual(['Martin D’Souza']);
  });
});

describe('rows of a log that hold two tasks, or none', () => {
  const minutes = [
    'Ravensholt Child Protection Forum',
    'Minutes of the meeting held on Tuesday 10 February 2026',
    'Present: Tomas McGuire (TMcG), Designated Nurse (Chair); Ruth Bellamy (RB), Education Safeguarding Lead; Hugh Carver (HC), Police',
    '',
    '1. Leaflet for parents',
    'The forum agreed the leaflet on safe sleep should be refreshed and then sent to GP surgeries.',
    '',
    '2. School exclusions',
    'RB said two academies had not replied about exclusions. The forum asked the Chair to take this up with the academy trust chief executive.',
    '',
    'Action log',
    'Ref\tAction\tWho\tBy when\tStatus',
    'F26/1\tRefresh the safe sleep leaflet for parents. Send the leaflet to all GP surgeries in the area.\tTMcG RB\t31/03/2026 30/04/2026\tOpen',
    'F26/2\tContact the academy trust chief executive about exclusion replies\tTMcG\t27/02/2026\tOpen',
    'F26/3\tPrepare the annual report and present it to the board\tHC / RB\t31/05/2026\tOpen',
  ];

  test('a row with two sentences, two sets of initials and two dates is two actions, each with its own owner and date', async () => {
    const doc = await read('ravensholt-forum-2026-02-10.txt', text(minutes));
    const refresh = find(doc.actions, /^Refresh the safe sleep leaflet/);
    const send = find(doc.actions, /^Send the leaflet to all GP/);
    expect(people(refresh)).toEqual(['Tomas McGuire']);
    expect(refresh.due).toBe('2026-03-31');
    expect(people(send)).toEqual(['Ruth Bellamy']);
    expect(send.due).toBe('2026-04-30');
    // Two people sharing one task with one date stay one action.
    expect(people(find(doc.actions, /annual report/))).toEqual(['Hugh Carver', 'Ruth Bellamy']);
  });

  test("both tasks of the row reach the library, and the item's sentence naming the Chair is the log's row, not a third action", async () => {
    const actions = await libraryActions('ravensholt-forum-2026-02-10.txt', text(minutes));
    expect(actions.filter((a) => /safe sleep leaflet|Send the leaflet/.test(a.text))).toHaveLength(2);
    expect(actions.filter((a) => /academy trust chief executive/.test(a.text))).toHaveLength(1);
  });

  test('in a risk log typed by row, the risks, issues and controls are not actions; the mitigations are', async () => {
    const bytes = await makeXlsx({
      Log: [
        ['Ref', 'Entry type', 'Detail', 'Owner', 'Rating', 'Due', 'Status'],
        ['K1', 'Risk', 'Too few independent chairs to hold conferences within 15 days', 'Head of Safeguarding', '16', '', 'Open'],
        ['K1-a', 'Control in place', 'Agency chairs booked for peak weeks'],
        ['K1-1', 'Mitigation action', 'Recruit two permanent conference chairs', 'Delyth Harries', '', '2026-06-30', 'In progress'],
        ['P1', 'Issue', 'The minute-taking contract lapses in April', 'Business Manager', '', '', 'Open'],
        ['P1-1', 'Response action', 'Extend the minute-taking contract for six months', 'Gethin Lloyd', '', '2026-03-31', 'Not started'],
      ],
    });
    const doc = await read('pentre-risk-log.xlsx', bytes);
    expect(doc.actions.map((a) => a.ref)).toEqual(['K1-1', 'P1-1']);
  });

  test('a register of protocols with a document owner and review dates holds no actions', async () => {
    const doc = await read(
      'ashby-protocols.txt',
      text([
        'Ashby Vale Safeguarding Partnership',
        'Register of multi-agency protocols – March 2026',
        'Protocol\tSignatories\tDocument owner\tLast reviewed\tNext review\tStatus',
        'Escalation and resolution\tCouncil, Police, ICB\tNadia Fairlie\t01/02/2024\t01/02/2026\tUnder review',
        'Pre-birth assessment\tCouncil, ICB, Midwifery\tOwen Castell\t12/09/2025\t12/09/2027\tCurrent',
        'Bruising in non-mobile babies\tCouncil, ICB, Police, Schools\tNadia Fairlie\t03/06/2023\t03/06/2025\tLapsed',
      ]),
    );
    expect(doc.actions).toEqual([]);
  });
});
