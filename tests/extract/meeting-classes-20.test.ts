import type { ExtractedMeeting } from '../../src/extract/model';
import { makeDocx } from '../helpers/make-files';
import { apologiesOf, chairOf, meetingOf, readLines, readPaper, there } from '../helpers/read-paper';

/**
 * Meeting classes the twentieth blind set found misread, each on a paper written here in our own words for invented
 * bodies: a table whose columns are the lists themselves beside an agency column ("Agency | Present | Apologies |
 * Substitute"); a "Name | Post | Attendance" table broken by agency rows whose marks carry a note naming the stand-in;
 * members listed agency by agency as "Post – Name"; a list written agency by agency in sentences inside a numbered
 * paragraph of item 1, with the chair in apposition; attendance only in an appendix; and a pack whose carried minutes
 * record an earlier meeting than the pack's own.
 */
const deputies = (m: ExtractedMeeting) => m.attendance.filter((e) => e.deputy).map((e) => `${e.deputy!.display} for ${e.name.display}`);

const BUSINESS = ['1. Opening', 'The chair opened the meeting and thanked everyone for coming.', '2. Next meeting', 'Tuesday 8 June 2027 at 10.00 am.'];

describe('twentieth-set meeting classes', () => {
  it('reads lists as columns beside an agency column, two people to a cell, the chair named after the table', async () => {
    const doc = await readPaper(
      'columns.docx',
      await makeDocx([
        { p: 'STRATHBRAN CHILD PROTECTION COMMITTEE' },
        { p: 'MINUTE of meeting held in the Old Courthouse, Balnagown on Tuesday 9 March 2027 at 10am' },
        {
          table: [
            ['Agency', 'Present', 'Apologies', 'Substitute'],
            ['Strathbran Council', 'Morag Dunlop, Chief Social Work Officer; Ruaridh Sim, Service Manager', '', ''],
            ['Police', '', 'DCI Fergus Ogilvie', 'DS Isla Rattray, Public Protection'],
            ['Health', 'Dr Catriona Munro, Consultant Paediatrician', 'Elspeth Gow, Nurse Consultant', ''],
            ['Third sector', '', '', ''],
          ],
        },
        { p: 'In the Chair: Morag Dunlop.' },
        ...BUSINESS.map((p) => ({ p })),
      ]),
    );
    const m = meetingOf(doc);
    expect(m.date).toBe('2027-03-09');
    expect(m.board).toBe('Strathbran Child Protection Committee');
    expect(chairOf(m)).toBe('Morag Dunlop');
    expect(there(m)).toEqual(['Catriona Munro', 'Isla Rattray', 'Morag Dunlop', 'Ruaridh Sim']);
    expect(apologiesOf(m)).toEqual(['Elspeth Gow', 'Fergus Ogilvie']);
    expect(m.attendance.find((e) => e.name.display === 'Ruaridh Sim')?.organisation).toBe('Strathbran Council');
    expect(m.nextMeeting?.date).toBe('2027-06-08');
  });

  it('reads agency rows as headings and a mark with a note naming who stood in; the next board given in AOB', async () => {
    const doc = await readLines('marked.txt', [
      'HOLMEFORD SAFEGUARDING CHILDREN PARTNERSHIP',
      'Minutes of the Partnership Board – Thursday 4 March 2027, 2pm, Council Chamber',
      'Board meeting chaired by Prof Anil Desai, Independent Scrutineer',
      'Name\tPost\tAttendance',
      'Council\t\t',
      'Prof Anil Desai\tIndependent Scrutineer\tPresent',
      'Rachel Fenn\tDirector of Children’s Services\tApologies – Owen Tiller attended on her behalf',
      'Owen Tiller\tHead of Service\tPresent',
      'Police\t\t',
      'Det Supt Gail Marsh\tHead of Public Protection\tApologies (represented by DI Colin Pratt (CP))',
      'Health\t\t',
      'Dr Nina Holt\tDesignated Doctor\tApologies, no deputy',
      'Ben Yates\tDesignated Nurse\tPresent',
      '',
      '1. Welcome',
      'The Scrutineer welcomed members.',
      '2. Annual report',
      'Agreed: the draft to go to partners. Lead: BY. Timescale: next meeting.',
      '3. Any other business',
      'The next Board will be on Thursday 10th June 2027 at 2pm.',
    ]);
    const m = meetingOf(doc);
    expect(chairOf(m)).toBe('Anil Desai');
    expect(there(m)).toEqual(['Anil Desai', 'Ben Yates', 'Owen Tiller']);
    expect(apologiesOf(m)).toEqual(['Gail Marsh', 'Nina Holt', 'Rachel Fenn']);
    expect(deputies(m)).toEqual(['Colin Pratt for Gail Marsh']);
    expect(m.nextMeeting?.date).toBe('2027-06-10');
  });

  it('reads members listed agency by agency as "Post – Name", with apologies and a stand-in in the bracket', async () => {
    const doc = await readLines('posts.txt', [
      'NHS WESTBRIDGE',
      'Child Safeguarding Group',
      'Notes of the meeting held on Wednesday 3 February 2027, 10am, Boardroom',
      'Members',
      'Westbridge Community Trust',
      '    Named Nurse (Community) – Hannah Oduya (Chair)',
      '    Named Nurse (School Health) – Lucy Perrin (apologies – represented by Martin Shaw, Specialist Nurse)',
      'Westbridge Acute Hospitals NHS Trust',
      '    Named Midwife – Joanna Kerr',
      '    Named Doctor (Paediatrics) – Dr Sanjay Mehta',
      '',
      '1. Notes of the last meeting',
      'Agreed.',
      'Dates: spring meeting Wednesday 5 May 2027, summer meeting Wednesday 7 July 2027.',
    ]);
    const m = meetingOf(doc);
    expect(chairOf(m)).toBe('Hannah Oduya');
    expect(there(m)).toEqual(['Hannah Oduya', 'Joanna Kerr', 'Sanjay Mehta']);
    expect(apologiesOf(m)).toEqual(['Lucy Perrin']);
    expect(deputies(m)).toEqual(['Martin Shaw for Lucy Perrin']);
    expect(m.nextMeeting?.date).toBe('2027-05-05');
  });

  it('reads the lists in numbered paragraphs of item 1, agency by agency in sentences, the chair in apposition', async () => {
    const doc = await readLines('paragraphs.txt', [
      'Dyffryn Regional Safeguarding Board',
      'Adults Board',
      'Minutes of the meeting held on Tuesday 16 February 2027 on Microsoft Teams',
      '1. Welcome and attendance',
      '1.1 Eleri Vaughan, Director of Social Services, Dyffryn Council, chaired the meeting.',
      '1.2 Present: Dyffryn Council – Eleri Vaughan, Director of Social Services; Tomos Price, Head of Adult Services. Dyffryn Health Board – Dr Gwen Ellis, Safeguarding Lead. Dyffryn Police – DCI Huw Jenkins.',
      '1.3 Apologies: Carys Lewis, Probation Service.',
      '1.4 Also in attendance: Sian Morgan, Business Manager.',
      '2. Safeguarding week',
      'The Business Manager described the plans for the week.',
    ]);
    const m = meetingOf(doc);
    expect(chairOf(m)).toBe('Eleri Vaughan');
    expect(there(m)).toEqual(['Eleri Vaughan', 'Gwen Ellis', 'Huw Jenkins', 'Sian Morgan', 'Tomos Price']);
    expect(apologiesOf(m)).toEqual(['Carys Lewis']);
    expect(m.attendance.find((e) => e.name.display === 'Gwen Ellis')?.organisation).toBe('Dyffryn Health Board');
  });

  it('reads the attendance an appendix holds, with names given by honorific in the notes', async () => {
    const doc = await readLines('appendix.txt', [
      'EDUCATION AUTHORITY – LOUGHVALE AREA',
      'PASTORAL CARE FORUM',
      'Notes of meeting, Wednesday 20th January 2027, 3.30pm, Loughvale Teachers’ Centre',
      'Attendance: see Appendix 1.',
      '1. Welcome',
      'Mrs Corr welcomed members. Mr Hagan reported on the new referral form.',
      '2. Any other business',
      'None.',
      'Appendix 1 – Attendance',
      'Present',
      'Mrs Niamh Corr, EA Pastoral Support (Chair)',
      'Mr Declan Hagan, St Brigid’s High School',
      'Ms Orla Byrne, Loughvale Primary School',
      'Apologies',
      'Mr Peter Lavery, Loughvale College',
    ]);
    const m = meetingOf(doc);
    expect(chairOf(m)).toBe('Niamh Corr');
    expect(there(m)).toEqual(['Declan Hagan', 'Niamh Corr', 'Orla Byrne']);
    expect(apologiesOf(m)).toEqual(['Peter Lavery']);
  });

  it('dates a pack by the minutes it carries, the pack’s own meeting being their next', async () => {
    const doc = await readLines('pack.txt', [
      'MARLOW VALE SAFEGUARDING PARTNERSHIP',
      'Performance Group',
      'Agenda pack – Tuesday 12 October 2027, 10am, Room 2, Vale House',
      'Item\tSubject\tLead',
      '1\tWelcome\tChair',
      '2\tMinutes of 13 July 2027\tChair',
      '3\tDashboard\tAnalyst',
      '',
      'Item 2 – Minutes of the Performance Group, 13 July 2027',
      'Held at Vale House, 10am',
      'Marlow Vale Council',
      'Priya Shah, Head of Quality (Chair)',
      'Tom Ellery, Performance Manager – apologies',
      'Vale Hospitals NHS Trust',
      'Grace Obi, Named Nurse',
      'Thames Vale Police',
      'DI Karl Weiss, Public Protection',
      '',
      '2.1 Dashboard',
      'Grace Obi presented the quarter 1 figures.',
      '',
      'Item 3 – Dashboard',
      'Report of the Analyst.',
    ]);
    const minutes = doc.meetings.find((x) => x.source === 'minutes')!;
    expect(minutes.date).toBe('2027-07-13');
    expect(minutes.nextMeeting?.date).toBe('2027-10-12');
    expect(minutes.board).toMatch(/Performance Group$/);
    expect(chairOf(minutes)).toBe('Priya Shah');
    expect(there(minutes)).toEqual(['Grace Obi', 'Karl Weiss', 'Priya Shah']);
    expect(apologiesOf(minutes)).toEqual(['Tom Ellery']);
  });
});
