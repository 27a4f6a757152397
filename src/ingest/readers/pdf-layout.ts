import { Block, rowBlock } from '../document';
import { linesToBlocks } from './line-blocks';
import { beginsNewLine } from './line-starts';
import { normaliseChars, squash } from '../../util/text';

export interface PdfItem {
  s: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

/** A line of text as laid out on the page, split into cells wherever a wide gap separates words. */
interface Line {
  page: number;
  y: number;
  x: number;
  right: number;
  height: number;
  charWidth: number;
  cells: { x: number; right: number; text: string }[];
  /** The positioned pieces of text, so that a table line can be cut again at its table's column edges. */
  items: { x: number; right: number; text: string }[];
}

/**
 * Rebuilds reading order from positioned text: items become lines, wide gaps become table cells,
 * wrapped lines are joined back into the paragraph they came from, and running headers and
 * footers repeated on most pages are dropped.
 */
export function layoutPages(pages: PdfPage[]): Block[] {
  const perPage = pages.map((p, i) => buildLines(p, i + 1));
  const repeated = repeatedFurniture(perPage, pages);
  const lines = perPage.flatMap((ls, i) =>
    ls.filter((l) => !isFurniture(repeated, l, pages[i]!) && !isPageNumber(l, pages[i]!)),
  );
  return assemble(lines, pages);
}

function buildLines(page: PdfPage, pageNo: number): Line[] {
  const items = page.items
    .map((it) => ({ ...it, s: normaliseChars(it.s) }))
    .filter((it) => it.s.trim() !== '' && Number.isFinite(it.x) && Number.isFinite(it.y));
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const it of items) {
    const last = groups[groups.length - 1];
    const tol = Math.max(2, 0.45 * (it.h || 10));
    if (last && Math.abs(last[0]!.y - it.y) <= tol) last.push(it);
    else groups.push([it]);
  }
  return groups.map((g) => toLine(g, pageNo));
}

function toLine(items: PdfItem[], page: number): Line {
  items.sort((a, b) => a.x - b.x);
  const chars = items.reduce((n, it) => n + it.s.length, 0);
  const width = items.reduce((n, it) => n + it.w, 0);
  const charWidth = chars > 0 && width > 0 ? width / chars : 5;
  const height = Math.max(...items.map((it) => it.h || 10));
  const cellGap = Math.max(3 * charWidth, 12);
  const cells: Line['cells'] = [];
  for (const it of items) {
    const cur = cells[cells.length - 1];
    const gap = cur ? it.x - cur.right : Infinity;
    if (cur && gap < cellGap) {
      const needsSpace = gap > charWidth * 0.25 && !/\s$/.test(cur.text) && !/^\s/.test(it.s);
      cur.text += (needsSpace ? ' ' : '') + it.s;
      cur.right = Math.max(cur.right, it.x + it.w);
    } else {
      cells.push({ x: it.x, right: it.x + it.w, text: it.s });
    }
  }
  for (const c of cells) c.text = squash(c.text);
  return {
    page,
    y: items[0]!.y,
    x: cells[0]!.x,
    right: Math.max(...cells.map((c) => c.right)),
    height,
    charWidth,
    cells: cells.filter((c) => c.text),
    items: items.map((it) => ({ x: it.x, right: it.x + it.w, text: it.s })),
  };
}

function furnitureKey(l: Line): string {
  return l.cells.map((c) => c.text).join(' ').replace(/\d+/g, '#').toLowerCase();
}

const atEdge = (l: Line, page: PdfPage) => l.y > (page.height || 842) * 0.9 || l.y < (page.height || 842) * 0.08;
const placeKey = (l: Line) => `${furnitureKey(l)}@${Math.round(l.y / 3)}`;

/**
 * Lines that recur on at least half of the pages (three or more): near the top or bottom edge
 * (running headers and footers), or at the very same place on the page (a table's head repeated
 * on each page it runs over). The first sighting of a table head, mid-page, is kept.
 */
function repeatedFurniture(perPage: Line[][], pages: PdfPage[]): Set<string> {
  if (pages.length < 3) return new Set();
  const counts = new Map<string, number>();
  perPage.forEach((lines, i) => {
    const seen = new Set<string>();
    for (const l of lines) {
      if (atEdge(l, pages[i]!)) seen.add(`edge:${furnitureKey(l)}`);
      seen.add(`place:${placeKey(l)}`);
    }
    seen.forEach((k) => counts.set(k, (counts.get(k) ?? 0) + 1));
  });
  const out = new Set<string>();
  counts.forEach((n, k) => {
    if (n >= Math.max(3, pages.length / 2)) out.add(k);
  });
  return out;
}

