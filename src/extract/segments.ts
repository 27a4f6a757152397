import type { Block } from '../ingest/document';
import { isMostlyUpper, squash } from '../util/text';
import { isMarkedAttendanceHeader, parseEntry, rowSection, sectionRole } from './attendance';
import { findAttendanceGrid } from './attendance-grid';
import { findDates } from './dates';
import { isProseAttendance } from './prose-attendance';

export type SegmentKind = 'minutes' | 'agenda' | 'report';

/** A stretch of a document that is one thing: the minutes of one meeting, an agenda, a report. */
export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
}

const MINUTES_TITLE = /^(?:draft\s+|unconfirmed\s+|confirmed\s+|approved\s+)?(?:minutes?|notes|record)\s+(?:of|from)\b/i;
// Committee-system pages: "<Board> - Tuesday, 7th July, 2015 1.00 pm", "Meeting: 16/05/2016 - <Board> (Item 5)".
const COMMITTEE_HEADER =
  /^.{3,120}?\s+[-–]\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+\d|^meeting\s*:\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*[-–]/i;
const NAMED_TITLE = /^[A-Z].{2,100}?\s+[-–—:]\s*(?:minutes|notes)$/i;
// "<Board> – Minutes of the Board meeting held on 17 September 2014": the body's name, a dash, then the minutes title.
// Only with a date in the line, and not an agenda item ("2 – Minutes of the last meeting", "Item 2: Minutes of …"); a
// pack's paper mark may lead it ("Paper A – Minutes of the meeting held on …").
const PREFIXED_TITLE = /^(?!(?:item|agenda)\b)[A-Z][^\d].{1,120}?\s+[-–—:|]\s*(?:draft\s+|unconfirmed\s+|confirmed\s+)?(?:minutes?|notes)\s+of\b/i;
// "Hollinwood LSCB Board Minutes – 17 September 2014", "Corporate Parenting Panel minutes 4.10.23": a body's minutes with
// their date after the word, the date being all that follows.
const NAMED_DATED_TITLE = /^[A-Z][^\d]{2,100}?(?:\s+[-–—:])?\s+(?:minutes|notes)\s*[-–—:,]?\s*(.{6,40})$/i;
function datedNamedTitle(text: string): boolean {
  const m = NAMED_DATED_TITLE.exec(text);
  const d = m ? findDates(m[1]!).find((x) => x.iso) : undefined;
  return !!d && m![1]!.replace(d.raw, '').replace(/[\s,.]|\b(?:on|held)\b/gi, '').length <= 3;
}
// "Item 2 – Minutes of the Executive Group, 10 July 2019": a pack's previous minutes under the agenda item's number
// (the agenda's own line for the item has no attendance under it).
const ITEM_MINUTES = /^((?:agenda\s+)?item|paper|enclosure)\s+\d{1,2}[a-z]?\s*[-–—:.]\s*(?:draft\s+|unconfirmed\s+|confirmed\s+)?minutes?\s+(?:of|from)\b/i;
// The next paper of the same pack under its item's number ("Item 4 – Multi-agency training offer").
const ITEM_PAPER = /^((?:agenda\s+)?item|paper|enclosure)\s+\d{1,2}[a-z]?\s*[-–—:.]\s*\S/i;
// "Agenda pack – Wednesday 11 September 2019, 1.30pm": the agenda's title with its meeting's date.
const DATED_AGENDA_TITLE = /^agenda(?:\s+(?:pack|and reports|papers))?\s*[-–—:,]\s+\S/i;
// A pack's papers are marked "Paper B" / "Enclosure 3" on a line of their own: each starts a new paper.
const PAPER_MARK = /^(?:paper|enclosure)\s+[A-Z0-9]{1,3}$/i;
const AGENDA_TITLE = /^(?:a\s?g\s?e\s?n\s?d\s?a|agenda(?:\s+(?:pack|and reports|papers))?)$/i;
// Scottish committees head the agenda "BUSINESS"; inside minutes the same word heads the items.
const BUSINESS_TITLE = /^business$/i;
const BLANK_PAGE = /^this page (?:is|has been) (?:intentionally|deliberately) left blank\.?$/i;

export function isBoilerplate(b: Block): boolean {
  // The notice ends in "blank" (or "blank."): a text that does not is settled without squashing it.
  return BLANK_END.test(b.text.trimEnd().slice(-6)) && BLANK_PAGE.test(squash(b.text));
}

const BLANK_END = /blank\.?$/i;

