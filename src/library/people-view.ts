import type { Db } from '../store/db';
import type { Seen } from './people';
import { ensureResolved } from './resolve';

export interface PersonView {
  name: string;
  titles: string[];
  organisations: string[];
  roles: string[];
  initials: string | null;
  /** Each time a document saw them: title, organisation, date, document. */
  seen: { title: string | null; organisation: string | null; date: string | null; document: string }[];
}

export function listPeople(db: Db): PersonView[] {
  ensureResolved(db);
  const docs = new Map((db.prepare('SELECT id, name FROM documents').all() as { id: number; name: string }[]).map((d) => [d.id, d.name]));
  const rows = db.prepare('SELECT * FROM people ORDER BY coalesce(family, name), name').all() as {
    name: string;
    initials: string | null;
    titles_json: string;
    organisations_json: string;
    roles_json: string;
    seen_json: string;
  }[];
  return rows.map((r) => ({
    name: r.name,
    titles: JSON.parse(r.titles_json) as string[],
    organisations: JSON.parse(r.organisations_json) as string[],
    roles: JSON.parse(r.roles_json) as string[],
    initials: r.initials,
    seen: (JSON.parse(r.seen_json) as Seen[]).map((s) => ({
      title: s.title,
      organisation: s.organisation,
      date: s.date,
      document: docs.get(s.documentId) ?? '',
    })),
  }));
}
