import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedMeeting } from '../../src/extract/model';
import { linesToBlocks } from '../../src/ingest/readers/line-blocks';

/**
 * Meeting layouts seen on real boards' papers, written afresh in our own words: attendance tables
 * whose text came out column by column, year-long attendance grids, interleaved columns, pages
 * with no attendance list, apologies in the business, and lists of the year's meeting dates.
 */
function meetingOf(text: string): ExtractedMeeting {
  const doc = extractDocument(linesToBlocks(text.split('\n')), 'paper.txt');
  const m = doc.meetings.find((x) => x.source === 'minutes');
  if (!m) throw new Error(`no meeting read from:\n${text}`);
  return m;
}

const names = (m: ExtractedMeeting, ...roles: string[]) => m.attendance.filter((e) => roles.includes(e.role)).map((e) => e.name.display);

test('a table read column by column: names, initials, roles; a second table with no heading is the apologies', () => {
  const m = meetingOf(
    [
      "Minutes of the Eastvale Children's Partnership Board",
      '3rd February 2025',
      'Present:',
      'Name',
      'Alice Archer',
      'Brian Bowen',
      'Carol Cheung',
      'Initials',
      'AA',
      'BB',
      'CC',
      'Role',
      'Independent Chair',
      'Head of Early Help',
      'Designated Nurse',
      'Name',
      'Daniel Dorey',
      'Erin Ellis',
      'Role',
      'Police Inspector',
      'School Governor',
      '1. Welcome',
      'The chair opened the meeting.',
    ].join('\n'),
  );
  expect(names(m, 'chair')).toEqual(['Alice Archer']);
  expect(names(m, 'present')).toEqual(['Brian Bowen', 'Carol Cheung']);
  expect(names(m, 'apologies')).toEqual(['Daniel Dorey', 'Erin Ellis']);
  expect(m.attendance.find((e) => e.name.display === 'Carol Cheung')?.initials).toBe('CC');
  expect(m.attendance.find((e) => e.name.display === 'Brian Bowen')?.title).toBe('Head of Early Help');
});

test("a year's attendance grid flattened to one line gives this meeting's date, its attendance and the next meeting", () => {
  const m = meetingOf(
    [
      'Westshire Safeguarding Children Board',
      'Board attendance Initials Agency 5.2.25 7.5.25 9.7.25 8.10.25 AB Police Y Y A CD Health Y A Y EF Schools N Y Y GH Council Y Y D',
      'Key: Y = attended, A = apology, N = did not attend, D = deputy attended',
      '1 Welcome and introductions',
    ].join('\n'),
  );
  expect(m.date).toBe('2025-07-09');
  expect(m.nextMeeting?.date).toBe('2025-10-08');
  expect(names(m, 'present', 'chair')).toEqual(['CD', 'EF']);
  expect(names(m, 'apologies')).toEqual(['AB']);
  expect(names(m, 'not-present')).toEqual(['GH']);
});

test('interleaved "Name (Organisation)" columns with "Apologies:" in the middle of a line', () => {
  const m = meetingOf(
    [
      'Meeting Title: Southport Safeguarding Board',
      'Date: 4 April 2025',
      'Venue: Civic Centre',
      'Anna Bell (City Police) Mark Cole (Health Tom Dale (Schools)',
      'Trust)',
      'Ruth Ellis (Council) Owen Price (Housing) Apologies:',
      'Sam Frost (Probation) Kate Green (Fire Service)',
      '1) Welcome',
    ].join('\n'),
  );
  expect(names(m, 'present', 'chair')).toEqual(['Anna Bell', 'Mark Cole', 'Tom Dale', 'Ruth Ellis', 'Owen Price']);
  expect(names(m, 'apologies')).toEqual(['Sam Frost', 'Kate Green']);
});

test('a page with no attendance list: those shown taking part, not those expected', () => {
  const m = meetingOf(
    [
      "Children's Trust Board - Monday, 3rd March, 2025 2.00 pm",
      '1.',
      'ANNUAL REPORT',
      'A presentation to be provided by Oliver Quinn, Service Manager.',
      'Minutes:',
      'Priya Shah, Head of Commissioning, presented the annual report.',
      'Councillor Grey declared an interest as a school governor.',
    ].join('\n'),
  );
  expect(names(m, 'present', 'chair').sort()).toEqual(['Councillor Grey', 'Priya Shah']);
});

