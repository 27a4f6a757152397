import type { Block } from '../ingest/document';
import { isMostlyUpper, squash, titleCase } from '../util/text';
import { addDays, findDates, findTime, IsoDate, makeIso, weekdayOf, yearOf } from './dates';
import type { AgendaItem, Decision, NextMeeting } from './model';

const MONTH_WORD =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/i;
const VENUE_WORDS =
  /\b(?:room|hall|centre|center|house|club|offices?|chamber|building|suite|library|hub|school|academy|college|station|headquarters|hq|teams|zoom|virtual|online|remote|video|venue)\b/i;

export interface MeetingHeader {
  title: string;
  date: IsoDate | null;
  time: string | null;
  venue: string | null;
  text: string;
}

/**
 * Reads a meeting header: the minutes title, the day and date (any case, ordinal or not), the
 * time and the venue, whether they come on separate lines or in one sentence
 * ("Minutes of the Meeting held on Thursday, 5th March, 2026 at 2.30 pm in Committee Room 'B' …").
 */
export function parseHeader(lines: string[], yearHint: number | null = null): MeetingHeader {
  const text = lines.join('\n');
  let date: IsoDate | null = null;
  let dateLine = -1;
  // "Thursday 10th March" with no year takes the year the rest of the minutes point to.
  const opts = yearHint ? { yearFrom: `${yearHint}-01-01` } : {};
  for (let i = 0; i < lines.length && !date; i++) {
    const d = findDates(lines[i]!, opts).find((m) => m.iso);
    if (d) {
      date = d.iso;
      dateLine = i;
    }
  }
  let time: string | null = null;
  let venue: string | null = null;
  if (dateLine >= 0) {
    const line = lines[dateLine]!;
    time = findTime(line.slice(findDates(line)[0]?.index ?? 0));
    // "… 2026 at 2.30 pm in Committee Room 'B' …": the venue follows the last "in"/"at" after the date or time.
    const re = /(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[.:]\d{2}|\b\d{4})\s*,?\s+(?:in|at)\s+(?:the\s+)?/gi;
    let inVenue: string | null = null;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const rest = line.slice(m.index + m[0].length);
      if (!/^\d/.test(rest)) inVenue = rest;
      re.lastIndex = m.index + 1;
    }
    // "Thursday 10th March, 1.30pm, Meeting Room 4, Civic Offices": the venue after the time.
    if (!inVenue) {
      const afterTime = /\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\s*,\s*(.+)$|\b\d{1,2}[.:]\d{2}\s*,\s*(.+)$/i.exec(line);
      const rest = afterTime?.[1] ?? afterTime?.[2];
      if (rest && VENUE_WORDS.test(rest)) inVenue = rest;
    }
    if (inVenue) venue = cleanVenue(inVenue);
  }
  if (!time) {
    for (const l of lines) {
      if (/\b(?:time|commencing|starting|start)\b|^\d{1,2}[.:]\d{2}/i.test(l)) time = findTime(l);
      if (time) break;
    }
  }
  if (!venue) {
    const candidate = lines.find((l, i) => i !== dateLine && VENUE_WORDS.test(l) && !/^(?:minutes|notes|record|agenda)\b/i.test(l) && l.length < 160);
    if (candidate) venue = cleanVenue(candidate.replace(/^(?:venue|location|place)\s*:\s*/i, '').replace(/^in\s+/i, ''));
  }
  const titleLine = lines.find((l) => /\b(?:minutes|notes|meeting|agenda)\b/i.test(l)) ?? lines[0] ?? '';
  return { title: meetingTitle(titleLine), date, time, venue, text };
}

function cleanVenue(v: string): string {
  const trimmed = squash(v).replace(/[.;,]$/, '');
  return trimmed === trimmed.toUpperCase() ? titleCase(trimmed) : trimmed;
}

function meetingTitle(line: string): string {
  let t = squash(line)
    .replace(/^(?:draft\s+|unconfirmed\s+|confirmed\s+)?(?:minutes|notes|record)\s+(?:of|from)\s+(?:the\s+|an?\s+)?/i, '')
    .replace(/\s+(?:held\s+)?(?:on|[-–])\s+.*$/i, '')
    .replace(/\s*[-–,]\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*$/i, '');
  if (/^meeting$/i.test(t) || !t) return '';
  if (t === t.toUpperCase() || /[a-z]/.test(t[0] ?? '') || t.split(' ').some((w) => w.length > 3 && w === w.toLowerCase())) {
    t = titleCase(t);
  }
  return t;
}

