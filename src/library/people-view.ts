import type { Store } from '../store/repositories';
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

export async function listPeople(store: Store): Promise<PersonView[]> {
  await ensureResolved(store);
  const docs = new Map((await store.documents.names()).map((d) => [d.id, d.name]));
  const rows = await store.people.allByFamily();
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
