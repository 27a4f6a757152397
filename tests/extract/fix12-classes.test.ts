import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedAction, ExtractedDocument } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';

/**
 * Classes of real papers the twelfth blind set showed, each on a short paper written here in our own words for an
 * invented board: the rule is for the layout or the phrasing, not for one paper.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };

async function read(lines: string[], name = 'paper.txt'): Promise<ExtractedDocument> {
  const doc = await readBuffer(name, Buffer.from(lines.join('\n'), 'utf8'), LIMITS);
  return extractDocument(doc.blocks, name);
}

const find = (doc: ExtractedDocument, words: string): ExtractedAction | undefined => doc.actions.find((a) => a.text.includes(words));
const ownerNames = (a: ExtractedAction | undefined) => (a?.owners ?? []).map((o) => o.person?.name.display ?? o.written);

describe('minutes with Word list numbering saved as text: "3.2<tab>ACTION: …" is a numbered paragraph, not a table row', () => {
  const head = [
    'Brackenfold Safeguarding Children Partnership',
    'Quality Assurance Group – Minutes',
    'Date: 14th March 2012   Time: 10.00am   Venue: Room 2, Brackenfold Civic Offices',
    'Present: Helen Marsh (Chair), Head of Quality Assurance; Owen Pryce, Detective Inspector; Lucy Tanner, Named Nurse; ' +
      'Graham Wilde, Partnership Business Manager',
    'Apologies: Fiona Keyes, Education Safeguarding Lead',
  ];
  const body = (numbered: boolean) => [
    `${numbered ? '1.\t' : ''}Welcome`,
    '1.1\tThe Chair opened the meeting and noted the apologies.',
    `${numbered ? '2.\t' : ''}Notes of the previous meeting and matters arising`,
    '2.1\tThe notes were accepted as a true record.',
    '2.2\tOwen Pryce confirmed that the missing-from-home protocol had been sent to every school in February (action from January – complete).',
    `${numbered ? '3.\t' : ''}Multi-agency audit of neglect cases`,
    '3.1\tLucy Tanner presented the findings of the audit of twelve cases.',
    '3.2\tACTION: Lucy Tanner to share the audit report with the designated leads by 30th March.',
    `${numbered ? '4.\t' : ''}Dataset`,
    '4.1\tMembers noted that the health figures for the quarter were late.',
    '4.2\tACTION: Graham Wilde to add the health figures to the dataset before the next meeting.',
    `${numbered ? '5.\t' : ''}Date of next meeting`,
    '5.1\tWednesday 9th May 2012, 10.00am, Civic Offices.',
  ];

  it.each([
    ['item headings numbered', true],
    ['item headings printed without their numbers (a PDF)', false],
  ])('reads the numbered paragraphs as minutes (%s)', async (_label, numbered) => {
    const doc = await read([...head, ...body(numbered)]);
    const m = doc.meetings[0]!;
    expect(m.date).toBe('2012-03-14');
    expect(m.nextMeeting?.date).toBe('2012-05-09');
    const share = find(doc, 'share the audit report');
    expect(ownerNames(share)).toEqual(['Lucy Tanner']);
    expect(share?.due).toBe('2012-03-30');
    const dataset = find(doc, 'health figures to the dataset');
    expect(ownerNames(dataset)).toEqual(['Graham Wilde']);
    expect(dataset?.due).toBe('2012-05-09');
    // The numbers are the paragraphs', not the actions' wording.
    expect(doc.actions.every((a) => !/^\d/.test(a.text))).toBe(true);
  });

  it('an earlier action reported done, with "(action from January – complete)", is owned by who did it, and done', async () => {
    const doc = await read([...head, ...body(true)]);
    const sent = find(doc, 'missing-from-home protocol');
    expect(ownerNames(sent)).toEqual(['Owen Pryce']);
    expect(sent?.status).toBe('done');
  });
});
