/**
 * Dates as boards write them ("ThurSday, 5 october 2017", "24th April, 2018", "04.02.16",
 * "September 2018") turned into ISO strings. Dates are kept as 'YYYY-MM-DD' strings throughout:
 * a due date is a calendar day, not an instant, and must not drift with time zones.
 */
export type IsoDate = string;

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
  // Welsh, for bilingual papers ("23 Mai / May 2018", "19 Medi 2018").
  ionawr: 1,
  chwefror: 2,
  mawrth: 3,
  ebrill: 4,
  mai: 5,
  mehefin: 6,
  gorffennaf: 7,
  awst: 8,
  medi: 9,
  hydref: 10,
  tachwedd: 11,
  rhagfyr: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_WORDS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const MONTH_RE = `(${MONTH_WORDS})\\.?`;
const WELSH_MONTHS = 'ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr';
// A day then a Welsh month, with the English after a slash ("23 Mai / May 2018"; the slash may have become a cell break).
const DAY_MONTH_RE = `(${MONTH_WORDS}|${WELSH_MONTHS})\\.?(?:\\s*[/|]\\s*(?:${MONTH_WORDS})\\b\\.?)?`;
const WEEKDAY_RE = '(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?\\s+)?';

const NUMERIC_DATE = /\b(?:(\d{2})\.(\d{2})\.(\d{2}|\d{4})|(\d{1,2})(?:\/(\d{1,2})\/(\d{2}|\d{4})|[.-](\d{1,2})[.-]((?:19|20)\d{2})))\b/g;

export interface DateMention {
  /** The day, when the text names one and the year is known or could be inferred. */
  iso: IsoDate | null;
  year: number | null;
  month: number;
  day: number | null;
  weekday: number | null;
  index: number;
  raw: string;
}

