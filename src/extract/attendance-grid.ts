import type { Block } from '../ingest/document';
import { squash } from '../util/text';
import { AttendanceKey, keyAbove } from './attendance-key';
import { IsoDate, makeIso } from './dates';
import type { AttendanceEntry, AttendanceRole } from './model';
import { parsePersonName, PersonName } from './names';

/**
 * A year's attendance grid: one row per member (name or initials, agency) and one column per
 * meeting date, each cell a code — Y attended, A apology, N did not attend, D a deputy came
 * instead, "-" not expected. Minutes that carry one record this meeting in the last column that
 * has codes, and the column after it is the next meeting.
 */
export interface AttendanceGrid {
  date: IsoDate;
  next: IsoDate | null;
  entries: AttendanceEntry[];
  /** Index of the first block after the grid. */
  end: number;
}

const CODE = /^(?:y|n|a|d|-|–|x|✓|√)$/i;
const SHORT_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/;

function gridDate(cell: string): IsoDate | null {
  const m = SHORT_DATE.exec(cell.trim());
  if (!m) return null;
  const y = Number(m[3]!.length === 2 ? `20${m[3]}` : m[3]);
  return makeIso(y, Number(m[2]), Number(m[1]));
}

function codeRole(code: string, key: AttendanceKey | null): AttendanceRole | null {
  const c = code.trim().toLowerCase();
  // The paper's key decides where it gives one: "D deputy attended" means the member sent a deputy in their place, so
  // the member gave apologies (as a keyed mark in a one-meeting grid is read).
  const said = key?.get(c);
  if (said) return said === 'deputy' ? 'apologies' : said;
  if (c === 'y' || c === '✓' || c === '√') return 'present';
  if (c === 'a') return 'apologies';
  // D: the member was absent and a deputy (not named) came; N / X: did not attend.
  if (c === 'n' || c === 'd' || c === 'x') return 'not-present';
  return null;
}

function memberName(cell: string): PersonName | null {
  const text = squash(cell);
  if (/^[A-Z]{2,4}(?:\/[A-Z]{2,4})?$/.test(text)) {
    return { honorific: null, given: null, middle: [], family: null, display: text, annotation: null, confident: false };
  }
  return parsePersonName(text);
}

interface GridRow {
  who: string;
  agency: string;
  codes: string[];
}

/** Finds a grid in the first blocks: as table rows, or flattened into a run of words (a web copy). */
export function findAttendanceGrid(blocks: Block[]): AttendanceGrid | null {
  const limit = Math.min(blocks.length, 12);
  for (let i = 0; i < limit; i++) {
    const b = blocks[i]!;
    if (b.type === 'row') {
      const dates = (b.cells ?? []).map(gridDate);
      const first = dates.findIndex(Boolean);
      if (dates.filter(Boolean).length < 3 || first < 1) continue;
      const rows: GridRow[] = [];
      let j = i + 1;
      for (; j < blocks.length && blocks[j]!.type === 'row'; j++) {
        const cells = (blocks[j]!.cells ?? []).map((c) => squash(c));
        const codes = cells.slice(first, first + dates.length - first);
        if (!cells[0] || !codes.some((c) => CODE.test(c))) break;
        rows.push({ who: cells[0], agency: cells.slice(1, first).filter(Boolean).join(', '), codes });
      }
      const grid = fromRows(
        rows,
        dates.slice(first).map((d) => d!),
        j,
        keyAbove(blocks, i),
      );
      if (grid) return grid;
    } else {
      const grid = flattenedGrid(blocks, i);
      if (grid) return grid;
    }
  }
  return null;
}

/**
 * "Initials Agency 2.4.15 4.6.15 6.8.15 IB Adults Health D A Y JS CAFCASS D D Y …": the same grid
 * with its line breaks lost. A row is initials, the agency's words, then one code per filled column.
 */
function flattenedGrid(blocks: Block[], at: number): AttendanceGrid | null {
  const tokens = squash(blocks[at]!.text).split(' ');
  const firstDate = tokens.findIndex((t) => gridDate(t));
  if (firstDate < 0) return null;
  let k = firstDate;
  const dates: IsoDate[] = [];
  while (k < tokens.length && gridDate(tokens[k]!)) dates.push(gridDate(tokens[k++]!)!);
  if (dates.length < 3) return null;
  // The grid may run on over the next blocks (a page break splits it).
  let end = at + 1;
  while (end < blocks.length && end < at + 4 && /^(?:\d{1,3}\s+)?[A-Z]{2,4}(?:\/[A-Z]{2,4})?\s+\S.*\s[YNAD-](?:\s|$)/.test(squash(blocks[end]!.text))) {
    tokens.push(...squash(blocks[end]!.text).split(' '));
    end++;
  }
  const rows: GridRow[] = [];
  let cur: GridRow | null = null;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (cur && cur.codes.length && !CODE.test(t)) {
      rows.push(cur);
      cur = null;
    }
    if (!cur) {
      if (/^\d{1,3}$/.test(t)) continue; // a page number
      if (!/^[A-Z]{2,4}(?:\/[A-Z]{2,4})?$/.test(t)) break;
      cur = { who: t, agency: '', codes: [] };
      continue;
    }
    if (CODE.test(t) && cur.agency) cur.codes.push(t);
    else cur.agency = cur.agency ? `${cur.agency} ${t}` : t;
  }
  if (cur && cur.codes.length) rows.push(cur);
  return rows.length >= 3 ? fromRows(rows, dates, end) : null;
}

function fromRows(rows: GridRow[], dates: IsoDate[], end: number, key: AttendanceKey | null = null): AttendanceGrid | null {
  if (rows.length < 3) return null;
  // This meeting is the last column anyone has a code in (a "-" counts: the member was not expected).
  let col = -1;
  for (let c = 0; c < dates.length; c++) if (rows.some((r) => r.codes[c] && CODE.test(r.codes[c]!))) col = c;
  if (col < 0) return null;
  const date = dates[col]!;
  const entries: AttendanceEntry[] = [];
  for (const r of rows) {
    const role = codeRole(r.codes[col] ?? '', key);
    const name = memberName(r.who);
    if (!role || !name) continue;
    const initials = name.family ? null : r.who;
    entries.push({ name, title: r.agency || null, organisation: null, date, role, deputy: null, raw: `${r.who} ${r.agency}`, initials });
  }
  return { date, next: dates[col + 1] ?? null, entries, end };
}
