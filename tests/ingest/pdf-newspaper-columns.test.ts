import { layoutPages, PdfItem } from '../../src/ingest/readers/pdf-layout';

/**
 * blind-24's two-column sheet class (invented text): a page printed in two newspaper columns, whose text pdf.js gives in
 * the page's own order (down the left column, then back up for the right one). Each column is read whole, its wrapped
 * lines joined at the column's own right edge, not interleaved line by line with the other column.
 */
const at = (s: string, x: number, y: number, w = s.length * 5): PdfItem => ({ s, x, y, w, h: 10 });
/** A full line of a 230pt column. */
const full = (s: string, x: number, y: number) => at(s, x, y, 228);
const read = (items: PdfItem[]) => layoutPages([{ width: 595, height: 842, items }]).map((b) => b.text);

describe('a page in two newspaper columns', () => {
  test('is read down the left column, then down the right', () => {
    const left = [
      at('Who came', 57, 700),
      full('Ann Bee (Chair), Carl Dee, Erin Eff, Gus', 57, 686),
      at('Hale and Ivy Jones.', 57, 674),
      at('What we did', 57, 656),
      full('The leaflet for parents was printed and', 57, 642),
      at('sent out (Carl Dee) – done.', 57, 630),
      full('The audit of referrals was finished in', 57, 616),
      at('April (Erin Eff) – done.', 57, 604),
    ];
    const right = [
      at('What we heard', 311, 700),
      full('Waiting times for the first visit have', 311, 686),
      at('fallen by a week since January.', 311, 674),
      at('What happens next', 311, 656),
      full('Share the leaflet with every GP practice', 311, 642),
      at('(Gus Hale – by the end of July).', 311, 630),
      full('Repeat the audit in the autumn (Ivy', 311, 616),
      at('Jones – for the October meeting).', 311, 604),
    ];
    const blocks = read([at('Harrowby Family Support Group – meeting of 2 June 2025', 57, 760), ...left, ...right, at('Page 1', 280, 20)]);
    expect(blocks).toEqual([
      'Harrowby Family Support Group – meeting of 2 June 2025',
      'Who came',
      'Ann Bee (Chair), Carl Dee, Erin Eff, Gus Hale and Ivy Jones.',
      'What we did',
      'The leaflet for parents was printed and sent out (Carl Dee) – done.',
      'The audit of referrals was finished in April (Erin Eff) – done.',
      'What we heard',
      'Waiting times for the first visit have fallen by a week since January.',
      'What happens next',
      'Share the leaflet with every GP practice (Gus Hale – by the end of July).',
      'Repeat the audit in the autumn (Ivy Jones – for the October meeting).',
    ]);
  });

  test('a two-column table, its cells climbing back once a row, keeps its rows', () => {
    const rows = [700, 670, 640].flatMap((y, k) => [
      at(`Item ${k + 1}`, 57, y),
      full(`Discussion of item ${k + 1} went on`, 311, y),
      at('over two lines.', 311, y - 12),
    ]);
    const blocks = layoutPages([{ width: 595, height: 842, items: rows }]).filter((b) => b.type === 'row');
    expect(blocks).toHaveLength(3);
  });
});