test('apologies in the business: a sentence wrapped over two lines, and an Apologies item with names under it', () => {
  const m = meetingOf(
    [
      'Minutes of the Riverside Safeguarding Children Partnership',
      'Held on 5 May 2025',
      'Present:',
      'Jane Example (Chair)',
      'Thomas Sample',
      '1. Welcome and introductions',
      'Apologies for absence were received from Lucy Brown, Peter Green',
      'and Susan White.',
      '2. Apologies from the subgroups',
      'The subgroup chairs had nothing to add.',
      '3. Apologies',
      'Karen Hill',
      'Mohammed Iqbal',
      '4. Minutes of the last meeting',
      'Agreed as a true record.',
    ].join('\n'),
  );
  expect(names(m, 'apologies')).toEqual(['Lucy Brown', 'Peter Green', 'Susan White', 'Karen Hill', 'Mohammed Iqbal']);
  expect(names(m, 'chair')).toEqual(['Jane Example']);
});

test("the next meeting from a list of the year's dates, with or without years: the first after this meeting", () => {
  const listed = meetingOf(
    [
      'Minutes of the Northfield Safeguarding Partnership',
      'Held on Wednesday 18 June 2025 at the Town Hall',
      'Present:',
      'Jane Example (Chair)',
      'Thomas Sample',
      '1. Welcome',
      'The chair opened the meeting.',
      '2. Future meeting dates',
      '12 March 2025',
      '17 September 2025',
      '10 December 2025',
    ].join('\n'),
  );
  expect(listed.nextMeeting?.date).toBe('2025-09-17');
  const inline = meetingOf(
    [
      'Minutes of the Northfield Safeguarding Partnership',
      'Held on Wednesday 18 June 2025 at the Town Hall',
      'Present:',
      'Jane Example (Chair)',
      'Thomas Sample',
      '1. Any other business',
      'Future meeting dates: 12 March, 17 September and 10 December.',
    ].join('\n'),
  );
  expect(inline.nextMeeting?.date).toBe('2025-09-17');
});

test('nested headings, "- in the chair", a board name with commas, a list wrapped inside a bracket, a label that is not a title', () => {
  const nested = meetingOf(
    [
      "Minutes of the Chorley, South Ribble & West Lancashire Children's Partnership Board",
      'Held on 3 March 2025',
      'Present: Voting Members: Councillor Sam Hart - in the chair, Dr Amy Lowe, Ms M Swann',
      'Apologies: None',
      '1. Welcome',
    ].join('\n'),
  );
  expect(nested.board).toBe("Chorley, South Ribble & West Lancashire Children's Partnership Board");
  expect(names(nested, 'chair')).toEqual(['Sam Hart']);
  expect(names(nested, 'present')).toEqual(['Amy Lowe', 'Ms M Swann']);
  expect(names(nested, 'apologies')).toEqual([]);

  const wrapped = meetingOf(
    [
      'Minutes of the Westshire Safeguarding Children Board',
      'Held on 3 March 2025',
      'Present:',
      'Helen Lincoln (HL), Janet Martin (JM), Chris Ford (CF), Cllr Oonagh Moss',
      '(OM), Don Kemp (DK)',
      'ACC Mark Stone - Constabulary',
      'DCI Jo Price, Police',
      'ACTION',
      '1. Apologies for absence',
    ].join('\n'),
  );
  expect(names(wrapped, 'present')).toEqual(['Helen Lincoln', 'Janet Martin', 'Chris Ford', 'Oonagh Moss', 'Don Kemp', 'Mark Stone', 'Jo Price']);
  expect(wrapped.attendance.find((e) => e.name.display === 'Oonagh Moss')?.initials).toBe('OM');
  expect(wrapped.attendance.find((e) => e.name.display === 'Jo Price')?.title).toBeNull();
});

