import { normaliseChars, squash } from '../../util/text';
import { Block, rowBlock } from '../document';
import { linesToBlocks } from './line-blocks';
import { beginsNewLine } from './line-starts';
import { newspaperColumns } from './pdf-columns';

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
  cells: { x: number; right: number; text: string; parts: { x: number; text: string }[] }[];
  /** The right edge of the newspaper column the line is in (see pdf-columns.ts); the page's margin otherwise. */
  margin?: number;
}

/**
 * Rebuilds reading order from positioned text: items become lines, wide gaps become table cells,
 * wrapped lines are joined back into the paragraph they came from, and running headers and
 * footers repeated on most pages are dropped.
 */
export function layoutPages(pages: PdfPage[]): Block[] {
  const perPage = pages.map((p, i) => buildLines(p, i + 1));
  const repeated = repeatedFurniture(perPage, pages);
  // Only where it sits at the page edge: the first sighting of a table head repeated on each page is mid-page, and kept.
  // A table head at the top of the first page it is on is the table's own, not furniture: kept once (its repeats are
  // dropped here or, mid-table, by assemble).
  const kept = new Set<string>();
  const furniture = (l: Line, page: PdfPage) => {
    const edge = atEdge(l, page);
    if (edge && isMarking(l)) return true;
    const key = furnitureKey(l);
    if (!repeated.has(key)) return false;
    const head = l.cells.length >= 2 && l.y > (page.height || 842) / 2 && !kept.has(key);
    if (l.cells.length >= 2) kept.add(key);
    return edge && !head;
  };
  const lines = perPage.flatMap((ls, i) => ls.filter((l) => !furniture(l, pages[i]!) && !isPageNumber(l, pages[i]!)));
  // A running line may be the only place a paper names its board and date ("Corporate Parenting Panel – 17 January 2019"
  // atop each page): one copy of each leads the paper instead of interrupting its text and tables at every page break.
  const firsts = new Map<string, Line>();
  perPage.forEach((ls, i) =>
    ls.forEach((l) => {
      const key = furnitureKey(l);
      if (!repeated.has(key) || firsts.has(key) || lines.includes(l) || isMarking(l) || isPageNumber(l, pages[i]!)) return;
      const cells = l.cells.filter((c) => !PAGE_OF.test(c.text.trim()));
      // Two or more cells left are a table's head printed again on each page, not a running line.
      if (cells.length === 1) firsts.set(key, { ...l, cells });
    }),
  );
  // Marked as the docx reader marks Word's header and footer parts: the paper's running lines, not its body.
  const lead: Block[] = [...firsts.values()].map((l) => ({ type: 'paragraph', text: l.cells.map((c) => c.text).join(' | '), running: true, page: 1 }));
  return [...lead, ...assemble(lines, pages)];
}

function buildLines(page: PdfPage, pageNo: number): Line[] {
  const items = page.items
    .map((it) => ({ ...it, s: normaliseChars(it.s) }))
    .filter((it) => it.s.trim() !== '' && Number.isFinite(it.x) && Number.isFinite(it.y));
  // A page in two newspaper columns is read down the left column, then down the right.
  const heights = items.map((it) => it.h || 10).sort((a, b) => a - b);
  const columns = newspaperColumns(items, heights[Math.floor(heights.length / 2)] ?? 10);
  if (columns) {
    const inColumn = (g: PdfItem[]) => {
      const lines = lineGroups(g, pageNo);
      // A column's lines are full when they reach the column's right edge, not the page's.
      const margin = marginOf(lines);
      for (const l of lines) l.margin = margin;
      return lines;
    };
    return [...lineGroups(columns.above, pageNo), ...inColumn(columns.left), ...inColumn(columns.right), ...lineGroups(columns.below, pageNo)];
  }
  return lineGroups(items, pageNo);
}