function isReportStart(b: Block): boolean {
  return b.type === 'row' && /^report to\s*:?$/i.test(b.cells?.[0] ?? '');
}

function hasAttendanceSoon(blocks: Block[], from: number, within: number): boolean {
  for (let i = from; i < Math.min(blocks.length, from + within); i++) {
    const b = blocks[i]!;
    if (b.type === 'row' ? rowSection(b.cells ?? []) || isMarkedAttendanceHeader(b.cells ?? []) : sectionRole(b.text) || isProseAttendance(b.text)) return true;
  }
  return false;
}

/**
 * Minutes with no title line list who came before their business, or a log says who attended the meeting it records
 * below its table. A plan or tracker names its officers after its table ("Officers: Head of Placements – …", an
 * "Officers" sheet of posts and names): once a table's body has begun (three rows running with four or more different
 * cells filled), an officers list is the paper's key to its owners, not a meeting's attendance.
 */
function attendanceBeforeBody(blocks: Block[], within: number): boolean {
  let wide = 0;
  let body = false;
  for (let i = 0; i < Math.min(blocks.length, within); i++) {
    const b = blocks[i]!;
    if (b.type === 'row' ? rowSection(b.cells ?? []) || isMarkedAttendanceHeader(b.cells ?? []) : sectionRole(b.text) || isProseAttendance(b.text)) {
      if (!(body && OFFICERS_LABEL.test(squash(b.type === 'row' ? ((b.cells ?? []).find(Boolean) ?? '') : b.text)))) return true;
      continue;
    }
    if (b.type !== 'row') continue;
    const distinct = new Set((b.cells ?? []).map((c) => c.trim()).filter(Boolean)).size;
    // A priority or section row merged across the table (one text) neither starts nor breaks the run.
    if (distinct <= 1) continue;
    wide = distinct >= 4 ? wide + 1 : 0;
    if (wide >= 3) body = true;
  }
  return false;
}

const RUNNING_PAGE = /[-–—|]\s*page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/i;

const OFFICERS_LABEL = /^(?:(?:lead|responsible|key)\s+)?officers\b/i;

/**
 * Splits a document into the minutes of each meeting, an agenda and reports. An agenda pack holds
 * all three: its own agenda, the previous meeting's minutes (with running headers repeated on every
 * page) and the reports that follow.
 */
