import { addDays, type IsoDate } from '../extract/dates';
import type { Store } from '../store/repositories';

/** Silences a member's action reminders until (and including) `days` days from today. */
export async function muteReminders(store: Store, person: string, today: IsoDate, days: number, at: string): Promise<IsoDate> {
  const until = addDays(today, days - 1);
  await store.transaction(async (tx) => {
    const before = await tx.mutes.until(person);
    await tx.mutes.set(person, until, at);
    await tx.audit.record({ at, actor: person, action: 'reminders.mute', target: person, before, after: until });
  });
  return until;
}

export async function unmuteReminders(store: Store, person: string, at: string): Promise<boolean> {
  let removed = false;
  await store.transaction(async (tx) => {
    const before = await tx.mutes.until(person);
    removed = await tx.mutes.clear(person);
    if (removed) await tx.audit.record({ at, actor: person, action: 'reminders.unmute', target: person, before, after: null });
  });
  return removed;
}