/** Items grouped into lines by their height on the page, top to bottom, each line's items left to right. */
function lineGroups(source: PdfItem[], pageNo: number): Line[] {
  const items = [...source];
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
      // A gap wider than a space may still be a column edge: the whole table decides (see tableRows). A space is
      // about a quarter of the type's height; the mean letter of a bold heading ("Owner", "Due") is wider than the gap
      // Word leaves between two narrow columns, so the letter width alone would join their headings.
      if (gap > Math.min(charWidth * 1.2, height * 0.5)) cur.parts.push({ x: it.x, text: it.s });
      else cur.parts[cur.parts.length - 1]!.text += (needsSpace ? ' ' : '') + it.s;
    } else {
      cells.push({ x: it.x, right: it.x + it.w, text: it.s, parts: [{ x: it.x, text: it.s }] });
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

const atEdge = (l: Line, page: PdfPage) => l.y > (page.height || 842) * 0.9 || l.y < (page.height || 842) * 0.08;

function furnitureKey(l: Line): string {
  return l.cells
    .map((c) => c.text)
    .join(' ')
    .replace(/\d+/g, '#')
    .toLowerCase();
}

/**
 * Lines near the top or bottom edge that recur on at least half of the pages (three or more), or on both pages of a
 * two-page paper ("Draft – not yet approved   Page 1 of 2" at the foot of each).
 */
function repeatedFurniture(perPage: Line[][], pages: PdfPage[]): Set<string> {
  if (pages.length < 2) return new Set();
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
    if (n >= (pages.length === 2 ? 2 : Math.max(3, pages.length / 2))) out.add(k);
  });
  return out;
}

/** A protective marking printed in a page's margin ("OFFICIAL – SENSITIVE", "NOT PROTECTIVELY MARKED"), even on one page. */
const MARKING = /^(?:OFFICIAL(?:\s*[-–—:]?\s*SENSITIVE)?|NOT PROTECTIVELY MARKED|PROTECT|RESTRICTED|CONFIDENTIAL)(?:\s*[-–—:]\s*[A-Z][A-Za-z ]{0,30})?$/;

function isMarking(l: Line): boolean {
  return l.cells.length === 1 && MARKING.test(l.cells[0]!.text.trim());
}

const PAGE_OF = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

function isPageNumber(l: Line, page: PdfPage): boolean {
  const text = l.cells
    .map((c) => c.text)
    .join(' ')
    .trim();
  const h = page.height || 842;
  const atEdge = l.y > h * 0.9 || l.y < h * 0.08;
  return atEdge && PAGE_OF.test(text);
}

