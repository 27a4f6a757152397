import { parseAttendance } from '../../src/extract/attendance';
import type { ExtractedDocument } from '../../src/extract/model';
import type { Block } from '../../src/ingest/document';
import { chairOf, readPaper } from '../helpers/read-paper';

/**
 * The meeting classes the twenty-fourth blind set found unread (tests/fixtures/blind-24/README.md), on papers written here
 * in our own words for invented boards: attendance recorded by exception against a membership appendix at the foot; a
 * membership table naming each member's nominated deputy, its mark saying which of the two came, with a guest's list run
 * on after the officers'; a register whose marks sit at the right ("Not present", an absence naming who deputised);
 * people under organisation headings whose title holds an "and"; and a highlight sheet with its meeting in a header box
 * ("Meeting held:", "Chaired by:", "Next meeting:") and "Who was there" as a run of names with officers "with … from".
 */
const read = (text: string, name = 'paper.txt') => readPaper(name, Buffer.from(text, 'utf8'));

const names = (doc: ExtractedDocument, role: string) => doc.meetings[0]!.attendance.filter((e) => e.role === role).map((e) => e.name.display);
// Those who came: the lists, and each deputy who came in a member's place (kept on the member's entry).
const there = (doc: ExtractedDocument) => [
  ...names(doc, 'chair'),
  ...names(doc, 'present'),
  ...names(doc, 'in-attendance'),
  ...doc.meetings[0]!.attendance.filter((e) => e.deputy).map((e) => e.deputy!.display),
];
const deputies = (doc: ExtractedDocument) => doc.meetings[0]!.attendance.filter((e) => e.deputy).map((e) => `${e.deputy!.display} for ${e.name.display}`);

describe('attendance by exception against a membership appendix', () => {
  const paper = [
    'LOUGHMERE CHILD PROTECTION FORUM',
    'Minutes of the meeting held on Thursday 12th June 2014 at 2.00pm in Room 4, Carnbeg Centre',
    '',
    'Attendance',
    'All members listed in Appendix B were present except: Mr Declan Hurley, Education Authority (apologies); Dr Orla Keane, Paediatrician (apologies).',
    'In attendance: Ms Fiona Gallen, Forum Secretary (minutes).',
    '',
    '1. Welcome',
    'Mrs Madden welcomed members.',
    '',
    '2. Date of next meeting',
    'Thursday 11th September 2014 at 2.00pm.',
    '',
    'Appendix B – Forum membership',
    'Member\tDesignation\tOrganisation',
    'Mrs Brid Madden (Chair)\tHead of Service\tLoughmere Trust',
    'Mr Declan Hurley\tWelfare Officer\tEducation Authority',
    'Dr Orla Keane\tConsultant Paediatrician\tLoughmere Trust',
    'DS Kevin Tully\tPublic Protection\tPolice Service',
    'Mrs Eimear Rock\tProject Lead\tHarbour Family Centre',
  ].join('\n');

  it('reads every member not excepted as present, the excepted as apologies, and the chair from the appendix', async () => {
    const doc = await read(paper);
    expect(names(doc, 'chair')).toEqual(['Brid Madden']);
    expect(names(doc, 'present').sort()).toEqual(['Eimear Rock', 'Kevin Tully']);
    expect(names(doc, 'apologies').sort()).toEqual(['Declan Hurley', 'Orla Keane']);
    expect(names(doc, 'in-attendance')).toEqual(['Fiona Gallen']);
  });
});

describe('a membership table with a nominated deputy column and a mark saying who came', () => {
  const paper = [
    'Ashby Vale Safeguarding Partnership',
    'Exploitation Subgroup',
    'Minutes – Monday 3 March 2025, 10.00 am, Council Chamber',
    '',
    'Membership and attendance',
    'Agency\tMember\tNominated deputy\tAttended',
    'Youth Service (Chair)\tHolly Barton\tKeith Nash\tMember',
    'Children’s Social Care\tGlen Oakes, Service Manager\tMaya Price, Team Manager\tDeputy',
    'Police\tDI Paul Quinn\tDS Jane Ross\tMember and deputy',
    'Schools\tLiam Shaw, Head Teacher\tNina Todd\tApologies – no deputy',
    'Officers: Ann Vale, Business Manager; Tim West, Officer (minutes). Guest: Dr Ruth Young, Paediatrician (item 2).',
    '',
    '1. Welcome',
    'The Chair welcomed everyone.',
    '',
    '2. Date of next meeting',
    'Monday 2 June 2025.',
  ].join('\n');

  it('counts only who came: a nominated deputy of a member who came is nobody', async () => {
    const doc = await read(paper);
    expect(names(doc, 'chair')).toEqual(['Holly Barton']);
    expect(there(doc)).toEqual(expect.arrayContaining(['Maya Price', 'Paul Quinn', 'Jane Ross', 'Ann Vale', 'Tim West', 'Ruth Young']));
    for (const nobody of ['Keith Nash', 'Nina Todd', 'Glen Oakes', 'Liam Shaw']) expect(there(doc)).not.toContain(nobody);
    expect(names(doc, 'apologies').sort()).toEqual(['Glen Oakes', 'Liam Shaw']);
    expect(deputies(doc).sort()).toEqual(['Jane Ross for Paul Quinn', 'Maya Price for Glen Oakes']);
  });
});

