import type { ExtractedDocument } from '../../src/extract/model';
import { ragWord } from '../../src/ingest/readers/cell-colour';
import { makeDocx, makeXlsx } from '../helpers/make-files';
import { readPaper as read } from '../helpers/read-paper';

/**
 * Trackers that say a RAG status only by a cell's colour, with a key under the table: the status must come from the
 * colour in Word and Excel alike, and shading that is decoration (a header, a whole banded row) must say nothing.
 * The plan below is written in our own words for an invented partnership.
 */
const GREEN = '92D050';
const AMBER = 'FFC000';
const RED = 'FF5050';
const HEADER_BLUE = '4472C4';

const statuses = (doc: ExtractedDocument) => Object.fromEntries(doc.actions.map((a) => [a.ref, a.status]));

const header = ['Ref', 'Action', 'Lead', 'Target date', 'Evidence', 'Status'].map((text) => ({ text, fill: HEADER_BLUE }));
const rows = (cell: (fill: string) => { text: string; fill: string }) => [
  ['W1', 'Publish the neglect toolkit for practitioners', 'Gwen Pryce', 'March 2025', 'Toolkit on the website', cell(GREEN)],
  ['W2', 'Audit twelve neglect cases against the toolkit', 'Rhodri Lewis', 'June 2025', 'Fieldwork started', cell(AMBER)],
  ['W3', 'Train school designated leads on the toolkit', 'Carys Bevan', 'July 2025', 'Not yet booked', cell(RED)],
];
const KEY = 'Status key (cell colour): green = complete; amber = in progress; red = not on track.';

describe('a status given only by cell colour', () => {
  test('a Word plan: green under a key saying green is complete is done, amber and red are open', async () => {
    const bytes = await makeDocx([
      { p: 'Wenvoe Safeguarding Partnership – neglect strategy action plan' },
      { table: [header, ...rows((fill) => ({ text: '', fill }))] },
      { p: KEY },
    ]);
    expect(statuses(await read('wenvoe-plan.docx', bytes))).toEqual({ W1: 'done', W2: 'open', W3: 'open' });
  });

  test('an Excel plan reads the same from its fills', async () => {
    const bytes = await makeXlsx({ Plan: [header, ...rows((fill) => ({ text: '', fill })), [KEY]] });
    expect(statuses(await read('wenvoe-plan.xlsx', bytes))).toEqual({ W1: 'done', W2: 'open', W3: 'open' });
  });

  test('a row shaded all alike (banding) says nothing by its colour: the action keeps the status its words give', async () => {
    const banded = [['W4', 'Refresh the escalation policy', 'Gwen Pryce', 'May 2025', 'Draft with legal', ''].map((text) => ({ text, fill: GREEN }))];
    const bytes = await makeDocx([{ table: [header, ...banded] }, { p: KEY }]);
    const doc = await read('wenvoe-banded.docx', bytes);
    expect(doc.actions.map((a) => [a.ref, a.status])).toEqual([['W4', 'open']]);
  });

  test('only clear RAG hues speak: greys and pale tints do not', () => {
    expect([GREEN, AMBER, RED, '00B050', 'FFFF00', 'C00000', '00B0F0'].map(ragWord)).toEqual(['Green', 'Amber', 'Red', 'Green', 'Amber', 'Red', 'Blue']);
    expect(['D9D9D9', 'FFFFFF', 'F2F2F2', '000000', 'auto'].map(ragWord)).toEqual([null, null, null, null, null]);
  });
});
