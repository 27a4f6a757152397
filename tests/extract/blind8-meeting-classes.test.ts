import { findDates } from '../../src/extract/dates';
import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedDocument, ExtractedMeeting } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';

/**
 * The meeting and attendance classes the eighth blind set found unread (tests/fixtures/blind-8/README.md), each on a
 * paper written here in our own words for an invented board: minutes carried part-way through an agenda pack, notes
 * dated "4.10.23", one committee item's page, a one-paragraph attendee list wrapped inside its brackets, and a deputy
 * named inside an apologies entry.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };

async function read(lines: string[], name = 'paper.txt'): Promise<ExtractedDocument> {
  const doc = await readBuffer(name, Buffer.from(lines.join('\n'), 'utf8'), LIMITS);
  return extractDocument(doc.blocks, name);
}

const held = (doc: ExtractedDocument) => doc.meetings.filter((m) => m.source === 'minutes');
const names = (m: ExtractedMeeting, role: string) => m.attendance.filter((e) => e.role === role).map((e) => e.name.display);

describe('minutes carried inside an agenda pack after the cover and a paper mark', () => {
  const pack = [
    'TARNBY SAFEGUARDING CHILDREN PARTNERSHIP',
    'Partnership Board',
    'Thursday 12 March 2020, 10.00am – 12.30pm',
    'Council Chamber, Tarnby Civic Centre',
    '',
    'Agenda',
    'Item\tTitle\tLead\tPaper',
    '1\tWelcome and apologies\tChair\t–',
    '2\tMinutes of 9 January 2020\tChair\tA',
    '3\tDomestic abuse review\tBusiness Manager\tB',
    'Paper A',
    '',
    'Tarnby Safeguarding Children Partnership – Minutes of the Partnership Board meeting held on 9 January 2020',
    'Attendees:',
    '• Miriam Oyelaran – Independent Chair, Tarnby SCP',
    '• Duncan Frew – Director of Children’s Services, Tarnby Council',
    '• DI Selina Markham – Safeguarding Unit, Northfold Police',
    '• Peter Gallagher – Partnership Business Manager',
    'Not present: Cllr Amos Tiller',
    'Apologies: Rhona Beck (Probation), Vikram Shah (Housing)',
    'Minute taker: Lydia Penrose',
    '',
    '1. Neglect strategy',
    'The refreshed strategy was agreed. ACTION: PG to publish the neglect strategy on the website by 31 January 2020.',
    'Date of next meeting: 12 March 2020',
    'Paper B',
    '',
    'Domestic abuse review – report to the Board, 12 March 2020',
    'Author: Peter Gallagher, Partnership Business Manager',
    'The Board is asked to note the findings.',
  ];

  it('reads the carried minutes as their own meeting: date, chair, lists and next meeting', async () => {
    const doc = await read(pack);
    const minutes = held(doc);
    expect(minutes.map((m) => m.date)).toEqual(['2020-01-09']);
    const m = minutes[0]!;
    expect(names(m, 'chair')).toEqual(['Miriam Oyelaran']);
    expect(names(m, 'present')).toEqual(['Duncan Frew', 'Selina Markham', 'Peter Gallagher']);
    expect(names(m, 'apologies')).toEqual(['Rhona Beck', 'Vikram Shah']);
    expect(m.nextMeeting?.date).toBe('2020-03-12');
  });

  it('reads them when the paper mark leads the minutes title on one line', async () => {
    const at = pack.indexOf('Paper A');
    const joined = [...pack.slice(0, at), 'Paper A – Minutes of the Partnership Board meeting held on 9 January 2020', ...pack.slice(at + 3)];
    const minutes = held(await read(joined));
    expect(minutes.map((m) => m.date)).toEqual(['2020-01-09']);
    expect(names(minutes[0]!, 'apologies')).toEqual(['Rhona Beck', 'Vikram Shah']);
  });

  it('reads them under a title that names the body, then "Minutes" and the date', async () => {
    const at = pack.indexOf('Paper A');
    const titled = [...pack.slice(0, at + 2), 'Tarnby SCP Partnership Board Minutes – 9 January 2020', ...pack.slice(at + 3)];
    const minutes = held(await read(titled));
    expect(minutes.map((m) => m.date)).toEqual(['2020-01-09']);
    expect(names(minutes[0]!, 'chair')).toEqual(['Miriam Oyelaran']);
  });

  it("reads the carried minutes' actions with owners resolved through their attendance", async () => {
    const doc = await read(pack);
    const action = doc.actions.find((a) => a.text.includes('neglect strategy'));
    expect(action?.owners.map((o) => o.person?.name.display)).toEqual(['Peter Gallagher']);
    expect(action?.due).toBe('2020-01-31');
  });
});

describe('notes dated with one-digit day or month and a two-digit year', () => {
  it('reads "3.9.24" in the title and "7.1.25" for the next meeting, with the people table and its initials', async () => {
    const doc = await read([
      'Lisburnside Child Safeguarding Panel',
      'Notes of Panel meeting – 3.9.24, 2.00pm, Riverside Centre',
      'Chaired by: Aoife Crossan (AC), Panel Chair',
      'Present:',
      'Name\tOrganisation',
      'Aoife Crossan (AC)\tPanel Chair',
      'Ciaran Donnelly (CD)\tHealth and Social Care Trust',
      'Roisin Maguire (RM)\tEducation Authority',
      'Apologies: Dr Colm Keenan (GP Federation)',
      '',
      '1. Referral pathways',
      'CD will share the referral pathway review with members by 30/9/24.',
      'Next meeting: 7.1.25 at 2pm',
    ]);
    const m = held(doc)[0]!;
    expect(m.date).toBe('2024-09-03');
    expect(m.board).toBe('Lisburnside Child Safeguarding Panel');
    expect(names(m, 'chair')).toEqual(['Aoife Crossan']);
    expect(names(m, 'present')).toEqual(['Ciaran Donnelly', 'Roisin Maguire']);
    expect(m.nextMeeting?.date).toBe('2025-01-07');
  });

  it('leaves section numbers and versions as numbers', () => {
    for (const text of ['5.1.2 Training update', 'see paragraph 3.4.12', 'Policy version 2.1.23', '2.1.23 Review of cases']) {
      expect(findDates(text).filter((d) => d.iso)).toEqual([]);
    }
  });
});

describe("a committee system's page for a single minute, with no attendance", () => {
  it('is a meeting of the committee on the date under its name', async () => {
    const doc = await read([
      'Eastbridge City Council',
      '',
      'Children and Young People Overview Committee',
      'Tuesday, 14 March 2017',
      '',
      'Minute 22 – Eastbridge Safeguarding Children Board: Business Plan',
      '',
      'Decision:',
      'The Board Manager presented the business plan and members asked about the timetable for the neglect audit.',
      '',
      'RESOLVED:',
      '(a) That the business plan be noted.',
      '(b) That the Board Manager report the neglect audit findings to the Committee by the end of June 2017.',
    ]);
    const minutes = held(doc);
    expect(minutes.map((m) => [m.date, m.board])).toEqual([['2017-03-14', 'Children and Young People Overview Committee']]);
    expect(minutes[0]!.attendance).toEqual([]);
  });
});

describe('a report to a committee laid out like an item page', () => {
  it('is not a meeting: it recommends, nothing was resolved', async () => {
    const doc = await read([
      'Eastbridge City Council',
      'Children and Young People Overview Committee',
      'Tuesday, 14 March 2017',
      'Item 9 – Safeguarding Board Business Plan',
      'Report of the Director of Children’s Services',
      'Recommendation:',
      'That the Committee notes the business plan.',
      'Decision required: to note the plan.',
    ]);
    expect(held(doc)).toEqual([]);
  });
});

describe('a one-paragraph attendee list with roles in brackets that wrap mid-entry', () => {
  it('reads every person and the chair marked inside a bracket before a semicolon', async () => {
    const doc = await read([
      'Dunmere SCP – Learning and Review Group',
      'Notes of meeting: 14/09/22, 10:00–11:30, Teams',
      '',
      'Attendees: Dr Kate Renshaw (Chair; Named Doctor, Dunmere Hospitals), Paul Ingram (Team Manager,',
      'Dunmere Children’s Social Care), DC Joel Asante (Dunmere Police), Nadia Farrow (Safeguarding Adviser, Dunmere',
      'Schools), Ellis Crane (Review Officer)',
      'Apologies: Gemma Holt (Probation)',
      '',
      '1. Rapid review',
      'Action: EC to send the rapid review to the Panel by 21/09/22.',
    ]);
    const m = held(doc)[0]!;
    expect(names(m, 'chair')).toEqual(['Kate Renshaw']);
    expect(names(m, 'present')).toEqual(['Paul Ingram', 'Joel Asante', 'Nadia Farrow', 'Ellis Crane']);
    expect(names(m, 'apologies')).toEqual(['Gemma Holt']);
  });
});

describe('a deputy named inside an apologies entry', () => {
  it('keeps the member in the apologies and records who came in their place', async () => {
    const doc = await read([
      'Ravensholm Child Protection Committee',
      'Minute of meeting held on Tuesday 5 November 2024',
      'Present:',
      '• Iona Baird – Independent Chair (Chair)',
      '• Callum Reid – Chief Social Work Officer',
      '• Dr Shona Kerr – Lead Paediatrician',
      'Apologies:',
      '• Lewis Munro – Head of Nursing; Erin Shaw attended instead',
      '• Fraser Dunn (Police Scotland) – Kirsty Hay attended on his behalf',
      '• Ailsa Gow – Education',
      '',
      '1. Welcome',
      'The Chair welcomed members.',
    ]);
    const m = held(doc)[0]!;
    expect(names(m, 'apologies')).toEqual(['Lewis Munro', 'Fraser Dunn', 'Ailsa Gow']);
    const deputies = m.attendance.filter((e) => e.deputy).map((e) => [e.name.display, e.deputy!.display]);
    expect(deputies).toEqual([
      ['Lewis Munro', 'Erin Shaw'],
      ['Fraser Dunn', 'Kirsty Hay'],
    ]);
  });

  it('reads the deputy from an entry that says they deputised, and from a sentence with their post between commas', async () => {
    const doc = await read([
      'Ravensholm Child Protection Committee',
      'Minute of meeting held on Tuesday 5 November 2024',
      'Present:',
      '• Iona Baird – Independent Chair (Chair)',
      '• Callum Reid – Chief Social Work Officer',
      'Apologies:',
      '• Lewis Munro – Head of Nursing; Erin Shaw deputised',
      '• Fraser Dunn – Police Scotland',
      '',
      '1. Welcome',
      'The Chair welcomed members. Kirsty Hay, Detective Inspector, was attending for Fraser Dunn.',
    ]);
    const m = held(doc)[0]!;
    expect(names(m, 'apologies')).toEqual(['Lewis Munro', 'Fraser Dunn']);
    const deputies = m.attendance.filter((e) => e.deputy).map((e) => [e.name.display, e.deputy!.display]);
    expect(deputies).toEqual([
      ['Lewis Munro', 'Erin Shaw'],
      ['Fraser Dunn', 'Kirsty Hay'],
    ]);
  });
});
