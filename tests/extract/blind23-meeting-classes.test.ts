import type { ExtractedDocument } from '../../src/extract/model';
import { readPaper } from '../helpers/read-paper';

/**
 * The meeting classes the twenty-third blind set found unread (tests/fixtures/blind-23/README.md), on papers written here
 * in our own words for invented boards: those present as bullets under plain group labels (one of them a post's words),
 * the apologies as an "Apologies received from | Substitute attending" table, and the vice-chair chairing "in the absence
 * of" the chair; a joint meeting whose chair is named "for this meeting" and whose apologies are split by board with a
 * colon after each; a committee page printed by a browser, the print date at the head of the page; a seat-by-seat
 * membership table (a vacant seat, "No – apologies", "No – X attended", the chair only as a seat); a call's attendance
 * report pasted under a sentence saying so; and notes listing people by initials, named by a "Key to initials" at the foot.
 */
const read = (text: string, name = 'paper.txt') => readPaper(name, Buffer.from(text, 'utf8'));

const names = (doc: ExtractedDocument, role: string) => doc.meetings[0]!.attendance.filter((e) => e.role === role).map((e) => e.name.display);
const deputies = (doc: ExtractedDocument) => doc.meetings[0]!.attendance.filter((e) => e.deputy).map((e) => `${e.deputy!.display} for ${e.name.display}`);

describe('bulleted groups under plain labels, a substitutes table, a vice-chair in the chair', () => {
  const paper = [
    'Brackenmoor Adult Protection Committee',
    'Minute of meeting held on Tuesday 4 March 2025 at 2.00pm, Town Hall, Brackenmoor',
    '',
    'Present',
    'Senior officers nominated',
    '• Ishbel Corrie, Director of Health and Social Care, Brackenmoor HSCP (Vice Chair)',
    '• Torquil Baird, Chief Finance Officer, Brackenmoor Council',
    'Members',
    '• Morven Gilchrist, Adult Protection Lead Officer',
    '• Callum Drysdale, Housing Manager, Brackenmoor Council',
    'Clerk',
    '• Euan Lockhart, Committee Services',
    '',
    'Apologies and substitutes',
    'Apologies received from\tSubstitute attending',
    'Professor Agnes Rintoul, Independent Convener\t–',
    'Ch Insp Rory Bain, Police Scotland\tInsp Kirsty Moffat, Police Scotland',
    '',
    '1. Welcome',
    'In the absence of Professor Rintoul, Ishbel Corrie chaired the meeting and welcomed Insp Moffat.',
    '',
    '2. Date of next meeting',
    'Tuesday 3 June 2025 at 2.00pm.',
  ].join('\n');

  it('reads every group of bullets as those present, the substitute too', async () => {
    const doc = await read(paper);
    expect(names(doc, 'chair')).toEqual(['Ishbel Corrie']);
    expect(names(doc, 'present')).toEqual(expect.arrayContaining(['Torquil Baird', 'Morven Gilchrist', 'Callum Drysdale', 'Kirsty Moffat']));
    expect([...names(doc, 'present'), ...names(doc, 'in-attendance')]).toContain('Euan Lockhart');
  });

  it.each([
    "In Professor Rintoul's absence, Ishbel Corrie chaired the meeting.",
    'Ishbel Corrie (Vice Chair) chaired the meeting in the absence of Professor Rintoul.',
    'The Vice Chair, Ishbel Corrie, chaired the meeting.',
  ])('reads who chaired however the sentence puts it: %s', async (sentence) => {
    const doc = await read(paper.replace(/^In the absence of .*$/m, sentence));
    expect(names(doc, 'chair')).toEqual(['Ishbel Corrie']);
  });

  it('reads the table of apologies, each member once, the substitute not among them', async () => {
    const doc = await read(paper);
    expect(names(doc, 'apologies')).toEqual(['Agnes Rintoul', 'Rory Bain']);
  });
});

