import { makeDocx } from '../helpers/make-files';
import { apologiesOf, chairOf, meetingOf, namesIn, readLines, readPaper, there } from '../helpers/read-paper';

/**
 * The meeting classes the twenty-fifth blind set found unread (tests/fixtures/blind-25/README.md), on papers written here
 * in our own words for invented boards.
 */

describe('an attendance table with a tick column per list', () => {
  // "Member | Initials | Present | Apologies | Deputy attending": the X's column is its meaning; no mark = absent.
  const rows = [
    ['Member', 'Initials', 'Present', 'Apologies', 'Deputy attending'],
    ['Harriet Quayle, Director of Nursing (Chair)', 'HQ', 'X', '', ''],
    ['Osman Pardoe, Named Nurse', 'OP', 'X', '', ''],
    ['Dr Lucinda Fairweather, Named Doctor', 'LF', '', 'X', ''],
    ['Bernard Mossop, Head of Midwifery', 'BM', '', 'X', 'Carys Penhallow, Matron (CP)'],
    ['Gideon Trelawny, Patient Experience Lead', 'GT', '', '', ''],
  ];
  const head = ['Calderwick Community Health Trust', 'Children’s Safeguarding Group', 'Minutes of the meeting held on 14 March 2019', 'Attendance'];
  const tail = ['1. Welcome', 'The Chair opened the meeting.', '2. Next meeting', '16 May 2019.'];

  it.each([
    ['tab-separated text', () => readLines('group.txt', [...head, ...rows.map((r) => r.join('\t')), '', ...tail])],
    ['a Word table', async () => readPaper('group.docx', await makeDocx([...head.map((p) => ({ p })), { table: rows }, ...tail.map((p) => ({ p }))]))],
  ])('reads an X by the column it sits in (%s)', async (_label, read) => {
    const doc = await read();
    const m = meetingOf(doc);
    expect(chairOf(m)).toBe('Harriet Quayle');
    expect(there(m)).toEqual(['Harriet Quayle', 'Osman Pardoe']);
    expect(apologiesOf(m)).toEqual(['Bernard Mossop', 'Lucinda Fairweather']);
    expect(namesIn(m, 'not-present')).toEqual(['Gideon Trelawny']);
    expect(m.attendance.find((e) => e.name.display === 'Bernard Mossop')?.deputy?.display).toBe('Carys Penhallow');
    // A member's row is nobody's action.
    expect(doc.actions.map((a) => a.text).filter((t) => /Mossop|Trelawny/.test(t))).toEqual([]);
  });
});

