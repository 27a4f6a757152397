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
