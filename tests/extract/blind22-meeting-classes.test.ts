import type { ExtractedDocument } from '../../src/extract/model';
import { readPaper } from '../helpers/read-paper';

/**
 * The meeting classes the twenty-second blind set found unread (tests/fixtures/blind-22/README.md), on papers written here
 * in our own words for invented boards: notes of a call that list their participants (with pronouns) and then their own
 * agenda, which are the notes of that meeting and not an agenda paper; a subgroup named before its board's acronym in
 * brackets, with "– quarterly meeting" after it; and a year-long attendance grid whose key line says "D deputy attended",
 * so that a member marked D in this meeting's column sent apologies; notes of "an extraordinary meeting of the Executive"
 * whose attendees take two lines each, the second ending "– chairing" for the one who chaired.
 */
const read = (text: string, name = 'paper.txt') => readPaper(name, Buffer.from(text, 'utf8'));

const names = (doc: ExtractedDocument, role: string) => doc.meetings[0]!.attendance.filter((e) => e.role === role).map((e) => e.name.display);

describe('notes of a call: participants, then the agenda, then the notes', () => {
  const paper = [
    'Meeting notes',
    'Online Safety Subgroup (FWSP) – quarterly meeting',
    'Tuesday, 7 March 2023 · 10:00 – 11:00 · Microsoft Teams',
    '',
    'Chair: Morwenna Tregear, Head of Early Help',
    '',
    'Participants',
    'Morwenna Tregear (she/her)',
    'Idris Penhale (he/him) – Designated Safeguarding Lead, Castle Hill School',
    'DC Rosa Kitto – Fernwick Police',
    'Alun Vosper – Youth Service (notes)',
    '',
    'Declined / apologies',
    'Bethan Carne – School Nursing',
    '',
    'Agenda',
    '1. Welcome',
    '2. Sexting guidance for schools',
    '',
    'Notes',
    '1. Welcome',
    '- Morwenna welcomed everyone.',
    '2. Sexting guidance for schools',
    '- The draft was discussed and changes agreed.',
    '',
    'Next meeting: Tuesday 6 June 2023, 10:00, Teams',
  ].join('\n');

  it('reads the notes as the meeting, with its chair, participants and apologies', async () => {
    const doc = await read(paper);
    expect(doc.kind).toBe('minutes');
    expect(doc.meetings).toHaveLength(1);
    expect(doc.meetings[0]!.date).toBe('2023-03-07');
    expect(names(doc, 'chair')).toEqual(['Morwenna Tregear']);
    expect(names(doc, 'present')).toEqual(['Idris Penhale', 'Rosa Kitto', 'Alun Vosper']);
    expect(names(doc, 'apologies')).toEqual(['Bethan Carne']);
  });

  it('names the subgroup, not only the board in brackets after it', async () => {
    const doc = await read(paper);
    expect(doc.meetings[0]!.board).toMatch(/Online Safety Subgroup$/);
  });
});

describe("a year's attendance grid read by its key", () => {
  const paper = [
    'Fernwick Safeguarding Partnership',
    'EXECUTIVE GROUP',
    'Minutes of the meeting held on Wednesday 8 February 2023',
    'Chair: Gwen Treloar, Independent Chair',
    '',
    'Attendance 2022/23',
    'Key: ✓ attended   A apologies   D deputy attended   – not a member at the time',
    'Member\tAgency\t09.11.22\t08.02.23\t10.05.23',
    'Gwen Treloar (GT)\tIndependent Chair\t✓\t✓\t',
    'Piran Nance (PN)\tFernwick Council\tA\t✓\t',
    'Det Insp Lowenna Hocking (LH)\tFernwick Police\t✓\tD\t',
    'Jory Pascoe (JP)\tFernwick ICB\t✓\tA\t',
    'Deputies at this meeting: DS Kerensa Rowe attended for Det Insp Lowenna Hocking.',
    '',
    '1. Welcome',
    'The Chair welcomed members.',
  ].join('\n');

  it('reads D in this meeting’s column as the member’s apologies, as the key says', async () => {
    const doc = await read(paper);
    expect(names(doc, 'apologies').sort()).toEqual(['Jory Pascoe', 'Lowenna Hocking']);
    expect(names(doc, 'not-present')).toEqual([]);
  });
});

describe('notes of an extraordinary meeting with two-line attendance entries', () => {
  const paper = [
    'Fernwick Safeguarding Partnership',
    'Notes of an extraordinary meeting of the Executive (statutory partners)',
    'Monday 3 April 2023, 2.00 pm – 2.30 pm, Microsoft Teams',
    '',
    'Present',
    'Piran Nance',
    'Director of Children’s Services, Fernwick Council – chairing',
    '',
    'Jory Pascoe',
    'Chief Nurse, Fernwick ICB',
    '',
    'Apologies',
    'Gwen Treloar, Independent Chair',
    '',
    'Discussion',
    'The partners discussed the notification and agreed next steps.',
  ].join('\n');

  it('makes the person whose detail line ends "– chairing" the chair, and names the Executive as the body', async () => {
    const doc = await read(paper);
    expect(names(doc, 'chair')).toEqual(['Piran Nance']);
    expect(names(doc, 'present')).toEqual(['Jory Pascoe']);
    expect(doc.meetings[0]!.board).toMatch(/Executive$/);
  });

  it('names any body the line says met by its one noun ("a special meeting of the Panel")', async () => {
    const doc = await read(paper.replace('an extraordinary meeting of the Executive (statutory partners)', 'a special meeting of the Panel'));
    expect(doc.meetings[0]!.board).toBe('Fernwick Safeguarding Partnership – Panel');
  });
});