/** Where an agenda item starts: `<AIn>` markers, or "N TITLE" / "N. Title" / "Item N: Title" lines. */
export function splitItems(blocks: Block[]): { items: (AgendaItem & { blocks: Block[] })[]; preamble: Block[] } {
  const items: (AgendaItem & { blocks: Block[] })[] = [];
  const preamble: Block[] = [];
  const useMarkers = blocks.some((b) => b.type === 'marker');
  let current: (AgendaItem & { blocks: Block[] }) | null = null;
  let last = 0;
  let listLead = false;
  let listNext = 0;
  const runFrom = useMarkers ? null : continuedNumbering(blocks);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (useMarkers) {
      if (b.type === 'marker') {
        if (b.marker!.closing) {
          current = null;
          continue;
        }
        let j = i + 1;
        if (blocks[j] && /^\d{1,2}[a-z]?[.)]?$/.test(squash(blocks[j]!.text))) j++;
        const titleBlock = blocks[j];
        let title = titleBlock && titleBlock.type !== 'marker' && squash(titleBlock.text).split(' ').length <= 16 ? squash(titleBlock.text) : '';
        // Committee systems often put the number and title in one table row: "1. | Apologies".
        const cells = titleBlock?.type === 'row' ? (titleBlock.cells ?? []).filter(Boolean) : [];
        if (cells.length >= 2 && /^\d{1,2}[a-z]?[.)]?$/.test(cells[0]!)) title = squash(cells.slice(1).join(' '));
        current = { number: b.marker!.item, title, text: '', blocks: [] };
        items.push(current);
        i = title ? j : j - 1;
        continue;
      }
    } else {
      // Committee systems put the item number on a line of its own, then the title ("1." / "DECLARATIONS").
      const alone = /^(\d{1,2})\.?$/.exec(squash(b.text));
      const next = blocks[i + 1];
      if (
        alone &&
        next &&
        next.type !== 'row' &&
        b.type !== 'row' &&
        Number(alone[1]) <= last + 4 &&
        Number(alone[1]) > last &&
        squash(next.text).split(' ').length <= 14
      ) {
        last = Number(alone[1]);
        current = { number: alone[1]!, title: tidyItemTitle(squash(next.text).replace(/\s*pdf icon PDF.*$/i, '')), text: '', blocks: [] };
        items.push(current);
        i++;
        listLead = false;
        continue;
      }
      // A numbered list under "It was agreed:" is not a run of new items; the list ends where its numbering breaks
      // ("(1)", "(2)", then "26. SUFFICIENCY" is the next item of minutes numbered through the year).
      const point = /^\(?(\d{1,2})[.)]\s/.exec(squash(b.text));
      // A list numbered from 1 inside an item ("Tasks" / "1. Case-read … (Iain C, by 5 March)") goes on with its own
      // numbers: "3. Draft the template (Marie K)" after its "2." is the list's third point, not a third item again.
      // Where the list's next number is also the next item's, a heading or a short title is the item.
      const goesOn =
        !!point &&
        listNext > 0 &&
        Number(point[1]) === listNext &&
        (Number(point[1]) !== last + 1 || (b.type !== 'heading' && squash(b.text).split(' ').length > 7));
      if (goesOn || (listLead && point && (listNext ? Number(point[1]) === listNext : Number(point[1]) === 1 || Number(point[1]) !== last + 1))) {
        listNext = Number(point![1]) + 1;
        (current ? current.blocks : preamble).push(b);
        continue;
      }
      listLead = /:\s*$/.test(squash(b.text)) && b.type !== 'row';
      listNext = 0;
      const start = itemStart(b, last, runFrom);
      if (start) {
        last = Number(start.number);
        current = { number: start.number, title: start.title, text: '', blocks: [] };
        items.push(current);
        continue;
      }
      if (point && Number(point[1]) === 1 && last > 0 && b.type !== 'row') listNext = 2;
    }
    (current ? current.blocks : preamble).push(b);
  }
  for (const it of items) it.text = it.blocks.map((b) => b.text).join('\n');
  return { items, preamble };
}

const ITEM_START = /^(?:item\s+|agenda\s+item\s+|minute\s+)?(\d{1,3})(?:\.|\)|:)?\s+(.{2,140})$/i;

