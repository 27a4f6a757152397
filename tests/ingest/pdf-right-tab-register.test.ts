import { layoutPages, PdfItem } from '../../src/ingest/readers/pdf-layout';

/**
 * blind-24's register class (invented text): one entry a line, the attendance word set at a right tab with a dotted
 * leader, so each word ENDS at the margin and starts wherever its length puts it; the lines are set as close as a
 * paragraph's. Each entry is a row of its own, its word in the second column, a wrapped name line joining its entry.
 */
const at = (s: string, x: number, y: number, w = s.length * 5): PdfItem => ({ s, x, y, w, h: 10 });
/** A word ending at the right margin (539pt). */
const right = (s: string, y: number) => at(s, 539 - s.length * 5, y, s.length * 5);
const read = (items: PdfItem[]) => layoutPages([{ width: 595, height: 842, items }]).map((b) => (b.type === 'row' ? b.cells : b.text));

describe('a register whose marks sit at a right tab', () => {
  test('each line ending at the margin again is the next entry, not a wrapped line of the one above', () => {
    const blocks = read([
      at('Attendance register', 57, 700),
      at('Alys Morgan (AM), Head of Service, Pencoed Council – Chair', 57, 684),
      right('Present', 684),
      at('Bryn Evans (BE), Safeguarding and Quality Manager, Pencoed', 57, 672),
      at('County Council', 57, 660),
      right('Present', 672),
      at('Ceri Lewis (CL), Principal Officer, Pencoed Council', 57, 648),
      right('Apologies', 648),
      at('Dai Rees (DR), Team Manager, Pencoed Council', 57, 636),
      right('Present', 636),
    ]);
    expect(blocks).toEqual([
      'Attendance register',
      ['Alys Morgan (AM), Head of Service, Pencoed Council – Chair', 'Present'],
      ['Bryn Evans (BE), Safeguarding and Quality Manager, Pencoed County Council', 'Present'],
      ['Ceri Lewis (CL), Principal Officer, Pencoed Council', 'Apologies'],
      ['Dai Rees (DR), Team Manager, Pencoed Council', 'Present'],
    ]);
  });

  test('the justified lines of a table cell, ending together, stay one row', () => {
    const blocks = read([
      at('Item', 57, 720),
      at('Action', 311, 720),
      at('Only half the reviews were held on time. The', 57, 700, 228),
      at('Health and Police to agree', 311, 700, 228),
      at('main reason was a wait for reports.', 57, 688),
      at('a protocol – end of June', 311, 688, 228),
      at('The audit plan for the year was approved.', 57, 664),
      at('Noted', 311, 664),
    ]);
    expect(blocks).toEqual([
      ['Item', 'Action'],
      ['Only half the reviews were held on time. The main reason was a wait for reports.', 'Health and Police to agree a protocol – end of June'],
      ['The audit plan for the year was approved.', 'Noted'],
    ]);
  });
});
