import { parse as parseCsv } from 'csv-parse/sync';

import { BoardError, ErrorCode } from '../errors';
import type { MemberRole, RosterEntry, Store } from '../store/repositories';
import { findPerson } from './find-person';

export type { MemberRole, RosterEntry };

/** A Teams user the assistant recognises, with the person the board's papers know them as. */
export interface Member {
  name: string;
  personKey: string | null;
  role: MemberRole;
  /** Keys of the boards they sit on, from the papers. */
  boards: string[];
  fromRoster: boolean;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HEADERS: Record<string, keyof RosterEntry> = {
  name: 'name',
  'full name': 'name',
  email: 'email',
  'e-mail': 'email',
  upn: 'email',
  aadobjectid: 'aadObjectId',
  'aad object id': 'aadObjectId',
  aad_object_id: 'aadObjectId',
  objectid: 'aadObjectId',
  'object id': 'aadObjectId',
  role: 'role',
  deputy: 'deputy',
};

export interface RosterImport {
  imported: number;
  unmatched: string[];
}

/**
 * Replaces the roster from a CSV (name, email, aadObjectId, role = member | clerk | chair,
 * optional deputy). All or nothing: any bad row refuses the whole file, naming each problem by
 * line, so a half-imported roster never locks members out.
 */
export async function importRoster(store: Store, csv: string, actor: string, now: string): Promise<RosterImport> {
  let records: string[][];
  try {
    records = parseCsv(csv.replace(/^\ufeff/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    throw new BoardError(ErrorCode.BadArgument, `the roster is not a readable CSV file (${(err as Error).message.split('\n')[0]})`);
  }
  if (!records.length) throw new BoardError(ErrorCode.BadArgument, 'the roster is empty');
  const columns = records[0]!.map((h) => HEADERS[h.toLowerCase().replace(/\s+/g, ' ').trim()] ?? null);
  if (!columns.includes('name') || !columns.includes('role')) {
    throw new BoardError(ErrorCode.BadArgument, 'the roster needs a header row with at least: name, email, aadObjectId, role');
  }
  const problems: string[] = [];
  const entries: RosterEntry[] = [];
  const seenAad = new Set<string>();
  const seenEmail = new Set<string>();
  records.slice(1).forEach((row, i) => {
    const line = i + 2;
    const get = (k: keyof RosterEntry) => {
      const at = columns.indexOf(k);
      return at >= 0 ? (row[at] ?? '').trim() : '';
    };
    const e: RosterEntry = {
      name: get('name'),
      email: get('email') || null,
      aadObjectId: get('aadObjectId') || null,
      role: (get('role').toLowerCase() || 'member') as MemberRole,
      deputy: get('deputy') || null,
    };
    if (!e.name) problems.push(`line ${line}: no name`);
    if (!['member', 'clerk', 'chair'].includes(e.role)) problems.push(`line ${line}: role must be member, clerk or chair (got "${get('role')}")`);
    if (e.email && !EMAIL.test(e.email)) problems.push(`line ${line}: "${e.email}" is not an email address`);
    if (e.aadObjectId && !GUID.test(e.aadObjectId)) problems.push(`line ${line}: "${e.aadObjectId}" is not an Entra object id`);
    if (!e.email && !e.aadObjectId) problems.push(`line ${line}: needs an email or an aadObjectId to recognise ${e.name || 'them'} in Teams`);
    if (e.aadObjectId && seenAad.has(e.aadObjectId.toLowerCase())) problems.push(`line ${line}: aadObjectId appears twice`);
    if (e.email && seenEmail.has(e.email.toLowerCase())) problems.push(`line ${line}: email appears twice`);
    if (e.aadObjectId) seenAad.add(e.aadObjectId.toLowerCase());
    if (e.email) seenEmail.add(e.email.toLowerCase());
    entries.push(e);
  });
  if (problems.length)
    throw new BoardError(
      ErrorCode.BadArgument,
      `the roster was not imported: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? `; and ${problems.length - 10} more` : ''}`,
    );
  await store.transaction(async (tx) => {
    const before = await listRoster(tx);
    await tx.roster.replace(entries);
    await tx.audit.record({ at: now, actor, action: 'roster.import', target: 'roster', before: before.length, after: entries.length });
  });
  const unmatched: string[] = [];
  for (const e of entries) if ((await findPerson(store, e.name)).kind !== 'one') unmatched.push(e.name);
  return { imported: entries.length, unmatched };
}

export async function listRoster(store: Store): Promise<RosterEntry[]> {
  return await store.roster.all();
}

export interface WhoIsAsking {
  aadObjectId?: string | null;
  email?: string | null;
  displayName?: string | null;
  /** Development mode only: a Teams name found in the papers is enough. */
  allowDisplayName: boolean;
}

/**
 * The member a Teams user is: by Entra object id, else by email or UPN, through the roster; in
 * development mode, also by a display name the papers know. Anyone else is nobody (null).
 */
export async function memberFor(store: Store, who: WhoIsAsking): Promise<Member | null> {
  const row = (who.aadObjectId ? await store.roster.byAadObjectId(who.aadObjectId) : null) ?? (who.email ? await store.roster.byEmail(who.email) : null);
  if (row) return await withPerson(store, row.name, row.role, true);
  if (who.allowDisplayName && who.displayName) {
    const byName = await store.roster.byName(who.displayName);
    if (byName) return await withPerson(store, byName.name, byName.role, true);
    const found = await findPerson(store, who.displayName);
    if (found.kind === 'one') return await withPerson(store, found.person.name, 'member', false);
  }
  return null;
}

/**
 * The member a name stands for, as the bot would know them in development mode (the roster, else
 * the papers); someone neither knows is a member of no board, who sees only what belongs to none.
 */
export async function askerNamed(store: Store, name: string): Promise<Member> {
  return (await memberFor(store, { displayName: name, allowDisplayName: true })) ?? { name, personKey: null, role: 'member', boards: [], fromRoster: false };
}

async function withPerson(store: Store, name: string, role: MemberRole, fromRoster: boolean): Promise<Member> {
  const found = await findPerson(store, name);
  const person = found.kind === 'one' ? found.person : null;
  return { name: person?.name ?? name, personKey: person?.key ?? null, role, boards: await boardsOf(store, person?.key ?? null, fromRoster), fromRoster };
}

/**
 * The boards someone belongs to, whatever their role (a clerk or chair looks after their own
 * boards, not every board in the library): those whose papers list them as a member or at a
 * meeting (present, in attendance or sending apologies). Someone on the roster the papers do not place yet belongs to the library's board when
 * it has only one — the roster is that board's — and to none when it has several.
 */
async function boardsOf(store: Store, personKey: string | null, fromRoster: boolean): Promise<string[]> {
  const listed = personKey ? await store.people.boardsOf(personKey) : [];
  if (listed.length || !fromRoster) return listed;
  const boards = (await store.boards.all()).slice(0, 2);
  return boards.length === 1 ? [boards[0]!.key] : [];
}
