import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedDocument } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';

/**
 * The classes of action the eighth blind set found unread or misread (see tests/fixtures/blind-8/README.md), each on a paper
 * written here in our own words for an invented board.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };

async function read(text: string, name = 'paper.txt'): Promise<ExtractedDocument> {
  const doc = await readBuffer(name, Buffer.from(text, 'utf8'), LIMITS);
  return extractDocument(doc.blocks, name);
}

const withWords = (doc: ExtractedDocument, words: string) => {
  const hits = doc.actions.filter((a) => a.text.includes(words));
  expect(hits.map((a) => a.text)).toHaveLength(1);
  return hits[0]!;
};
const ownersOf = (doc: ExtractedDocument, words: string) => withWords(doc, words).owners.map((o) => o.person?.name.display ?? o.written);

describe('council resolutions whose clauses are tasks in the subjunctive', () => {
  const paper = [
    'Marlow Vale Council',
    'Fostering and Adoption Panel Committee',
    'Minutes of the meeting held on 4 June 2020 at 2.00 pm',
    '',
    'Present:',
    'Councillor Ian Brook (Chairman)',
    'Councillors Rosa Linde and Peter Quinn',
    'Officers: Martha Hale (Head of Fostering), Simon Tate (Committee Clerk)',
    '',
    '12. FOSTERING ANNUAL REPORT',
    'The Head of Fostering presented the annual report.',
    'RESOLVED – (1) That the annual report be noted.',
    '(2) That the Head of Fostering provide a summary of carer recruitment by area to the next meeting.',
    '',
    '13. PANEL MEMBERSHIP',
    'RESOLVED – That the changes be noted and that Legal Services arrange a training session for new members before the end of October 2020.',
    '',
    '14. LEAFLETS',
    'RESOLVED:',
    '(a) That the leaflet be approved.',
    '(b) That the Committee Clerk circulate the final leaflet to Members by the end of July 2020.',
    '',
    '15. DATE OF NEXT MEETING',
    'RESOLVED – That the next meeting be held on Thursday 3 September 2020.',
  ].join('\n');

  test('a numbered clause on the line after the first, a task after "be noted and that", a lettered clause: each owned by its subject', async () => {
    const doc = await read(paper);
    expect(ownersOf(doc, 'summary of carer recruitment')).toEqual(['Martha Hale']);
    expect(withWords(doc, 'summary of carer recruitment').due).toBe('2020-09-03');
    expect(ownersOf(doc, 'training session for new members')).toEqual(['Legal Services']);
    expect(withWords(doc, 'training session for new members').due).toBe('2020-10-31');
    expect(ownersOf(doc, 'circulate the final leaflet')).toEqual(['Committee Clerk']);
    expect(doc.actions.some((a) => /be (?:noted|approved)|next meeting be held/.test(a.text))).toBe(false);
  });
});