test('minutes inside an agenda pack: the meeting the pack announces is their next meeting', () => {
  const doc = extractDocument(
    linesToBlocks(
      [
        'Westshire Safeguarding Children Board',
        'Thursday 12 June 2025 at 10.00 am, Council Chamber',
        'AGENDA',
        '1. Apologies',
        '2. Minutes of the last meeting',
        '3. Annual report',
        'Minutes of the Westshire Safeguarding Children Board',
        'Held on Thursday 13 March 2025',
        'Present:',
        'Jane Example (Chair)',
        'Thomas Sample',
        '1. Welcome',
        'The chair opened the meeting.',
      ]
        .join('\n')
        .split('\n'),
    ),
    'pack.txt',
  );
  const minutes = doc.meetings.find((m) => m.source === 'minutes');
  expect(minutes?.date).toBe('2025-03-13');
  expect(minutes?.nextMeeting?.date).toBe('2025-06-12');
});

test('a deputy named in a sentence ("attended as deputy for", "deputised for") is recorded against the member they stood in for', () => {
  const m = meetingOf(
    [
      'Brookmere Safeguarding Children Partnership',
      'Minutes of the meeting held on 6 May 2026',
      '',
      'Present: Anita Shaw (Chair), Paul Gray, Cllr Rhian Moss',
      'Apologies: Dev Patel, Lucy Hart',
      '',
      'Sam Cole attended as deputy for Dev Patel. Cllr Jo Wynne deputised for Lucy Hart.',
      '',
      '1. Budget',
      'The budget was agreed.',
    ].join('\n'),
  );
  const deputies = m.attendance.filter((e) => e.deputy).map((e) => `${e.deputy!.display} for ${e.name.display}`);
  expect(deputies).toEqual(['Sam Cole for Dev Patel', 'Jo Wynne for Lucy Hart']);
  expect(names(m, 'apologies')).toEqual(['Dev Patel', 'Lucy Hart']);
});

test('the body a letterhead names is the meeting’s board, whatever the body is called and however long its name', () => {
  const paper = (letterhead: string) =>
    [
      letterhead,
      '',
      'Minutes of the meeting held on 4 March 2021',
      'Present:',
      'Ann Lee (Chair)',
      'Bob Hart',
      'Apologies:',
      'Dan Ives',
      '1. Annual report',
      'The members noted the annual report of the Kingsford Safeguarding Children Partnership and the Kingsford Safeguarding Children Partnership’s plan.',
    ].join('\n');
  // A Scottish public protection committee; two bodies meeting jointly (a name of ten words); a partnership with a
  // curly apostrophe as Word writes it; an executive board. None is the partnership the minutes mention most.
  expect(meetingOf(paper('Eastvale Public Protection Committee')).board).toBe('Eastvale Public Protection Committee');
  expect(meetingOf(paper('Dunmore Public Protection Chief Officers Group and Child Protection Committee')).board).toBe(
    'Dunmore Public Protection Chief Officers Group and Child Protection Committee',
  );
  expect(meetingOf(paper('The Hartwell Children’s Safeguarding Partnership')).board).toBe("Hartwell Children's Safeguarding Partnership");
  expect(meetingOf(paper('Lowfield Children’s Services Improvement Board')).board).toBe("Lowfield Children's Services Improvement Board");
  expect(meetingOf(paper('Tarnby Safeguarding Children Executive Board')).board).toBe('Tarnby Safeguarding Children Executive Board');
  // With no body in the letterhead, the board the paper names is still found.
  expect(meetingOf(paper('MINUTES')).board).toBe('Kingsford Safeguarding Children Partnership');
});

test('dates written with single-digit dots or dashes and a full year, or a year cut after an apostrophe, date the meeting and the next', () => {
  const paper = (title: string, dated: string, next: string) =>
    [title, dated, 'Present: Ann Lee (Chair), Bob Hart, Cara Moss', '1. Welcome', 'Section 5.1.2 of the plan was noted.', next].join('\n');
  const dotted = meetingOf(
    paper('Orchard Vale Safeguarding Children Partnership', 'Minutes of the meeting of 2.2.2023', 'Future meetings: 4.5.2023, 6.7.2023'),
  );
  expect([dotted.date, dotted.nextMeeting?.date]).toEqual(['2023-02-02', '2023-05-04']);
  const dashed = meetingOf(paper('Orchard Vale Safeguarding Children Partnership', 'Held on 9-3-2023', 'Next meeting: 8-6-2023'));
  expect([dashed.date, dashed.nextMeeting?.date]).toEqual(['2023-03-09', '2023-06-08']);
  const cut = meetingOf(paper('Orchard Vale Safeguarding Children Partnership', "Thursday 2 Feb '23, 2pm", 'Next meeting: 4 May ’23'));
  expect([cut.date, cut.nextMeeting?.date]).toEqual(['2023-02-02', '2023-05-04']);
});