function isFurniture(repeated: Set<string>, l: Line, page: PdfPage): boolean {
  return (atEdge(l, page) && repeated.has(`edge:${furnitureKey(l)}`)) || repeated.has(`place:${placeKey(l)}`);
}

function isPageNumber(l: Line, page: PdfPage): boolean {
  const text = l.cells.map((c) => c.text).join(' ').trim();
  const h = page.height || 842;
  const atEdge = l.y > h * 0.9 || l.y < h * 0.08;
  return atEdge && /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i.test(text);
}

function assemble(lines: Line[], pages: PdfPage[]): Block[] {
  const blocks: Block[] = [];
  const rightEdge = new Map<number, number>();
  pages.forEach((_p, i) => rightEdge.set(i + 1, marginOf(lines.filter((l) => l.page === i + 1))));

  let para: { text: string; last: Line } | null = null;
  let table: { cols: number[]; lines: Line[]; last: Line } | null = null;

  const flushPara = () => {
    if (para) blocks.push(...linesToBlocks([para.text], para.last.page));
    para = null;
  };
  const flushTable = () => {
    if (table) for (const r of tableRows(table.cols, table.lines)) blocks.push(rowBlock(r, table.last.page));
    table = null;
  };

  for (const line of lines) {
    // Words that ran together across a column edge ("… specific need, escalating to a") are still two cells.
    const spansColumns = table !== null && line.cells.length === 1 && columnsTouched((table as { cols: number[] }).cols, line) >= 2;
    if (line.cells.length >= 2 || spansColumns) {
      flushPara();
      if (table && (continuesRow(table, line) || sameColumns(table.cols, line))) {
        table.lines.push(line);
        table.last = line;
        continue;
      }
      flushTable();
      table = { cols: line.cells.map((c) => c.x), lines: [line], last: line };
      continue;
    }
    const text = line.cells[0]?.text ?? '';
    if (table && continuesRow(table, line)) {
      table.lines.push(line);
      table.last = line;
      continue;
    }
    flushTable();
    if (para && continuesParagraph(para, line, rightEdge.get(para.last.page) ?? 0, text) && !beginsNewLine(para.text, text)) {
      para.text = para.text.endsWith('-') && /^[a-z]/.test(text) ? para.text + text : `${para.text} ${text}`;
      para.last = line;
      continue;
    }
    flushPara();
    para = { text, last: line };
  }
  flushPara();
  flushTable();
  return blocks;
}

/** The right margin of a page: the typical right edge of its longest lines. */
function marginOf(lines: Line[]): number {
  const rights = lines.map((l) => l.right).sort((a, b) => b - a);
  if (!rights.length) return 0;
  return rights[Math.min(rights.length - 1, Math.floor(rights.length * 0.1))]!;
}

/** A line continues the previous one when the previous was full: its next word would not have fitted. */
function continuesParagraph(para: { text: string; last: Line }, line: Line, margin: number, text: string): boolean {
  const prev = para.last;
  // Line breaking never puts "/" or a closing mark at the start of a line, so it travels with the word.
  const firstWord = /^\S+(?:\s+[/\u2013\u2014:;,.!?)-]+(?=\s|$))*/.exec(text)?.[0] ?? '';
  const wouldFit = prev.right + prev.charWidth * (firstWord.length + 1) <= margin - prev.charWidth * 0.5;
  if (prev.page !== line.page) {
    // Across a page break there is no spacing to go by: a full line that does not end a sentence runs on.
    return !wouldFit && (/^[a-z(]/.test(text) || !/[.:;!?)]$/.test(para.text));
  }
  const gap = prev.y - line.y;
  const normal = gap > 0 && gap <= Math.max(prev.height, line.height) * 1.6;
  const aligned = Math.abs(line.x - prev.x) <= prev.charWidth * 6 || line.x < prev.x;
  return normal && aligned && !wouldFit;
}

function columnsTouched(cols: number[], line: Line): number {
  const touched = new Set<number>();
  for (const it of line.items) {
    let k = 0;
    for (let c = 0; c < cols.length; c++) if (it.x >= cols[c]! - 14) k = c;
    touched.add(k);
  }
  return touched.size;
}

function nearestColumn(cols: number[], x: number): number {
  let best = 0;
  for (let i = 1; i < cols.length; i++) if (Math.abs(cols[i]! - x) < Math.abs(cols[best]! - x)) best = i;
  return best;
}

