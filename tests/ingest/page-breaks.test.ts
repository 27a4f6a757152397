import * as fs from 'node:fs';
import * as path from 'node:path';

import { extractDocument } from '../../src/extract/extract-document';
import type { ExtractedAction, ExtractedDocument } from '../../src/extract/model';
import { readBuffer } from '../../src/ingest/readers';
import { linesToBlocks } from '../../src/ingest/readers/line-blocks';

/**
 * Council PDFs are often printed on a page whose tables run over several pages: the table's head is printed again on
 * each page, a row Word lets break across pages goes on at the top of the next, the margins carry a protective marking
 * and "Draft … Page 1 of 3". The two papers in tests/fixtures/page-breaks (our own words, made by its make.cjs) are read
 * as PDF and as the Word document and text they were printed from: each must give the same meeting and the same actions.
 */
const LIMITS = { maxFileBytes: 5_000_000, pdfTimeoutMs: 30_000 };
const dir = path.join(__dirname, '../fixtures/page-breaks');

async function read(name: string): Promise<ExtractedDocument> {
  const got = await readBuffer(name, fs.readFileSync(path.join(dir, name)), LIMITS);
  return extractDocument(got.blocks, name);
}

const view = (a: ExtractedAction) => ({
  text: a.text,
  owners: a.owners.map((o) => o.person?.name.display ?? o.written),
  due: a.due,
  status: a.status,
});

describe.each(['eastmarsh-scp-2025-10-09-minutes', 'fernley-cscp-delivery-plan-2025-26', 'eastmarsh-scp-executive-2025-12-04-notes'])(
  '%s printed over several pages',
  (base) => {
    let pdf: ExtractedDocument;
    let docx: ExtractedDocument;
    let txt: ExtractedDocument;
    beforeAll(async () => {
      [pdf, docx, txt] = await Promise.all([read(`${base}.pdf`), read(`${base}.docx`), read(`${base}.txt`)]);
    });

    test('the PDF gives the same actions as the Word document and its text, every word of a broken row included', () => {
      expect(docx.actions.map(view)).toEqual(txt.actions.map(view));
      expect(pdf.actions.map(view)).toEqual(docx.actions.map(view));
    });

    test('the PDF gives the same meeting as the Word document', () => {
      const meeting = (d: ExtractedDocument) =>
        d.meetings.map((m) => ({ date: m.date, board: m.board, people: m.attendance.map((a) => `${a.role} ${a.name.display}`) }));
      expect(meeting(pdf)).toEqual(meeting(docx));
    });

    test('the margins and the head printed again are not read as text', async () => {
      const { blocks } = await readBuffer(`${base}.pdf`, fs.readFileSync(path.join(dir, `${base}.pdf`)), LIMITS);
      expect(blocks.filter((b) => /OFFICIAL|Page \d of \d/.test(b.text))).toEqual([]);
      // The running foot is said once, at the head of the paper, not between the rows of a table at every page break.
      expect(blocks.filter((b) => b.text.includes('Draft – not yet approved')).map((b) => blocks.indexOf(b))).toEqual([0]);
      expect(blocks.filter((b) => b.type === 'row' && /^(?:Item|Ref|No\.) \|/.test(b.text))).toHaveLength(1);
    });
  },
);

test('the minutes give each row’s action to its lead, with the date in its own column', async () => {
  const minutes = await read('eastmarsh-scp-2025-10-09-minutes.pdf');
  expect(minutes.actions.map((a) => [a.text.slice(0, 40), a.owners.map((o) => o.person?.name.display ?? o.written), a.due])).toEqual([
    ['Send the draft neglect strategy to every', ['Yvonne Keel'], '2025-10-31'],
    ['Write to the three providers whose notif', ['Neil Brathwaite', 'Hannah Rusk'], '2025-11-30'],
    ['Bring a safe sleep campaign plan aimed a', ['Alan Petrov'], '2026-01-08'],
    ['Agree with the primary care leads how GP', ['Tom Astley'], '2025-12-15'],
    ['Return the section 11 audit to the Partn', ['All'], '2025-11-28'],
  ]);
});

test('the plan gives every action under its priority rows, and the priorities are not actions', async () => {
  const plan = await read('fernley-cscp-delivery-plan-2025-26.pdf');
  expect(plan.actions.map((a) => a.ref)).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2']);
  expect(plan.actions.find((a) => a.ref === 'C2')!.text).toBe('Audit whether the learning from the two rapid reviews has changed practice in the front door');
  expect(plan.actions.map((a) => a.rag)).toEqual(['green', 'amber', 'green', 'amber', 'green', 'red', 'green', 'green']);
});

test('a text copy of a PDF keeps each page’s foot line; an action log running over it is still one table', () => {
  const lines = [
    'Kestrel Vale Safeguarding Partnership – Practice Sub-group',
    'Notes of the meeting on 4 February 2026',
    'Present: Ruth Ambler (RA), Chair; Colin Dewar (CD); Priti Shah (PS)',
    '',
    'Action log',
    'Ref\tAction\tLead\tDue\tStatus',
    'PSG/26/01\tDraft a one-page guide to the escalation policy for schools\tRA\t28.02.26\tOpen',
    'PSG/26/02\tCheck that the front door logs every consultation call\tCD\t31.03.26\tOpen',
    'Practice Sub-group notes 04/02/26\t\t\tPage 1 of 2',
    'PSG/26/03\tInvite the youth justice team to the April meeting\tPS\tApril meeting\tOpen',
    'Practice Sub-group notes 04/02/26\t\t\tPage 2 of 2',
  ];
  const doc = extractDocument(linesToBlocks(lines), 'kestrel-vale-notes.txt');
  expect(doc.actions.map((a) => [a.ref, a.owners.map((o) => o.person?.name.display ?? o.written)])).toEqual([
    ['PSG/26/01', ['Ruth Ambler']],
    ['PSG/26/02', ['Colin Dewar']],
    ['PSG/26/03', ['Priti Shah']],
  ]);
});
