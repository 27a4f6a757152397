import { collapseSpaces, isMostlyUpper, normaliseChars, squash } from '../../util/text';
import { Block, rowBlock } from '../document';
import { fixedWidthTables } from './fixed-width';

const MARKER = /^\s*<(\/?)AI(\d+[a-z]?)>\s*$/i;
const MD_TABLE_ROW = /^\s*\|.*\|\s*$/;
const MD_TABLE_RULE = /^\s*\|?[\s:|-]*-{2,}[\s:|-]*\|?\s*$/;
const BULLET = /^\s*(?:[-*\u2022\u00b7\u25aa\u25e6\u2023\u2043\u25cf\u25cb\u2013\uf0b7\uf0a7o](?=\s)|\d{1,2}\))\s*/;
const MD_HEADING = /^\s*(#{1,6})\s+(.*)$/;
// Exports from committee systems sometimes leave list markup inside plain-text cells.
const STRAY_HTML = /<\/?(?:ol|ul|li|p|br|span|div|b|i|u|strong|em|font|sup|sub)\b[^>]*>/gi;
const BOLD_LINE = /^\s*\*\*(.+?)\*\*\s*$/;
// A page's running foot kept by a copy from PDF ("Neglect Sub-group notes 07/03/16<TAB>Page 2 of 3"): "Page N of M" alone
// or set apart from a short title. Left in, it would end a table that runs on over the page break.
const PAGE_FOOT = /^(?:.{0,80}?(?:\t+|\s{2,}|\s[|–-]\s))?page\s+\d{1,4}\s+of\s+\d{1,4}(?:(?:\t+|\s{2,}|\s[|–-]\s).{0,80})?$/i;

/**
 * Turns lines of plain text (a .txt file, a Word paragraph, an HTML paragraph) into blocks.
 * Tab-separated and markdown-pipe lines become table rows; `<AIn>` lines from committee
 * systems become item markers; bullet lines become list items.
 */
export function linesToBlocks(lines: string[], page?: number): Block[] {
  const blocks: Block[] = [];
  // Blank lines in a row before a block (two or more separate one table or list from the next).
  let blanks = 0;
  const push = (b: Block) => {
    if (page !== undefined) b.page = page;
    if (blanks >= 2 && blocks.length) b.afterBreak = true;
    blanks = 0;
    blocks.push(b);
  };
  // A loop, not flatMap(unflatten): flatMap made and flattened a one-line array for every line of the file.
  const unflattened: string[] = [];
  for (const line of lines) {
    if (line.length < 500) unflattened.push(line);
    else unflattened.push(...unflatten(line));
  }
  lines = unflattened;
  const slashRows = slashTableLines(lines);
  const pipeRows = pipeTableLines(lines);
  const spaceRows = spaceTableLines(lines);
  const fixedRows = fixedWidthTables(lines);
  const feet = new Map<string, string>();
  // The last tab-separated row: its line and how many cells it had.
  let lastTabRow = -2;
  let width = 0;
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    // trimEnd removes exactly what /\s+$/ matches, without the regex retrying at every space of the line.
    const line = normaliseChars(raw).trimEnd();
    if (!line.trim()) {
      blanks++;
      continue;
    }
    if (PAGE_FOOT.test(line.trim())) {
      // Said once, at the head of the paper and marked as the paper's running line (it may be the only line giving the
      // meeting's name and date), not between the rows of a table at every page break.
      const foot = squash(line.replace(/page\s+\d{1,4}\s+of\s+\d{1,4}/i, ' ').replace(/\t+/g, ' | ')).replace(/^\|\s*|\s*\|$/g, '');
      const key = foot.replace(/\d+/g, '#').toLowerCase();
      if (foot && !feet.has(key)) feet.set(key, foot);
      continue;
    }
    const marker = MARKER.exec(line);
    if (marker) {
      push({ type: 'marker', text: '', marker: { item: marker[2]!, closing: marker[1] === '/' } });
      continue;
    }
    if (MD_TABLE_ROW.test(line)) {
      if (MD_TABLE_RULE.test(line)) continue;
      const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map(stripInline);
      if (cells.some((c) => c)) push(rowBlock(cells, page));
      continue;
    }
    if (pipeRows.has(n)) {
      push(rowBlock(line.split(/\s+\|\s+|\s*\|\s*(?=$)|^\s*\|\s*/).map(stripInline), page));
      continue;
    }
    if (fixedRows.has(n)) {
      const cells = fixedRows.get(n);
      if (cells) push(rowBlock(cells.map(stripInline), page));
      continue;
    }
    const spaced = spaceRows.get(n);
    if (spaced) {
      push(rowBlock(spaced.map(stripInline), page));
      continue;
    }
    if (slashRows.has(n)) {
      push(rowBlock(line.split(SLASH_CELL).map(stripInline), page));
      continue;
    }
    const tabCells = line.includes('\t') ? line.split('\t').map((c) => squash(c)) : null;
    if (tabCells && tabCells.filter(Boolean).length >= 2) {
      // Leading tabs are indentation, not empty columns; except one tab opening a line of exactly as many cells as the
      // table's row just above (three or more): there the first column is empty (a cell merged down from the row above).
      const keepsColumns = width >= 3 && lastTabRow === n - 1 && tabCells.length === width && !tabCells[0] && !!tabCells[1];
      if (!keepsColumns) while (tabCells.length && !tabCells[0]) tabCells.shift();
      width = tabCells.length;
      lastTabRow = n;
      push(rowBlock(tabCells.map(stripInline), page));
      continue;
    }
    const heading = MD_HEADING.exec(line);
    if (heading) {
      push({ type: 'heading', text: stripInline(heading[2]!), level: heading[1]!.length });
      continue;
    }
    const bold = BOLD_LINE.exec(line);
    if (bold && bold[1]!.length < 160) {
      push({ type: 'heading', text: stripInline(bold[1]!) });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet && line.trim().length > bullet[0].trim().length + 1) {
      push({ type: 'list-item', text: stripInline(line.slice(bullet[0].length)) });
      continue;
    }
    const text = stripInline(line);
    if (!text) continue;
    push({ type: looksLikeHeading(text) ? 'heading' : 'paragraph', text });
  }
  if (feet.size)
    blocks.unshift(...[...feet.values()].map((text): Block => ({ type: 'paragraph', text, running: true, ...(page !== undefined ? { page } : {}) })));
  return blocks;
}