test('a title line "Minutes – <place> <acronym> – <date>" names the board by its place and acronym', () => {
  const m = meetingOf(['Minutes – Orchard Vale LSCB – 02/02/23', 'Present: Ann Lee (Chair), Bob Hart, Cara Moss', '1. Welcome'].join('\n'));
  expect(m.board).toBe('Orchard Vale LSCB');
  expect(m.date).toBe('2023-02-02');
});

test('someone the list of those present leaves out, whom the minutes show presenting, was there; someone merely spoken of was not', () => {
  const m = meetingOf(
    [
      'Orchard Vale Safeguarding Children Partnership',
      'Minutes of the meeting held on 2 March 2023',
      'Present: Ann Lee (Chair), Bob Hart, Cara Moss',
      '1. Exploitation profile',
      'Presentation delivered by Dominic Faraday, Intelligence Analyst.',
      'Bob Hart said he had spoken to Greta Lindqvist about the data.',
      '2. Audit',
      'Audit findings: Priya Nandra reported that most cases met the standard.',
      'The Chair introduced the next item.',
    ].join('\n'),
  );
  expect(names(m, 'in-attendance')).toEqual(['Dominic Faraday', 'Priya Nandra']);
  expect(names(m, 'chair', 'present')).toEqual(['Ann Lee', 'Bob Hart', 'Cara Moss']);
});

test('given names from every part of the workforce start a person, even run into the surname by a web copy', () => {
  const m = meetingOf(
    [
      'Orchard Vale Safeguarding Children Partnership',
      'Minutes of the meeting held on 2 March 2023',
      'Present: Ann Lee (Chair)',
      'HilaryOkafor, Designated Nurse',
      'Tomasz Wiśniewski, Police',
      'Thandiwe Moyo, Early Help',
      '1. Welcome',
    ].join('\n'),
  );
  expect(names(m, 'present')).toEqual(['Hilary Okafor', 'Tomasz Wiśniewski', 'Thandiwe Moyo']);
});

test('a plural honorific over a list ("Councillors A. Bee, C. Dee and E. Eff", "Cllrs") makes each a councillor; apologies likewise', () => {
  const m = meetingOf(
    [
      'NORTHBRIDGE COUNTY COUNCIL',
      'Schools and Families Committee',
      'Minutes of the meeting held on Wednesday 4 March 2026 at 6.00 pm',
      '',
      'PRESENT: Councillor H. Varley (Chairman); Councillors N. Ashdown, F. Kaur, O. Lindqvist and W. Trent.',
      'Also present: Cllrs Moreton and Pryce (Vice-Chair).',
      '',
      '4. APOLOGIES',
      'Apologies for absence were received from Councillors E. Quarry and B. Stanhope.',
      '',
      '5. MINUTES',
      'The minutes were agreed.',
    ].join('\n'),
  );
  expect(names(m, 'chair')).toEqual(['Councillor H Varley']);
  expect(names(m, 'present', 'in-attendance')).toEqual([
    'Councillor N Ashdown',
    'Councillor F Kaur',
    'Councillor O Lindqvist',
    'Councillor W Trent',
    'Councillor Moreton',
    'Councillor Pryce',
  ]);
  expect(names(m, 'apologies')).toEqual(['Councillor E Quarry', 'Councillor B Stanhope']);
});

test('officers written role first with the name in brackets: the name is the person, the role their title', () => {
  const m = meetingOf(
    [
      'Corporate Parenting Board',
      'Minutes of the meeting held on 10 February 2026',
      '',
      'Present: Councillor R. Oduya (Chair)',
      'Officers: Assistant Director for Fostering (Mrs P. Haldane), Head of Leaving Care Services (Mr T. Ivers),',
      'Participation Officer (Ms G. Falk).',
      '',
      '1. Welcome',
      'The Head of Leaving Care Services to report on staying put arrangements.',
    ].join('\n'),
  );
  const officers = m.attendance.filter((e) => e.role !== 'chair').map((e) => `${e.name.display} | ${e.title}`);
  expect(officers).toEqual([
    'Mrs P Haldane | Assistant Director for Fostering',
    'Mr T Ivers | Head of Leaving Care Services',
    'Ms G Falk | Participation Officer',
  ]);
});

