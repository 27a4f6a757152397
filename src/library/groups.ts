import { BoardError, ErrorCode } from '../errors';
import { boardKey } from '../extract/board-name';
import { isAllMembersGroup } from '../extract/owners';
import type { Store } from '../store/repositories';
import { findPerson } from './find-person';
import { ensureResolved } from './resolve';

export interface GroupView {
  board: string;
  group: string;
  members: string[];
  /** Open and closed actions the documents give this group. */
  actions: number;
}

/**
 * The subgroups action owners name ("PMEG", "CSE subgroup") and who the clerk has said sits on
 * each. "All Members" is not listed: it always means the board's members.
 */
export async function listGroups(store: Store): Promise<GroupView[]> {
  await ensureResolved(store);
  const owned = await store.actions.groupOwnerCounts();
  const members = await store.people.groupMembers();
  const out = new Map<string, GroupView>();
  for (const o of owned) {
    if (isAllMembersGroup(o.written)) continue;
    out.set(`${o.key}|${o.written.toLowerCase()}`, { board: o.board, group: o.written, members: [], actions: o.n });
  }
  const boards = new Map((await store.boards.all()).map((b) => [b.key, b.name]));
  for (const m of members) {
    const k = `${m.board}|${m.group_name.toLowerCase()}`;
    const g = out.get(k) ?? { board: boards.get(m.board) ?? m.board, group: m.group_name, members: [], actions: 0 };
    g.members.push(m.person_name);
    out.set(k, g);
  }
  return [...out.values()].sort((a, b) => a.board.localeCompare(b.board) || a.group.localeCompare(b.group));
}

/** The clerk says who sits on a subgroup; each name must be a person the library knows. */
export async function setGroupMembers(store: Store, board: string | null, group: string, names: string[]): Promise<GroupView> {
  const boards = await store.boards.all();
  const chosen = board ? boards.find((b) => b.key === boardKey(board)) : boards.length === 1 ? boards[0] : undefined;
  if (!chosen) {
    throw new BoardError(ErrorCode.BadArgument, board ? `no board called "${board}" in the library` : `say which board (the library has ${boards.length})`);
  }
  if (!group.trim() || isAllMembersGroup(group))
    throw new BoardError(ErrorCode.BadArgument, 'name a subgroup such as "PMEG" ("All Members" always means the whole board)');
  const people: string[] = [];
  for (const n of names) {
    const found = await findPerson(store, n);
    if (found.kind === 'many') throw new BoardError(ErrorCode.BadArgument, `"${n}" matches ${found.people.map((p) => p.name).join(', ')}; give the full name`);
    if (found.kind !== 'one') throw new BoardError(ErrorCode.NotFound, `no one called "${n}" appears in the library's documents`);
    people.push(found.person.name);
  }
  await store.people.setGroupMembers(chosen.key, group.trim(), [...new Set(people)]);
  return (await listGroups(store)).find((g) => g.board === chosen.name && g.group.toLowerCase() === group.trim().toLowerCase())!;
}
