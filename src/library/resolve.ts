import type { OwnerMention } from '../extract/model';
import type { PersonName } from '../extract/names';
import { isAllMembersGroup } from '../extract/owners';
import type { DerivedPeople, Store } from '../store/repositories';
import { buildPeople, Mention, PeopleIndex, Person } from './people';
import { indexRoles, roleHolder, RoleIndex, rolesOf } from './roles';

const MEMBER_CONTEXTS = new Set(['chair', 'present', 'apologies', 'not-present', 'member']);

/**
 * Rebuilds what is derived from all documents together: one record per real person, who owns
 * each sighting of an action (names, initials and roles resolved to people), and who sits on
 * each board. Runs in one transaction after an ingest, and again on read if an ingest was cut
 * short, so the derived tables never disagree with the documents.
 */
export async function resolveLibrary(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    const index = await loadPeople(tx);
    const derived: DerivedPeople = { people: [], members: [], attendees: [], owners: [] };
    for (const p of index.people) {
      const titles = unique(p.seen.map((s) => s.title).flatMap((t) => (t ? t.split(/;\s*/) : [])));
      const orgs = unique(p.seen.map((s) => s.organisation));
      const roles = unique(p.seen.flatMap((s) => rolesOf(s.title)));
      derived.people.push({
        key: p.key,
        name: p.name,
        given: p.given,
        family: p.family,
        initials: p.initials[0] ?? null,
        titles,
        organisations: orgs,
        roles,
        seen: p.seen,
      });
      for (const s of p.seen) {
        if (s.board && MEMBER_CONTEXTS.has(s.context)) derived.members.push({ board: s.board, personKey: p.key, date: s.date ?? '' });
      }
    }

    for (const a of await tx.people.attendanceToResolve()) {
      const person = index.resolve(JSON.parse(a.name_json) as PersonName, a.document_id, a.board);
      const deputy = a.deputy_json ? index.resolve(JSON.parse(a.deputy_json) as PersonName, a.document_id, a.board) : null;
      derived.attendees.push({ meetingId: a.meeting_id, seq: a.seq, personKey: person?.key ?? null, deputyKey: deputy?.key ?? null });
    }

    const roles = indexRoles(index.people);
    for (const s of await tx.people.sightingsToResolve()) {
      const owners = JSON.parse(s.owners_json) as OwnerMention[];
      owners.forEach((o, seq) => {
        const person = ownerPerson(o, index, roles, { documentId: s.document_id, board: s.board, date: s.meeting_date ?? s.doc_date });
        derived.owners.push({ sightingId: s.id, seq, written: o.written, kind: o.kind, personKey: person?.key ?? null });
      });
    }
    await tx.people.replaceDerived(derived);
  });
}

/** Resolves derived tables if an ingest left them out of date. */
export async function ensureResolved(store: Store): Promise<void> {
  if (!(await store.people.derivedDirty())) return;
  // Asked again inside the unit: another turn may have resolved the library while this one waited.
  await store.transaction(async (tx) => {
    if (await tx.people.derivedDirty()) await resolveLibrary(tx);
  });
}

export async function loadPeople(store: Store): Promise<PeopleIndex> {
  const rows = await store.people.mentions();
  const mentions: Mention[] = rows.map((r) => ({
    documentId: r.document_id,
    board: r.board,
    context: r.context,
    name: JSON.parse(r.name_json) as PersonName,
    title: r.title,
    organisation: r.organisation,
    date: r.date,
  }));
  return buildPeople(mentions);
}

function ownerPerson(o: OwnerMention, index: PeopleIndex, roles: RoleIndex, at: { documentId: number; board: string; date: string | null }): Person | null {
  if (o.person) return index.resolve(o.person.name, at.documentId, at.board);
  if (o.kind === 'role') return roleHolder(o.written, roles, at);
  if (o.kind === 'group' && isAllMembersGroup(o.written)) return null;
  return null;
}

function unique(values: (string | null | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    if (!v) continue;
    const k = v
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (!seen.has(k)) seen.set(k, v);
  }
  return [...seen.values()];
}