// Web copies of Word tables often join a row's cells with " / " (a bare "/" stays inside words: "Chair/ LA").
const SLASH_CELL = /(?:^|\s+)\/(?=\s|$)/;

/**
 * Lines that are table rows written with " / " between cells. One " / " also occurs inside job
 * titles ("Principal Social Worker / Head of Safeguarding"), so a line counts only when it sits in a
 * run of such lines whose first cell is short and free of commas (a name, a label, a number),
 * or when it has three or more cells.
 */
function slashTableLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  const ok = lines.map((raw) => {
    const line = raw.trim();
    // No slash, no cells: most lines are settled without the tests below.
    if (!line || !line.includes('/') || BULLET.test(line) || line.length > 400) return 0;
    // A tab-separated row keeps its slashes inside its cells ("Enw / Name<tab>Rôl / Role").
    if (line.split('\t').filter((c) => c.trim()).length >= 2) return 0;
    // A line in capitals is a heading with another name for the same thing ("UNIVERSAL / LEVEL 2"), not a row.
    if (/[A-Z]/.test(line) && line === line.toUpperCase()) return 0;
    const cells = line.split(SLASH_CELL);
    if (cells.length < 2) return 0;
    const first = cells[0]!.trim();
    if (first.includes(',') || first.split(/\s+/).length > 7) return 0;
    return cells.length >= 3 ? 2 : 1;
  });
  for (let i = 0; i < lines.length; i++) {
    if (!ok[i]) continue;
    // Neighbours skip blank lines: a web copy may put one between rows.
    const near = (dir: number) => {
      for (let j = i + dir, k = 0; j >= 0 && j < lines.length && k < 3; j += dir, k++) {
        if (ok[j]) return true;
        if (lines[j]!.trim()) return false;
      }
      return false;
    };
    if (ok[i] === 2 || near(-1) || near(1)) out.add(i);
  }
  return out;
}

/**
 * Columns lined up with spaces ("Name␣␣␣␣␣␣Agency" over "Jean Pike␣␣␣␣Eastbridge Council"), as a table
 * saved as plain text comes out: a run of three or more lines that split at runs of spaces (three or
 * more somewhere) into the same number of cells, each column starting at the same place on every
 * line. Prose with two spaces after a full stop never lines up like that; a numbered paragraph
 * ("3␣␣␣␣Audit of …") is not a row.
 */