describe('a register with the mark at the right of each line', () => {
  const paper = [
    'Calder Mouth Local Safeguarding Group',
    'Minutes of the meeting held on Tuesday 9 May 2017 at 10.00 am, Harbour House',
    '',
    'Attendance register',
    'Owain Pryce (OP), Head of Service, Calder Council – Chair\tPresent',
    'Nia Hughes (NH), Designated Nurse, Calder Health Board\tApologies – Bethan Lloyd (BL), Named Nurse, deputised',
    'Iwan Morgan (IM), Manager, Youth Offending Service\tNot present',
    'Carys Evans (CE), Team Manager, Calder Council\tPresent',
    'Dafydd Jones, Business Support Officer\tIn attendance (minutes)',
    '',
    '1. Welcome',
    'The Chair welcomed members.',
    '',
    '2. Date of next meeting',
    'Tuesday 12 September 2017.',
  ].join('\n');

  it('reads "Not present" as absent and the deputy an absence mark names as there', async () => {
    const doc = await read(paper);
    expect(names(doc, 'chair')).toEqual(['Owain Pryce']);
    expect(there(doc)).toEqual(expect.arrayContaining(['Carys Evans', 'Bethan Lloyd', 'Dafydd Jones']));
    expect(there(doc)).not.toContain('Iwan Morgan');
    expect(names(doc, 'apologies')).toEqual(['Nia Hughes']);
  });
});

describe('people under organisation headings, a title with an "and" after the dash', () => {
  const paper = [
    'TREFORGAN SAFEGUARDING GROUP',
    'Note of virtual meeting',
    'Monday 18 May 2020, 10.00 am',
    '',
    'Members present',
    '',
    'Treforgan Council',
    '    Elin Wyn – Head of Prevention and Early Intervention (Chair)',
    '    Gareth Bowen – Team Manager',
    'Treforgan Health Board',
    '    Lowri Price – Named Nurse',
    '',
    'Apologies: Huw Rees',
    '',
    '1. Purpose',
    'Elin explained the purpose of the meeting.',
    '',
    '2. Next meeting',
    'Monday 1 June 2020.',
  ].join('\n');

  it('reads the chair whole, not the end of her title as a person', async () => {
    const doc = await read(paper);
    expect(chairOf(doc.meetings[0]!)).toBe('Elin Wyn');
    expect(there(doc)).not.toContain('Early Intervention');
    expect(names(doc, 'present')).toEqual(expect.arrayContaining(['Gareth Bowen', 'Lowri Price']));
  });
});

describe('a highlight sheet: a header box, "Who was there" as a run of names', () => {
  const paper = [
    'Harrowby Safeguarding Partnership',
    'Family Support Subgroup – Highlights from the meeting of 2 June 2025',
    'Meeting held: Monday 2 June 2025, Civic Centre',
    'Chaired by: Ann Bee (Harrowby Carers Trust)',
    'Next meeting: Monday 1 September 2025',
    '',
    'Who was there',
    'Ann Bee (Chair), Carl Dee, Erin Eff, DS Gus Hale and Ivy Jones, with Kay Lowe and Max Nunn (notes) from the Business Unit.',
    'Apologies: Pat Quill and Dr Rita Stone.',
    '',
    'What we talked about',
    'Waiting times for the first visit have fallen by a week since January.',
  ].join('\n');

  it('reads the subgroup, the chair, everyone there, the officers in attendance and the next meeting', async () => {
    const doc = await read(paper);
    const m = doc.meetings[0]!;
    expect(m.board).toBe('Harrowby Safeguarding Partnership – Family Support Subgroup');
    expect(names(doc, 'chair')).toEqual(['Ann Bee']);
    expect(names(doc, 'present')).toEqual(['Carl Dee', 'Erin Eff', 'Gus Hale', 'Ivy Jones']);
    expect(names(doc, 'in-attendance')).toEqual(['Kay Lowe', 'Max Nunn']);
    expect(names(doc, 'apologies')).toEqual(['Pat Quill', 'Rita Stone']);
    expect(m.nextMeeting?.date).toBe('2025-09-01');
  });
});

describe("a second list run on after the first one's full stop, read twice", () => {
  it('is split off once: the lists are read more than once over the same blocks', () => {
    const blocks: Block[] = [
      { type: 'paragraph', text: 'Present: Ann Bee (Chair), Carl Dee, Erin Eff' },
      { type: 'paragraph', text: 'Officers: Gus Hale, Business Manager; Ivy Jones (minutes). Guest: Dr Kay Lamb, Paediatrician (item 4).' },
      { type: 'heading', text: '1. Welcome' },
    ];
    const first = parseAttendance(blocks, 0, '2027-01-01').entries.map((e) => `${e.role}: ${e.name.display}`);
    const again = parseAttendance(blocks, 0, '2027-01-01').entries.map((e) => `${e.role}: ${e.name.display}`);
    expect(first).toContain('in-attendance: Kay Lamb');
    expect(again).toEqual(first);
    expect(blocks.filter((b) => b.text.startsWith('Guest:'))).toHaveLength(1);
  });
});
