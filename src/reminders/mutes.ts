import { addDays, type IsoDate } from '../extract/dates';
import type { Store } from '../store/repositories';

/** Silences a member's action reminders until (and including) `days` days from today. */
export function muteReminders(store: Store, person: string, today: IsoDate, days: number, at: string): IsoDate {
  const until = addDays(today, days - 1);
  store.transaction(() => {
    const before = store.mutes.until(person);
    store.mutes.set(person, until, at);
    store.audit.record({ at, actor: person, action: 'reminders.mute', target: person, before, after: until });
  });
  return until;
}

export function unmuteReminders(store: Store, person: string, at: string): boolean {
  let removed = false;
  store.transaction(() => {
    const before = store.mutes.until(person);
    removed = store.mutes.clear(person);
    if (removed) store.audit.record({ at, actor: person, action: 'reminders.unmute', target: person, before, after: null });
  });
  return removed;
}