function spaceTableLines(lines: string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const cellsOf = (raw: string): { cells: string[]; starts: number[]; wide: boolean } | null => {
    if (!raw.includes('  ') || raw.includes('\t') || raw.includes('|') || raw.length > 200) return null;
    const cells: string[] = [];
    const starts: number[] = [];
    let wide = false;
    for (const m of raw.matchAll(/\S+(?: \S+)*/g)) {
      if (starts.length) wide ||= m.index - (starts[starts.length - 1]! + cells[cells.length - 1]!.length) >= 3;
      cells.push(m[0]);
      starts.push(m.index);
    }
    // "3     Audit of strategy meetings …": a numbered paragraph, not a row.
    if (cells.length === 2 && /^\(?\d{1,3}[a-z]?[.)]?$/.test(cells[0]!)) return null;
    return cells.length >= 2 && cells.every((c) => c.length <= 80) ? { cells, starts, wide } : null;
  };
  const parsed = lines.map(cellsOf);
  // Column starts of the tables found so far: a shorter list laid out the same way (two apologies under the six
  // present, a heading between them) is the same table continued.
  const layouts: number[][] = [];
  for (let i = 0; i < lines.length;) {
    const first = parsed[i];
    if (!first) {
      i++;
      continue;
    }
    let j = i + 1;
    const aligned = (p: NonNullable<(typeof parsed)[number]>) =>
      p.cells.length === first.cells.length && p.starts.every((x, c) => c === 0 || Math.abs(x - first.starts[c]!) <= 2);
    while (j < lines.length && parsed[j] && aligned(parsed[j]!)) j++;
    const run = parsed.slice(i, j) as NonNullable<(typeof parsed)[number]>[];
    const sameLayout = layouts.some((l) => l.length === first.starts.length && l.every((x, c) => Math.abs(x - first.starts[c]!) <= 2));
    if ((run.length >= 3 || sameLayout) && run.some((p) => p.wide)) {
      run.forEach((p, k) => out.set(i + k, p.cells));
      layouts.push(first.starts);
    }
    i = j;
  }
  return out;
}

/**
 * Rows typed with " | " between cells but no pipes at the ends ("Action | Who | When | Status"):
 * a line with three or more such cells, or one of a run of two or more lines with two.
 */
function pipeTableLines(lines: string[]): Set<number> {
  const cells = lines.map((l) => (!l.includes('|') ? (l.length > 600 ? 0 : 1) : MD_TABLE_ROW.test(l) || l.length > 600 ? 0 : l.split(/\s+\|\s+/).length));
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (cells[i]! >= 3 || (cells[i]! === 2 && ((cells[i - 1] ?? 0) >= 2 || (cells[i + 1] ?? 0) >= 2))) out.add(i);
  }
  return out;
}

/**
 * A whole page run onto one line (a web copy that dropped the line breaks): it is broken again
 * before the cues that always start a line in minutes: the attendance headings, a numbered item
 * heading ("2. INVOLVE Website:"), an ACTIONS label and an "o" bullet. Ordinary paragraphs are
 * never this long, so only runaway lines are touched.
 */
function unflatten(line: string): string[] {
  // A shorter run-on page still holds its attendance headings and numbered items: "… Present: A (AB) Chair B (BC) …".
  // Lines under 500 characters are never broken: their cues are not counted (that was a search of every line).
  if (line.length < 500) return [line];
  const cues = (line.match(/\b(?:Present|Apologies|In attendance|Also present)\s*:/g) ?? []).length;
  if (line.length < 1500 && !(cues >= 2 && /\s\d{1,2}\.\s+[A-Z]/.test(line))) return [line];
  return line
    .replace(/\s+(?=(?:Present|Apologies|In attendance|Also present|ACTIONS?)\s*:)/g, '\n')
    .replace(/\s+(?=Apologies\s+(?:None|[A-Z][a-z]+\s+[A-Z]))/g, '\n')
    .replace(/\s+(?=\d{1,2}\.\s+[A-Z][^.:]{2,60}:\s)/g, '\n')
    .replace(/\s+(?=\d{1,2}\.\s+[A-Z][a-z]+\s)(?<=[a-z.)]\s+)/g, '\n')
    .replace(/\s+(?=Date of (?:the )?next meeting\b)/gi, '\n')
    .replace(/\s+(?=o\s+[A-Z])/g, '\n')
    .split('\n');
}

/** Removes markdown emphasis and collapses whitespace. */
export function stripInline(text: string): string {
  // Every pattern below needs a "<" or a "*": most lines have neither and only want squashing.
  if (!text.includes('<') && !text.includes('*')) return collapseSpaces(text);
  return collapseSpaces(
    text
      .replace(STRAY_HTML, ' ')
      .replace(/\*\*(.+?)\*\*/g, '$1')
      .replace(/(^|\s)\*(\S.*?\S)\*(?=\s|$)/g, '$1$2')
      .replace(/\*\*/g, ''),
  );
}

function looksLikeHeading(text: string): boolean {
  if (text.length > 120 || /[.;]$/.test(text)) return false;
  return isMostlyUpper(text) && text.split(' ').length <= 16;
}