describe('minutes written as a side-by-side bilingual table', () => {
  // Cymraeg | English, a paragraph a row, the header again after a page break: read as the English column, once.
  const rows = [
    ['Cymraeg', 'English'],
    ['Cofnodion cyfarfod y Pwyllgor a gynhaliwyd ar 3 Mawrth 2020', 'Minutes of the Committee meeting held on 3 March 2020'],
    [
      'Yn bresennol: Y Cynghorydd Anwen Prys (Cadeirydd); Y Cynghorwyr Dafydd Bowen a Mererid Hughes',
      'Present: Councillor Anwen Prys (Chair); Councillors Dafydd Bowen and Mererid Hughes',
    ],
    ['Swyddogion: Llinos Evans (Pennaeth Gwasanaethau Plant)', 'Officers: Llinos Evans (Head of Children’s Services)'],
    ['Ymddiheuriadau: Y Cynghorydd Owain Tudur', 'Apologies: Councillor Owain Tudur'],
    ['1. Lleoliadau', '1. Placements'],
    ['Cam gweithredu: Pennaeth Gwasanaethau Plant i adrodd ar leoliadau ym mis Mai.', 'Action: Head of Children’s Services to report on placements in May.'],
    ['Cymraeg', 'English'],
    ['2. Dyddiad y cyfarfod nesaf', '2. Date of next meeting'],
    ['9 Mehefin 2020.', '9 June 2020.'],
  ];

  it('reads the English column: the lists once, the action once and in English', async () => {
    const doc = await readPaper('panel.docx', await makeDocx([{ p: 'Pwyllgor Plant / Children’s Committee' }, { table: rows }]));
    const m = meetingOf(doc);
    expect(m.date).toBe('2020-03-03');
    expect(chairOf(m)).toBe('Anwen Prys');
    expect(there(m)).toEqual(['Anwen Prys', 'Dafydd Bowen', 'Llinos Evans', 'Mererid Hughes']);
    expect(apologiesOf(m)).toEqual(['Owain Tudur']);
    expect(doc.actions.map((a) => a.text)).toEqual([expect.stringMatching(/^Head of Children['’]s Services to report on placements/)]);
    expect(m.nextMeeting?.date).toBe('2020-06-09');
  });
});

describe('a young people line and a note after a dash inside a bracket', () => {
  it('reads the young people by first name and the minute taker whose bracket holds a dash', async () => {
    const m = meetingOf(
      await readLines('panel.txt', [
        'Fernbridge Borough Council',
        'Corporate Parenting Board',
        'Minutes of the meeting held on 4 February 2020',
        'Present: Councillor Ruth Ashby (Chair); Councillors Paul Ince and Delia Marsh',
        'Young people: Kyle and Tamsin (Our Voice Group)',
        'Officers: Bryony Kettle (Head of Service); Colin Reed (Committee Officer – minutes)',
        'Apologies: Councillor Imran Shah',
        '1. Welcome',
        'The Chair welcomed everyone.',
      ]),
    );
    expect(there(m)).toEqual(['Bryony Kettle', 'Colin Reed', 'Delia Marsh', 'Kyle', 'Paul Ince', 'Ruth Ashby', 'Tamsin']);
    expect(apologiesOf(m)).toEqual(['Imran Shah']);
  });
});

describe('attendance kept only on a sign-in sheet at the end', () => {
  it('reads a signature as present, "apols" as apologies and an empty signature as absent', async () => {
    const doc = await readPaper(
      'network.docx',
      await makeDocx([
        { p: 'Glenmore Schools Safeguarding Network' },
        { p: 'Note of meeting: Tuesday 8 October 2019' },
        { p: 'Chair: Fiona Baird, Education Officer' },
        { p: 'Attendance: see the sign-in sheet at the end of this note.' },
        { p: '1. Training' },
        { p: 'Members discussed the refresher course for new staff.' },
        { p: 'Next meeting: Tuesday 3 December 2019.' },
        { p: 'Sign-in sheet' },
        {
          table: [
            ['Name', 'School / service', 'Designation', 'Signature'],
            ['Fiona Baird', 'Education Services', 'Education Officer – chair', '(signed)'],
            ['Niall Craigie', 'Glenmore High', 'Depute Head', '(signed)'],
            ['Shona Imrie', 'Ardbeg Primary', 'Head Teacher', 'apols'],
            ['Lorna Pettigrew', 'Kilbride Primary', 'Principal Teacher', ''],
          ],
        },
      ]),
    );
    const m = meetingOf(doc);
    expect(chairOf(m)).toBe('Fiona Baird');
    expect(there(m)).toEqual(['Fiona Baird', 'Niall Craigie']);
    expect(apologiesOf(m)).toEqual(['Shona Imrie']);
    expect(namesIn(m, 'not-present')).toEqual(['Lorna Pettigrew']);
    expect(m.nextMeeting?.date).toBe('2019-12-03');
  });
});

describe('a one-line attendance grouped by agency, and "Apols:"', () => {
  it('reads each agency’s people and the apologies', async () => {
    const m = meetingOf(
      await readLines('panel.txt', [
        'Harrowdene Missing and Exploited Children Panel',
        'Notes of the meeting held on 12 May 2021',
        'Present: Police - DS Wendy Orme, PC Luke Standish; Social Care - Petra Vance (Team Manager); Health - Iris Moncrieff (School Nurse); Notes - Abel Frost',
        'Apols: Colm Devane (Youth Justice), Hattie Lowe (Housing)',
        '1. Young people discussed',
        'Two new referrals were discussed.',
      ]),
    );
    expect(there(m)).toEqual(['Abel Frost', 'Iris Moncrieff', 'Luke Standish', 'Petra Vance', 'Wendy Orme']);
    expect(apologiesOf(m)).toEqual(['Colm Devane', 'Hattie Lowe']);
  });
});

describe('notes forwarded by e-mail', () => {
  const lines = [
    'From: Priya Hollins <priya.hollins@example.org>',
    'Sent: 14 March 2022 09:05',
    'To: Brackley Exploitation Panel <panel@example.org>',
    'Subject: FW: Panel notes - Weds 9th March',
    '',
    'Morning all, notes below from last week. Please check your actions.',
    'Priya',
    'Brackley Council | Exploitation Lead',
    '',
    '---------- Forwarded message ---------',
    'From: Tom Kerslake <tom.kerslake@example.org>',
    'Date: Thu, 10 Mar 2022 at 17:20',
    'Subject: Panel notes - Weds 9th March',
    'To: Priya Hollins <priya.hollins@example.org>',
    '',
    'Hi Priya - notes from yesterday, can you send them on? Tom',
    '',
    '*** BRACKLEY EXPLOITATION PANEL ***',
    'Notes - Weds 9th March, 10am, Room 2',
    '',
    'Chair: DI Rowan Askew',
    'Present: Police - DI Rowan Askew, DS Mina Callow; Social Care - Jed Parfitt (Social Worker); Notes - Tom Kerslake',
    'Apols: Yvette Sorrell (Health)',
    '',
    '1. Young people',
    'Actions:',
    '- Jed P to complete the screening tool - by 18/3',
    '',
    'Next panel: Weds 6th April, 10am.',
  ];

  it('dates the meeting by its notes (the year from the headers), names the board from their title, and reads the next panel', async () => {
    const doc = await readLines('notes-email.txt', lines);
    expect(doc.meetings).toHaveLength(1);
    const m = meetingOf(doc);
    expect(m.date).toBe('2022-03-09');
    expect(m.board).toBe('Brackley Exploitation Panel');
    expect(chairOf(m)).toBe('Rowan Askew');
    expect(there(m)).toEqual(['Jed Parfitt', 'Mina Callow', 'Rowan Askew', 'Tom Kerslake']);
    expect(apologiesOf(m)).toEqual(['Yvette Sorrell']);
    expect(m.nextMeeting?.date).toBe('2022-04-06');
    // The forwarder did not attend: her covering note is not the notes.
    expect(there(m)).not.toContain('Priya Hollins');
  });
});

describe('a meeting request printed to text', () => {
  it('records no meeting', async () => {
    const doc = await readLines('request.txt', [
      'From:\tHollis, Dana',
      'Sent:\t02 September 2023 10:15',
      'To:\tPrice, Owen; Malik, Sara; Trent, Joy',
      'Subject:\tAshby Safeguarding Partnership Board – Thursday 12 October 2023',
      'When:\t12 October 2023 14:00-16:00 (UTC+00:00) London.',
      'Where:\tBoard Room, Ashby House / Microsoft Teams',
      '',
      'Dear all,',
      'Please accept or decline. If you cannot attend, please send your apologies and the name of your deputy to Dana Hollis by Friday 6 October.',
      '',
      'Agenda',
      '1. Welcome and apologies (Chair)',
      '2. Minutes of 6 July 2023',
      '3. Annual report (Business Manager)',
      '',
      'Dana Hollis',
      'Business Manager | Ashby Safeguarding Partnership',
    ]);
    // Neither the Sent date nor the announced date is a meeting held: the request records none.
    expect(doc.meetings).toEqual([]);
  });
});

describe('a post that begins with "Deputy"', () => {
  it('keeps "Deputy Head Teacher" as the post, not as who deputised', async () => {
    const m = meetingOf(
      await readLines('group.txt', [
        'Pennock Schools Safeguarding Group',
        'Minutes of the meeting held on 2 June 2016',
        'Present:',
        'Nell Ashdown, Deputy Head Teacher, Pennock High (Chair)',
        'Ravi Coombes, Deputy Designated Lead (Deputy Chair)',
        'Apologies: Gus Tanner, Family Support Worker',
        '1. Welcome',
        'The Chair welcomed members.',
      ]),
    );
    const titleOf = (who: string) => m.attendance.find((e) => e.name.display === who)?.title;
    expect(titleOf('Ravi Coombes')).toMatch(/^Deputy Designated Lead/);
    expect(m.attendance.every((e) => !e.deputy)).toBe(true);
  });
});
