import type { ActionState, ActionStatus } from '../extract/model';
import { isAllMembersGroup } from '../extract/owners';
import type { Store } from '../store/repositories';
import { foldForMatch } from '../util/text';
import type { ActionView } from './actions-view';

/**
 * Group actions ("All Members", "Partners", a subgroup) are done member by member: one member
 * marking it done records it for them alone, their list stops showing it, everyone else's still
 * does, and the clerk sees how many of the group have done it. The action itself closes only when
 * the clerk (or a later document) closes it for everyone.
 */

export interface MemberState {
  status: ActionStatus;
  state: ActionState;
  note: string | null;
  at: string;
}

export interface GroupProgress {
  total: number;
  done: string[];
  pending: string[];
}

interface Person {
  key: string;
  name: string;
}

/** What group actions need to know, read once (memoised until the data changes) and then used synchronously. */
export interface GroupState {
  /** action id -> person key -> their latest own state. */
  states: Map<string, Map<string, MemberState>>;
  /** board -> its members ("All Members"). */
  boardMembers: Map<string, Person[]>;
  /** board|folded group -> members the clerk set. */
  subgroups: Map<string, Person[]>;
}

export function groupState(store: Store): Promise<GroupState> {
  return store.memo('group-progress', async () => {
    const states = new Map<string, Map<string, MemberState>>();
    const rows = await store.actions.memberEvents();
    for (const r of rows) {
      const byPerson = states.get(r.action_id) ?? new Map<string, MemberState>();
      const prev = byPerson.get(r.for_person);
      byPerson.set(r.for_person, {
        status: r.status ?? prev?.status ?? 'open',
        state: r.state ?? prev?.state ?? 'in progress',
        note: r.note ?? prev?.note ?? null,
        at: r.at,
      });
      states.set(r.action_id, byPerson);
    }
    const boardMembers = new Map<string, Person[]>();
    const bm = await store.people.boardMemberNames();
    for (const r of bm) boardMembers.set(r.board, [...(boardMembers.get(r.board) ?? []), { key: r.key, name: r.name }]);
    const byName = new Map((await store.people.all()).map((p): [string, Person] => [foldForMatch(p.name), { key: p.key, name: p.name }]));
    const subgroups = new Map<string, Person[]>();
    const gm = await store.people.groupMembers();
    for (const r of gm) {
      const p = byName.get(foldForMatch(r.person_name));
      if (!p) continue;
      const k = `${r.board}|${foldForMatch(r.group_name)}`;
      subgroups.set(k, [...(subgroups.get(k) ?? []), p]);
    }
    return { states, boardMembers, subgroups };
  });
}

/** The people an action's group owners stand for (empty when it has no group owner or nobody is known in the group). */
export function groupMembersOf(d: GroupState, a: ActionView): Person[] {
  const out = new Map<string, Person>();
  for (const o of a.owners) {
    if (o.kind !== 'group' || o.personKey) continue;
    const people = isAllMembersGroup(o.written) ? d.boardMembers.get(a.board) : d.subgroups.get(`${a.board}|${foldForMatch(o.written)}`);
    for (const p of people ?? []) out.set(p.key, p);
  }
  // Someone named as an owner in their own right answers for the whole action, not a share of it.
  for (const o of a.owners) if (o.personKey) out.delete(o.personKey);
  return [...out.values()];
}

/** Whether this person owns the action only as one of a group (so their update is theirs alone). */
export function ownsThroughGroup(groups: GroupState, a: ActionView, personKey: string): boolean {
  return groupMembersOf(groups, a).some((p) => p.key === personKey);
}

/** A member's own state of a group action, if they have recorded one. */
export function memberState(groups: GroupState, actionId: string, personKey: string): MemberState | null {
  return groups.states.get(actionId)?.get(personKey) ?? null;
}

/**
 * The action as this person sees it: a group action they have done themselves reads as done for
 * them (unless the whole action was closed, which stands for everyone).
 */
export function asSeenBy(groups: GroupState, a: ActionView, personKey: string): ActionView {
  if (a.status === 'done' || !ownsThroughGroup(groups, a, personKey)) return a;
  const own = memberState(groups, a.id, personKey);
  if (!own) return a;
  return { ...a, status: own.status, state: own.state, progress: own.note ?? a.progress, overdue: own.status === 'open' && a.overdue };
}

/** "7 of 23 done", with who: for the clerk. Null for an action that is not a group's. */
export function groupProgress(groups: GroupState, a: ActionView): GroupProgress | null {
  const members = groupMembersOf(groups, a);
  if (!members.length) return null;
  const states = groups.states.get(a.id);
  const done: string[] = [];
  const pending: string[] = [];
  for (const m of members) (a.status === 'done' || states?.get(m.key)?.status === 'done' ? done : pending).push(m.name);
  return { total: members.length, done, pending };
}

export function progressText(p: GroupProgress): string {
  return `${p.done.length} of ${p.total} done${p.done.length ? ` (${p.done.join(', ')})` : ''}`;
}
