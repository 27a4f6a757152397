import type { ExtractedDocument, ExtractedMeeting } from '../../src/extract/model';
import { parsePersonName } from '../../src/extract/names';
import { makeDocx, makePdf } from '../helpers/make-files';
import { readPaper as read, textPaper as text } from '../helpers/read-paper';

/**
 * Meeting classes the fourteenth blind set found misread, each on a paper written here in our own words for invented
 * boards: attendance tables turned any way (agencies as row headers, as column headers, the list's heading as a row
 * header), every kind of title before a name (civic, clerical, forces, police), a chair named with the body they come
 * from, a development session's notes with participants under agency headings, a sub-group's notes under its board's
 * letterhead, and a deputy named both in the list and in the minutes.
 */
function meetingOf(doc: ExtractedDocument): ExtractedMeeting {
  const m = doc.meetings.find((x) => x.source === 'minutes' && x.attendance.length) ?? doc.meetings[0];
  if (!m) throw new Error(`no meeting: ${doc.notes.join(' / ')}`);
  return m;
}
const chairOf = (m: ExtractedMeeting) => m.attendance.find((e) => e.role === 'chair')?.name.display ?? null;
const there = (m: ExtractedMeeting) =>
  m.attendance
    .filter((e) => e.role === 'chair' || e.role === 'present' || e.role === 'in-attendance')
    .map((e) => e.name.display)
    .sort();
const apologies = (m: ExtractedMeeting) =>
  m.attendance
    .filter((e) => e.role === 'apologies')
    .map((e) => e.name.display)
    .sort();

const ITEMS = [
  '1. Welcome and introductions',
  'The Convener opened the meeting and thanked everyone for coming at short notice after the change of venue this month.',
  '2. Multi-agency screening',
  'Members looked at the quarter three screening figures, which showed a steady fall in repeat referrals for babies.',
  'Action: Kenneth Rae to circulate the screening dashboard before the next meeting.',
  '3. Date of next meeting',
  'Tuesday 5 May 2026 at 2 pm, Kirkton House.',
];

