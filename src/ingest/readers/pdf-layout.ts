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
    ls.filter((l) => !repeated.has(furnitureKey(l)) && !isPageNumber(l, pages[i]!)),
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
  };
}

function furnitureKey(l: Line): string {
  return l.cells.map((c) => c.text).join(' ').replace(/\d+/g, '#').toLowerCase();
}

/** Lines near the top or bottom edge that recur on at least half of the pages (three or more). */
function repeatedFurniture(perPage: Line[][], pages: PdfPage[]): Set<string> {
  if (pages.length < 3) return new Set();
  const counts = new Map<string, number>();
  perPage.forEach((lines, i) => {
    const h = pages[i]!.height || 842;
    const seen = new Set<string>();
    for (const l of lines) {
      if (l.y > h * 0.9 || l.y < h * 0.08) seen.add(furnitureKey(l));
    }
    seen.forEach((k) => counts.set(k, (counts.get(k) ?? 0) + 1));
  });
  const out = new Set<string>();
  counts.forEach((n, k) => {
    if (n >= Math.max(3, pages.length / 2)) out.add(k);
  });
  return out;
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
  let table: { cols: number[]; rows: string[][]; last: Line } | null = null;

  const flushPara = () => {
    if (para) blocks.push(...linesToBlocks([para.text], para.last.page));
    para = null;
  };
  const flushTable = () => {
    if (table) for (const r of table.rows) blocks.push(rowBlock(r, table.last.page));
    table = null;
  };

  for (const line of lines) {
    if (line.cells.length >= 2) {
      flushPara();
      if (table && continuesRow(table, line)) {
        const row = table.rows[table.rows.length - 1]!;
        for (const c of line.cells) {
          const col = nearestColumn(table.cols, c.x);
          row[col] = squash(`${row[col] ?? ''} ${c.text}`);
        }
        table.last = line;
        continue;
      }
      if (table && sameColumns(table.cols, line)) {
        table.rows.push(placeCells(table.cols, line));
        table.last = line;
        continue;
      }
      flushTable();
      table = { cols: line.cells.map((c) => c.x), rows: [line.cells.map((c) => c.text)], last: line };
      continue;
    }
    const text = line.cells[0]?.text ?? '';
    if (table && continuesRow(table, line)) {
      const row = table.rows[table.rows.length - 1]!;
      const col = nearestColumn(table.cols, line.x);
      row[col] = squash(`${row[col] ?? ''} ${text}`);
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

function nearestColumn(cols: number[], x: number): number {
  let best = 0;
  for (let i = 1; i < cols.length; i++) if (Math.abs(cols[i]! - x) < Math.abs(cols[best]! - x)) best = i;
  return best;
}

function sameColumns(cols: number[], line: Line): boolean {
  return line.cells.every((c) => Math.abs(cols[nearestColumn(cols, c.x)]! - c.x) <= 12) && line.cells.length <= cols.length + 1;
}

function placeCells(cols: number[], line: Line): string[] {
  const row = cols.map(() => '');
  for (const c of line.cells) {
    const i = nearestColumn(cols, c.x);
    row[i] = squash(`${row[i]} ${c.text}`);
  }
  return row;
}

/**
 * A wrapped table cell: the line sits close below the last row, all its pieces fall into known
 * columns, and the first column is empty (a new row would start with its number or date).
 */
function continuesRow(table: { cols: number[]; last: Line }, line: Line): boolean {
  if (line.page !== table.last.page) return false;
  const gap = table.last.y - line.y;
  if (gap <= 0 || gap > Math.max(table.last.height, line.height) * 1.6) return false;
  const firstCol = table.cols[0]!;
  if (Math.abs(line.x - firstCol) <= 6 && table.cols.length > 1) return false;
  return line.cells.every((c) => Math.abs(table.cols[nearestColumn(table.cols, c.x)]! - c.x) <= 14);
}
