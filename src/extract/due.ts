import { addDays, addMonths, DateMention, endOfMonth, findDates, IsoDate } from './dates';

export interface DueContext {
  meetingDate: IsoDate | null;
  /** The date of the meeting after this one, when the minutes give it. */
  nextMeeting: IsoDate | null;
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

/** A date that is really a meeting: "the next meeting in January 2018" is that meeting's date when known. */
function meetingMonth(m: DateMention, ctx: DueContext): IsoDate {
  if (m.iso) return m.iso;
  if (ctx.nextMeeting && m.year !== null && ctx.nextMeeting.startsWith(`${m.year}-${String(m.month).padStart(2, '0')}`)) {
    return ctx.nextMeeting;
  }
  return endOfMonth(m.year!, m.month);
}

/**
 * Reads a due-date cell ("September 2018", "30/09/2018", "Next meeting", "Ongoing", "Tbc",
 * "Q3 2018", "End of March") into a date, keeping the words as written. A month means its last day.
 */
export function readDueCell(cell: string, ctx: DueContext): Due {
  const text = cell.trim().replace(/\s+/g, ' ');
  if (!text) return { due: null, dueText: null };
  if (OPEN_ENDED.test(text)) return { due: null, dueText: text };
  if (/\bnext (?:\w+ )?meeting\b/i.test(text) && !findDates(text).length) return { due: ctx.nextMeeting, dueText: text };
  const d = findDates(text, ctx.meetingDate ? { yearFrom: ctx.meetingDate } : {})[0];
  if (d) return { due: d.iso ?? (d.year !== null ? meetingMonth(d, ctx) : null), dueText: text };
  const q = /\bQ([1-4])\s*(\d{4})\b/i.exec(text);
  if (q) return { due: endOfMonth(Number(q[2]), Number(q[1]) * 3), dueText: text };
  const endOf = /\b(?:end of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.exec(text);
  if (endOf && ctx.meetingDate) {
    const month = new Date(`${endOf[1]} 1, 2000`).getMonth() + 1;
    const y = Number(ctx.meetingDate.slice(0, 4));
    const candidate = endOfMonth(y, month);
    return { due: candidate >= ctx.meetingDate ? candidate : endOfMonth(y + 1, month), dueText: text };
  }
  const rel = relative(text, ctx);
  if (rel) return rel;
  return { due: null, dueText: text };
}

function relative(text: string, ctx: DueContext): Due | null {
  const m = /\b(?:in|within)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\s+(weeks?|months?|days?)\b/i.exec(text);
  if (m && ctx.meetingDate) {
    const n = Number(m[1]) || NUMBER_WORDS[m[1]!.toLowerCase()] || 0;
    const unit = m[2]!.toLowerCase();
    const due = unit.startsWith('month') ? addMonths(ctx.meetingDate, n) : addDays(ctx.meetingDate, unit.startsWith('week') ? n * 7 : n);
    return { due, dueText: m[0] };
  }
  if (/\b(?:after|following) the meeting\b|\bimmediately\b|\bas soon as possible\b|\basap\b/i.test(text) && ctx.meetingDate) {
    const w = /\b(?:after|following) the meeting\b|\bimmediately\b|\bas soon as possible\b|\basap\b/i.exec(text)!;
    return { due: ctx.meetingDate, dueText: w[0] };
  }
  return null;
}

const MODAL = /\b(?:would|will|to|should|must|shall|by|for|due|expected|deadline|before|until|planned|scheduled|agreed)\b/i;
const PAST = /\b(?:had\s+been|has\s+been|had\s+(?:previously\s+)?\w+ed|was\s+(?:reported|held|presented|received|considered))\b/i;

/**
 * The due date an action's prose gives, reading the whole passage so that a later line overrides
 * an earlier one ("would be reported in October 2017 … delayed … the next meeting in January 2018").
 * Only dates in a forward-looking clause count: "had been reported at its July 2017 meeting" is history.
 */
export function findDueInProse(text: string, ctx: DueContext): Due {
  let best: Due = { due: null, dueText: null };
  const consider = (due: IsoDate | null, dueText: string, at: number) => {
    const clause = clauseBefore(text, at);
    if (PAST.test(clause) && !/\b(?:would|will|should|to be)\b/i.test(clause.slice(-60))) return;
    if (!MODAL.test(clause) && !/^\s*(?:by|at|for|in|to)\b/i.test(text.slice(Math.max(0, at - 4), at + 4))) return;
    best = { due, dueText };
  };
  const patterns: { re: RegExp; read: (m: RegExpExecArray) => IsoDate | null }[] = [
    {
      // "the next meeting in January 2018", "the next Board meeting", "the next meeting of the Committee"
      re: /\bthe\s+next\s+(?:\w+\s+){0,2}meeting(?:\s+of\s+the\s+\w+)?(?:\s+(?:in|on)\s+((?:\w+\s+)?\d{0,2}(?:st|nd|rd|th)?\s*[A-Za-z]+\s+\d{4}))?/gi,
      read: (m) => {
        if (m[1]) {
          const d = findDates(m[1])[0];
          if (d && d.year !== null) return meetingMonth(d, ctx);
        }
        return ctx.nextMeeting;
      },
    },
    {
      // "the Business Management Group's September 2017 meeting", "its July 2017 meeting"
      re: /\b((?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4})\s+(?:\w+\s+)?meeting\b/gi,
      read: (m) => {
        const d = findDates(m[1]!)[0];
        return d && d.year !== null ? meetingMonth(d, ctx) : null;
      },
    },
    {
      // "the Board meeting in October 2017", "a meeting on 5 March 2019"
      re: /\bmeeting\s+(?:(?:in|on|of)\s+)?((?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4})/gi,
      read: (m) => {
        const d = findDates(m[1]!)[0];
        return d && d.year !== null ? meetingMonth(d, ctx) : null;
      },
    },
    {
      // "by 30 September 2018", "by the end of March 2019", "before December 2018"
      re: /\b(?:by|before|no later than|deadline[:\s]+|due(?:\s+by)?|until)\s+(?:the\s+end\s+of\s+)?((?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?|\d{1,2}\/\d{1,2}\/\d{2,4})/gi,
      read: (m) => {
        const d = findDates(m[1]!, ctx.meetingDate ? { yearFrom: ctx.meetingDate } : {})[0];
        if (d?.iso) return d.iso;
        if (d && d.year !== null) return endOfMonth(d.year, d.month);
        // A month with no year ("by the end of June") is the next such month after the meeting.
        return readDueCell(m[1]!, ctx).due;
      },
    },
    {
      // "a response to be provided on 21 September 2009": a day the task is set for.
      re: /\b(?:on|at)\s+(\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4})/gi,
      read: (m) => findDates(m[1]!)[0]?.iso ?? null,
    },
    {
      re: /\b(?:in|within)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\s+(?:weeks?|months?|days?)(?:'?\s*time)?\b/gi,
      read: (m) => relative(m[0], ctx)?.due ?? null,
    },
    {
      re: /\b(?:after|following)\s+the\s+meeting\b/gi,
      read: () => ctx.meetingDate,
    },
    {
      re: /\b(?:a|any)\s+future\s+(?:\w+\s+)?meeting\b|\bin\s+due\s+course\b/gi,
      read: () => null,
    },
  ];
  const hits: { at: number; due: IsoDate | null; text: string }[] = [];
  for (const p of patterns) {
    for (const m of text.matchAll(p.re)) {
      hits.push({ at: m.index!, due: p.read(m as RegExpExecArray), text: m[0].trim() });
    }
  }
  hits.sort((a, b) => a.at - b.at);
  for (const h of hits) consider(h.due, h.text, h.at);
  return best;
}

/** The words of the clause that leads up to position `at` (back to the last full stop or "but"). */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const stops = [before.lastIndexOf('. '), before.lastIndexOf('; '), before.toLowerCase().lastIndexOf(' but '), before.lastIndexOf(': ')];
  const start = Math.max(...stops);
  return before.slice(start < 0 ? 0 : start + 1);
}