function assemble(lines: Line[], pages: PdfPage[]): Block[] {
  const blocks: Block[] = [];
  const rightEdge = new Map<number, number>();
  pages.forEach((_p, i) => rightEdge.set(i + 1, marginOf(lines.filter((l) => l.page === i + 1))));

  let para: { text: string; last: Line } | null = null;
  let table: Table | null = null;

  const flushPara = () => {
    if (para) blocks.push(...linesToBlocks([para.text], para.last.page));
    para = null;
  };
  const flushTable = () => {
    if (table) blocks.push(...tableBlocks(table));
    table = null;
  };

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    // A table that runs onto the next page prints its head again there: the head is the table's first row already.
    if (table && line.page > table.last.page && repeatsHead(table, line)) {
      table.headAgain = table.rows[0]!.length - 1;
      table.last = line;
      continue;
    }
    if (table?.headAgain && line.page === table.last.page && wrapsInRow(table, line)) {
      table.headAgain--;
      table.last = line;
      continue;
    }
    if (table) table.headAgain = 0;
    // A row Word let break across the page: its cells go on at the top of the next page with the first column empty.
    if (table && brokenRowGoesOn(table, line)) {
      flushPara();
      table.rows[table.rows.length - 1]!.push(line);
      table.last = line;
      continue;
    }
    if (line.cells.length >= 2 || (table && joinsTable(table, line, lines, n))) {
      flushPara();
      if (table && (line.cells.length >= 2 || joinsTable(table, line, lines, n))) {
        const tight = wrapsInRow(table, line);
        // The body may show more columns than a header whose cells ran together: same table.
        const widens = table.rows.length === 1 && table.cols.every((x) => line.cells.some((c) => Math.abs(c.x - x) <= 12));
        if (tight || widens || sameColumns(table.cols, line) || line.cells.length === 1) {
          if (tight) table.rows[table.rows.length - 1]!.push(line);
          else table.rows.push([line]);
          // A header over two rows ("Lead" over "Agency | Officer"): the second row's pieces are column starts too.
          addColumns(table, line, table.rows.length === 2 && !tight);
          table.last = line;
          continue;
        }
      }
      flushTable();
      // Every piece of the first line that stands apart is a possible column start: a header row's
      // cells often run together ("Ref Action") though the rows below put them in separate columns.
      table = { cols: [...new Set(line.cells.flatMap((c) => c.parts.map((p) => p.x)))].sort((a, b) => a - b), rows: [[line]], last: line };
      continue;
    }
    const text = line.cells[0]?.text ?? '';
    flushTable();
    if (
      para &&
      continuesParagraph(para, line, para.last.margin ?? rightEdge.get(para.last.page) ?? 0, text) &&
      !beginsNewLine(para.text, text) &&
      !headsWhatFollows(para.text, line, lines[n + 1], text)
    ) {
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

/** A table being read: its column starts (from every line of it) and its rows, each one or more lines. */
interface Table {
  cols: number[];
  rows: Line[][];
  last: Line;
  /** Lines of the table's head still to skip where the head is printed again on a new page. */
  headAgain?: number;
}

const lineKey = (l: Line) => l.cells.map((c) => c.text).join(' | ');

/** The first line of the table's head, printed again on a later page at the same column starts. */
function repeatsHead(table: Table, line: Line): boolean {
  const head = table.rows[0]![0]!;
  return table.rows.length > 1 && line.cells.length >= 2 && lineKey(line) === lineKey(head) && sameColumns(table.cols, line);
}

/**
 * The first line of a page, in an open table whose last row ended on an earlier page, that starts in the table's columns
 * but leaves the first column empty where every row before filled it: the rest of that row, not a row of its own.
 */
function brokenRowGoesOn(table: Table, line: Line): boolean {
  const lastRow = table.rows[table.rows.length - 1]!;
  if (table.rows.length < 2 || line.page <= lastRow[lastRow.length - 1]!.page) return false;
  const cols = table.cols;
  if (!nearColumn(cols, line.x, 8) || line.cells.some((c) => columnAt(cols, c.x) === 0)) return false;
  const body = table.rows.slice(1);
  return body.every((r) => r.some((l) => l.cells.some((c) => columnAt(cols, c.x) === 0)));
}

/**
 * A line sitting as close under the last one as lines of one paragraph do belongs to the same row
 * (a cell wrapped); rows are further apart (cell padding, borders). Any column may wrap, the first
 * included ("Christina" over "Fairhead").
 */
function wrapsInRow(table: Table, line: Line): boolean {
  if (line.page !== table.last.page) return false;
  const gap = table.last.y - line.y;
  if (gap <= 0 || gap > Math.max(table.last.height, line.height) * 1.4) return false;
  if (atRightTabAgain(table, line)) return false;
  return line.cells.every((c) => c.parts.every((p) => nearColumn(table.cols, p.x, 14)));
}

/**
 * A register set with a right tab ("Name, Role, Agency ........ Present"): each entry's word ends exactly where the one
 * above ended, however long it is, so a line with its first cell at the left and a last cell ending at the row's right
 * edge again is the next entry, not a wrapped line of this one (a wrapped cell starts at its column, its end ragged or,
 * justified, its words different).
 */
function atRightTabAgain(table: Table, line: Line): boolean {
  if (line.cells.length < 2 || Math.abs(line.x - table.cols[0]!) > 1.5) return false;
  const end = line.cells[line.cells.length - 1]!;
  const row = table.rows[table.rows.length - 1]!;
  // Every cell filled again, as on the row's first line: a wrapped header ("Minute" over "ref", "Open /" over "closed")
  // fills only the cells that wrap, whose ends may meet by chance.
  if (line.cells.length !== row[0]!.cells.length) return false;
  // Set at a right tab, a word of another length starts elsewhere and the same word again starts at the same place; the
  // lines of a justified cell end together too, but start together with other words.
  return row.some((l) => {
    const prev = l.cells[l.cells.length - 1]!;
    if (l.cells.length < 2 || Math.abs(prev.right - end.right) > 0.75 || end.text.length > 40) return false;
    return Math.abs(prev.x - end.x) > 1 || prev.text === end.text;
  });
}

/** A one-cell line is part of the table when it wraps a row's cell or its pieces sit at two or more column starts. */
function joinsTable(table: Table, line: Line, lines: Line[], at: number): boolean {
  if (wrapsInRow(table, line)) return true;
  if (line.page !== table.last.page) return false;
  const gap = table.last.y - line.y;
  if (gap <= 0 || gap > Math.max(table.last.height, line.height) * 3) return false;
  const starts = new Set(line.cells.flatMap((c) => c.parts.map((p) => (nearColumn(table.cols, p.x, 6) ? nearestColumn(table.cols, p.x) : -1))));
  starts.delete(-1);
  // A label row merged across the table ("Priority 2 – Exploitation") starts exactly where the first column's text does;
  // a paragraph after the table starts at the page margin, left of it by the cell's padding.
  const label = line.cells.length === 1 && line.cells[0]!.text.length <= 80 && Math.abs(line.x - table.cols[0]!) <= 1.5 && rowsFollow(table, lines, at);
  return starts.size >= 2 || label;
}

/**
 * Whether rows of the table come next, after the label's own wrapped lines (a narrow first column wraps "Priority A –
 * Early help" over four): body text aligned with a table's first column is not a label of it.
 */
function rowsFollow(table: Table, lines: Line[], at: number): boolean {
  for (let j = at + 1; j < Math.min(lines.length, at + 10); j++) {
    const l = lines[j]!;
    if (l.cells.length >= 2) return sameColumns(table.cols, l);
    if (Math.abs(l.x - table.cols[0]!) > 1.5) return false;
  }
  return false;
}

function nearColumn(cols: number[], x: number, tol: number): boolean {
  return Math.abs(cols[nearestColumn(cols, x)]! - x) <= tol;
}

/** New column starts seen in a later row (a header merged "Initials Role" until the body showed two columns). */
function addColumns(table: Table, line: Line, pieces = false): void {
  for (const x of pieces ? line.cells.flatMap((c) => c.parts.map((p) => p.x)) : line.cells.map((c) => c.x)) {
    if (Math.abs(table.cols[nearestColumn(table.cols, x)]! - x) > 12) table.cols.push(x);
  }
  table.cols.sort((a, b) => a - b);
}

/**
 * The table's rows, each cell rebuilt from every piece of text that starts at or after its column
 * start: header rows and merged cells split where the body's columns are, wrapped lines rejoined.
 * A row with one filled cell is layout (a heading inside the table), so it becomes a paragraph.
 */
const WORD_HYPHEN_END = /[A-Za-z0-9]-$/;
const WORD_START = /^[a-z0-9]/;

function tableBlocks(table: Table): Block[] {
  const out: Block[] = [];
  const cols = table.cols;
  for (const rowLines of table.rows) {
    const cells = cols.map(() => '');
    for (const line of rowLines) {
      for (const cell of line.cells) {
        let col = columnAt(cols, cell.x);
        // A value set at a right tab starts a little left of the column where a shorter one started ("Apologies" under
        // "Present"): a cell of its own on the line, a few points short of the next column, is in that column.
        if (cell !== line.cells[0] && col + 1 < cols.length && cols[col + 1]! - cell.x <= 12) col++;
        for (const part of cell.parts) {
          const start = cols.findIndex((x) => Math.abs(x - part.x) <= 6);
          if (start > col) col = start;
          // A cell wrapped at a hyphen ("multi-" / "agency", "B19-" / "33") is one word, its hyphen kept.
          const wrapsAtHyphen = WORD_HYPHEN_END.test(cells[col]!) && WORD_START.test(part.text);
          cells[col] = squash(wrapsAtHyphen ? `${cells[col]}${part.text}` : `${cells[col]} ${part.text}`);
        }
      }
    }
    const filled = cells.filter(Boolean);
    if (filled.length === 1) out.push(...linesToBlocks([filled[0]!], rowLines[0]!.page));
    else if (filled.length) out.push(rowBlock(cells, rowLines[0]!.page));
  }
  return out;
}

/** The column a piece of text starting at x falls in: the last column start at or before it. */
function columnAt(cols: number[], x: number): number {
  let best = 0;
  for (let i = 0; i < cols.length; i++) if (cols[i]! <= x + 6) best = i;
  return best;
}

/** The right margin of a page: the typical right edge of its longest lines. */
function marginOf(lines: Line[]): number {
  const rights = lines.map((l) => l.right).sort((a, b) => b - a);
  if (!rights.length) return 0;
  return rights[Math.min(rights.length - 1, Math.floor(rights.length * 0.1))]!;
}

/**
 * A few words with no closing stop, starting with a capital, on a line of their own after a sentence that ended
 * ("… remains red." then "Actions" or "Actions:", "What we agreed") head what follows: they do not end the paragraph above, even when
 * that paragraph filled its last line. Prose that runs on would end its own sentence with a stop.
 */
function headsWhatFollows(before: string, line: Line, next: Line | undefined, text: string): boolean {
  if (!next || text.split(/\s+/).length > 5 || !/^\p{Lu}/u.test(text) || !/\p{L}:?$/u.test(text)) return false;
  return /[.:;!?)]$/.test(before) && line.page === next.page;
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