export function isoDate(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

export function makeIso(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  if (d > daysInMonth(y, m)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function endOfMonth(y: number, m: number): IsoDate {
  return makeIso(y, m, daysInMonth(y, m))!;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return makeIso(ny, nm, Math.min(d, daysInMonth(ny, nm)))!;
}

export function weekdayOf(iso: IsoDate): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export function isValidIso(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return !!m && makeIso(Number(m[1]), Number(m[2]), Number(m[3])) === text;
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

function weekdayIndex(word: string | undefined): number | null {
  if (!word) return null;
  const w = word.toLowerCase().replace(/\./g, '');
  const i = WEEKDAYS.findIndex((d) => d.startsWith(w.slice(0, 3)));
  return i >= 0 ? i : null;
}

function twoDigitYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

// findDates' patterns, built once: it runs on many lines of every paper, and building four long patterns a call was a
// share of its time. They are only used with matchAll, which works on a copy and never moves their lastIndex.
const DATE_RANGE = new RegExp(
  `\\b${WEEKDAY_RE}(\\d{1,2})(?:st|nd|rd|th)?\\s*[–-]\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`,
  'gi',
);
// A spreadsheet's "11-Nov-2022" joins the same parts with hyphens; only with its year after it, so "11-Nov" stays a range's end.
const DAY_FIRST = new RegExp(
  `\\b${WEEKDAY_RE}(\\d{1,2})(?:st|nd|rd|th|h)?(?:\\s+(?:of\\s+)?|-(?=[a-z]{3,9}-\\d{2,4}\\b))${DAY_MONTH_RE}(?:(?:,?\\s+|-)(\\d{4})\\b|(?:\\s*['’]|-)(\\d{2})\\b)?`,
  'gi',
);
const MONTH_FIRST = new RegExp(`\\b${WEEKDAY_RE}${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');
const SHORT_DOTTED = /(?<=(?:[–—-]|:|\(|\b(?:on|by|of|from|until|meeting|date|dated|held))\s*)(?<![\d.]\s?)\b(\d{1,2})\.(\d{1,2})\.(\d{2})\b(?!\.\d)/gi;
const MONTH_YEAR = new RegExp(`\\b${MONTH_RE}[,\\s]+(\\d{4})\\b`, 'gi');

/**
 * Every date mention in a text, in order. A day without a year gets the first year on or after
 * `yearFrom` that fits (and that matches the weekday, if one is named).
 */
export function findDates(text: string, opts: { yearFrom?: IsoDate } = {}): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const add = (m: DateMention, len: number) => {
    if (overlaps(m.index, m.index + len)) return;
    taken.push([m.index, m.index + len]);
    found.push(m);
  };

  // A run of days ("9th–10th June", "9-10 June 2020"): the meeting starts on the first.
  for (const m of text.matchAll(DATE_RANGE)) {
    const month = MONTHS[m[3]!.toLowerCase()]!;
    add(dayMention(m.index!, m[0], month, Number(m[2]), m[4] ? Number(m[4]) : null, weekdayIndex(m[1]), opts), m[0].length);
  }
  // "2 Feb '23": a year cut to two digits after an apostrophe.
  for (const m of text.matchAll(DAY_FIRST)) {
    const month = MONTHS[m[3]!.toLowerCase()]!;
    const year = m[4] ? Number(m[4]) : m[5] ? twoDigitYear(Number(m[5])) : null;
    add(dayMention(m.index!, m[0], month, Number(m[2]), year, weekdayIndex(m[1]), opts), m[0].length);
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    const month = MONTHS[m[2]!.toLowerCase()]!;
    add(dayMention(m.index!, m[0], month, Number(m[3]), Number(m[4]), weekdayIndex(m[1]), opts), m[0].length);
  }
  // "2023-11-30T00:00:00Z": an export's date and time, the day being the date part.
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})(?:\b|(?=T\d{2}:\d{2}))/g)) {
    add(dayMention(m.index!, m[0], Number(m[2]), Number(m[3]), Number(m[1]), null, opts), m[0].length);
  }
  // UK numeric dates: day first.
  // Dotted dates need two-digit parts, or a four-digit year ("2.2.2023"), so that section numbers such as "5.1.1" are
  // not read as dates; dashes ("2-2-2023") only with a four-digit year, so that "items 1-2-3" is not one either.
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [d, mo, y] = m[1] ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5] ?? m[7]!, m[6] ?? m[8]!];
    add(dayMention(m.index!, m[0], Number(mo), Number(d), twoDigitYear(Number(y)), null, opts), m[0].length);
  }
  // "4.10.23", "10.1.24": one-digit day or month with a two-digit year, common in Northern Irish and Scottish notes. Read only
  // where a date is expected (after a dash, a colon, "(", "on", "by", "of", "meeting", "date") and not in a longer dotted run,
  // so that section numbers ("5.1.2 Training", "see 3.4.12") and versions ("v2.1.23") stay numbers.
  for (const m of text.matchAll(SHORT_DOTTED)) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (d < 1 || d > 31 || mo < 1 || mo > 12 || y < 5) continue;
    add(dayMention(m.index!, m[0], mo, d, twoDigitYear(y), null, opts), m[0].length);
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const month = MONTHS[m[1]!.toLowerCase()]!;
    // "may 2018" is the month; a lower-case "may" before a number is rarely anything else.
    add({ iso: null, year: Number(m[2]), month, day: null, weekday: null, index: m.index!, raw: m[0] }, m[0].length);
  }
  return found.filter((f) => f.month >= 1 && f.month <= 12).sort((a, b) => a.index - b.index);
}

function dayMention(
  index: number,
  raw: string,
  month: number,
  day: number,
  year: number | null,
  weekday: number | null,
  opts: { yearFrom?: IsoDate },
): DateMention {
  let y = year;
  if (y === null && opts.yearFrom) y = inferYear(month, day, weekday, opts.yearFrom);
  const iso = y !== null ? makeIso(y, month, day) : null;
  return { iso, year: y, month, day, weekday, index, raw };
}

/** The first year from `from` onwards in which day/month fall on or after `from` (and on the weekday, if given). */
function inferYear(month: number, day: number, weekday: number | null, from: IsoDate): number | null {
  const start = yearOf(from);
  for (let y = start; y <= start + 6; y++) {
    const iso = makeIso(y, month, day);
    if (!iso || iso < from) continue;
    if (weekday === null || weekdayOf(iso) === weekday) return y;
  }
  return start + 1;
}

/** The first full date (day, month and year) in a text. */
export function firstDay(text: string, opts: { yearFrom?: IsoDate } = {}): DateMention | null {
  return findDates(text, opts).find((d) => d.iso !== null) ?? null;
}

/**
 * A meeting's start time: "14.00", "1.15 pm", "6.00pm", "12.45-14.15" -> "HH:MM".
 */
export function findTime(text: string): string | null {
  const m = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)|\b([01]?\d|2[0-3])[.:]([0-5]\d)\b(?!\s*(?:%|per))/i.exec(text);
  if (!m) return null;
  if (m[3]) {
    let h = Number(m[1]);
    const min = Number(m[2] ?? 0);
    if (h > 12 || min > 59) return null;
    const pm = m[3].toLowerCase().startsWith('p');
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
    return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  }
  return `${String(Number(m[4])).padStart(2, '0')}:${m[5]}`;
}

export function monthName(month: number): string {
  return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1] ?? '';
}

/** "Thursday 21 January 2027": how a date is shown to a person. */
export function formatDate(iso: IsoDate | null): string {
  if (!iso) return 'no date';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  // Not toLocaleDateString: ICU formatting costs a quarter of a chat turn.
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  return `${weekday[0]!.toUpperCase()}${weekday.slice(1)} ${d} ${monthName(m)} ${y}`;
}
