import type { Db } from './db';
import type { MuteRepository } from './repositories';
import type { Sync } from './sync';

/** Members who silenced their action reminders, and until when. */
export class SqliteMutes implements Sync<MuteRepository> {
  constructor(private readonly db: Db) {}

  until(person: string): string | null {
    return (this.db.prepare('SELECT until FROM reminder_mutes WHERE person = ?').pluck().get(person) as string | undefined) ?? null;
  }

  set(person: string, until: string, at: string): void {
    this.db
      .prepare('INSERT INTO reminder_mutes (person, until, at) VALUES (?, ?, ?) ON CONFLICT(person) DO UPDATE SET until = excluded.until, at = excluded.at')
      .run(person, until, at);
  }

  clear(person: string): boolean {
    return this.db.prepare('DELETE FROM reminder_mutes WHERE person = ?').run(person).changes > 0;
  }

  mutedOn(today: string): string[] {
    return (this.db.prepare('SELECT person FROM reminder_mutes WHERE until >= ?').all(today) as { person: string }[]).map((r) => r.person);
  }
}
