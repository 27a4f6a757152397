/**
 * A table printed to fixed-width text: a report run from a case system, a log flattened from a PDF. A reader sees a
 * header of column names set apart by wide gaps (perhaps ruled off with dashes), rows starting at the table's left
 * edge, and cells that wrap onto the lines below inside their own column ("Dr Fiona" / "Ure"). Each word belongs to
 * the column it starts in, so the columns come from the header across the whole table, not from each line alone.
 */

interface Run {
  text: string;
  at: number;
}

interface Layout {
  /** Where each column starts. */
  starts: number[];
  /** Where each column's rule ends, when the table is ruled off under its header: the rest up to the next column is gutter. */
  ends: number[] | null;
}

const WIDE_GAP = /\S {2,}\S/;
// "-------- ----------- -----": the line a report prints under its header; "====" and "____" likewise.
const RULE = /^[ \-=_+]*[-=_]{3,}[ \-=_+]*$/;
const MAX_WIDTH = 220;

const runsOf = (line: string): Run[] => [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], at: m.index }));

/**
 * Finds the fixed-width tables in lines of plain text. Returns the header line and each row's first line with its
 * cells, and every other line the table took (the rule, wrapped lines, a blank line between rows) with null.
 */
export function fixedWidthTables(lines: string[]): Map<number, string[] | null> {
  const out = new Map<number, string[] | null>();
  let last: { header: string[]; row: string[] } | null = null;
  for (let h = 0; h < lines.length; h++) {
    // A row broken by a page goes on under the header printed again at the top of the next page.
    const table = tableAt(lines, h, last);
    if (!table) continue;
    for (const [n, cells] of table.lines) out.set(n, cells);
    last = table.last;
    h = table.end - 1;
  }
  return out;
}

function plainLine(line: string): boolean {
  return line.length <= MAX_WIDTH && !line.includes('\t') && !line.includes('|');
}

function headerRuns(line: string): Run[] | null {
  if (!plainLine(line) || !WIDE_GAP.test(line)) return null;
  const cols = runsOf(line);
  // Column names are a word or three (an attendance grid's may be dates).
  if (cols.length < 3 || cols.some((c) => c.text.split(' ').length > 3 || c.text.length > 30)) return null;
  return cols;
}

