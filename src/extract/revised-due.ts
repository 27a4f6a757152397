/**
 * A deadline that has been moved. Trackers keep the first date and write the new one beside it, either in a column of
 * its own ("Target date | Revised date", "Due | New deadline") or in the same cell ("31/03/21 revised to 30/06/21",
 * "Oct 22 – extended to Jan 23", "30/06 (was 31/03)"). A reader takes the newest date as when the action is due: the
 * first one only tells the history.
 */

// "Revised date", "New target date", "Amended deadline", "Extended to", "Date revised to", "Revised".
const CHANGE_WORD = '(?:revised|new|amended|extended|rescheduled|re-?profiled|re-?set|updated|agreed\\s+extension|extension)';
const DATE_WORD = '(?:date|deadline|target|target\\s+date|due|due\\s+date|timescale|completion(?:\\s+date)?|by\\s+when|end\\s+date)';
const REVISED_HEADER = new RegExp(
  `^(?:${CHANGE_WORD}(?:\\s+${DATE_WORD})?(?:\\s+to)?|${DATE_WORD}\\s+(?:revised|extended|amended|changed)(?:\\s+to)?|revised\\s+by\\s+when|extended\\s+to)$`,
);

/** Whether a column header names a moved deadline ("Revised date", "New target date", "Extended to"). */
export function isRevisedDueHeader(header: string): boolean {
  const key = header
    .toLowerCase()
    .replace(/\s*\([^()]{1,20}\)\s*$/, '')
    .replace(/[.:*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return REVISED_HEADER.test(key);
}

/** The column of a header row that holds a moved deadline, if any. */
export function revisedDueColumn(cells: string[]): number | null {
  const k = cells.findIndex((c) => isRevisedDueHeader(c));
  return k >= 0 ? k : null;
}

// A cell with nothing in it but a dash or "n/a" has not been revised.
const EMPTY_CELL = /^(?:[-–—\s]*|n\/?a|none|no|not applicable|tbc)\.?$/i;

/** A revised-date cell that says something: the row's deadline was moved. */
export function revisedCellText(text: string): string | null {
  const t = text.trim();
  return t && !EMPTY_CELL.test(t) ? t : null;
}

// The word that introduces the new date: "31/03/21 revised to 30/06/21", "Oct 22 – revised Jan 23", "now 30/06".
const TO_NEW =
  /(?:^|[\s,;(–—-])(?:(?:date\s+)?(?:revised|extended|amended|moved|deferred|rescheduled|re-?profiled|postponed|put\s+back|pushed\s+back|slipped|changed|carried\s+forward|rolled\s+forward)(?:\s+again)?(?:\s+(?:to|until|till))?|now|new\s+(?:date|deadline|target(?:\s+date)?)|->|→|=>)\s*[:–—-]?\s*/gi;
// The words that introduce the old one: "30/06/21 (revised from 31/03/21)", "30/06 (was 31/03)".
const FROM_OLD = /\s*[(,;–—-]?\s*\b(?:(?:revised|extended|amended|moved|changed|deferred)\s+from|was|originally|previously|orig\.?)\s+/i;

/**
 * The part of a due cell that holds the newest date: after the last word that moves the deadline, or before the words
 * that give the old one. The whole cell when it says nothing of a change.
 */
export function newestDatePart(cell: string): string {
  const text = cell.trim();
  let after: string | null = null;
  for (const m of text.matchAll(TO_NEW)) {
    const rest = text.slice(m.index + m[0].length).trim();
    if (/\d/.test(rest) || /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(rest)) after = rest;
  }
  const old = FROM_OLD.exec(text);
  if (old && old.index > 0) {
    const before = text.slice(0, old.index).trim();
    // "Revised to 30/06 (was 31/03)": both cues; the new date is after the first and before the second.
    const source = after !== null && text.indexOf(after) < old.index ? text.slice(text.indexOf(after), old.index) : before;
    return source.replace(/[\s(,;–—-]+$/, '').trim() || text;
  }
  return after?.replace(/[\s).,;]+$/, '') || text;
}
