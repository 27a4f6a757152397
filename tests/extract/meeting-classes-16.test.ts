import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedDocument, ExtractedMeeting } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';
import { makeDocx } from '../helpers/make-files';

/**
 * Meeting classes the sixteenth blind set found misread, each on a paper written here in our own words for invented
 * bodies: a hybrid meeting's lists headed by how people joined (in the room, by video, by phone), a membership table of
 * posts and holders with a mark per person under a heading that is not an attendance word, a committee of an
 * organisation named under its letterhead, a letterhead breaking the body's name over two lines, and a chair's line
 * naming the chair's employer.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };

async function read(name: string, bytes: Buffer): Promise<ExtractedDocument> {
  const doc = await readBuffer(name, bytes, LIMITS);
  return extractDocument(doc.blocks, name);
}
const text = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8');
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

const BUSINESS = ['1. Introductions', 'The chair opened the meeting and thanked everyone for coming.', '2. Next meeting', 'Thursday 4 March 2027 at 9.30 am.'];

describe('sixteenth-set meeting classes', () => {
  it('reads every hybrid list (in the room, by video link, by phone) as present', async () => {
    const doc = await read(
      'hybrid.docx',
      await makeDocx([
        { p: 'Ashcombe Vale Safeguarding Partnership' },
        { p: 'Executive meeting notes, Tuesday 12 January 2027' },
        { p: 'Joined in the room:' },
        {
          table: [
            ['Name', 'Post', 'Agency'],
            ['Harriet Lomax', 'Independent Chair', 'AVSP'],
            ['Owen Treharne', 'Director of Children’s Services', 'Ashcombe Council'],
          ],
        },
        { p: 'Joined by video link:' },
        {
          table: [
            ['Name', 'Post', 'Agency'],
            ['Beatrice Quayle', 'Designated Nurse', 'Ashcombe ICB'],
            ['Desmond Ferrier', 'Chief Inspector', 'Valeshire Constabulary'],
          ],
        },
        { p: 'Attended by phone:' },
        {
          table: [
            ['Name', 'Post', 'Agency'],
            ['Rosalind Achebe', 'Head of Virtual School', 'Ashcombe Council'],
          ],
        },
        { p: 'Apologies: Gordon Pilkington, Probation.' },
        ...BUSINESS.map((p) => ({ p })),
      ]),
    );
    const m = meetingOf(doc);
    expect(there(m)).toEqual(['Beatrice Quayle', 'Desmond Ferrier', 'Harriet Lomax', 'Owen Treharne', 'Rosalind Achebe']);
    expect(apologies(m)).toEqual(['Gordon Pilkington']);
  });

  it('reads a membership table of posts, holders and marks, and names the committee not its organisation', async () => {
    const doc = await read(
      'membership.docx',
      await makeDocx([
        { p: 'Rookhurst Community Health NHS Trust' },
        { p: 'Children’s Safeguarding Assurance Group' },
        { p: 'Minutes of the meeting held on Monday 8 February 2027 at 10.00 am in Room 4, Rookhurst House' },
        { p: 'Membership' },
        {
          table: [
            ['Post', 'Name', 'Attendance'],
            ['Director of Nursing (Chair)', 'Frances Okonjo', 'Present'],
            ['Medical Director', 'Dr Leonard Haig', 'Apologies'],
            ['Safeguarding Lead', 'Marisa Delacroix', 'Present'],
            ['Named GP', 'Dr Alun Prothero', 'Present'],
          ],
        },
        ...BUSINESS.map((p) => ({ p })),
      ]),
    );
    const m = meetingOf(doc);
    expect(m.board).toBe("Children's Safeguarding Assurance Group");
    expect(chairOf(m)).toBe('Frances Okonjo');
    expect(there(m)).toEqual(['Alun Prothero', 'Frances Okonjo', 'Marisa Delacroix']);
    expect(apologies(m)).toEqual(['Leonard Haig']);
  });

  it('names a body from a letterhead split over two lines, not from the chair’s employer', async () => {
    const doc = await read(
      'stacked.txt',
      text([
        'DUNMARRA YOUTH OUTREACH PROJECT',
        'ADVISORY GROUP',
        '',
        'Minutes of meeting held on Friday 19th February 2027 at 2pm',
        'Chairperson: Mr Colm Devlin, Western Education and Library Trust',
        '',
        'Members in attendance:',
        'Ms Orla Keane – Project Lead',
        'Mr Niall Brennan – Youth Worker',
        '',
        ...BUSINESS,
      ]),
    );
    const m = meetingOf(doc);
    expect(m.board).toBe('Dunmarra Youth Outreach Project Advisory Group');
  });

  it('reads a police sergeant by rank and someone the prose says was in attendance', async () => {
    const doc = await read(
      'rank.txt',
      text([
        'Tremadoc Schools Safeguarding Network',
        'Notes – 3 March 2027, 4.00 pm, Ysgol Glanmor',
        '',
        'Members present',
        'Gwynedd Coast Police: PS Rhodri Pritchard (RP), Schools Officer',
        'Tremadoc Council: Elin Vaughan (EV), Safeguarding Officer (Chair)',
        '',
        '1. Welcome',
        'Elin welcomed members. Gethin Rowlands from the council’s Democratic Services was in attendance to record the notes.',
        '2. Next meeting',
        'Wednesday 9 June 2027.',
      ]),
    );
    const m = meetingOf(doc);
    expect(there(m)).toEqual(['Elin Vaughan', 'Gethin Rowlands', 'Rhodri Pritchard']);
  });
});