test('an "and" list with no commas on the line under its heading is two people, not a title of the one before', () => {
  const m = meetingOf(
    [
      'Eastcombe Safeguarding Partnership Executive - Thursday, 5th March, 2026 10.00 am',
      'Attendance details',
      'Present:',
      'Rosalind Tebbit (Chair), Dr Aaron Pike and Naomi Crewe',
      'Also Present:',
      'Owen Lacey (Committee Services)',
      'Apologies:',
      'Francesca Hale and Perpetua Mabry',
      'Items',
    ].join('\n'),
  );
  expect(names(m, 'apologies')).toEqual(['Francesca Hale', 'Perpetua Mabry']);
  expect(m.attendance.find((e) => e.name.display === 'Owen Lacey')?.organisation ?? null).not.toMatch(/Hale/);
  expect(names(m, 'present')).toEqual(['Aaron Pike', 'Naomi Crewe']);
});

test('a "Present:" paragraph wrapped mid-name and mid-title: the pieces rejoin, none becomes a person', () => {
  const m = meetingOf(
    [
      'Harlow Fen Safeguarding Partnership',
      'Minutes of the meeting held on 12 January 2026',
      '',
      'Present: Fiona Grady (FG) – Chair, Head of Quality Assurance; Ewan Bright (EB) – Team Manager, Youth Justice',
      'Service; Supt. Carl Emery, Harlow Fen Police; Det. Insp. Aled Morgan, Public Protection; Dr Ruth',
      'Sefton, Designated Doctor, Fen Valley Hospitals; Kim Lowe (KL) – Partnership Officer',
      'Apologies: Marcus Hay (MH)',
      '',
      '1. Welcome',
      'FG welcomed members.',
    ].join('\n'),
  );
  expect(names(m, 'present', 'chair')).toEqual(['Fiona Grady', 'Ewan Bright', 'Carl Emery', 'Aled Morgan', 'Ruth Sefton', 'Kim Lowe']);
  expect(m.attendance.find((e) => e.name.display === 'Ewan Bright')?.organisation).toBe('Youth Justice Service');
  expect(m.attendance.find((e) => e.name.display === 'Ruth Sefton')?.title).toBe('Designated Doctor');
});

test('a role owner resolves to the one attendee whose title is that post followed by its field ("Service Manager Fostering")', () => {
  const doc = extractDocument(
    linesToBlocks(
      [
        'Westmarch Safeguarding Partnership',
        'Minutes of the meeting held on 9 March 2026',
        '',
        'Present: Irene Castle (Chair); Yusuf Hamid, Service Manager Fostering; Bella Crane, Head of Service for Early Help',
        '',
        '1. Sufficiency',
        'The Service Manager agreed to bring the carer recruitment figures to the next meeting.',
      ]
        .join('\n')
        .split('\n'),
    ),
    'paper.txt',
  );
  const a = doc.actions.find((x) => /carer recruitment/.test(x.text));
  expect(a?.owners.map((o) => o.person?.name.display ?? o.written)).toEqual(['Yusuf Hamid']);
});

test('a table of people with its own header row and no "Present" heading, above an "Apologies:" line, is those present', () => {
  const m = meetingOf(
    [
      'Greywater Family Partnership',
      'Minutes of the meeting of 2 June 2026, Riverside House',
      'Name\tRole\tOrganisation',
      'Odette Marsh\tChair\tGreywater Council',
      'Ishaan Roy\tHead of Inclusion\tGreywater Schools Trust',
      'Wendell Quade\tDetective Sergeant\tGreywater Police',
      'Apologies: Bronwen Tait; Lucas Fenn',
      '1. Minutes',
      'Agreed.',
    ].join('\n'),
  );
  expect(m.board).toBe('Greywater Family Partnership');
  expect(names(m, 'chair')).toEqual(['Odette Marsh']);
  expect(names(m, 'present')).toEqual(['Ishaan Roy', 'Wendell Quade']);
  expect(names(m, 'apologies')).toEqual(['Bronwen Tait', 'Lucas Fenn']);
});

