import type { Db } from './db';
import type { MemberRole, RosterEntry, RosterRepository } from './repositories';
import type { Sync } from './sync';

/** Who the assistant knows in Teams: the roster a clerk imports. */
export class SqliteRoster implements Sync<RosterRepository> {
  constructor(private readonly db: Db) {}

  all(): RosterEntry[] {
    return (
      this.db.prepare('SELECT name, email, aad_object_id, role, deputy FROM roster ORDER BY name').all() as {
        name: string;
        email: string | null;
        aad_object_id: string | null;
        role: MemberRole;
        deputy: string | null;
      }[]
    ).map((r) => ({ name: r.name, email: r.email, aadObjectId: r.aad_object_id, role: r.role, deputy: r.deputy }));
  }

  replace(entries: RosterEntry[]): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM roster').run();
      const insert = this.db.prepare('INSERT INTO roster (name, email, aad_object_id, role, deputy) VALUES (?, ?, ?, ?, ?)');
      for (const e of entries) insert.run(e.name, e.email, e.aadObjectId?.toLowerCase() ?? null, e.role, e.deputy);
    })();
  }

  byAadObjectId(id: string): { name: string; role: MemberRole } | null {
    return (
      (this.db.prepare('SELECT name, role FROM roster WHERE aad_object_id = ?').get(id.toLowerCase()) as { name: string; role: MemberRole } | undefined) ?? null
    );
  }

  byEmail(email: string): { name: string; role: MemberRole } | null {
    return (
      (this.db.prepare('SELECT name, role FROM roster WHERE lower(email) = lower(?)').get(email) as { name: string; role: MemberRole } | undefined) ?? null
    );
  }

  byName(name: string): { name: string; role: MemberRole } | null {
    return (this.db.prepare('SELECT name, role FROM roster WHERE lower(name) = lower(?)').get(name) as { name: string; role: MemberRole } | undefined) ?? null;
  }
}