/** An item heading's number and title, before the checks against the items already read. */
function headingShape(b: Block): { n: number; title: string } | null {
  if (b.type === 'row' || b.type === 'list-item') return null;
  const m = ITEM_START.exec(squash(b.text));
  if (!m) return null;
  const n = Number(m[1]);
  const title = m[2]!.trim();
  if (n < 1 || MONTH_WORD.test(title) || /^(?:%|per\b|and\b|or\b|to\b|of\b|years?\b|months?\b|weeks?\b|days?\b)/i.test(title)) return null;
  // "25 children were seen" is a figure; "35. CHILDREN IN CARE COUNCIL" is a heading.
  if (/^(?:children|people)\s/i.test(title) && !isMostlyUpper(title)) return null;
  if (title.split(' ').length > 14 || /[.;]$/.test(title) || /\s[-–]\s.*\b(?:was|were|had|has|is)\b/.test(title)) return null;
  return { n, title };
}

function itemStart(b: Block, last: number, runFrom: number | null): { number: string; title: string } | null {
  const h = headingShape(b);
  if (!h) return null;
  const { n, title } = h;
  if (n > last + 4 && last > 0) return null;
  // Above 20 (or 99) a first number is a figure opening a paragraph, unless it opens a run of numbered headings.
  if (last === 0 && n > 20 && n !== runFrom) return null;
  if (n > 99 && (runFrom === null || n < runFrom)) return null;
  return { number: String(n), title: tidyItemTitle(title) };
}

/**
 * Councils number minutes through the municipal year, so a meeting's first item may be 22 or 145. Such a number opens
 * the items only when the next two numbers follow it as headings of the same shape (a line of its own, a short title);
 * a numbered point inside an item starts again at 1 and a figure opening a paragraph has no run after it.
 */
function continuedNumbering(blocks: Block[]): number | null {
  const heads = blocks.map(headingShape);
  for (let i = 0; i < blocks.length; i++) {
    const h = heads[i];
    if (!h || h.n <= 20) continue;
    let want = h.n + 1;
    for (let j = i + 1; j < blocks.length && want <= h.n + 2; j++) if (heads[j]?.n === want && heads[j]!.title.split(' ').length <= 10) want++;
    if (want > h.n + 2) return h.n;
  }
  return null;
}

function tidyItemTitle(t: string): string {
  const clean = t.replace(/\s*\(pages?\s+[\d\s-]+\)\s*$/i, '');
  return isMostlyUpper(clean) || clean === clean.toLowerCase() || /^[a-z]/.test(clean) ? titleCase(clean) : clean;
}

const DECISION_START =
  /^(?:(?:This|The) item (?:was|has been|is) deferred\b|RESOLVED\b|Resolved\s*(?:[:-]|$)|AGREED\s*[:-]|Decision\s*:|It was (?:further )?(?:agreed|resolved)\b|The (?:Committee|Board|Panel|Group|Partnership|meeting|members) (?:agreed|resolved|endorsed|approved|noted)\b)/;

/** RESOLVED / "It was agreed" / "The Committee agreed" decisions, with any list that follows them. */
export function findDecisions(blocks: Block[], item: string | null): Decision[] {
  const out: Decision[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const text = squash(blocks[i]!.text);
    if (!DECISION_START.test(text)) continue;
    let body = text.replace(/^(?:RESOLVED|Resolved|AGREED|Decision)\s*[:–-]?\s*/, '');
    let j = i + 1;
    if (!body && blocks[j]) body = squash(blocks[j++]!.text);
    if (/:\s*$/.test(body) || /following\b.*$/i.test(body)) {
      const list: string[] = [];
      while (j < blocks.length && blocks[j]!.type === 'list-item') list.push(squash(blocks[j++]!.text));
      if (list.length) body = `${body} ${list.map((l) => `• ${l}`).join(' ')}`;
    }
    if (body) out.push({ item, text: body });
  }
  return out;
}

/**
 * The next meeting: from an item headed "Next meeting" / "Date of next meeting", or a sentence
 * "the next meeting … on <date>". A date before the meeting itself is a year typo ("30 January
 * 2017" in minutes of October 2017): it is moved on by a year and flagged.
 */
