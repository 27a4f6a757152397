import { addDays, type IsoDate } from '../extract/dates';
import { audit } from '../store/audit';
import type { Db } from '../store/db';

/** Silences a member's action reminders until (and including) `days` days from today. */
export function muteReminders(db: Db, person: string, today: IsoDate, days: number, at: string): IsoDate {
  const until = addDays(today, days - 1);
  db.transaction(() => {
    const before = db.prepare('SELECT until FROM reminder_mutes WHERE person = ?').pluck().get(person) ?? null;
    db.prepare(
      'INSERT INTO reminder_mutes (person, until, at) VALUES (?, ?, ?) ON CONFLICT(person) DO UPDATE SET until = excluded.until, at = excluded.at',
    ).run(person, until, at);
    audit(db, { at, actor: person, action: 'reminders.mute', target: person, before, after: until });
  })();
  return until;
}

export function unmuteReminders(db: Db, person: string, at: string): boolean {
  let removed = false;
  db.transaction(() => {
    const before = db.prepare('SELECT until FROM reminder_mutes WHERE person = ?').pluck().get(person) ?? null;
    removed = db.prepare('DELETE FROM reminder_mutes WHERE person = ?').run(person).changes > 0;
    if (removed) audit(db, { at, actor: person, action: 'reminders.unmute', target: person, before, after: null });
  })();
  return removed;
}
