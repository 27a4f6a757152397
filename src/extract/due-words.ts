import { addDays, type IsoDate, weekdayOf } from './dates';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * "by close of play Friday", "by Wednesday", "before next Monday": a weekday with no date is the first such day after the
 * meeting (a weekday followed by its date, "Friday 14 March", is that date and read as one).
 */
export const DUE_WEEKDAY =
  /\b(?:by|before|until|no\s+later\s+than)\s+(?:(?:the\s+)?(?:close|end)\s+of\s+(?:play|business|(?:the\s+)?day)\s+(?:on\s+)?|(?:COP|EOP|EOD|COB)\s+(?:on\s+)?)?(?:this\s+|next\s+|the\s+following\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday)\b(?!,?\s+(?:the\s+)?\d)/gi;

/** The first day after the meeting that falls on the weekday named. */
export function weekdayAfter(day: string, meetingDate: IsoDate | null): IsoDate | null {
  if (!meetingDate) return null;
  const want = WEEKDAYS.indexOf(day.toLowerCase());
  if (want < 0) return null;
  const gap = (want - weekdayOf(meetingDate) + 7) % 7 || 7;
  return addDays(meetingDate, gap);
}

/**
 * "before the Easter weekend", "by Easter", "before Christmas", "before Halloween", "before the summer holidays", "before
 * the school holidays", "before SATs", "ahead of the exam season": the last working day before the holiday or the tests
 * (schools in England and Wales break for the summer late in July; "the school holidays" are the next of the summer,
 * Christmas and Easter breaks).
 */
export const DUE_HOLIDAY =
  /\b(?:by|before|ahead\s+of)\s+(?:the\s+)?(Easter|Christmas|Hallowe'?en|SATs|KS2\s+(?:SATs|tests)|Key\s+Stage\s+2\s+tests|GCSEs|exam(?:ination)?\s+season|(?:school\s+)?summer(?=\s+(?:holidays?|break|recess))|school(?=\s+holidays?))(?:\s+(?:weekend|holidays?|break|recess|bank\s+holiday))?\b/gi;

export function holidayAfter(name: string, meetingDate: IsoDate | null): IsoDate | null {
  if (!meetingDate) return null;
  if (/summer/i.test(name)) return nextYearly('07-20', meetingDate);
  // The national tests and exams are fixed in the school year: Key Stage 2 tests in the second week of May, GCSEs and the
  // exam season from mid-May.
  if (/SATs|KS2|key\s+stage/i.test(name)) return nextYearly('05-08', meetingDate);
  if (/GCSE|exam/i.test(name)) return nextYearly('05-12', meetingDate);
  if (/^school$/i.test(name)) return [holidayAfter('Easter', meetingDate)!, nextYearly('07-20', meetingDate), nextYearly('12-19', meetingDate)].sort()[0]!;
  const year = Number(meetingDate.slice(0, 4));
  const day = (y: number): IsoDate =>
    /^easter$/i.test(name) ? addDays(easterSunday(y), -3) : /^hallowe/i.test(name) ? (`${y}-10-31` as IsoDate) : (`${y}-12-24` as IsoDate);
  return day(year) > meetingDate ? day(year) : day(year + 1);
}

/**
 * "before half term", "by the October half term", "before February half-term": a school half term, the named one or else
 * the first after the meeting. Schools in England and Wales break in late October, mid February and late May; the day is
 * the week's start, near enough for a deadline read as its month.
 */
export const DUE_HALF_TERM = /\b(?:by|before|ahead\s+of|until)\s+(?:the\s+)?(?:(October|February|May|Whitsun|autumn|spring|summer)\s+)?half[\s-]?term\b/gi;
const HALF_TERMS: [RegExp, string][] = [
  [/^(?:feb(?:ruary)?|spring)$/i, '02-14'],
  [/^(?:may|whitsun|summer)$/i, '05-24'],
  [/^(?:oct(?:ober)?|autumn)$/i, '10-24'],
];

export function halfTermAfter(name: string | undefined, meetingDate: IsoDate | null): IsoDate | null {
  if (!meetingDate) return null;
  const year = Number(meetingDate.slice(0, 4));
  const days = name ? HALF_TERMS.filter(([re]) => re.test(name)).map(([, d]) => d) : HALF_TERMS.map(([, d]) => d);
  const next = [year, year + 1].flatMap((y) => days.map((d) => `${y}-${d}` as IsoDate)).filter((d) => d > meetingDate);
  return next.sort()[0] ?? null;
}

/** That day of the meeting's year, or of the next year when it has passed. */
function nextYearly(monthDay: string, meetingDate: IsoDate): IsoDate {
  const year = Number(meetingDate.slice(0, 4));
  const day = `${year}-${monthDay}` as IsoDate;
  return day > meetingDate ? day : (`${year + 1}-${monthDay}` as IsoDate);
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
function easterSunday(y: number): IsoDate {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOf = ((h + l - 7 * m + 114) % 31) + 1;
  return `${y}-${String(month).padStart(2, '0')}-${String(dayOf).padStart(2, '0')}` as IsoDate;
}
