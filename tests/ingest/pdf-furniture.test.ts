import { layoutPages, PdfItem, PdfPage } from '../../src/ingest/readers/pdf-layout';

/** Positioned text as pdf.js gives it: one item per string, y from the foot of a US letter page. */
const at = (s: string, x: number, y: number): PdfItem => ({ s, x, y, w: s.length * 5, h: 10 });

/** A four-page threshold table in our own words: its head starts mid-page 1 and repeats at the top of every later page. */
function pages(): PdfPage[] {
  const head = (y: number) => [at('Level Two - Early Support', 200, y), at('Level Four - Statutory', 400, y)];
  const running = at('Anyshire Partnership thresholds', 80, 770);
  const body = (y: number, left: string, right: string) => [at(left, 200, y), at(right, 400, y)];
  return [
    { width: 612, height: 792, items: [running, at('Thresholds', 80, 700), ...head(300), ...body(260, 'Misses some checks;', 'Chronic illness;')] },
    { width: 612, height: 792, items: [running, ...head(750), ...body(600, 'Poor punctuality;', 'Excluded from school;')] },
    { width: 612, height: 792, items: [running, ...head(750), ...body(600, 'Low mood;', 'Repeated missing episodes;')] },
    { width: 612, height: 792, items: [running, ...head(750), ...body(600, 'Some bullying;', 'Serious self harm;')] },
  ];
}

describe('running headers and repeated table heads in a PDF', () => {
  const blocks = layoutPages(pages());
  const texts = blocks.map((b) => b.text);

  test('a running header at the top of every page is said once, at the head of the paper, marked as running', () => {
    const running = blocks.filter((b) => b.text.includes('Anyshire Partnership thresholds'));
    expect(running.map((b) => [blocks.indexOf(b), b.running])).toEqual([[0, true]]);
  });

  test('a table head repeated at the top of each page is kept once, where the table starts, so its columns keep their names', () => {
    const heads = blocks.filter((b) => b.type === 'row' && b.text.includes('Level Two - Early Support'));
    expect(heads).toHaveLength(1);
    expect(heads[0]!.page).toBe(1);
    expect(heads[0]!.cells).toEqual(['Level Two - Early Support', 'Level Four - Statutory']);
    expect(texts.filter((t) => t.includes('Excluded from school'))).toHaveLength(1);
  });
});
