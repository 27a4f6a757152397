import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedDocument } from '../../src/extract/model';
import type { Block } from '../../src/ingest/document';
import { readPaper } from '../helpers/read-paper';

/**
 * The meeting classes the nineteenth blind set found unread (tests/fixtures/blind-19/README.md), on papers written here
 * in our own words for invented boards: a council committee's attendance told in sentences with the people first and
 * the verb last ("Councillor A presided. Councillors B and C were also present …", "The officers in attendance were …",
 * "… attended for minute 4"), the same run into the header paragraph as a PDF prints it, and a chair marked "(chairing)".
 */
const read = (text: string, name = 'paper.txt') => readPaper(name, Buffer.from(text, 'utf8'));

const names = (doc: ExtractedDocument, role: string) => doc.meetings[0]!.attendance.filter((e) => e.role === role).map((e) => e.name.display);

const councilHeader = [
  'KESTREL VALE BOROUGH COUNCIL',
  'FAMILIES AND LEARNING SCRUTINY PANEL',
  '',
  'Minutes of a meeting of the Families and Learning Scrutiny Panel held at the Civic Offices, Kestrel Vale on Wednesday, 4 March 2020 at 2.00 pm.',
  '',
];
const councilAttendance = [
  'Councillor Marian Oakes presided. Councillors Tobias Grange, Helen Rudd and Simon Petrie were also present, together with the co-opted member Mr Owen Castle (diocesan representative).',
  'The officers in attendance were Laura Finch (Head of Education Services), Daniel Kemp (Service Manager, Family Support) and Ruth Ainsley (Democratic Services Officer). Councillor Peter Vance, Cabinet Member for Schools and Skills, attended for minute 12.',
  'Apologies for absence were received from Councillors Joan Hale and Victor Moss.',
];
const councilBusiness = [
  '',
  '11. DECLARATIONS OF INTEREST',
  'None were declared.',
  '',
  '12. SCHOOL PLACES',
  'The Head of Education Services presented the report.',
  'RESOLVED that the report be noted.',
  '',
  '13. DATE OF NEXT MEETING',
  'Wednesday, 6 May 2020 at 2.00 pm.',
];

describe('a council committee whose attendance is written as sentences, people first', () => {
  const check = (doc: ExtractedDocument) => {
    expect(doc.meetings).toHaveLength(1);
    const m = doc.meetings[0]!;
    expect(m.date).toBe('2020-03-04');
    expect(m.board).toMatch(/Families and Learning Scrutiny Panel/i);
    expect(names(doc, 'chair')).toEqual(['Marian Oakes']);
    expect(names(doc, 'present')).toEqual(['Tobias Grange', 'Helen Rudd', 'Simon Petrie', 'Owen Castle']);
    // The officers and the cabinet member who came for one item are in attendance, not members.
    expect(names(doc, 'in-attendance')).toEqual(['Laura Finch', 'Daniel Kemp', 'Ruth Ainsley', 'Peter Vance']);
    expect(names(doc, 'apologies')).toEqual(['Joan Hale', 'Victor Moss']);
    // A title holding a comma or "and" stays one title: "Service Manager, Family Support" is not a second person.
    expect(m.attendance.find((e) => e.name.display === 'Peter Vance')?.title).toBe('Cabinet Member for Schools and Skills');
    expect(m.nextMeeting?.date).toBe('2020-05-06');
  };

  it('reads the paragraphs as the attendance', async () => {
    check(await read([...councilHeader, ...councilAttendance, ...councilBusiness].join('\n')));
  });

  it('reads them when the header and the attendance are printed as one paragraph (as a PDF gives them)', () => {
    const para = (text: string): Block => ({ type: 'paragraph', text });
    const blocks: Block[] = [
      { type: 'heading', text: councilHeader[0]! },
      { type: 'heading', text: councilHeader[1]! },
      para(`${councilHeader[3]!} ${councilAttendance[0]!} ${councilAttendance[1]!}`),
      para(councilAttendance[2]!),
      ...councilBusiness.filter(Boolean).map((t) => (/^\d+\./.test(t) ? { type: 'heading' as const, text: t } : para(t))),
    ];
    check(extractDocument(blocks, 'paper.pdf'));
  });
});