export function findNextMeeting(items: { title: string; blocks: Block[] }[], all: Block[], meetingDate: IsoDate | null): NextMeeting | null {
  const headed = items.filter((it) =>
    /next (?:[\w-]+ )?meeting|date of (?:the )?next|future meeting dates?|future meetings|dates? of (?:future |next )?meetings?|meeting dates/i.test(it.title),
  );
  for (const it of headed) {
    // A list of the year's dates ("Dates of meetings 2018/19", "Future meetings"): the first after this meeting.
    const yearList = /future|meeting dates|dates? of meetings/i.test(it.title) && !/next meeting/i.test(it.title);
    // "4. Date of next meeting: 11 June 2019": the date may be in the item's own heading.
    const blocks = [{ type: 'paragraph', text: it.title.replace(/^.*?(?:next meeting|date of (?:the )?next)\b/i, '') } as Block, ...it.blocks];
    const found = (yearList ? firstAfter(it.blocks, meetingDate) : null) ?? dateIn(blocks, meetingDate);
    if (found) return found;
  }
  for (let i = 0; i < all.length; i++) {
    // "next meeting" as a cell of an action table is when an action is due, not a date of the next meeting.
    if ((all[i]!.cells ?? []).some((c) => /^(?:by\s+|at\s+)?(?:the\s+)?next\s+(?:board\s+|committee\s+)?meeting$/i.test(c.trim()))) continue;
    const text = squash(all[i]!.text);
    // "AP3 Martin – circulate the dates – next meeting", "… (Marie K, next meeting)": an action line's due, set off at its end.
    // "Timescale: next meeting." is an action's due given as a field.
    if (/.[–—,(:]\s*(?:by\s+|at\s+|for\s+)?(?:the\s+)?next\s+(?:[\w-]+\s+)?meeting\s*\)?\.?$/i.test(text) && !/^(?:date|next)\b/i.test(text)) continue;
    const said = text.search(
      /\bnext (?:[\w-]+ ){0,2}meeting\b|\bthe next (?:[\w-]+ ){0,2}(?:board|committee|group|panel|forum|partnership|executive|cpc|session)\s+(?:will be|is|has been)\s+(?:held\s+)?(?:on\s+)?(?:(?:mon|tue|wed|thu|fri)[a-z]*\b|\d)|^next (?:board|committee|group|panel|partnership|executive(?: group)?|sub-?group)\s*:|date of (?:the )?next\b|future meeting dates?\b|^future meetings\b|dates? of (?:future |next )?meetings?\b/i,
    );
    // A line of the year's dates says so from its start.
    if (said < 0 && !YEAR_DATES.test(text)) continue;
    const at = Math.max(said, 0);
    // "AP3 Martin – circulate the dates – next meeting": the tail of an action is when it is due, not the next meeting.
    if (at > 0 && /[-–—]\s*$/.test(text.slice(0, at)) && /^next (?:[\w-]+ ){0,2}meeting\.?$/i.test(text.slice(at))) continue;
    // "Date of next meeting: TBC (a poll will be sent round)": the paper says the date is not set; no later date is it.
    if (unset(text.slice(at))) return null;
    if (
      /\b(?:at|to|for|until|by|before)\s+(?:the\s+)?next\s+(?:[\w-]+\s+){0,2}meeting\b/i.test(text) &&
      !/\bnext (?:[\w-]+ ){0,2}meeting (?:is|was|will be|would be|has been)\b/i.test(text) &&
      !/\bdate of (?:the )?next\b/i.test(text)
    )
      continue;
    // "Future meeting dates: 14 March, 20 June, 19 September" lists the year's dates: the first after this meeting.
    // "Date of next meeting: 12 May 2022" names one meeting: the dates below it (an action log's) are not a list of meetings.
    // A heading "DATE OF NEXT MEETING" with its date on the line below is one meeting too: a log dated after it is not a list.
    const one = /\bdate of (?:the )?next meeting\b(?!s)/i.test(text);
    const list =
      !one && (/future meeting dates?|^future meetings\b|dates? of (?:future |next )?meetings?|meeting dates\s*:/i.test(text) || YEAR_DATES.test(text))
        ? firstAfter(
            [{ ...all[i]!, text: text.slice(at) }, ...all.slice(i + 1, i + 8).filter((b) => findDates(b.text).length && b.text.length < 120)],
            meetingDate,
          )
        : null;
    const found = list ?? dateIn([{ ...all[i]!, text: text.slice(at) }, ...all.slice(i + 1, i + 3)], meetingDate);
    // Outside a "next meeting" item, a date before this meeting is another meeting, not a typo.
    if (found && !found.yearCorrected) return found;
  }
  return null;
}