describe('attendance tables turned any way', () => {
  const sederuntRows = [
    ['Organisation', 'Representatives attending'],
    ['Independent Convener', 'Helen Rutherford (Convener)'],
    ["Glenmorran Council – Children's Services", "Craig Donaldson, Head of Children's Services; Aileen Murray, Team Manager, Intake"],
    ['Police Scotland', 'DI Stuart McLeod, Public Protection; PC Kirsty Reid (for DCI Neil Boyd)'],
    ['NHS Glenmorran', 'Dr Ewan Forsyth, Consultant Paediatrician; Morven Guthrie, Child Protection Nurse Adviser'],
    ["Children's Hearings Scotland", 'Irene Paterson, Area Support Team'],
  ];
  const wanted = [
    'Aileen Murray',
    'Craig Donaldson',
    'Ewan Forsyth',
    'Helen Rutherford',
    'Irene Paterson',
    'Kenneth Rae',
    'Kirsty Reid',
    'Morven Guthrie',
    'Stuart McLeod',
  ];

  test('a Sederunt table with agencies as row headers and several people to a cell (plain text)', async () => {
    const doc = await read(
      'glenmorran-cpc-minute.txt',
      text([
        'Glenmorran Child Protection Committee',
        'Minute of meeting held on Tuesday 3 March 2026 at 2 pm, Kirkton House',
        'Sederunt',
        ...sederuntRows.map((r) => r.join('\t')),
        'Also present: Kenneth Rae, Lead Officer (clerk)',
        'Apologies: DCI Neil Boyd, Police Scotland; Fiona Grant, Education',
        ...ITEMS,
      ]),
    );
    const m = meetingOf(doc);
    expect(there(m)).toEqual(wanted);
    expect(chairOf(m)).toBe('Helen Rutherford');
    expect(apologies(m)).toEqual(['Fiona Grant', 'Neil Boyd']);
    // The agency's row says where each person works; no row of the table is an action.
    expect(m.attendance.find((e) => e.name.display === 'Morven Guthrie')?.organisation).toBe('NHS Glenmorran');
    expect(doc.actions.map((a) => a.text)).toEqual([expect.stringMatching(/screening dashboard/)]);
  });

  test('the same table in Word with no header row, under a "Present" heading', async () => {
    const doc = await read(
      'glenmorran-cpc-minute.docx',
      await makeDocx([
        { p: 'Glenmorran Child Protection Committee' },
        { p: 'Minute of meeting held on Tuesday 3 March 2026 at 2 pm, Kirkton House' },
        { p: 'Present' },
        { table: sederuntRows.slice(1) },
        { p: 'Also present: Kenneth Rae, Lead Officer (clerk)' },
        { p: 'Apologies: DCI Neil Boyd, Police Scotland; Fiona Grant, Education' },
        ...ITEMS.map((p) => ({ p })),
      ]),
    );
    const m = meetingOf(doc);
    expect(there(m)).toEqual(wanted);
    expect(chairOf(m)).toBe('Helen Rutherford');
    expect(doc.actions.map((a) => a.text)).toEqual([expect.stringMatching(/screening dashboard/)]);
  });

  test('agencies as column headers, their people in the cells below', async () => {
    const doc = await read(
      'harrowfield-scp-minutes.docx',
      await makeDocx([
        { p: 'Harrowfield Safeguarding Children Partnership' },
        { p: 'Minutes of the meeting held on 4 March 2026' },
        { p: 'Attendance' },
        {
          table: [
            ['Local authority', 'Police', 'Health'],
            ['Anna Pryce, Head of Service (Chair)', 'DI Carl Webb', 'Dr Nina Shah, Designated Doctor'],
            ['Owen Lister, Service Manager', '', 'Fay Hollins, Named Nurse'],
          ],
        },
        { p: 'Apologies: Ruth Bale, Probation' },
        ...ITEMS.map((p) => ({ p })),
      ]),
    );
    const m = meetingOf(doc);
    expect(there(m)).toEqual(['Anna Pryce', 'Carl Webb', 'Fay Hollins', 'Nina Shah', 'Owen Lister']);
    expect(chairOf(m)).toBe('Anna Pryce');
    expect(m.attendance.find((e) => e.name.display === 'Fay Hollins')?.organisation).toBe('Health');
  });

  test("the list's heading as a row header, its people in the next cell", async () => {
    const doc = await read(
      'harrowfield-scp-minutes.txt',
      text([
        'Harrowfield Safeguarding Children Partnership',
        'Minutes of the meeting held on 4 March 2026',
        'Present\tAnna Pryce (Chair), Head of Service; DI Carl Webb, Police; Dr Nina Shah, Designated Doctor',
        'Apologies\tRuth Bale, Probation; Tom Ince, Education',
        ...ITEMS,
      ]),
    );
    const m = meetingOf(doc);
    expect(there(m)).toEqual(['Anna Pryce', 'Carl Webb', 'Nina Shah']);
    expect(chairOf(m)).toBe('Anna Pryce');
    expect(apologies(m)).toEqual(['Ruth Bale', 'Tom Ince']);
  });
});

describe('every kind of title before a name', () => {
  test.each([
    ['Alderman Joan Fairley', 'Joan Fairley'],
    ['Alderwoman Joan Fairley', 'Joan Fairley'],
    ['Fr. Declan Moran', 'Declan Moran'],
    ['Father Declan Moran', 'Declan Moran'],
    ['The Rt Rev Margaret Iles', 'Margaret Iles'],
    ['The Venerable Colin Dace', 'Colin Dace'],
    ['Rabbi Miriam Stern', 'Miriam Stern'],
    ['Imam Yusuf Patel', 'Yusuf Patel'],
    ['Pastor Grace Adebayo', 'Grace Adebayo'],
    ['Sister Bernadette Coyle', 'Bernadette Coyle'],
    ['Wing Commander Alan Price', 'Alan Price'],
    ['Lt Col Sarah Hume', 'Sarah Hume'],
    ['Ch Insp Rhys Morgan', 'Rhys Morgan'],
    ['T/DCI Paula Dean', 'Paula Dean'],
    ['PCSO Liam Carter', 'Liam Carter'],
    ['Lord Mayor Councillor Ann Oduya', 'Ann Oduya'],
    ['Bailie Morag Keir', 'Morag Keir'],
    ['Cynghorydd Eleri Prys', 'Eleri Prys'],
  ])('"%s" is %s', (written, name) => {
    expect(parsePersonName(written)?.display).toBe(name);
  });

  test('a title alone with a surname keeps it ("Alderman Hume", "Fr Moran"), and a surname that is a title stays', () => {
    expect(parsePersonName('Alderman Hume')?.display).toBe('Alderman Hume');
    expect(parsePersonName('Fr Moran')?.display).toBe('Fr Moran');
    expect(parsePersonName('Mary Bishop')?.display).toBe('Mary Bishop');
  });

  test('a council list with civic and faith members, and a plural "Aldermen"', async () => {
    const doc = await read(
      'lisnagarry-committee-minutes.txt',
      text([
        'Lisnagarry Borough Council',
        'Children and Young People Committee',
        'Minutes of the meeting held on Monday 9 March 2026 at 7 pm in the Council Chamber',
        'Present: Alderman Joan Fairley (in the Chair); Aldermen Boyd and Creighton; Councillors Nolan and Quigley',
        'Co-opted members: Fr Declan Moran (Catholic Church); Rev Dr Heather Lyons (Church of Ireland); Rabbi Miriam Stern',
        'Officers: Siobhan Tate, Director of Children and Families',
        'Apologies: Alderman Keith Mallon',
        ...ITEMS,
      ]),
    );
    const m = meetingOf(doc);
    expect(chairOf(m)).toBe('Joan Fairley');
    expect(there(m)).toEqual(
      [
        'Alderman Boyd',
        'Alderman Creighton',
        'Councillor Nolan',
        'Councillor Quigley',
        'Declan Moran',
        'Heather Lyons',
        'Joan Fairley',
        'Miriam Stern',
        'Siobhan Tate',
      ].sort(),
    );
    expect(apologies(m)).toEqual(['Keith Mallon']);
  });
});