describe('a joint meeting: the chair for this meeting, apologies by board', () => {
  const paper = [
    'Fernbank Safeguarding Board and Carrow Child Protection Committee',
    'Joint meeting – note',
    'Monday 10 February 2025, 10.00am, Riverside House',
    'Chair for this meeting: Gwen Tallis, Independent Scrutineer, Fernbank (hosting). The chair passes to Carrow next time.',
    '',
    'Present',
    'Gwen Tallis, Independent Scrutineer',
    'Harriet Olding, Vice Chair, Business Manager, Fernbank',
    'Lachlan Ross, Lead Officer, Carrow',
    'Apologies – Fernbank: Dr Piers Whitlock; Margaret Ashby. Carrow: Fraser Niven; Dr Elspeth Craw (Lead Paediatrician).',
    '',
    '1. Welcome',
    'Gwen Tallis welcomed members of both bodies.',
  ].join('\n');

  it('names the chair the line gives for this meeting', async () => {
    const doc = await read(paper);
    expect(names(doc, 'chair')).toEqual(['Gwen Tallis']);
  });

  it('reads the apologies of each board', async () => {
    const doc = await read(paper);
    expect(names(doc, 'apologies')).toEqual(['Piers Whitlock', 'Margaret Ashby', 'Fraser Niven', 'Elspeth Craw']);
  });
});

describe('a committee page printed by a browser', () => {
  const paper = [
    '03/04/2025, 16:42\tAgenda for Corporate Parenting Committee on Wednesday, 5th March, 2025, 5.30 pm - Hollinsfield Council',
    'Hollinsfield Council',
    'Corporate Parenting Committee',
    'Wednesday, 5th March, 2025 5.30 pm',
    'Venue: Council Chamber, Town Hall',
    'Attendance details',
    'Attendee\tRole\tAttendance',
    'Councillor Rhoda Penning\tChair\tPresent',
    'Councillor Tobias Wren\tVice-Chair\tPresent',
    'Councillor Nell Grafton\tCommittee Member\tApologies',
    'Minutes',
    '12. Minutes of the previous meeting',
    'Minutes: RESOLVED – That the minutes be approved.',
    'https://democracy.hollinsfield.gov.uk/ieListDocuments.aspx?CId=88&MId=901',
  ].join('\n');

  it('dates the meeting by its page, not by the day it was printed', async () => {
    const doc = await read(paper);
    expect(doc.meetings.map((m) => m.date)).toEqual(['2025-03-05']);
    expect(names(doc, 'chair')).toEqual(['Rhoda Penning']);
  });
});

describe('a seat-by-seat membership table', () => {
  const paper = [
    'Harlowe Safeguarding Partnership',
    'Practice Review Subgroup',
    'Minutes of meeting, 06.05.2025, 1.00pm, Meeting Room 2, Harlowe House',
    '',
    'Membership and attendance',
    'Seat\tMember\tAttended',
    'Chair (Partnership Business Manager)\tBronwen Ashdown\tYes',
    'Local authority – early help\tGideon Fairweather\tYes',
    'Health\tDr Tamsin Holt\tNo – apologies',
    'Health (second seat)\tVacant\t–',
    'Police\tDI Owen Marchant\tNo – DS Lucy Prentice attended',
    'Voluntary sector\tRowena Blake\tNo (no apologies received)',
    'Schools\tAlistair Furness\tNo – sent apologies',
    'Housing\tMeriel Dunstan\tNo – no apologies received',
    'Minutes: Jasper Linley, Partnership Officer.',
    '',
    '1. Minutes of the last meeting',
    'Agreed.',
  ].join('\n');

  it('reads the meeting, its chair by seat, who came and who sent someone', async () => {
    const doc = await read(paper);
    expect(doc.meetings.map((m) => m.date)).toEqual(['2025-05-06']);
    expect(names(doc, 'chair')).toEqual(['Bronwen Ashdown']);
    expect(names(doc, 'present')).toEqual(['Gideon Fairweather']);
    expect(names(doc, 'in-attendance')).toEqual(['Jasper Linley']);
    expect(names(doc, 'apologies')).toEqual(['Tamsin Holt', 'Owen Marchant', 'Alistair Furness']);
    expect(deputies(doc)).toEqual(['Lucy Prentice for Owen Marchant']);
    expect(names(doc, 'not-present')).toEqual(['Rowena Blake', 'Meriel Dunstan']);
  });

  it('reads a vacant seat as nobody, and nobody else’s detail', async () => {
    const doc = await read(paper);
    const holt = doc.meetings[0]!.attendance.find((e) => e.name.display === 'Tamsin Holt')!;
    expect(`${holt.title ?? ''} ${holt.organisation ?? ''}`).not.toMatch(/vacant|second seat/i);
  });
});