/** The rule's dash groups, when there is one for each column of the header (each name over its own dashes). */
function ruleLayout(rule: string, head: Run[] | null): Layout | null {
  if (!head) return null;
  const groups = [...rule.matchAll(/[-=_]+/g)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
  if (groups.length !== head.length) return null;
  const inside = head.every((c, k) => c.at >= groups[k]!.at - 2 && c.at < groups[k]!.end);
  return inside ? { starts: groups.map((g) => g.at), ends: groups.map((g) => g.end) } : null;
}

interface Table {
  lines: Map<number, string[] | null>;
  end: number;
  last: { header: string[]; row: string[] };
}

function ruleAfter(lines: string[], h: number): number {
  // A name too long for one line goes on below it ("TARGET" over "DATE") when a rule closes the header.
  for (let k = h + 1; k <= h + 3 && k < lines.length; k++) {
    if (RULE.test(lines[k]!)) return k;
    if (!lines[k]!.trim() || !plainLine(lines[k]!)) break;
  }
  return -1;
}

/** A header whose names are parted by single spaces ("REF ACTION LEAD DUE") takes its columns from the rule under it. */
function headerOverRule(line: string, rule: string): { layout: Layout; header: string[] } | null {
  if (!plainLine(line)) return null;
  const groups = [...rule.matchAll(/[-=_]+/g)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
  if (groups.length < 3) return null;
  const layout: Layout = { starts: groups.map((g) => g.at), ends: groups.map((g) => g.end) };
  const header = cellsOf(line, layout);
  if (!header || header.filter(Boolean).length < 3 || header.some((c) => c.split(' ').length > 3)) return null;
  return { layout, header };
}

function tableAt(lines: string[], h: number, previous: Table['last'] | null): Table | null {
  const head = headerRuns(lines[h]!);
  const ruleAt = ruleAfter(lines, h);
  // The rule's dashes say where each column starts; without one, the header's words do.
  const byRule = ruleAt >= 0 ? ruleLayout(lines[ruleAt]!, head) : null;
  const ruled = byRule && head ? { layout: byRule, header: head.map((c) => c.text) } : ruleAt >= 0 ? headerOverRule(lines[h]!, lines[ruleAt]!) : null;
  if (!ruled && (!head || head.length < 4)) return null;
  const { layout, header } = ruled ?? { layout: { starts: head!.map((c) => c.at), ends: null }, header: head!.map((c) => c.text) };
  const taken = new Map<number, string[] | null>();
  for (let k = h + 1; k < Math.max(ruleAt, h + 1); k++) {
    const more = cellsOf(lines[k]!, layout);
    if (!more) return null;
    more.forEach((m, c) => (header[c] = [header[c], m].filter(Boolean).join(' ')));
    taken.set(k, null);
  }
  if (ruleAt >= 0) taken.set(ruleAt, null);
  const margin = layout.starts[0]!;
  const carried: string[][] = [];
  const rows: { line: number; cells: string[] }[] = [];
  let j = Math.max(ruleAt, h) + 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (!line.trim()) {
      // One blank line between rows keeps the table going when a full row follows it.
      const next = lines[j + 1] ?? '';
      const cells = rows.length && next.trim() ? cellsOf(next, layout) : null;
      if (!cells || !startsRow(next, margin) || cells.filter(Boolean).length < Math.min(3, cells.length)) break;
      taken.set(j, null);
      continue;
    }
    // A rule between rows separates them and says nothing.
    if (RULE.test(line) && rows.length) {
      taken.set(j, null);
      continue;
    }
    const cells = cellsOf(line, layout);
    if (!cells) break;
    if (!rows.length && !carried.length && ruleAt < 0 && moreHeader(header, cells)) {
      cells.forEach((m, c) => (header[c] = [header[c], m].filter(Boolean).join(' ')));
      taken.set(j, null);
    } else if (startsRow(line, margin)) rows.push({ line: j, cells });
    else if (rows.length) {
      joinCells(rows[rows.length - 1]!.cells, cells);
      taken.set(j, null);
    } else if (previous && previous.header.join('|') === header.join('|')) {
      carried.push(cells);
      taken.set(j, null);
    } else break;
  }
  // Trailing blank lines taken while looking ahead belong to what follows.
  while (j > 0 && taken.has(j - 1) && !lines[j - 1]!.trim()) taken.delete(--j);
  const enough = rows.length >= (ruleAt >= 0 ? 1 : 2) && rows.some((r) => r.cells.filter(Boolean).length >= 3);
  if (!enough) return null;
  taken.set(h, header);
  for (const r of rows) taken.set(r.line, r.cells);
  for (const cells of carried) joinCells(previous!.row, cells);
  return { lines: taken, end: j, last: { header, row: rows[rows.length - 1]!.cells } };
}

/** Words in capitals under a header in capitals, each under a name of its own ("TARGET" over "DATE"), go on the header. */
function moreHeader(header: string[], cells: string[]): boolean {
  const caps = (t: string) => /[A-Z]/.test(t) && !/[a-z\d]/.test(t);
  return header.every((h) => !h || caps(h)) && cells.some(Boolean) && cells.every((m, c) => !m || (caps(m) && !!header[c] && m.split(' ').length <= 2));
}

function joinCells(row: string[], more: string[]): void {
  more.forEach((m, c) => {
    if (m) row[c] = row[c] ? `${row[c]} ${m}` : m;
  });
}

function startsRow(line: string, margin: number): boolean {
  const first = line.search(/\S/);
  return first >= 0 && Math.abs(first - margin) <= 2;
}

/**
 * A line's cells by the layout, or null when the line does not sit in the columns (prose, or a run of words across
 * the start of a column). A run starts at its column's start give or take two places; under a rule a cell may also sit
 * anywhere inside its dashes, and a cell filling its column to the gutter is parted from the next by one space.
 */
function cellsOf(line: string, layout: Layout): string[] | null {
  if (!plainLine(line)) return null;
  const { starts, ends } = layout;
  const cells = starts.map(() => '');
  const columnOf = (at: number) => {
    let k = -1;
    for (let c = 0; c < starts.length; c++) if (starts[c]! <= at + 2) k = c;
    return k;
  };
  for (const run of splitAtGutters(runsOf(line), layout)) {
    const c = columnOf(run.at);
    if (c < 0) return null;
    const end = run.at + run.text.length;
    const next = starts[c + 1] ?? Infinity;
    const aligned = Math.abs(starts[c]! - run.at) <= 2 || (ends !== null && run.at >= starts[c]! && end <= ends[c]! + 1);
    if (!aligned || end >= next) return null;
    cells[c] = cells[c] ? `${cells[c]} ${run.text}` : run.text;
  }
  return cells;
}

/**
 * A cell that fills its column is parted from the next by one space: a run is split at that space where the next word
 * starts its column exactly, or, under a rule, where the space lies in the gutter past the previous column's dashes.
 */
function splitAtGutters(runs: Run[], layout: Layout): Run[] {
  const { starts, ends } = layout;
  const out: Run[] = [];
  for (const run of runs) {
    let rest = run;
    for (let c = 1; c < starts.length; c++) {
      const cut = starts[c]! - rest.at;
      if (cut <= 0 || cut >= rest.text.length) continue;
      if (rest.text[cut - 1] !== ' ' || (ends && starts[c]! - 1 < ends[c - 1]!)) continue;
      out.push({ text: rest.text.slice(0, cut - 1), at: rest.at });
      rest = { text: rest.text.slice(cut), at: starts[c]! };
    }
    out.push(rest);
  }
  return out;
}