describe('council minutes closing with an action sheet', () => {
  it('take their actions from the sheet, not from a resolution that names nobody', async () => {
    const doc = await read(
      [
        ...councilHeader,
        ...councilAttendance,
        '',
        '12. SCHOOL PLACES',
        'RESOLVED that the report be noted and that the Panel’s views be reported to Cabinet.',
        '',
        'Action sheet',
        'No.\tMinute\tAction\tOfficer\tResponse by',
        '1\t12\tSend members the school places projections by ward\tHead of Education Services\tFor the May meeting',
        '2\t12\tArrange a visit to the new primary school\tDemocratic Services Officer\t30 April 2020',
      ].join('\n'),
    );
    expect(doc.actions.map((a) => a.text)).toEqual(['Send members the school places projections by ward', 'Arrange a visit to the new primary school']);
    // The officers paragraph says who holds each post the sheet names.
    expect(doc.actions.map((a) => a.owners.map((o) => o.person?.name.display ?? o.written))).toEqual([['Laura Finch'], ['Ruth Ainsley']]);
  });
});

describe('other prose attendance sentences', () => {
  it('reads "Councillors A (Chair), B and C attended" and an "Officers in attendance:" line inside the paragraph', async () => {
    const doc = await read(
      [
        'Minutes of the Corporate Parenting Panel held on 9 September 2021',
        '',
        'Councillors Nadia Brook (Chair), Colin Marsh and Yvonne Tate attended. Officers in attendance: Grace Whitby (Virtual School Head), Martin Dale (Participation Officer).',
        '',
        '1. Welcome',
        'The Chair welcomed everyone.',
      ].join('\n'),
    );
    expect(doc.meetings[0]!.date).toBe('2021-09-09');
    expect(names(doc, 'chair')).toEqual(['Nadia Brook']);
    expect(names(doc, 'present')).toEqual(['Colin Marsh', 'Yvonne Tate']);
    expect(names(doc, 'in-attendance')).toEqual(['Grace Whitby', 'Martin Dale']);
  });

  it('does not take a sentence about attending something else for attendance', async () => {
    const doc = await read(
      [
        'Minutes of the Early Help Partnership held on 2 June 2022',
        '',
        'Present: Alice Wren (Chair), Tom Barker, Nina Shah',
        '',
        '1. Training',
        'Tom Barker attended the regional training day and will share the slides.',
      ].join('\n'),
    );
    expect(names(doc, 'chair')).toEqual(['Alice Wren']);
    expect(names(doc, 'present')).toEqual(['Tom Barker', 'Nina Shah']);
  });
});

describe('a chair marked "(chairing)" in a list of others present', () => {
  it('is the chair', async () => {
    const doc = await read(
      [
        'GLENARM SCHOOLS SAFEGUARDING NETWORK',
        '',
        'Notes of meeting, Tuesday 15th May 2018, 4pm, Riverside Centre',
        '',
        'Attendance',
        'Teachers: Mr Declan Boyle (Ashgrove PS), Mrs Fiona Quinn (Lisnagarvey College)',
        'Others: Mrs Una Keenan, Network Co-ordinator (chairing); Mr Rory Burns, Education Welfare (notes)',
        '',
        'Sent apologies: Miss Aoife Larkin (Harbour PS)',
        '',
        '1. Welcome',
        'Mrs Keenan welcomed everyone.',
      ].join('\n'),
    );
    expect(names(doc, 'chair')).toEqual(['Una Keenan']);
    expect(names(doc, 'apologies')).toEqual(['Aoife Larkin']);
  });
});
