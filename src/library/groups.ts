import { BoardError, ErrorCode } from '../errors';
import { boardKey } from '../extract/board-name';
import { isAllMembersGroup } from '../extract/owners';
import type { Db } from '../store/db';
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
export function listGroups(db: Db): GroupView[] {
  ensureResolved(db);
  const owned = db
    .prepare(
      `SELECT b.name AS board, b.key, o.written, count(DISTINCT s.action_id) AS n
         FROM action_owners o JOIN action_sightings s ON s.id = o.sighting_id JOIN actions a ON a.id = s.action_id JOIN boards b ON b.key = a.board
        WHERE o.kind = 'group' GROUP BY b.key, o.written`,
    )
    .all() as { board: string; key: string; written: string; n: number }[];
  const members = db.prepare('SELECT board, group_name, person_name FROM group_members ORDER BY person_name').all() as {
    board: string;
    group_name: string;
    person_name: string;
  }[];
  const out = new Map<string, GroupView>();
  for (const o of owned) {
    if (isAllMembersGroup(o.written)) continue;
    out.set(`${o.key}|${o.written.toLowerCase()}`, { board: o.board, group: o.written, members: [], actions: o.n });
  }
  const boards = new Map((db.prepare('SELECT key, name FROM boards').all() as { key: string; name: string }[]).map((b) => [b.key, b.name]));
  for (const m of members) {
    const k = `${m.board}|${m.group_name.toLowerCase()}`;
    const g = out.get(k) ?? { board: boards.get(m.board) ?? m.board, group: m.group_name, members: [], actions: 0 };
    g.members.push(m.person_name);
    out.set(k, g);
  }
  return [...out.values()].sort((a, b) => a.board.localeCompare(b.board) || a.group.localeCompare(b.group));
}

/** The clerk says who sits on a subgroup; each name must be a person the library knows. */
export function setGroupMembers(db: Db, board: string | null, group: string, names: string[]): GroupView {
  const boards = db.prepare('SELECT key, name FROM boards').all() as { key: string; name: string }[];
  const chosen = board ? boards.find((b) => b.key === boardKey(board)) : boards.length === 1 ? boards[0] : undefined;
  if (!chosen) {
    throw new BoardError(ErrorCode.BadArgument, board ? `no board called "${board}" in the library` : `say which board (the library has ${boards.length})`);
  }
  if (!group.trim() || isAllMembersGroup(group))
    throw new BoardError(ErrorCode.BadArgument, 'name a subgroup such as "PMEG" ("All Members" always means the whole board)');
  const people = names.map((n) => {
    const found = findPerson(db, n);
    if (found.kind === 'one') return found.person.name;
    if (found.kind === 'many') throw new BoardError(ErrorCode.BadArgument, `"${n}" matches ${found.people.map((p) => p.name).join(', ')}; give the full name`);
    throw new BoardError(ErrorCode.NotFound, `no one called "${n}" appears in the library's documents`);
  });
  db.transaction(() => {
    db.prepare('DELETE FROM group_members WHERE board = ? AND lower(group_name) = lower(?)').run(chosen.key, group.trim());
    const insert = db.prepare('INSERT INTO group_members (board, group_name, person_name) VALUES (?, ?, ?)');
    for (const p of new Set(people)) insert.run(chosen.key, group.trim(), p);
  })();
  return listGroups(db).find((g) => g.board === chosen.name && g.group.toLowerCase() === group.trim().toLowerCase())!;
}
