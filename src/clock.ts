import type { IsoDate } from './extract/dates';

/** The current instant, injectable so that "today" and "overdue" can be tested. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(iso: string): Clock {
  const at = new Date(iso.length === 10 ? `${iso}T09:00:00Z` : iso);
  return { now: () => new Date(at.getTime()) };
}

/** Today's date where the board sits (UK boards: Europe/London), not UTC. */
export function todayIn(clock: Clock, timeZone: string): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(clock.now());
}

/** The current local time where the board sits, for people to read: "Mon 30 Nov 2026, 09:05". */
export function localTimeIn(clock: Clock, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(clock.now());
  const p = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
  return `${p('weekday')} ${p('day')} ${p('month')} ${p('year')}, ${p('hour')}:${p('minute')}`;
}