test('a possessive ("Young People\'s Serv", "Women\'s Aid") is an agency, never a person, even cut short in a grid', () => {
  const m = meetingOf(
    [
      'Minutes of the Southmoor Participation Group',
      'Held on 8 April 2026',
      'Present:',
      'Name / Organisation / Name / Organisation',
      "Gwilym Roberts (Chair) / Youth Service / Tirion Hughes / Young People's Serv",
      "Ffion Price / Women's Aid / Dylan Morgan / Third Sector",
      '1. Welcome',
      'Members were welcomed.',
    ].join('\n'),
  );
  expect(names(m, 'present', 'chair').sort()).toEqual(['Dylan Morgan', 'Ffion Price', 'Gwilym Roberts', 'Tirion Hughes']);
});

test('a role or agency written before the person after a dash or comma, and "Councillors:" as a label over a list', () => {
  const m = meetingOf(
    [
      'Minutes of the Fernhill Children and Families Board',
      'Held on 21 April 2026',
      'Present:',
      'Councillors: J. Aspinall (Chair), K. Birtwistle and M. Cowgill',
      "Director of Children's Services – Mrs Hester Quayle",
      'Fernhill Police, Det. Supt. Rory Blaine',
      'Apologies: Councillor N. Dyson',
      '1. Welcome',
      'The Chair welcomed members.',
    ].join('\n'),
  );
  expect(names(m, 'chair')).toEqual(['Councillor J Aspinall']);
  const rest = m.attendance.filter((e) => e.role === 'present').map((e) => `${e.name.display} | ${e.title ?? ''} | ${e.organisation ?? ''}`);
  expect(rest).toEqual([
    'Councillor K Birtwistle |  | ',
    'Councillor M Cowgill |  | ',
    "Hester Quayle | Director of Children's Services | ",
    'Rory Blaine |  | Fernhill Police',
  ]);
});

test('an action due "by the next meeting" is not the date of the next meeting; the line that gives it is', () => {
  const m = meetingOf(
    [
      'Orchard Vale Safeguarding Children Partnership',
      'Minutes of the meeting held on 2 March 2023',
      'Present: Ann Lee (Chair), Bob Hart, Cara Moss',
      '1. Audit',
      'Bob Hart to circulate the audit findings by the next meeting.',
      'Cara Moss to confirm the training dates by 1 April 2023.',
      '2. Any other business',
      'None. The next meeting will be held on Thursday 8 June 2023 at 10am.',
    ].join('\n'),
  );
  expect(m.nextMeeting?.date).toBe('2023-06-08');
});

test('terms of reference listing members under the date they were agreed record no meeting', () => {
  const text = [
    'Orchard Vale Safeguarding Children Partnership',
    '',
    'Neglect Subgroup – Terms of Reference',
    '',
    'Approved by the Executive: 9 January 2024',
    'Review date: January 2025',
    '',
    '1. Purpose',
    'The subgroup leads the work on neglect.',
    '',
    '2. Membership',
    'Chair: Head of Early Help (currently Priya Nandra)',
    'Members:',
    'Designated Nurse for Safeguarding (Hilary Okafor)',
    'Youth Justice Service Manager (Rory Dunne)',
    'Education Safeguarding Lead (Liam Foster)',
    'Partnership Business Manager (Bernice Adair)',
    '',
    '3. Meetings',
    'The subgroup meets every two months.',
  ];
  expect(extractDocument(linesToBlocks(text), 'terms.txt').meetings).toEqual([]);
});

test('a place named with "of" keeps it in the board\'s name; a post "of" a board does not join it', () => {
  const minutes = (title: string) =>
    meetingOf([title, 'Held on 9 April 2025', 'Present: Dr Isla Ferrie (Chair), Ewan Moffat, Kirsty Laing', 'Apologies: None', '1. Welcome'].join('\n'));
  expect(minutes('Minutes of the Carse of Strathy Child Protection Committee').board).toBe('Carse of Strathy Child Protection Committee');
  expect(minutes('Vale of Tarran Safeguarding Children Partnership – Executive').board).toBe('Vale of Tarran Safeguarding Children Partnership');
  expect(minutes('Report of the Independent Chair of Kelso Safeguarding Children Board').board).toBe('Kelso Safeguarding Children Board');
});