export function findSegments(blocks: Block[]): Segment[] {
  const starts: { kind: SegmentKind; index: number; title: string }[] = [];
  const minuteTitles = new Set<string>();
  // The word that numbers the pack's papers ("item"), once minutes carried under one have been found.
  let packItem: string | null = null;
  blocks.forEach((b, i) => {
    const text = squash(b.text);
    if (b.type !== 'row' && text.length < 200 && findDates(text).some((d) => d.iso)) {
      const carried = ITEM_MINUTES.exec(text);
      if (carried && (hasAttendanceSoon(blocks, i + 1, 8) || peopleSoon(blocks, i + 1, 10))) {
        starts.push({ kind: 'minutes', index: i, title: text.toLowerCase() });
        packItem = carried[1]!.toLowerCase();
        return;
      }
    }
    const paper = packItem ? ITEM_PAPER.exec(text) : null;
    if (paper && b.type !== 'row' && paper[1]!.toLowerCase() === packItem && starts[starts.length - 1]?.kind === 'minutes') {
      starts.push({ kind: 'report', index: i, title: '' });
      return;
    }
    if (b.type !== 'row' && DATED_AGENDA_TITLE.test(text) && i < 12 && !starts.length && findDates(text).some((d) => d.iso)) {
      starts.push({ kind: 'agenda', index: headerStart(blocks, i), title: '' });
      return;
    }
    // "Executive Group – Notes" over "Date: 20 May 2021": a body's notes titled after its name, after an agenda or other
    // minutes (a second set in a pack; the first minutes of a paper start at its top anyway).
    const namedTitle = starts.length > 0 && NAMED_TITLE.test(text) && blocks.slice(i + 1, i + 4).some((n) => findDates(n.text).some((d) => d.iso));
    const prefixed = (PREFIXED_TITLE.test(text) || datedNamedTitle(text)) && findDates(text).some((d) => d.iso);
    // "<Board> – minute of 9 February 2023 (draft) – Page 1 of 2": a page's running header names the minutes it is part of.
    const pageHeader = RUNNING_PAGE.test(text);
    if (b.type !== 'row' && !pageHeader && (MINUTES_TITLE.test(text) || namedTitle || prefixed) && text.length < 250) {
      const key = text.toLowerCase();
      if (minuteTitles.has(key)) return; // a running header repeated on each page
      // The lists may have no heading of their own ("Members" over agencies and their people).
      if (hasAttendanceSoon(blocks, i + 1, 16) || peopleSoon(blocks, i + 1, 10)) {
        minuteTitles.add(key);
        starts.push({ kind: 'minutes', index: i, title: key });
      }
    } else if (b.type !== 'row' && (AGENDA_TITLE.test(text) || (BUSINESS_TITLE.test(text) && i < 12 && !starts.length))) {
      // Notes of a call list who took part, then their own agenda, then the notes by item: an "Agenda" heading after
      // the attendance of an untitled paper heads the items of that meeting, not an agenda paper.
      if (!starts.length && attendanceBeforeBody(blocks, i)) return;
      starts.push({ kind: 'agenda', index: headerStart(blocks, i), title: '' });
    } else if (isReportStart(b) || (b.type !== 'row' && starts.length > 0 && PAPER_MARK.test(text))) {
      starts.push({ kind: 'report', index: i, title: '' });
    }
  });
  // Minutes with no title line ("MINUTES OF ..."): a header then Present/Apologies near the top, a
  // committee system's page for a meeting or an item, or a dated header over a list of people.
  if (!starts.some((s) => s.kind === 'minutes') && !starts.some((s) => s.kind === 'agenda' && s.index < 6)) {
    if (
      attendanceBeforeBody(blocks, 40) ||
      blocks.slice(0, 8).some((b) => COMMITTEE_HEADER.test(squash(b.text))) ||
      datedPeopleList(blocks) ||
      gridOverBusiness(blocks) ||
      labelledHeader(blocks) ||
      itemPage(blocks)
    ) {
      starts.unshift({ kind: 'minutes', index: 0, title: '' });
    }
  }
  starts.sort((a, b) => a.index - b.index);
  const segments: Segment[] = [];
  starts.forEach((s, k) => {
    let end = k + 1 < starts.length ? starts[k + 1]!.index : blocks.length;
    for (let i = s.index + 1; i < end; i++) {
      if (isBoilerplate(blocks[i]!)) {
        end = i;
        break;
      }
    }
    if (end > s.index) segments.push({ kind: s.kind, start: s.index, end });
  });
  return segments;
}

/**
 * Minutes that carry the year's attendance grid go on to their business below it; a register of attendance alone (the
 * grid, a key line, a note) records no meeting of its own.
 */
function gridOverBusiness(blocks: Block[]): boolean {
  const grid = findAttendanceGrid(blocks);
  return !!grid && blocks.slice(grid.end).some((b) => !/^(?:key|note|notes)\b/i.test(squash(b.text)));
}

/** A form-like header: "Date: 25 July 2007" with "Time:", "Venue:", "Chaired by:" or "Meeting Title:" beside it. */
function labelledHeader(blocks: Block[]): boolean {
  const top = blocks.slice(0, 10).map((b) => squash(b.text));
  const dated = top.some((l) => /(?:\b|^(?:st|nd|rd|th))date(?:\s+of\s+meeting)?\s*:?\s*\|?\s*\S/i.test(l) && findDates(l).some((d) => d.iso));
  return dated && top.some((l) => /^(?:time|venue|location|place|chaired by|chair|meeting title|meeting)\s*:/i.test(l));
}

const ITEM_HEADING = /^(?:minute|item|agenda item)\s+(?:no\.?\s*)?\d{1,3}[a-z]?\b/i;
// What a committee decided, as its minutes head it; a report's "Recommendation:" or "Decision required" is not one.
const RESOLUTION = /^(?:resolved\b|decisions?\s*:?\s*$)/i;

/**
 * A committee system's page for one item: the body and the meeting's date on lines of their own ("Children's Services
 * Scrutiny Committee" / "Friday, 8 July 2016"), then "Minute 14 – <title>" and what was resolved. No one is listed, but
 * it records a meeting held on that date.
 */
function itemPage(blocks: Block[]): boolean {
  const dated = blocks.slice(0, 8).findIndex((b) => {
    const t = squash(b.text);
    const d = findDates(t).find((x) => x.iso);
    return b.type !== 'row' && !!d && t.length - d.raw.length <= 25 && !PAPER_DATE.test(t);
  });
  if (dated < 0) return false;
  const item = blocks.slice(dated + 1, dated + 6).some((b) => b.type !== 'row' && ITEM_HEADING.test(squash(b.text)));
  return item && blocks.slice(dated + 1, dated + 60).some((b) => b.type !== 'row' && RESOLUTION.test(squash(b.text)));
}