describe('who chaired, and in whose place', () => {
  test('"Name – Chair (the body they come from)" in a list is the chair; a Depute Convener is not', async () => {
    const doc = await read(
      'drumbeg-locality-group-notes.txt',
      text([
        'Drumbeg Locality Group',
        'Notes of meeting – Wednesday 11th March 2026, 9.30am',
        'Attendees:',
        'Mrs Bronagh Kerr – Chair (Drumbeg Residents Network)',
        'Cllr Peter Doak – Depute Convener (Drumbeg District Council)',
        'Ms Ciara Lavery – Early Help Co-ordinator (Southern Trust)',
        'Apologies: Mr Colm Tully (Education Authority)',
        '1. Welcome',
        'Bronagh welcomed everyone and the notes of the last meeting were agreed without change.',
      ]),
    );
    const m = meetingOf(doc);
    expect(m.board).toBe('Drumbeg Locality Group');
    expect(chairOf(m)).toBe('Bronagh Kerr');
    expect(there(m)).toEqual(['Bronagh Kerr', 'Ciara Lavery', 'Peter Doak']);
  });

  test('a deputy the list gives as present, and the minutes name again, is counted once', async () => {
    const doc = await read(
      'ashby-fell-panel-minutes.txt',
      text([
        'Ashby Fell Safeguarding Panel',
        'Minutes of the meeting held on 12 March 2026',
        'Present\tApologies',
        'Ms Rhona Bell (RB), Chair\tDCI Martin Shaw, Police',
        'DS Leah Kemp (LK), Police – for DCI Shaw\tMr Ian Moss, Education',
        'Mr Tariq Aziz (TA), Health',
        '1. Welcome and apologies',
        'The Chair welcomed members. DS Kemp attended for DCI Shaw.',
      ]),
    );
    const m = meetingOf(doc);
    expect(there(m)).toEqual(['Leah Kemp', 'Rhona Bell', 'Tariq Aziz']);
    // Kemp is present; no second record of her as Shaw's deputy counts her twice.
    const deputies = m.attendance.filter((e) => e.deputy).map((e) => e.deputy!.display);
    expect(deputies).toEqual([]);
  });
});

