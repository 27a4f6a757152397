import { layoutPages, PdfItem } from '../../src/ingest/readers/pdf-layout';

/** Positioned text as pdf.js gives it: one item per line, y from the foot of an A4 page; lines 12pt apart. */
const at = (s: string, x: number, y: number, w = s.length * 5): PdfItem => ({ s, x, y, w, h: 10 });
/** A line as wide as the text column (480pt): geometry alone says its paragraph may run on into the next line. */
const full = (s: string, y: number) => at(s, 57, y, 480);
const read = (items: PdfItem[]) => layoutPages([{ width: 595, height: 842, items }]).map((b) => [b.type, b.text]);

describe('a list in a PDF whose items wrap', () => {
  test('a dash that starts the next line of a "•" item is the item’s own aside, not a new item', () => {
    const item = 'Send the revised risk register to the Partnership Executive (Kim Orchard)';
    const blocks = read([at('Follow-up', 57, 700), full(`• ${item}`, 680), at('– 31/05/21', 57, 668), at('Date of next meeting: 15 June 2021.', 57, 640)]);
    expect(blocks).toEqual([
      ['paragraph', 'Follow-up'],
      ['list-item', `${item} – 31/05/21`],
      ['paragraph', 'Date of next meeting: 15 June 2021.'],
    ]);
  });

  test('items of a dash list stay apart even when each fills its line', () => {
    const first = 'Circulate the draft neglect strategy to every designated safeguarding lead (Tom Astley)';
    const second = 'Book the venue for the spring conference (Gail Ormerod)';
    const blocks = read([at('Actions:', 57, 700), full(`– ${first}`, 680), full(`– ${second}`, 668)]);
    expect(blocks).toEqual([
      ['paragraph', 'Actions:'],
      ['list-item', first],
      ['list-item', second],
    ]);
  });
});
