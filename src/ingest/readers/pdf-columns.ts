import type { PdfItem } from './pdf-layout';

/**
 * A page printed in two newspaper columns (a highlight sheet, a newsletter): the text of the two columns sits side by
 * side on each printed line, and read across it would interleave two stories. The PDF's own order of its text says so:
 * it runs down the left column, then climbs back to the top of the band to run down the right one, once. (A table's
 * cells climb back once a ROW, each a few lines: many small climbs, not one over the band.)
 *
 * Returns the page's items in reading order as groups to be laid out apart: what is above the band, the left column, the
 * right column, what follows it (a footer); null when the page is not so printed.
 */
export function newspaperColumns(items: PdfItem[], lineHeight: number): { above: PdfItem[]; left: PdfItem[]; right: PdfItem[]; below: PdfItem[] } | null {
  const step = Math.max(lineHeight, 6);
  // Climbs back up the page in the text's own order, by more than a line.
  const climbs: number[] = [];
  for (let k = 1; k < items.length; k++) if (items[k]!.y > items[k - 1]!.y + step * 1.5) climbs.push(k);
  if (climbs.length !== 1) return null;
  const k = climbs[0]!;
  const gutter = items[k]!.x;
  const top = items[k]!.y + step * 0.6;
  // The right column: from the climb on, while the text starts at or right of the gutter.
  let end = k;
  while (end < items.length && items[end]!.x >= gutter - 2) end++;
  const right = items.slice(k, end);
  // The left column: the items before the climb from the top of the band down, all ending short of the gutter.
  const before = items.slice(0, k);
  const left = before.filter((it) => it.y <= top);
  if (left.some((it) => it.x + it.w > gutter - 4 && it.s.trim())) return null;
  // Enough lines on each side to be columns, not one table row; each as wide as a column of prose.
  const lines = (g: PdfItem[]) => new Set(g.map((it) => Math.round(it.y))).size;
  if (lines(left) < 6 || lines(right) < 6) return null;
  const width = (g: PdfItem[]) => Math.max(...g.map((it) => it.x + it.w)) - Math.min(...g.map((it) => it.x));
  if (width(left) < 150 || width(right) < 150) return null;
  const above = before.filter((it) => it.y > top);
  const below = items.slice(end);
  return { above, left, right, below };
}