const PAPER_DATE = /\b(?:agreed|approved|adopted|ratified|review(?:ed)?|published|issued|version|updated|effective|signed off)\b/i;

/** A date in the first lines and, under it, three people in a row ("Name / Role" lines or rows). */
function datedPeopleList(blocks: Block[]): boolean {
  // "Agreed by the Partnership Board: 14 May 2019", "Review date: May 2020": a paper's own dates, over a membership
  // list (terms of reference), are not a meeting's.
  const dated = blocks.slice(0, 8).findIndex((b) => findDates(b.text).some((d) => d.iso) && !PAPER_DATE.test(b.text));
  if (dated < 0) return false;
  // A header row with a date in each of several cells is a register across the year's meetings, not one meeting's list.
  const head = blocks[dated]!;
  if (head.type === 'row' && (head.cells ?? []).filter((c) => findDates(c).some((d) => d.iso)).length >= 2) return false;
  let run = 0;
  for (const b of blocks.slice(dated + 1, dated + 16)) {
    const first = b.type === 'row' ? ((b.cells ?? []).find(Boolean) ?? '') : b.text;
    const e = first.split(' ').length <= 20 ? parseEntry(first) : null;
    run = e && (e.name.confident || e.name.honorific) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/**
 * The title of minutes carried in a pack without the item's number ("Item 2 – Minutes of the Executive Group, 10 July
 * 2019" is "Minutes of the Executive Group, 10 July 2019"): the number is the pack's, not part of the body's name.
 */
export function withoutItemNumber(b: Block): Block {
  const text = squash(b.text);
  if (b.type === 'row' || !ITEM_MINUTES.test(text)) return b;
  return { ...b, text: text.replace(/^(?:(?:agenda\s+)?item|paper|enclosure)\s+\d{1,2}[a-z]?\s*[-–—:.]\s*/i, '') };
}

/** Three people listed within the next lines (agency lines between them allowed): minutes' attendance with no heading. */
function peopleSoon(blocks: Block[], from: number, within: number): boolean {
  let people = 0;
  for (const b of blocks.slice(from, from + within)) {
    const first = b.type === 'row' ? ((b.cells ?? []).find(Boolean) ?? '') : b.text;
    const e = first.split(' ').length <= 20 ? parseEntry(first) : null;
    if (e && e.name.family && (e.name.confident || e.name.honorific)) people++;
  }
  return people >= 3;
}

/** The header of an agenda (council, date, board, time, venue) sits just above "AGENDA". */
function headerStart(blocks: Block[], agendaIndex: number): number {
  let i = agendaIndex;
  while (i > 0 && agendaIndex - i < 14) {
    const prev = blocks[i - 1]!;
    if (isBoilerplate(prev) || isReportStart(prev)) break;
    i--;
  }
  return i;
}

/**
 * Running headers repeated inside a segment (the minutes title on every page, sometimes over two
 * lines) are dropped: any short upper-case line seen more than once, and the title itself.
 */
export function withoutRunningHeaders(blocks: Block[], seg: Segment): Block[] {
  const slice = blocks.slice(seg.start, seg.end);
  // Each block's key worked out once (it was lower-cased up to three times).
  const keys = slice.map((b) => squash(b.text).toLowerCase());
  const counts = new Map<string, number>();
  slice.forEach((b, i) => {
    if (b.type !== 'row' && b.text.length < 200) counts.set(keys[i]!, (counts.get(keys[i]!) ?? 0) + 1);
  });
  const title = keys[0];
  return slice.filter((b, i) => {
    if (i === 0) return true;
    if (isBoilerplate(b)) return false;
    const k = keys[i]!;
    if (k === title) return false;
    // "RESOLVED:" over each item's numbered list repeats as a header does, but a label opening what follows is the body's.
    if (LEAD_IN_LABEL.test(k)) return true;
    return !(b.type !== 'row' && (counts.get(k) ?? 0) > 1 && isMostlyUpper(b.text) && b.text.length < 200);
  });
}

const LEAD_IN_LABEL = /^(?:resolved|agreed|decisions?|actions?(?: agreed)?|recommendations?)\s*:$/;
