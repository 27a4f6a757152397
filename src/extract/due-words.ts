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