describe("a call's attendance report pasted as the attendance", () => {
  const paper = [
    'Eastmere Safeguarding Children Partnership',
    'Education Reference Group',
    'Minutes – Thursday 15 May 2025, 4.00pm, Microsoft Teams',
    'Chair: Philippa Dunmore, Head of Inclusion',
    '',
    'Attendance',
    'Taken from the attendance report the meeting produced.',
    'Name\tFirst join\tLast leave\tIn-meeting duration\tRole',
    'Philippa Dunmore\t15/05/2025, 15:55:01\t15/05/2025, 17:01:10\t1h 6m 9s\tOrganizer',
    'Bartholomew Keane\t15/05/2025, 15:58:40\t15/05/2025, 17:00:02\t1h 1m 22s\tPresenter',
    'PC Imogen Saltash (Guest)\t15/05/2025, 16:02:13\t15/05/2025, 16:45:00\t42m 47s\tAttendee',
    'Apologies: Conrad Vell (School Nursing).',
    '',
    '1. Attendance data',
    'Bartholomew Keane presented the figures.',
  ].join('\n');

  it('reads everyone on the report as present, and the role column as no one’s post', async () => {
    const doc = await read(paper);
    expect(names(doc, 'chair')).toEqual(['Philippa Dunmore']);
    expect(names(doc, 'present')).toEqual(['Bartholomew Keane', 'Imogen Saltash']);
    expect(names(doc, 'apologies')).toEqual(['Conrad Vell']);
    const keane = doc.meetings[0]!.attendance.find((e) => e.name.display === 'Bartholomew Keane')!;
    expect(keane.title).toBeNull();
  });
});

describe('initials-only attendance named by a key at the foot', () => {
  const paper = [
    'WESTLEA CHILD PROTECTION COMMITTEE',
    'Case Review Subgroup',
    '',
    'Note of meeting: Monday 9 June 2025, 10am, via Teams',
    '',
    'Present: RM (chair), TQ, BW, HS (note)',
    'Apologies: LD, CF',
    '',
    '1. Reviews under way',
    'TQ will ask the police for their chronology by the end of June.',
    '',
    'Next meeting: Monday 8 September 2025, 10am, Teams.',
    '',
    'Key to initials: RM – Rosalind Merrow, Lead Officer; TQ – Tristan Quill, Team Manager, Social Work; BW – Dr Bryony Welsh, Named Doctor; HS – Hamish Strachan, Committee Officer; LD – Lorna Dewar, Education; CF – Cameron Fyfe, Housing',
  ].join('\n');

  it('reads the initials as the people the key names', async () => {
    const doc = await read(paper);
    expect(names(doc, 'chair')).toEqual(['Rosalind Merrow']);
    expect(names(doc, 'present')).toEqual(['Tristan Quill', 'Bryony Welsh', 'Hamish Strachan']);
    expect(names(doc, 'apologies')).toEqual(['Lorna Dewar', 'Cameron Fyfe']);
  });

  it('reads initials written with stops the same way', async () => {
    const dotted = paper
      .replace('RM (chair), TQ, BW, HS (note)', 'R.M. (chair), T.Q., B.W., H.S. (note)')
      .replace('Apologies: LD, CF', 'Apologies: L.D., C.F.')
      .replace(/\b([A-Z])([A-Z]) – /g, '$1.$2. – ');
    const doc = await read(dotted);
    expect(names(doc, 'chair')).toEqual(['Rosalind Merrow']);
    expect(names(doc, 'apologies')).toEqual(['Lorna Dewar', 'Cameron Fyfe']);
  });

  it('resolves an owner written as initials to the person', async () => {
    const doc = await read(paper);
    const a = doc.actions.find((x) => /chronology/.test(x.text))!;
    expect(a.owners[0]!.person?.name.display).toBe('Tristan Quill');
  });
});