// The year's meetings listed on one line: "Meeting dates for 2023: spring meeting …", "Dates: autumn meeting Wednesday
// 29 September, winter meeting …" (a label, then meetings each with its date).
const YEAR_DATES = /^(?:meeting\s+)?dates(?:\s+for\s+\d{4}(?:[/-]\d{2,4})?)?\s*:\s*(?=.*\bmeetings?\b)/i;

const NOT_SET = /\b(?:TBC|TBA|TBD|to\s+be\s+(?:confirmed|arranged|agreed|advised|decided|fixed|set))\b/i;

/**
 * "next meeting: TBC", "Date of next meeting – to be arranged": the date is not set (said before any date, with or
 * without its year, is given; "Monday 7 September (venue tbc)" has its date).
 */
function unset(said: string): boolean {
  const m = NOT_SET.exec(said);
  if (!m || m.index > 60 || /\b(?:venue|time|room|location|place|details?)\s+(?:is\s+|to\s+be\s+)?$/i.test(said.slice(0, m.index))) return false;
  const d = findDates(said)[0];
  return !d || d.index > m.index;
}

/** The earliest date after the meeting among several (a list of the year's meeting dates, with or without years). */
function firstAfter(blocks: Block[], meetingDate: IsoDate | null): NextMeeting | null {
  if (!meetingDate) return null;
  let best: { date: IsoDate; raw: string; text: string } | null = null;
  for (const b of blocks) {
    const text = squash(b.text);
    for (const d of findDates(text, { yearFrom: addDays(meetingDate, 1) })) {
      if (d.iso && d.iso > meetingDate && (!best || d.iso < best.date)) best = { date: d.iso, raw: d.raw, text };
    }
  }
  if (!best) return null;
  const after = best.text.slice(best.text.indexOf(best.raw) + best.raw.length);
  return { date: best.date, time: findTime(after.split(/[,;]/)[0] ?? ''), venue: null, written: best.raw, yearCorrected: false };
}

function dateIn(blocks: Block[], meetingDate: IsoDate | null): NextMeeting | null {
  for (let k = 0; k < blocks.length; k++) {
    const text = squash(blocks[k]!.text);
    const d = findDates(text, meetingDate ? { yearFrom: addDays(meetingDate, 1) } : {}).find((m) => m.iso);
    if (!d) continue;
    let date = d.iso!;
    let yearCorrected = false;
    if (meetingDate && date <= meetingDate) {
      const fixed = shiftYear(date, meetingDate, d.weekday);
      if (fixed) {
        date = fixed;
        yearCorrected = true;
      }
    }
    const after = text.slice(d.index + d.raw.length);
    const time = findTime(after) ?? findTime(text);
    let venue: string | null = null;
    const inVenue = /\b(?:in|at)\s+(?!\d)(?:the\s+)?([A-Z].+)$/.exec(after.replace(/^[^a-z]*?(?:\d{1,2}[.:]\d{2}\s*(?:am|pm)?)/i, ''));
    if (inVenue && VENUE_WORDS.test(inVenue[1]!)) venue = cleanVenue(inVenue[1]!);
    if (!venue) {
      const next = blocks[k + 1] ? squash(blocks[k + 1]!.text) : '';
      if (next && VENUE_WORDS.test(next) && !/^\(?the meeting (?:ended|closed)/i.test(next) && !/:$/.test(next) && next.length < 160) venue = cleanVenue(next);
    }
    return { date, time, venue, written: d.raw, yearCorrected };
  }
  return null;
}

/** A date written in the wrong year: the same day a year (or two) later, preferring the one whose weekday matches. */
function shiftYear(date: IsoDate, after: IsoDate, weekday: number | null): IsoDate | null {
  const [, m, d] = date.split('-').map(Number) as [number, number, number];
  for (let y = yearOf(date) + 1; y <= yearOf(after) + 1; y++) {
    const iso = makeIso(y, m, d);
    if (iso && iso > after && (weekday === null || weekdayOf(iso) === weekday)) return iso;
  }
  for (let y = yearOf(date) + 1; y <= yearOf(after) + 1; y++) {
    const iso = makeIso(y, m, d);
    if (iso && iso > after) return iso;
  }
  return null;
}
