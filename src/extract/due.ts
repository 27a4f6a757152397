import { addDays, addMonths, endOfMonth, findDates, IsoDate, makeIso, weekdayOf } from './dates';
import { DUE_HALF_TERM, DUE_HOLIDAY, DUE_WEEKDAY, halfTermAfter, holidayAfter, weekdayAfter } from './due-words';
import { newestDatePart } from './revised-due';

export interface DueContext {
  meetingDate: IsoDate | null;
  /** The date of the meeting after this one, when the minutes give it. */
  nextMeeting: IsoDate | null;
  /** Later meetings the papers list ("Future meeting dates"), so "the March meeting" is a day. */
  meetings?: IsoDate[];
  /** The year a plan's financial year starts in ("Business Plan 2024-25"): its quarters are that year's, April to March. */
  financialYear?: number | null;
  /** The financial year the paper's title names (a heading or title line, not a table's cell). */
  planYear?: number | null;
}

export interface Due {
  due: IsoDate | null;
  dueText: string | null;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  a: 1,
  an: 1,
};
const OPEN_ENDED =
  /^(?:ongoing|on-going|tbc|tba|to be (?:confirmed|agreed|determined)|n\/a|na|none|continuous|as required|as and when|rolling|following inspection|in due course|a future meeting|when available|-)$/i;

// "Monthly from Oct 2019", "Quarterly", "Every term", "Each month until March": a task done again and again has no deadline;
// the month in it is when the round starts or stops.
const RECURRING =
  /^(?:weekly|fortnightly|monthly|bi-?monthly|quarterly|termly|half-?termly|annually|yearly|(?:each|every)\s+(?:week|fortnight|month|quarter|term|half-term|year|meeting))\b/i;

/**
 * A date that is really a meeting: "the next meeting in January 2018", "the March meeting". When the
 * papers give that meeting's date (the next meeting, or a listed future meeting) it is that day, so
 * every action that says it gets the same date; otherwise the month's last day.
 */
export function meetingMonth(m: { year: number | null; month: number; iso?: IsoDate | null }, ctx: DueContext): IsoDate | null {
  if (m.iso) return m.iso;
  const known = [ctx.nextMeeting, ...(ctx.meetings ?? [])].filter((d): d is IsoDate => !!d).sort();
  const mm = String(m.month).padStart(2, '0');
  const hit = known.find((d) => d.slice(5, 7) === mm && (m.year !== null ? d.startsWith(`${m.year}-`) : !ctx.meetingDate || d > ctx.meetingDate));
  if (hit) return hit;
  const year = m.year ?? nextYearOfMonth(m.month, ctx);
  return year === null ? null : endOfMonth(year, m.month);
}

/** The year of the first such month that ends on or after the meeting. */
function nextYearOfMonth(month: number, ctx: DueContext): number | null {
  if (!ctx.meetingDate) return null;
  const y = Number(ctx.meetingDate.slice(0, 4));
  return endOfMonth(y, month) >= ctx.meetingDate ? y : y + 1;
}

/**
 * "Q3", "Q3 2027", "quarter 2": the quarter's last day. With a calendar year written after it, that year's quarter;
 * bare, the quarter of the financial year (April to March) that UK public bodies plan and report in — "by end of Q2"
 * in June minutes means September — the next such after the meeting.
 */
function quarterEnd(q: number, year: number | null, ctx: DueContext): IsoDate | null {
  if (year !== null) return endOfMonth(year, q * 3);
  if (ctx.financialYear) return financialQuarterEnd(q, ctx.financialYear);
  const month = financialQuarterMonth(q);
  const y = nextYearOfMonth(month, ctx);
  return y === null ? null : endOfMonth(y, month);
}

/** Whether `end` ("25", "2025") is the year after `start` (2024): "2024-25" is a financial year, "2019-22" is not. */
const followsYear = (start: number, end: string) => Number(end) % 100 === (start + 1) % 100;

/** The year the financial year a paper's title names starts in ("Business Plan 2024-25" gives 2024), or null. */
export function financialYearOf(titleLines: string[]): number | null {
  for (const line of titleLines) {
    const m = /\b(20\d{2})\s*[-/–]\s*(20\d{2}|\d{2})\b/.exec(line);
    if (m && followsYear(Number(m[1]), m[2]!)) return Number(m[1]);
  }
  return null;
}

/** The month a financial year's quarter q ends in: Q1 in June, Q4 in March (of the year after the one it starts in). */
const financialQuarterMonth = (q: number) => (q === 4 ? 3 : 3 + q * 3);

/** Quarter q of the financial year that starts in April of `start`. */
function financialQuarterEnd(q: number, start: number): IsoDate {
  return endOfMonth(q === 4 ? start + 1 : start, financialQuarterMonth(q));
}