function sameColumns(cols: number[], line: Line): boolean {
  // A ligature ("speci|fi|c") can arrive as its own piece a little apart: it belongs to the cell before it.
  const fits = (c: Line['cells'][number], k: number) =>
    Math.abs(cols[nearestColumn(cols, c.x)]! - c.x) <= 12 || (k > 0 && c.x - line.cells[k - 1]!.right < Math.max(4 * line.charWidth, 20));
  return line.cells.every(fits) && line.cells.length <= cols.length + 1;
}

/**
 * A table line cut at its table's column edges, piece by piece: two cells that ran close together
 * on one line ("PARTNERSHIP  SPECIALIST/STATUTORY") still go to their own columns.
 */
function placeCells(cols: number[], line: Line): string[] {
  const row = cols.map(() => '');
  const items = [...line.items].sort((a, b) => a.x - b.x);
  let lastRight = -Infinity;
  let lastCol = -1;
  for (const it of items) {
    const byItems = line.cells.length > 1 || columnsTouched(cols, line) > 1;
    let i = byItems ? 0 : nearestColumn(cols, line.x);
    if (byItems) for (let k = 0; k < cols.length; k++) if (it.x >= cols[k]! - 14) i = k;
    const gap = it.x - lastRight;
    const glue = i === lastCol && gap <= line.charWidth * 0.25;
    row[i] = glue ? `${row[i]}${it.text}` : joinWrapped(row[i]!, it.text);
    lastRight = it.x + (it.right - it.x);
    lastCol = i;
  }
  return row.map((c) => squash(c));
}

/** Joins a wrapped piece of a cell to what came before ("co-" + "ordinated" -> "co-ordinated"). */
function joinWrapped(before: string, after: string): string {
  const b = before.replace(/\s+$/, '');
  if (!b) return after.trim();
  if (/[a-z]-$/.test(b) && /^\s*[a-z]/.test(after)) return b + after.trim();
  return `${b} ${after.trim()}`;
}

/**
 * The rows of a table, rebuilt by column. Where the table's rows are padded (the gap between rows
 * is plainly larger than between the lines of one cell, as in most printed and web tables), a row
 * runs until the next such gap, so a wrapped first cell ("Education and / Learning, e.g.") stays
 * one cell. Tightly set tables start a row wherever the first column has text.
 */
function tableRows(cols: number[], lines: Line[]): string[][] {
  const gaps = lines.map((l, i) => (i > 0 && lines[i - 1]!.page === l.page ? lines[i - 1]!.y - l.y : null));
  // The line spacing inside a cell, measured column by column: columns set on slightly different
  // baselines interleave, and the gaps between their lines say nothing about rows.
  const colOf = (l: Line) => nearestColumn(cols, l.cells[0]!.x);
  const advance = lines.map((l, i) => {
    for (let j = i - 1; j >= 0 && lines[j]!.page === l.page; j--) if (colOf(lines[j]!) === colOf(l)) return lines[j]!.y - l.y;
    return null;
  });
  const positive = advance.filter((g): g is number => g !== null && g > 0).sort((a, b) => a - b);
  const median = positive.length ? positive[Math.floor(positive.length / 2)]! : 0;
  const padded = median > 0 && positive.some((g) => g >= median * 1.4);
  const rows: string[][] = [];
  let cur: string[] | null = null;
  lines.forEach((line, i) => {
    const g = gaps[i] ?? null;
    const firstCol = Math.abs(line.x - cols[0]!) <= 6 && cols.length > 1;
    let start: boolean;
    if (!cur) start = true;
    else if (padded) start = g === null ? firstCol : g >= median * 1.4;
    else start = !(g !== null && g > 0 && g <= Math.max(lines[i - 1]!.height, line.height) * 1.6 && !firstCol);
    const cells = placeCells(cols, line);
    if (start || !cur) {
      cur = cells;
      rows.push(cur);
    } else {
      const row: string[] = cur;
      cells.forEach((c, k) => {
        if (c) row[k] = joinWrapped(row[k] ?? '', c);
      });
    }
  });
  return rows;
}

/**
 * A wrapped table cell: the line sits close below the last row, all its pieces fall into known
 * columns, and the first column is empty (a new row would start with its number or date).
 */
function continuesRow(table: { cols: number[]; last: Line }, line: Line): boolean {
  if (line.page !== table.last.page) return false;
  const gap = table.last.y - line.y;
  // Cells are set with more leading than body text; a cell's next line can sit 1.7 font heights below.
  if (gap <= 0 || gap > Math.max(table.last.height, line.height) * 1.8) return false;
  const firstCol = table.cols[0]!;
  if (Math.abs(line.x - firstCol) <= 6 && table.cols.length > 1) return false;
  return line.cells.every((c) => Math.abs(table.cols[nearestColumn(table.cols, c.x)]! - c.x) <= 14);
}