describe('notes of a session, and of a sub-group', () => {
  test('a development session: a date, a chair, participants under agency headings and who could not come', async () => {
    const doc = await read(
      'tarnside-scp-workshop-notes.txt',
      text([
        'Tarnside Safeguarding Children Partnership',
        'Practice workshop: neglect in adolescence',
        'Notes',
        '',
        'Thursday 26 February 2026, 10am – 1pm, Riverside Hall, Tarnside',
        'Chaired by: Marguerite Okonjo, Independent Scrutineer',
        'Facilitator: Idris Vaughan, Vaughan Associates',
        '',
        'Participants',
        '',
        'Tarnside Borough Council',
        '    Declan Firth, Head of Early Help',
        '    Shanice Rowe, Social Worker',
        'Tarnside Police',
        '    DS Kieran Holt, Child Exploitation Team',
        'Tarnside and Wold Integrated Care Board',
        '    Ffion Maddox, Named Nurse',
        'Partnership Business Office',
        '    Gethin Lowe, Business Manager (notes)',
        '',
        'Unable to attend: Priya Raval (Youth Justice); Dr Lorcan Steele (Designated Doctor)',
        '',
        'Why we met',
        'Two recent reviews found that older children living with neglect were seen as choosing their risks, and the partnership wanted to hear how practitioners work with them.',
        '',
        'Agreed next steps',
        '- Declan Firth to draft a short practice guide on adolescent neglect for the Learning Sub-group by April.',
      ]),
    );
    const m = meetingOf(doc);
    expect(m.date).toBe('2026-02-26');
    expect(m.board).toBe('Tarnside Safeguarding Children Partnership');
    expect(chairOf(m)).toBe('Marguerite Okonjo');
    expect(there(m)).toEqual(['Declan Firth', 'Ffion Maddox', 'Gethin Lowe', 'Idris Vaughan', 'Kieran Holt', 'Marguerite Okonjo', 'Shanice Rowe']);
    expect(apologies(m)).toEqual(['Lorcan Steele', 'Priya Raval']);
    // An agency heading is nobody's detail, and a heading over prose is not the last person's.
    expect(m.attendance.find((e) => e.name.display === 'Kieran Holt')?.organisation ?? null).not.toMatch(/Integrated Care/);
    expect(m.attendance.find((e) => e.name.display === 'Lorcan Steele')?.title ?? '').not.toMatch(/Why we met/);
  });

  test('a sub-group named on the title line under its board, with the kind of record after a dash', async () => {
    const doc = await read(
      'fenwick-lscp-exploitation-subgroup-notes.txt',
      text([
        'Fenwick Local Safeguarding Children Partnership',
        '',
        'Exploitation and Missing Sub-group – Key Action Notes',
        'Date: 2nd March 2026    Time: 10.00am – 11.30am    Venue: Room 2, Fenwick House',
        'Present\tApologies',
        'Hannah Croft (Chair), Exploitation Lead\tDI Rob Ashworth, Police',
        'Jordan Blake, Youth Service\tAmira Latif, Health',
        '1. Notes of last meeting',
        'Agreed as accurate.',
      ]),
    );
    const m = meetingOf(doc);
    expect(m.board).toMatch(/Exploitation and Missing Sub-group$/);
    expect(chairOf(m)).toBe('Hannah Croft');
  });

  test.each([
    'Exploitation and Missing Sub-group Action Notes',
    'Action notes of the Exploitation and Missing Sub-group meeting held on 2 March 2026',
    'Notes of the Exploitation and Missing Sub-group – 2 March 2026',
  ])('the sub-group is named however the title line words the record: "%s"', async (title) => {
    const doc = await read(
      'fenwick-lscp-subgroup.txt',
      text([
        'Fenwick Local Safeguarding Children Partnership',
        title,
        'Date: 2nd March 2026    Time: 10.00am    Venue: Room 2, Fenwick House',
        'Present: Hannah Croft (Chair), Exploitation Lead; Jordan Blake, Youth Service',
        'Apologies: Amira Latif, Health',
        '1. Notes of last meeting',
        'Agreed as accurate.',
      ]),
    );
    expect(meetingOf(doc).board).toMatch(/Exploitation and Missing Sub-group$/);
  });

  test('a running header naming the minutes and the page is part of them, not a second meeting', async () => {
    const header = (n: number) => ({ x: 60, y: 800, text: `Glenmorran CPC - minute of 3 March 2026 (draft) - Page ${n} of 2`, size: 8 });
    const lines = (texts: string[]) => texts.map((t, k) => ({ x: 60, y: 760 - k * 18, text: t, size: 10 }));
    const doc = await read(
      'glenmorran-cpc-minute.pdf',
      makePdf([
        [
          header(1),
          ...lines([
            'Glenmorran Child Protection Committee',
            'Minute of meeting held on Tuesday 3 March 2026 at 2 pm, Kirkton House',
            "Present: Helen Rutherford (Convener); Craig Donaldson, Head of Children's Services; Dr Ewan Forsyth, Paediatrician",
            'Apologies: Fiona Grant, Education',
            '1. Welcome and introductions',
            'The Convener opened the meeting and thanked everyone for coming.',
          ]),
        ],
        [header(2), ...lines(['2. Date of next meeting', 'Tuesday 5 May 2026 at 2 pm, Kirkton House.'])],
      ]),
    );
    // (The hand-made PDF's font has no en dash: the header is written with hyphens.)
    const held = doc.meetings.filter((m) => m.source === 'minutes');
    expect(held).toHaveLength(1);
    expect(chairOf(held[0]!)).toBe('Helen Rutherford');
    expect(held[0]!.nextMeeting?.date).toBe('2026-05-05');
  });
});