// "Spring term 2024", "the summer term", "Autumn term 2023/24": a school term, due when it ends. Terms end in December
// (autumn), at Easter (spring, read as March) and in July (summer); an academic year's autumn is in its first year.
const SCHOOL_TERM = /\b(autumn|spring|summer)\s+term(?:\s+(?:of\s+)?(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?)?\b/i;
const TERM_END: Record<string, number> = { autumn: 12, spring: 3, summer: 7 };

function schoolTermEnd(m: RegExpExecArray, ctx: DueContext): IsoDate | null {
  const season = m[1]!.toLowerCase();
  const month = TERM_END[season]!;
  if (m[2]) return endOfMonth(Number(m[2]) + (m[3] && season !== 'autumn' ? 1 : 0), month);
  const y = nextYearOfMonth(month, ctx);
  return y === null ? null : endOfMonth(y, month);
}

// "Spring 1", "end of Autumn 2": a school's half of a term, as schools' trackers write them, due when that half ends:
// autumn's halves in October and December, spring's in February and at Easter (read as March), summer's in May and July.
const HALF_OF_TERM = /^(?:(?:by|before)\s+)?(?:the\s+)?(?:end\s+of\s+)?(autumn|spring|summer)\s*([12])$/i;
const HALF_END: Record<string, [number, number]> = { autumn: [10, 12], spring: [2, 3], summer: [5, 7] };

function halfOfTermEnd(m: RegExpExecArray, ctx: DueContext): IsoDate | null {
  const season = m[1]!.toLowerCase();
  const month = HALF_END[season]![Number(m[2]) - 1]!;
  // A log kept for an academic or financial year ("2022-23"): autumn is in its first year, spring and summer in its second.
  if (ctx.financialYear) return endOfMonth(ctx.financialYear + (season === 'autumn' ? 0 : 1), month);
  const y = nextYearOfMonth(month, ctx);
  return y === null ? null : endOfMonth(y, month);
}

// "before the spring term" (no "end of"): done before the term begins, so due when it starts. Terms start in September
// (autumn), January (spring) and April (summer).
const BEFORE_TERM = /^before\s+(?:the\s+)?(?:autumn|spring|summer)\s+term\b/i;
const TERM_START: Record<string, number> = { autumn: 9, spring: 1, summer: 4 };

function schoolTermStart(m: RegExpExecArray, ctx: DueContext): IsoDate | null {
  const season = m[1]!.toLowerCase();
  const month = TERM_START[season]!;
  if (m[2]) return makeIso(Number(m[2]) + (m[3] && season !== 'autumn' ? 1 : 0), month, 1);
  if (!ctx.meetingDate) return null;
  const y = Number(ctx.meetingDate.slice(0, 4));
  const start = makeIso(y, month, 1)!;
  return start > ctx.meetingDate ? start : makeIso(y + 1, month, 1);
}

// "by the spring meeting", "the autumn Board": a meeting named by its season, as bodies that meet once a season write it.
const SEASON_MEETING_WORDS = '(spring|summer|autumn|winter)\\s+(?:meeting|board|committee|executive|panel|group|forum|cpc|network)\\b';
const SEASON_MEETING = new RegExp(`\\b${SEASON_MEETING_WORDS}`, 'i');
const SEASON_MONTHS: Record<string, number[]> = { spring: [3, 4, 5], summer: [6, 7, 8], autumn: [9, 10, 11], winter: [12, 1, 2] };

/** The first meeting the papers date (next, or listed) after this one that falls in the season; null if none is dated. */
function seasonMeeting(season: string, ctx: DueContext): IsoDate | null {
  const months = SEASON_MONTHS[season.toLowerCase()]!;
  const known = [ctx.nextMeeting, ...(ctx.meetings ?? [])].filter((d): d is IsoDate => !!d && (!ctx.meetingDate || d > ctx.meetingDate)).sort();
  return known.find((d) => months.includes(Number(d.slice(5, 7)))) ?? null;
}

// "Term 3": schools that number their terms (Northern Ireland, Scotland) end the first at Christmas, the second at Easter
// (read as March) and the third in June, before their July break.
const NUMBERED_TERM = /^(?:by\s+|before\s+|in\s+|during\s+)?(?:the\s+)?(?:end\s+of\s+)?term\s+([1-3])(?:\s+(\d{4}))?$/i;
const NUMBERED_TERM_END = [12, 3, 6];

function numberedTermEnd(m: RegExpExecArray, ctx: DueContext): IsoDate | null {
  const month = NUMBERED_TERM_END[Number(m[1]) - 1]!;
  if (m[2]) return endOfMonth(Number(m[2]), month);
  if (!ctx.meetingDate) return null;
  // The school year the meeting falls in: term 1 ends in its first calendar year, terms 2 and 3 in its second.
  const y = Number(ctx.meetingDate.slice(0, 4));
  const startYear = Number(ctx.meetingDate.slice(5, 7)) >= 8 ? y : y - 1;
  const end = endOfMonth(month === 12 ? startYear : startYear + 1, month);
  return end >= ctx.meetingDate ? end : endOfMonth(Number(end.slice(0, 4)) + 1, month);
}

/** "by end of term" names no term: the one the meeting falls in (autumn from August, spring to March, summer from April). */
function currentTermEnd(ctx: DueContext): IsoDate | null {
  if (!ctx.meetingDate) return null;
  const month = Number(ctx.meetingDate.slice(5, 7));
  return meetingMonthEnd(month >= 8 ? 12 : month <= 3 ? 3 : 7, ctx);
}

const CELL_HALF_TERM = /^(?:by\s+|before\s+)?(?:the\s+)?(October|Oct|February|Feb|May|Whitsun|autumn|spring|summer)?\s*half[\s-]?term$/i;

// A day and month, or a month, written without a year ("w/c 10 Feb", "10/02", "End of February").
const NO_YEAR_DAY =
  /^(?:(?:w\/c|wc|w\.c\.|week\s+(?:commencing|beginning)|by|end\s+of|early|mid|late)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|^(?:w\/c\s+)?\d{1,2}\/\d{1,2}$/i;
const MEETING_NOUN = /\b(?:meeting|board|committee|executive|partnership|panel|group|forum)\b/i;

// "Next Board", "next committee", "the next meeting": the board's next meeting.
/** Whether a cell says when in words the reader knows, though it may give no day ("next meeting" with none given, "ongoing"). */
export function saysWhen(cell: string): boolean {
  const text = cell.trim().replace(/\s+/g, ' ');
  return OPEN_ENDED.test(text) || RECURRING.test(text) || nextMeetingWords(text) || SCHOOL_TERM.test(text);
}

// "next mtg": logs typed in a hurry shorten the word.
// "before next panel", "by the next Board": the word that says by when may stand before it.
export const NEXT_MEETING_WORDS =
  /\bnext (?:\w+ )?(?:meeting|mtg)\b|^(?:(?:by|before|at|for|until)\s+)?(?:the\s+)?next (?:board|committee|partnership|panel|executive)$/i;
// "Next CPC", "Next LSCB", "before next MACE": the body's next meeting, the body named by its initials (capitals, so "next
// week" is not one).
const NEXT_BODY = /^(?:(?:[Bb]y|[Bb]efore|[Aa]t|[Ff]or|[Uu]ntil)\s+)?(?:the\s+)?[Nn]ext\s+[A-Z]{2,6}$/;
const nextMeetingWords = (text: string) => NEXT_MEETING_WORDS.test(text) || NEXT_BODY.test(text);

const YEAR_END = /^(?:by\s+|before\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(calendar\s+|financial\s+)?year$/i;

/** The end of the meeting's calendar year, or of the financial year (April to March) it falls in. */
function yearEndAfter(kind: string | undefined, meetingDate: IsoDate): IsoDate {
  const y = Number(meetingDate.slice(0, 4));
  if (kind && /financial/i.test(kind)) return endOfMonth(Number(meetingDate.slice(5, 7)) >= 4 ? y + 1 : y, 3);
  return endOfMonth(y, 12);
}

const DATE_SPAN = /^(?:from\s+)?(.{6,20}?)\s+(?:-|–|—|to|until|till)\s+(.{6,20})$/i;
const FINANCIAL_YEAR =
  /^(?:during|in|by|by\s+(?:the\s+)?end\s+of|end\s+of|within|over|throughout|for)?\s*(?:the\s+)?(?:financial\s+year\s+|fy\s*)?((?:19|20)\d{2})\s*[/-]\s*(\d{2}|(?:19|20)\d{2})$/i;

/**
 * Reads a due-date cell ("September 2018", "30/09/2018", "Next meeting", "Ongoing", "Tbc",
 * "Q3 2018", "End of March") into a date, keeping the words as written. A month means its last day.
 */
export function readDueCell(cell: string, ctx: DueContext): Due {
  const text = cell.trim().replace(/\s+/g, ' ');
  if (!text) return { due: null, dueText: null };
  // "w/c 10 Feb" in a 2024/25 plan: a day or month with no year falls in the plan's financial year (April to March),
  // not after the day the plan was last updated.
  const fyStart = ctx.planYear ? makeIso(ctx.planYear, 4, 1) : null;
  if (fyStart && ctx.meetingDate !== fyStart && NO_YEAR_DAY.test(text) && !/\d{4}|\/\d{2}\b|['’]\d{2}\b/.test(text) && !MEETING_NOUN.test(text))
    return readDueCell(text, { ...ctx, meetingDate: fyStart });
  // "31/03/21 revised to 30/06/21": the deadline was moved, and the newest date is when the action is due.
  const newest = newestDatePart(text);
  if (newest !== text) {
    const moved = readDueCell(newest, ctx);
    if (moved.due) return { due: moved.due, dueText: text };
  }
  if (OPEN_ENDED.test(text) || RECURRING.test(text)) return { due: null, dueText: text };
  // "now due Nov 17", "due end of Q3": a status that says when the action falls due, the date after the word "due".
  const dueWord = /^(?:now\s+)?due\s+(?:by\s+|on\s+)?(?=\S)/i.exec(text);
  if (dueWord) {
    const after = readDueCell(text.slice(dueWord[0].length), ctx);
    if (after.due) return { due: after.due, dueText: text };
  }
  const term = SCHOOL_TERM.exec(text);
  if (term && !findDates(text).some((d) => d.day !== null)) return { due: schoolTermEnd(term, ctx), dueText: text };
  const half = HALF_OF_TERM.exec(text);
  if (half) return { due: halfOfTermEnd(half, ctx), dueText: text };
  // A spreadsheet cell typed as a date but kept as a number ("42735") is a day count from 30 December 1899.
  if (/^\d{5}(?:\.\d+)?$/.test(text) && Number(text) > 20000 && Number(text) < 80000)
    return { due: addDays('1899-12-30' as IsoDate, Math.floor(Number(text))), dueText: text };
  // "Jan-21", "Sept 19": Excel's month-and-year format; "end Feb 18" is the same month's end.
  const monYy = /^(?:(?:by\s+)?(?:the\s+)?end\s+(?:of\s+)?)?([A-Za-z]{3,9})[-\s'’]+(\d{2})$/.exec(text);
  const monYyMonth = monYy ? monthOnly(monYy[1]!) : null;
  if (monYy && monYyMonth) return { due: endOfMonth(2000 + Number(monYy[2]), monYyMonth.month), dueText: text };
  // "2025-01-06 - 2025-03-31": a timeline from a start to an end; the action is due when it ends.
  const span = DATE_SPAN.exec(text);
  if (span && findDates(span[1]!).length === 1 && findDates(span[2]!).length === 1) {
    const end = readDueCell(span[2]!, ctx);
    if (end.due) return { due: end.due, dueText: text };
  }
  // "During 2015/16", "2023-24": a financial year, done by its end in March.
  const fy = FINANCIAL_YEAR.exec(text);
  if (fy && followsYear(Number(fy[1]), fy[2]!)) return { due: endOfMonth(Number(fy[1]) + 1, 3), dueText: text };
  // "next CPC (8/12)", "June Board (15/6)": a meeting with its day in brackets is due that day.
  const meetingDay = /^(.{2,40}?)\s*\((\d{1,2})\/(\d{1,2})\)$/.exec(text);
  if (meetingDay && (nextMeetingWords(meetingDay[1]!) || MEETING_NOUN.test(meetingDay[1]!))) {
    const day = dayMonthAfter(Number(meetingDay[2]), Number(meetingDay[3]), ctx);
    if (day) return { due: day, dueText: text };
  }
  // "End of the calendar year", "end of the financial year": December of the meeting's year, or the March that ends its
  // financial year.
  const yearEnd = YEAR_END.exec(text);
  if (yearEnd && ctx.meetingDate) return { due: yearEndAfter(yearEnd[1], ctx.meetingDate), dueText: text };
  // "End of session": a Scottish school session runs from August to June.
  if (/^(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:school\s+)?session$/i.test(text) && ctx.meetingDate) {
    const y = nextYearOfMonth(6, ctx);
    if (y !== null) return { due: endOfMonth(y, 6), dueText: text };
  }
  const seasonal = SEASON_MEETING.exec(text);
  if (seasonal && !findDates(text).length) return { due: seasonMeeting(seasonal[1]!, ctx), dueText: text };
  const numbered = NUMBERED_TERM.exec(text);
  if (numbered) return { due: numberedTermEnd(numbered, ctx), dueText: text };
  if (nextMeetingWords(text) && !findDates(text).length) {
    // A tracker listing the year's meetings: the first of them after the one that agreed the action.
    const listed = ctx.meetingDate ? (ctx.meetings ?? []).filter((d) => d > ctx.meetingDate!).sort()[0] : undefined;
    return { due: listed ?? ctx.nextMeeting, dueText: text };
  }
  // "2025/26 Q2": the financial year written before its quarter (Q2 of April 2025 to March 2026 ends in September 2025).
  const yq = /^(?:fy\s*)?(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s+(?:Q|quarter\s+)([1-4])$/i.exec(text);
  if (yq) return { due: financialQuarterEnd(Number(yq[3]), Number(yq[1])), dueText: text };
  // "w/c 12/05": the week commencing that day, whose date is read as any day and month alone.
  const dayMonth = DAY_SLASH_MONTH.exec(text.replace(/^(?:w\/c|wc|w\.c\.|week\s+commencing|week\s+beginning)\s+/i, ''));
  if (dayMonth) return { due: dayMonthAfter(Number(dayMonth[1]), Number(dayMonth[2]), ctx), dueText: text };
  // "30.4.24", "w/c 18.3.24", "w/e 16.7.10": a cell of its own is where a date is expected, so a one-digit day or month
  // with a two-digit year is one here (in prose such figures may be a section's number; see findDates).
  const dotted = /^(?:(?:by|before|w\/c|wc|w\/e|w\.e\.|week\s+(?:commencing|beginning|ending))\s+)?(\d{1,2})\.(\d{1,2})\.(\d{2})$/i.exec(text);
  const dottedDay = dotted ? makeIso(2000 + Number(dotted[3]), Number(dotted[2]), Number(dotted[1])) : null;
  if (dottedDay) return { due: dottedDay, dueText: text };
  const d = findDates(text, ctx.meetingDate ? { yearFrom: ctx.meetingDate } : {})[0];
  if (d) return { due: d.iso ?? (d.year !== null ? meetingMonth(d, ctx) : null), dueText: text };
  // "Q3 2018/19" counts quarters of the financial year that starts in April 2018: Q3 ends in December 2018.
  const fq = /\b(?:Q|quarter\s+)([1-4])\s*(?:of\s+)?(?:FY\s*)?(\d{4})\s*[/-]\s*(\d{2}|\d{4})\b/i.exec(text);
  if (fq) return { due: financialQuarterEnd(Number(fq[1]), Number(fq[2])), dueText: text };
  // "Q4 23/24": the financial year in two-digit years, consecutive ones only (a day and month are not).
  const fq2 = /\b(?:Q|quarter\s+)([1-4])\s*(?:of\s+)?(?:FY\s*)?(\d{2})\s*[/-]\s*(\d{2})\b/i.exec(text);
  if (fq2 && followsYear(Number(fq2[2]), fq2[3]!)) return { due: financialQuarterEnd(Number(fq2[1]), 2000 + Number(fq2[2])), dueText: text };
  const q = /\b(?:Q|quarter\s+)([1-4])(?:\s*(\d{4}))?\b/i.exec(text);
  if (q) return { due: quarterEnd(Number(q[1]), q[2] ? Number(q[2]) : null, ctx), dueText: text };
  // "October half term", "Feb half-term": a due cell may name the half term with no "by"; it is that break, not the month's end.
  const namedHalfTerm = CELL_HALF_TERM.exec(text);
  if (namedHalfTerm && ctx.meetingDate) return { due: halfTermAfter(namedHalfTerm[1], ctx.meetingDate), dueText: text };
  const endOf = /\b(?:end of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.exec(text);
  // "June meeting", "Nov Board": a meeting, on its day when the papers give it (a month's end only when they do not).
  const meetingCell = !/\bend\s+of\b/i.test(text) && MEETING_NOUN.test(text);
  if (endOf && ctx.meetingDate && meetingCell) return { due: meetingMonth(monthOnly(endOf[1]!)!, ctx), dueText: text };
  if (endOf && ctx.meetingDate) {
    const month = new Date(`${endOf[1]} 1, 2000`).getMonth() + 1;
    const y = Number(ctx.meetingDate.slice(0, 4));
    const candidate = endOfMonth(y, month);
    return { due: candidate >= ctx.meetingDate ? candidate : endOfMonth(y + 1, month), dueText: text };
  }
  // "Nov Board", "by Sept", "End Feb", "mid Feb": a month written short and with its capital opens the cell.
  const short =
    /^(?:[Bb]y\s+|(?:[Bb]y\s+)?[Ee]nd\s+(?:of\s+)?|[Ee]arly\s+|[Mm]id-?\s*|[Ll]ate\s+)?(?:the\s+)?(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/.exec(
      text,
    );
  const shortMonth = short ? monthOnly(short[1]!) : null;
  if (shortMonth && ctx.meetingDate) return { due: meetingCell ? meetingMonth(shortMonth, ctx) : meetingMonthEnd(shortMonth.month, ctx), dueText: text };
  if (/\bend\s+of\s+(?:the\s+|this\s+)?term\b/i.test(text) && ctx.meetingDate) return { due: currentTermEnd(ctx), dueText: text };
  // "Before half term", "By Christmas": a school holiday or a festival the cell's deadline comes before.
  const halfTerm = new RegExp(DUE_HALF_TERM.source, 'i').exec(text);
  if (halfTerm && ctx.meetingDate) return { due: halfTermAfter(halfTerm[1], ctx.meetingDate), dueText: text };
  const holiday = new RegExp(DUE_HOLIDAY.source, 'i').exec(text);
  if (holiday && ctx.meetingDate) return { due: holidayAfter(holiday[1]!, ctx.meetingDate), dueText: text };
  const rel = relative(text, ctx);
  if (rel) return rel;
  return { due: null, dueText: text };
}

// "within 5 working days", "in two weeks", "within a fortnight": counted from the meeting.
const RELATIVE =
  /\b(?:in|within|over)\s+(?:the\s+)?(?:next\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\s+((?:working\s+|business\s+|calendar\s+)?days?|weeks?|months?|fortnights?)\b/i;

/** The day n working days (Monday to Friday) after a date. */
function addWorkingDays(iso: IsoDate, n: number): IsoDate {
  let d = iso;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    const w = weekdayOf(d);
    if (w !== 0 && w !== 6) left--;
  }
  return d;
}

function relative(text: string, ctx: DueContext): Due | null {
  const m = RELATIVE.exec(text);
  if (m && ctx.meetingDate) {
    const n = Number(m[1]) || NUMBER_WORDS[m[1]!.toLowerCase()] || 0;
    const unit = m[2]!.toLowerCase();
    const due = unit.startsWith('month')
      ? addMonths(ctx.meetingDate, n)
      : /^(?:working|business)/.test(unit)
        ? addWorkingDays(ctx.meetingDate, n)
        : addDays(ctx.meetingDate, unit.startsWith('fortnight') ? n * 14 : unit.startsWith('week') ? n * 7 : n);
    return { due, dueText: m[0] };
  }
  // "this week", "by the end of next week": that week's Friday, counted from the meeting's week.
  const week = /\b(?:(?:by\s+)?(?:the\s+)?end\s+of\s+)?(this|next)\s+week\b/i.exec(text);
  if (week && ctx.meetingDate) {
    const friday = addDays(ctx.meetingDate, (5 - weekdayOf(ctx.meetingDate) + 7) % 7);
    return { due: week[1]!.toLowerCase() === 'next' ? addDays(friday, 7) : friday, dueText: week[0] };
  }
  // "ASAP" asks for speed but sets no day: the words are kept, and nothing is overdue the day it was agreed.
  const soon = /\bimmediately\b|\bas soon as possible\b|\basap\b/i.exec(text);
  if (soon) return { due: null, dueText: soon[0] };
  if (/\b(?:after|following) the meeting\b/i.test(text) && ctx.meetingDate) {
    const w = /\b(?:after|following) the meeting\b/i.exec(text)!;
    return { due: ctx.meetingDate, dueText: w[0] };
  }
  return null;
}

const MONTH_WORD =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?';
// A month standing alone is a month only when written with its capital ("the March meeting", not "may").
const MONTH_CAP = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const DATE_WORDS = `(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MONTH_WORD}(?:,?\\s+\\d{4})?`;

// Built once: findDueInProse runs for every action, and building these from a few hundred
// characters of source each on every call was a measurable share of an ingest. Used only with
// matchAll, replace and a non-global exec, which start from the beginning whatever lastIndex says.
const MONTH_ALONE = new RegExp(`\\b${MONTH_WORD}(?=\\W|$)`, 'i');
export const DAY_RUN_INTO_MONTH = new RegExp(`(\\d)(?=${MONTH_WORD}\\b)`, 'gi');
const DUE_NEXT_MEETING = new RegExp(
  // "to the next Board": the body's name stands for its meeting.
  `\\b(?:the\\s+)?next\\s+(?:(?:\\w+\\s+){0,2}meeting|(?:Board|Committee|Executive|Partnership|Panel)\\b)(?:\\s+of\\s+the\\s+\\w+)?(?:\\s+(?:in|on)\\s+(?:\\w+\\s+)?(${DATE_WORDS})|\\s*\\(\\s*(?:on\\s+)?(${DATE_WORDS}|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4})\\s*\\))?`,
  'gi',
);
const DUE_MONTH_MEETING = new RegExp(
  // "the March 2020 committee": after "the" and a month (and year), a body's name in small letters is its meeting too.
  // "add it to the January agenda": a month's agenda is that month's meeting.
  `\\b(${MONTH_CAP}(?:\\s+\\d{4})?)(?:'s)?\\s+(?:[A-Z]\\w+\\s+)?(?:meeting\\b|(?<=\\bthe\\s+${MONTH_CAP}(?:\\s+\\d{4})?\\s+)agenda\\b|(?<=the\\s+\\S+\\s+)(?:Board|Committee|Executive|Partnership|[A-Z]{2,5})\\b|(?<=\\bthe\\s+${MONTH_CAP}(?:\\s+\\d{4})?\\s+)(?:[Bb]oard|[Cc]ommittee|[Ee]xecutive|[Pp]artnership|[Pp]anel|[Gg]roup|[Ff]orum)\\b)`,
  'g',
);
const DUE_MEETING_ON = new RegExp(`\\bmeeting\\s+(?:(?:in|on|of|held\\s+(?:in|on))\\s+)?(${DATE_WORDS})`, 'gi');
// "by 31/07": a day and month with no year, as notes write them (the first such day after the meeting).
const DUE_BY_DATE = new RegExp(
  `\\b(?:by|before|no\\s+later\\s+than|deadline[:\\s]+|due(?:\\s+by)?|until)\\s+(?:the\\s+)?(?:end\\s+of\\s+|(?:w\\/e|w\\.e\\.|week\\s+ending)\\s+)?(${DATE_WORDS}|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}|\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})(?!\\.?\\d)|\\d{1,2}\\/\\d{1,2}(?![/\\d]))`,
  'gi',
);
// "in the September DSL bulletin", "in early March": a month the task falls in.
const DUE_IN_MONTH = new RegExp(`\\bin\\s+(?:the\\s+)?(?:early\\s+|mid-?\\s*|late\\s+)?(${MONTH_CAP}(?:\\s+\\d{4})?)\\b`, 'g');
// "plan the learning event for September.": a month the action ends on is when the work is for. Only at the end of the
// action, and not after a period's figures ("the returns for March"), where the month is what is counted.
const DUE_FOR_MONTH = new RegExp(
  `(?<!\\b(?:figures|data|returns?|statistics|stats|numbers|report|reports|period|quarter|month|dashboard|performance)\\s+)\\bfor\\s+(?:the\\s+)?(?:early\\s+|mid-?\\s*|late\\s+)?(${MONTH_CAP}(?:\\s+\\d{4})?)(?=\\s*[.;]?\\s*$)`,
  'g',
);
const DUE_MOVED_TO = new RegExp(
  `(?<=\\b(?:carried|rolled|brought|moved|put)\\s+(?:forward|back|over)\\s+)(?:to|until|till)\\s+(?:the\\s+)?(${MONTH_CAP}(?:\\s+\\d{4})?)\\b(?!\\s+meeting)`,
  'gi',
);
const DAY_SLASH_MONTH = /^(\d{1,2})\/(\d{1,2})$/;
const DUE_ON_DAY = new RegExp(`\\b(?:on|at)\\s+(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}(?:,?\\s+(?:\\d{4}|'?\\d{2}\\b))?)`, 'gi');

/** "March", "end of June": a month without a year. */
function monthOnly(words: string): { year: null; month: number } | null {
  const m = MONTH_ALONE.exec(words);
  if (!m) return null;
  const month = new Date(`${m[0].replace('.', '').slice(0, 3)} 1, 2000`).getMonth() + 1;
  return Number.isNaN(month) ? null : { year: null, month };
}

function meetingMonthEnd(month: number, ctx: DueContext): IsoDate | null {
  const y = nextYearOfMonth(month, ctx);
  return y === null ? null : endOfMonth(y, month);
}

const MODAL = /\b(?:would|will|to|should|must|shall|by|for|due|expected|deadline|before|until|planned|scheduled|agreed)\b/i;
// Built once, as findDueInProse runs for every action: "w/c 4 May", "week commencing 14 October".
const DUE_WEEK_COMMENCING = new RegExp(
  `\\b(?:w\\/c|w\\.c\\.|week\\s+(?:commencing|beginning))\\s+(\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}(?:\\s+\\d{4})?)`,
  'gi',
);
// A date set off at the end of an action ("… for college tutors – Sept 2019.", "… survey results end of October.").
// "– August CPC", "– the November Executive": a month's meeting set off at the end is that meeting; "– w/e 16.7.10" a day.
const DUE_SET_OFF = new RegExp(
  `(?:\\s[–—-]\\s+(?:(?:by|before)\\s+)?(?:the\\s+)?(?:end\\s+of\\s+)?|\\bend\\s+of\\s+)(${DATE_WORDS}|(?:(?:w\\/[ce]|w\\.[ce]\\.|week\\s+(?:commencing|beginning|ending))\\s+)?\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2}))(\\s+(?:meeting|Board|Committee|Executive|Panel|Group|Forum|[A-Z]{2,5}))?(?=\\s*[.)]?\\s*$)`,
  'gi',
);
// "a dashboard … for each meeting from April 2016": when a new duty starts is when it is first due (not a span "from … to …").
const DUE_FROM_MONTH = new RegExp(`\\bfrom\\s+(${MONTH_CAP}\\s+\\d{4})\\b(?!\\s*(?:to|until|till|[-–—])\\s)`, 'g');
const PAST = /\b(?:had\s+been|has\s+been|had\s+(?:previously\s+)?\w+ed|was\s+(?:reported|held|presented|received|considered))\b/i;

/**
 * The due date an action's prose gives, reading the whole passage so that a later line overrides
 * an earlier one ("would be reported in October 2017 … delayed … the next meeting in January 2018").
 * Only dates in a forward-looking clause count: "had been reported at its July 2017 meeting" is history.
 */
export function findDueInProse(raw: string, ctx: DueContext): Due {
  // Copies that lost spaces at line wraps run a day into its month ("21September 2009").
  const text = raw.replace(DAY_RUN_INTO_MONTH, '$1 ');
  let best: Due = { due: null, dueText: null };
  let bestEnd = -1;
  const consider = (due: IsoDate | null, dueText: string, at: number) => {
    const clause = clauseBefore(text, at);
    // "write to the Chair before the end of December requesting an update for the March meeting": a meeting after what the
    // task asks for is when that is wanted, not when the task is due. A new deadline there ("asking for returns by 20
    // November") still moves it.
    if (
      best.due &&
      /\b(?:requesting|asking\s+for|seeking|inviting)\b/i.test(text.slice(bestEnd, at)) &&
      !/^\s*(?:by|before|no\s+later\s+than|until)\b/i.test(text.slice(at, at + 16)) &&
      !/\b(?:by|before|until)\s+$/i.test(text.slice(Math.max(0, at - 8), at))
    )
      return;
    // "circulate the draft for comments by 15 September, for sign-off at the October meeting": the meeting the work is
    // for comes after the deadline the task is set; the deadline stands.
    if (
      best.due &&
      best.dueText &&
      /^(?:by|before|no\s+later\s+than)\b/i.test(best.dueText) &&
      /^[\s,;]*(?:and\s+)?(?:ready\s+)?for\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*(?:at|to|by|in)?\s*$/i.test(text.slice(bestEnd, at))
    )
      return;
    if (PAST.test(clause) && !/\b(?:would|will|should|to be)\b/i.test(clause.slice(-60))) return;
    // A deadline word opens the mention itself ("by end of May") or just precedes it ("at the next meeting").
    const lead = /^\s*(?:by|at|for|in|to|on|before|until|within|over|no later than)\b/i;
    // A date set off by a dash at the end of an action line ("Report on re-registrations – August CPC") is its deadline.
    const setOff = /^[–—-]\s/.test(dueText) && at + dueText.length >= text.trim().length - 2;
    if (!setOff && !MODAL.test(clause) && !lead.test(text.slice(at, at + 14)) && !/\b(?:by|at|for|in|to|on)\s+$/i.test(text.slice(Math.max(0, at - 4), at)))
      return;
    best = { due, dueText };
    bestEnd = at + dueText.length;
  };
  const yearFrom = ctx.meetingDate ? { yearFrom: ctx.meetingDate } : {};
  const asMeeting = (words: string): IsoDate | null => {
    const d = findDates(words, yearFrom)[0] ?? monthOnly(words);
    return d ? meetingMonth(d, ctx) : null;
  };
  /** A date, or the end of a month ("by the end of March 2019"), that a deadline falls on. */
  const byDate = (words: string): IsoDate | null => {
    const dm = DAY_SLASH_MONTH.exec(words);
    if (dm) return dayMonthAfter(Number(dm[1]), Number(dm[2]), ctx);
    // "by 29.7.16": findDates reads a short dotted date only where a date is expected, as the deadline word says it is.
    const d = findDates(words, yearFrom)[0] ?? findDates(`by ${words}`, yearFrom)[0];
    if (d?.iso) return d.iso;
    if (d && d.year !== null) return endOfMonth(d.year, d.month);
    // A month with no year ("by the end of June") is the next such month after the meeting.
    const month = monthOnly(words);
    return month ? meetingMonthEnd(month.month, ctx) : null;
  };
  const patterns: { re: RegExp; read: (m: RegExpExecArray) => IsoDate | null }[] = [
    {
      // "the next meeting in January 2018", "the next Board meeting", "at next meeting", "the next meeting of the Committee"
      re: DUE_NEXT_MEETING,
      // "by the next Executive (26 February)": the date in brackets is that meeting's.
      read: (m) => (m[1] ? asMeeting(m[1]) : m[2] ? (findDates(m[2], yearFrom)[0]?.iso ?? asMeeting(m[2])) : ctx.nextMeeting),
    },
    {
      // "the Business Management Group's September 2017 meeting", "its July 2017 meeting", "the March meeting", "the September Board"
      re: DUE_MONTH_MEETING,
      read: (m) => asMeeting(m[1]!),
    },
    {
      // "the Board meeting in October 2017", "a meeting on 5 March 2019", "the meeting 21 September 2009", "the meeting in March"
      re: DUE_MEETING_ON,
      read: (m) => asMeeting(m[1]!),
    },
    {
      // "by 30 September 2018", "by the end of March 2019", "by end of March", "before December 2018"
      re: DUE_BY_DATE,
      read: (m) => byDate(m[1]!),
    },
    {
      // "Carried forward to April": an action log is carried to a meeting, that month's when the papers give it.
      re: DUE_MOVED_TO,
      read: (m) => asMeeting(m[1]!),
    },
    {
      // "to publish the calendar in December", "in early March 2019": a month the task falls in.
      re: DUE_IN_MONTH,
      read: (m) => byDate(m[1]!),
    },
    {
      re: DUE_FOR_MONTH,
      read: (m) => byDate(m[1]!),
    },
    {
      // "a response to be provided on 21 September 2009", "will commence on 05 Nov 07", "discussed on the 13th November"
      re: DUE_ON_DAY,
      read: (m) => findDates(m[1]!, yearFrom)[0]?.iso ?? null,
    },
    {
      // "by Q3", "in Q2 2027", "by the end of quarter 3"; "by the end of Q2 2015/16" counts the financial year's quarters.
      re: /\b(?:by|in|during|for|before)\s+(?:the\s+)?(?:end\s+of\s+)?(?:Q|quarter\s+)([1-4])(?:\s+(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4})\b)?)?\b/gi,
      read: (m) => (m[3] ? financialQuarterEnd(Number(m[1]), Number(m[2])) : quarterEnd(Number(m[1]), m[2] ? Number(m[2]) : null, ctx)),
    },
    {
      re: DUE_FROM_MONTH,
      read: (m) => {
        const d = findDates(m[1]!, yearFrom)[0];
        return d?.iso ?? (d && d.year !== null ? endOfMonth(d.year, d.month) : null);
      },
    },
    {
      // "by the end of the spring term", "in the Summer term 2025": when that term ends. "During the spring term" with
      // no year is when the work happens, not a deadline.
      re: /\b(?:(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?((?:autumn|spring|summer)\s+term(?:\s+\d{4}(?:\s*[/-]\s*\d{2,4})?)?)|(?:in|during|for|over)\s+(?:the\s+)?((?:autumn|spring|summer)\s+term\s+\d{4}(?:\s*[/-]\s*\d{2,4})?))/gi,
      read: (m) => (BEFORE_TERM.test(m[0]) ? schoolTermStart(SCHOOL_TERM.exec(m[1]!)!, ctx) : schoolTermEnd(SCHOOL_TERM.exec(m[1] ?? m[2]!)!, ctx)),
    },
    {
      // "by the spring meeting": the dated meeting that season.
      re: new RegExp(`\\b(?:by|before|to|at|for)\\s+(?:the\\s+)?${SEASON_MEETING_WORDS}`, 'gi'),
      read: (m) => seasonMeeting(m[1]!, ctx),
    },
    {
      re: /\b(?:by|before)\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?term\b/gi,
      read: () => currentTermEnd(ctx),
    },
    {
      // "w/c 4 May", "week commencing 14 October": the week's first day.
      re: DUE_WEEK_COMMENCING,
      read: (m) => {
        const d = findDates(m[1]!, yearFrom)[0];
        return d?.iso ?? null;
      },
    },
    {
      // "… for college tutors – Sept 2019.", "… the staff survey results end of October.": a date set off at the end of the action.
      re: DUE_SET_OFF,
      read: (m) => {
        if (m[2]) return asMeeting(m[1]!);
        // "– w/e 16.7.10", "– 30.4.24": a day in figures set off at the end reads as a due cell does.
        if (/^(?:w|week|\d)/i.test(m[1]!)) return readDueCell(m[1]!, ctx).due;
        const d = findDates(m[1]!, yearFrom)[0];
        if (d?.iso) return d.iso;
        if (d && d.year !== null) return endOfMonth(d.year, d.month);
        const month = monthOnly(m[1]!);
        return month ? meetingMonthEnd(month.month, ctx) : null;
      },
    },
    {
      re: /\b(?:in|within|over)\s+(?:the\s+)?(?:next\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\s+(?:(?:working\s+|business\s+|calendar\s+)?days?|weeks?|months?|fortnights?)(?:'?\s*time)?\b/gi,
      read: (m) => relative(m[0], ctx)?.due ?? null,
    },
    {
      // "by the end of the calendar year", "before the end of the financial year".
      re: /\b(?:by|before)\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(calendar\s+|financial\s+)?year\b/gi,
      read: (m) => (ctx.meetingDate ? yearEndAfter(m[1], ctx.meetingDate) : null),
    },
    {
      // "DR to brief the Lead Member this week": that week's Friday (an extraordinary meeting's actions are due in days).
      re: /\b(?:(?:by\s+)?(?:the\s+)?end\s+of\s+)?(?:this|next)\s+week\b/gi,
      read: (m) => relative(m[0], ctx)?.due ?? null,
    },
    {
      // "… to all agencies – today", "by close of play today": the meeting's own day. Not "today's meeting".
      re: /(?:[–—]\s+|\s-\s+|\bby\s+(?:the\s+end\s+of\s+|close\s+of\s+(?:play|business)\s+)?|\blater\s+)today\b(?!['’])/gi,
      read: () => ctx.meetingDate,
    },
    {
      re: DUE_WEEKDAY,
      read: (m) => weekdayAfter(m[1]!, ctx.meetingDate),
    },
    {
      re: DUE_HOLIDAY,
      read: (m) => holidayAfter(m[1]!, ctx.meetingDate),
    },
    {
      re: DUE_HALF_TERM,
      read: (m) => halfTermAfter(m[1], ctx.meetingDate),
    },
    {
      re: /\b(?:after|following)\s+the\s+meeting\b/gi,
      read: () => ctx.meetingDate,
    },
    {
      // No day, but the words are kept: "ongoing", "a future meeting", "in due course".
      re: /\b(?:a|any)\s+future\s+(?:\w+\s+)?meeting\b|\bin\s+due\s+course\b|\(\s*ongoing\s*\)|\bongoing\s*$/gi,
      read: () => null,
    },
  ];
  const hits: { at: number; due: IsoDate | null; text: string }[] = [];
  for (const p of patterns) {
    for (const m of text.matchAll(p.re)) {
      hits.push({ at: m.index!, due: p.read(m as RegExpExecArray), text: m[0].trim().replace(/(?<![A-Z][a-z]{2})\.$/, '') });
    }
  }
  hits.sort((a, b) => a.at - b.at || b.text.length - a.text.length);
  let end = -1;
  for (const h of hits) {
    // "the next meeting in January 2018" is one mention, not also "meeting in January 2018".
    if (h.at < end) continue;
    end = h.at + h.text.length;
    if (measuresTheWork(text, h.at, h.text.length)) continue;
    consider(h.due, h.text, h.at);
  }
  return best;
}

// "strategy discussions held within one working day", "assessments completed within 20 days": a participle after its noun.
const MEASURED_BY = /\b([a-z]+)\s+(?:held|seen|made|completed|done|visited|assessed|allocated|convened|offered|started|received|reviewed|recorded)\s+$/i;
const BE_OR_MODAL = /^(?:be|been|being|is|are|was|were|to|will|would|should|must|shall|can|could)$/i;

/**
 * "…held within one working day", "…within 20 working days of a child coming into care": a period that measures the work
 * (a standard the task reports on or meets for each child) is no deadline. "to be held within a month" and "within two
 * weeks of the meeting" still are.
 */
function measuresTheWork(text: string, at: number, length: number): boolean {
  if (!/^(?:in|within|over)\b/i.test(text.slice(at, at + 7))) return false;
  // "within two weeks of the meeting" counts from the meeting; "of a child coming into care", "of receiving it" from an
  // event the paper cannot date.
  const after = text.slice(at + length, at + length + 40);
  if (/^\s+of\s+\w/i.test(after)) return !/^\s+of\s+(?:the|this|today'?s)\s+(?:\w+\s+)?meeting\b/i.test(after);
  const before = MEASURED_BY.exec(text.slice(Math.max(0, at - 40), at));
  return !!before && !BE_OR_MODAL.test(before[1]!);
}

/** "31/07" with no year: that day in the meeting's year, or the next year's when it has passed. */
function dayMonthAfter(day: number, month: number, ctx: DueContext): IsoDate | null {
  if (!ctx.meetingDate || month < 1 || month > 12) return null;
  const y = Number(ctx.meetingDate.slice(0, 4));
  const here = makeIso(y, month, day);
  return here && here >= ctx.meetingDate ? here : makeIso(y + 1, month, day);
}

/** The words of the clause that leads up to position `at` (back to the last full stop or "but"). */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const stops = [before.lastIndexOf('. '), before.lastIndexOf('; '), before.toLowerCase().lastIndexOf(' but '), before.lastIndexOf(': ')];
  const start = Math.max(...stops);
  return before.slice(start < 0 ? 0 : start + 1);
}

/**
 * The day a due date that names a meeting means, given the meeting dates the board's papers know
 * ("to the meeting in January 2027" → 21 January 2027 once any paper gives that meeting's date;
 * "the next meeting" → the next meeting the minutes of the meeting that agreed it name). Only
 * replaces what the words left as an estimate (no date, or the month's last day); a day the papers
 * wrote stays. Null when the words name no meeting or no known meeting fits.
 */
export function meetingDueFromWords(
  words: string,
  agreedAt: IsoDate | null,
  due: IsoDate | null,
  known: IsoDate[],
  nextOfAgreed: IsoDate | null,
): IsoDate | null {
  if (!/\bmeeting\b/i.test(words) || /\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,}|\d{1,2}\/\d{1,2}\//.test(words)) return null;
  if (due && due !== endOfMonth(Number(due.slice(0, 4)), Number(due.slice(5, 7)))) return null;
  const later = known.filter((d) => !agreedAt || d > agreedAt).sort();
  const resolved = findDueInProse(`to ${words}`, { meetingDate: agreedAt, nextMeeting: agreedAt ? nextOfAgreed : null, meetings: later }).due;
  return resolved && resolved !== due && (later.includes(resolved) || resolved === nextOfAgreed) ? resolved : null;
}

// "… update the ratings ahead of the DfE stocktake": a task set for an event the minutes date elsewhere.
const BEFORE_EVENT =
  /\b(?:ahead\s+of|before|in\s+time\s+for|prior\s+to|in\s+readiness\s+for)\s+the\s+((?:[A-Z][\w'’/-]*\s+){0,3}[a-z][a-z-]{3,}(?:\s+(?:meeting|visit|review|inspection|panel|conference|event))?)\b/;

/**
 * The day of the event a task is to be done before, where the minutes give that event its day ("the DfE stocktake on
 * 14 March would focus on …" … "ahead of the DfE stocktake"). Null when the task names no event, or the minutes no day for it.
 */
export function dueByEvent(task: string, minutes: string, ctx: DueContext): Due | null {
  const m = BEFORE_EVENT.exec(task);
  if (!m) return null;
  const event = m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const dated = new RegExp(
    `\\b${event}\\s+(?:(?:is|was|will\\s+be)\\s+)?(?:(?:due|planned|scheduled|set|booked)\\s+)?(?:on|for)\\s+((?:\\w+day\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]+(?:\\s+\\d{4})?)`,
    'i',
  ).exec(minutes);
  if (!dated) return null;
  const due = readDueCell(dated[1]!, ctx);
  return due.due ? { due: due.due, dueText: `before the ${m[1]!} (${dated[1]!})` } : null;
}
